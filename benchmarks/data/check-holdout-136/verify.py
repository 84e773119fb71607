#!/usr/bin/env python3
"""Sanity checks for check-holdout-136 (does not run the checker)."""
import collections
import datetime as dt
import html as htmlmod
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return htmlmod.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {f.name for f in case.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source checks
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   'id="cookie-banner"', "<footer", "<nav>", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r"https://[a-z0-9.-]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example: {canon}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        size = len(re.sub(r"\s", "", text)); unit = "chars"
        lo, hi = 600, 1300
    else:
        size = len(text.split()); unit = "words"
        lo, hi = 300, 650
    if not lo <= size <= hi:
        problems.append(f"{name}: article {size} {unit}")
    # digest checks
    nchar = len(re.sub(r"\s", "", dig))
    if not 900 <= nchar <= 1600:
        problems.append(f"{name}: digest {nchar} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # expected checks
    is_clean = name.startswith("clean-")
    if exp.get("clean") != is_clean:
        problems.append(f"{name}: clean flag {exp.get('clean')}")
    title = meta(src, "og:title")
    site = meta(src, "og:site_name")
    pub = dt.datetime.fromisoformat(meta(src, "article:published_time"))
    cite = f"{title} {site} {pub:%Y.%m.%d}"
    if is_clean:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if cite not in dig:
            problems.append(f"{name}: citation line differs from '{cite}'")
        if canon not in dig.split("\n") and canon + "\n" not in dig:
            problems.append(f"{name}: canonical URL not cited on its own line")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            if f["kind"] != "citation" and f["span"] in src:
                problems.append(f"{name}: span also stands in source: {f['span']}")
    print(f"{name:34s} {lang}  article {size:4d} {unit:5s} digest {nchar:4d} chars  findings {len(exp['findings'])}")

print()
print(f"cases: {n_clean} clean + {n_err} err = {n_clean + n_err}")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
      "by severity:", dict(sorted(sev.items())))
if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
