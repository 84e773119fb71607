#!/usr/bin/env python3
"""Sanity checks for check-holdout-121 (no checker run).

- every case has source.html, digest.txt, expected.json, and a spec
- every span occurs verbatim in its digest; clean cases have no findings
- every digest parses with `yoten parse`
- source: title/og/canonical/published_time/JSON-LD present; article 300-650
  words (Japanese: 600-1,300 characters); clean citations use the canonical URL
  and the date in the outlet's own offset
- digest length 900-1,600 characters (whitespace excluded)
- counts by language, class and kind
"""
import collections
import datetime as dt
import html
import json
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}

problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
classes = collections.Counter()
rows = []

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").is_file():
        problems.append(f"{name}: missing spec")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for pat in (r"<title>.+ - .+</title>", r'property="og:site_name"', r'property="og:title"',
                r'rel="canonical"', r'property="article:published_time"', r'"@type": "NewsArticle"',
                r'id="cookie-banner"', r"<nav|class=\"menu\"", r"<footer", r"<article>"):
        if not re.search(pat, src):
            problems.append(f"{name}: source lacks {pat}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        size = len(re.sub(r"\s", "", text))
        ok = 600 <= size <= 1300
        unit = "chars"
    else:
        size = len(text.split())
        ok = 300 <= size <= 650
        unit = "words"
    if not ok:
        problems.append(f"{name}: article is {size} {unit}")
    dlen = len(re.sub(r"\s", "", dig))
    if not 900 <= dlen <= 1600:
        problems.append(f"{name}: digest is {dlen} chars")
    # class and findings
    is_clean = name.startswith("clean-")
    classes["clean" if is_clean else "err"] += 1
    if exp.get("clean") != is_clean:
        problems.append(f"{name}: 'clean' flag does not match the name")
    finds = exp.get("findings", [])
    if is_clean and finds:
        problems.append(f"{name}: clean case with findings")
    if not is_clean and len(finds) != 3:
        problems.append(f"{name}: {len(finds)} findings, expected 3")
    spans = [f["span"] for f in finds]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in finds:
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        if SEV.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
    # citation of clean cases: canonical URL and date in the outlet's offset
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    pub = dt.datetime.fromisoformat(re.search(r'article:published_time" content="([^"]+)"', src).group(1))
    title = html.unescape(re.search(r'property="og:title" content="([^"]+)"', src).group(1))
    outlet = html.unescape(re.search(r'property="og:site_name" content="([^"]+)"', src).group(1))
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    want = f"{title} {outlet} {pub:%Y.%m.%d}"
    if is_clean and (cite[0] != want or cite[1] != html.unescape(canon)):
        problems.append(f"{name}: clean citation differs from source: {cite}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("overview") or not d.get("details") and not d.get("detail"):
            pass
    rows.append((name, lang, size, unit, dlen, len(finds)))

for name, lang, size, unit, dlen, n in rows:
    print(f"{name:34} {lang}  source {size:4} {unit:5}  digest {dlen:4} chars  findings {n}")
print()
print("cases:", dict(classes), " total", sum(classes.values()))
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), " total", sum(kinds.values()))
print("findings by severity:", dict(sorted(sevs.items())))
print()
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("no problems")
