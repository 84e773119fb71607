#!/usr/bin/env python3
"""Sanity checks for check-holdout-168. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
by_type = collections.Counter()
lang_type = collections.Counter()
urls = set()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    typ = name.split("-")[0]
    if typ not in ("clean", "err"):
        problems.append(f"{name}: bad prefix")
    by_type[typ] += 1
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    lang_type[(lang, typ)] += 1
    # source page
    for p in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, p):
            problems.append(f"{name}: missing {p}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r"https://[a-z0-9.-]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example: {canon}")
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    for needle in ("application/ld+json", "NewsArticle", "cookie-banner", "<article>", "<footer", "<nav>", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: page lacks {needle}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len("".join(text.split())) // 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article size {size} outside 300-650")
    # digest
    n = len("".join(dig.split()))
    if not 900 <= n <= 1600:
        problems.append(f"{name}: digest {n} chars outside 900-1600")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    pub = meta(src, "article:published_time")[:10].replace("-", ".")
    outlet = meta(src, "og:site_name")
    sep = "  " if " " in outlet else " "  # house rule: an outlet with a space is set off by two spaces
    want_line = f"{meta(src, 'og:title')}{sep}{outlet} {pub}"
    spans = [f["span"] for f in exp["findings"]]
    if typ == "clean" or not any(f["kind"] == "citation" for f in exp["findings"]):
        if cit[0] != want_line:
            problems.append(f"{name}: citation line {cit[0]!r} != {want_line!r}")
        if cit[1] != canon:
            problems.append(f"{name}: citation URL != canonical")
    # expected
    if exp["clean"] != (typ == "clean"):
        problems.append(f"{name}: clean flag wrong")
    if typ == "clean" and exp["findings"]:
        problems.append(f"{name}: clean case has findings")
    if typ == "err" and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if SEV.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
        if f["span"] not in dig:
            problems.append(f"{name}: span {f['span']!r} not in digest")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            parsed = json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
        else:
            srcs = parsed.get("sources") or []
            if len(srcs) != 1 or srcs[0].get("outlet") != outlet:
                problems.append(f"{name}: parsed citation outlet {srcs!r} != {outlet!r}")

print(f"cases: {sum(by_type.values())} ({by_type['clean']} clean, {by_type['err']} err)")
print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print("by language and type: " + ", ".join(f"{l}/{t} {v}" for (l, t), v in sorted(lang_type.items())))
print(f"planted findings: {sum(kinds.values())}")
for (k, s), v in sorted(kinds.items()):
    print(f"  {k} / {s}: {v}")
print(f"problems: {len(problems)}")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
