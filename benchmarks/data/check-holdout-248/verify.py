#!/usr/bin/env python3
"""Sanity checks for check-holdout-248. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
NEED = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning", "citation": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
n_clean = n_err = 0
urls = set()
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            problems.append(f"{name}: missing {f}")
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for pat in (r'<meta property="og:site_name"', r'<meta property="og:title"', r'<link rel="canonical"',
                r'<meta property="article:published_time" content="[^"]+[+-]\d\d:\d\d"',
                r'"@type": "NewsArticle"', r"<article>", r"<nav", r"cookie-banner", r"<footer"):
        if not re.search(pat, src):
            problems.append(f"{name}: source lacks {pat}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r"https://[^/]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example")
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    body = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.findall(r"[^\s\u3000-\u303f\uff00-\uffef]", text)) / 2.2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article has {size:.0f} words (300-650)")
    jp = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef\u3000-\u303f]", dig))
    if not 900 <= jp <= 1600:
        problems.append(f"{name}: digest has {jp} Japanese characters (900-1600)")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        parsed = json.loads(r.stdout)
        if not parsed.get("headline"):
            problems.append(f"{name}: parsed headline empty")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig:
            problems.append(f"{name}: clean citation is not the canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
            if SEV.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} should be {SEV.get(f['kind'])}")
            if dig.count(f["span"]) < 1:
                problems.append(f"{name}: span not in digest: {f['span']}")
            elif dig.count(f["span"]) > 1:
                problems.append(f"{name}: span occurs {dig.count(f['span'])} times: {f['span']}")
    else:
        problems.append(f"{name}: bad case name")
for lang, n in NEED.items():
    if langs[lang] != n:
        problems.append(f"languages: {lang} {langs[lang]} != {n}")
if (n_clean, n_err) != (12, 12):
    problems.append(f"cases: {n_clean} clean, {n_err} err (want 12/12)")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print(f"findings: {sum(kinds.values())}", dict(sorted(kinds.items())), dict(sorted(sevs.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
