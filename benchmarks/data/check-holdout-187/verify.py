#!/usr/bin/env python3
"""Sanity checks for check-holdout-187.

- every case has source.html, digest.txt, expected.json
- every expected span stands verbatim in its digest
- clean cases have no findings; err cases have exactly 3
- every digest parses with `yoten parse` (YOTEN env var or `yoten` on PATH)
- source word counts (300-650; Japanese sources counted in characters, 600-1300)
- digest length 900-1600 Japanese (non-ASCII, non-space) characters
- citation title/outlet match the source page (clean cases)
- counts by language, kind and severity
"""
import collections, html, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 1300:
            problems.append(f"{name}: ja source {n} chars")
    else:
        n = len(text.split())
        if not 300 <= n <= 650:
            problems.append(f"{name}: source {n} words")
    jn = len([c for c in dig if ord(c) > 127 and not c.isspace()])
    if not 900 <= jn <= 1600:
        problems.append(f"{name}: digest {jn} Japanese chars")
    for tag in ("og:site_name", "og:title", "article:published_time"):
        if f'property="{tag}"' not in src:
            problems.append(f"{name}: no {tag}")
    for tag in ('rel="canonical"', "NewsArticle", "cookie", "<nav", "<footer", "<article>", 'class="related"'):
        if tag not in src:
            problems.append(f"{name}: no {tag}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        title = html.unescape(re.search(r'property="og:title" content="([^"]*)"', src).group(1))
        outlet = html.unescape(re.search(r'property="og:site_name" content="([^"]*)"', src).group(1))
        pub = re.search(r'property="article:published_time" content="([^"]*)"', src).group(1)
        url = re.search(r'rel="canonical" href="([^"]*)"', src).group(1)
        cite = f"{title} {outlet} {pub[:10].replace('-', '.')}"
        if cite not in dig or url not in dig:
            problems.append(f"{name}: citation does not match source ({cite})")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    else:
        problems.append(f"{name}: bad case name")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())))
print("severity:", dict(sorted(sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
