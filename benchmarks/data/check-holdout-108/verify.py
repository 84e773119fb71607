#!/usr/bin/env python3
"""Sanity checks for check-holdout-108 (no checker is run)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
n_clean = n_err = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source page
    for prop in ("og:site_name", "og:title", "og:url", "article:published_time"):
        if not meta(src, prop):
            problems.append(f"{name}: source lacks {prop}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r"https://[^/]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example: {canon}")
    pub = meta(src, "article:published_time")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub or ""):
        problems.append(f"{name}: published_time without offset: {pub}")
    for needle in ('"@type": "NewsArticle"', "<article>", "cookie-banner", "<nav>", "<footer", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    # digest
    jp = len(re.sub(r"\s", "", "\n".join(l for l in dig.splitlines() if not l.startswith("http"))))
    if not 900 <= jp <= 1600:
        problems.append(f"{name}: digest length {jp} outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        try:
            parsed = json.loads(r.stdout)
        except ValueError:
            parsed = None
            problems.append(f"{name}: yoten parse output is not JSON")
        if parsed:
            s0 = parsed["sources"][0]
            if s0["outlet"] != meta(src, "og:site_name") or " ".join(s0["title"].split()) != " ".join(meta(src, "og:title").split()):
                problems.append(f"{name}: parsed citation title/outlet {s0['title']!r} / {s0['outlet']!r}")
            if not parsed["overview"] or not parsed["details"] or not parsed["key_points"]:
                problems.append(f"{name}: a section parsed empty")
    # citation (only checked strictly for clean cases)
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    site = meta(src, "og:site_name")
    want_line = f'{meta(src, "og:title")}{"  " if " " in site else " "}{site} {pub[:10].replace("-", ".")}'
    # expected.json
    is_clean = name.startswith("clean-")
    if exp.get("clean") is not is_clean:
        problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
    if is_clean:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if cit[0] != want_line:
            problems.append(f"{name}: citation line {cit[0]!r} != {want_line!r}")
        if cit[1] != canon:
            problems.append(f"{name}: citation URL is not the canonical URL")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
            if SEV.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
            if f["span"] not in dig:
                problems.append(f"{name}: span {f['span']!r} not in digest")
    print(f"{name:42} {lang}  article {size:4}  digest {jp:4}  findings {len(exp['findings'])}")

print()
print(f"cases: {n_clean} clean + {n_err} err = {n_clean + n_err}")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sevs.items())))
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
