#!/usr/bin/env python3
"""Sanity checks for check-holdout-143. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}
problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
groups = collections.Counter(); urls = set()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    group = name.split("-")[0]
    groups[group] += 1
    # source metadata
    title = re.search(r"<title>(.*?)</title>", src).group(1)
    site = meta(src, "og:site_name"); ogt = meta(src, "og:title"); pub = meta(src, "article:published_time")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1))
    if html.unescape(title) != f"{ogt} - {site}":
        problems.append(f"{name}: <title> lacks outlet suffix")
    if not canon.split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', src).group(1))
    if ld.get("@type") != "NewsArticle" or ld.get("datePublished") != pub:
        problems.append(f"{name}: JSON-LD")
    for needle in ("<article>", "cookie-banner", "<nav>", "<footer", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: page lacks {needle}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    words = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words")
    # digest
    n_chars = len(re.sub(r"\s", "", dig))
    if not 900 <= n_chars <= 1600:
        problems.append(f"{name}: digest has {n_chars} characters")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c for c in cite if c.strip()]
    date_local = datetime.fromisoformat(pub).strftime("%Y.%m.%d")
    want = f"{ogt} {site} {date_local}"
    cite_ok = cite[0].strip() == want and cite[1].strip() == canon
    # labels
    if exp["clean"] != (group == "clean"):
        problems.append(f"{name}: clean flag")
    if group == "clean":
        if exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if not cite_ok:
            problems.append(f"{name}: clean citation differs from source: {cite[:2]}")
    else:
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        has_cite = any(f["kind"] == "citation" for f in exp["findings"])
        if cite_ok == has_cite:
            problems.append(f"{name}: citation label and citation line disagree")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if KINDS.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} with severity {f['severity']}")
            c = dig.count(f["span"])
            if c == 0:
                problems.append(f"{name}: span {f['span']!r} not in digest")
            elif c > 1:
                problems.append(f"{name}: span {f['span']!r} occurs {c} times")
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
    print(f"{name:32s} {lang}  words={words:4d}  digest_chars={n_chars:4d}  findings={len(exp['findings'])}")

print()
print("cases:", dict(groups))
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), " by severity:", dict(sorted(sev.items())))
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language counts {dict(langs)}")
if groups != collections.Counter({"clean": 12, "err": 12}):
    problems.append(f"case counts {dict(groups)}")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
