#!/usr/bin/env python3
"""Sanity checks for check-holdout-117.

- every case has source.html, digest.txt, expected.json;
- every expected span stands verbatim in its digest (and how often);
- clean cases have no findings, err cases have three;
- every digest parses with `yoten parse` (path in $YOTEN, default `yoten`);
- digest length (non-space characters) 900-1,600, article text 300-650 words
  (Japanese: characters / 2);
- source metadata present; for clean cases the citation is the og:title, the
  og:site_name, the publication date in the outlet's own offset and the
  canonical URL;
- counts by language and by kind.
Run: python3 verify.py
"""
import collections
import html
import json
import os
import pathlib
import re
import subprocess
import sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
    for f, p in files.items():
        if not p.exists():
            problems.append(f"{name}: missing {f}")
    if any(not p.exists() for p in files.values()):
        continue
    src = files["source.html"].read_text(encoding="utf-8")
    dig = files["digest.txt"].read_text(encoding="utf-8")
    exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # metadata
    for prop in ("og:site_name", "og:title", "article:published_time", "description"):
        if not meta(src, prop):
            problems.append(f"{name}: no {prop}")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1))
    for needle in ('"@type": "NewsArticle"', "<article>", "cookie-banner", "<footer", "<nav>", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    if not canon.split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    # article length
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    words = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article {words} words")
    # digest length and parse
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest {chars} chars")
    r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        parsed = json.loads(r.stdout)
    # expected
    clean = name.startswith("clean-")
    if exp.get("clean") is not clean:
        problems.append(f"{name}: clean flag {exp.get('clean')}")
    fs = exp.get("findings", [])
    if clean:
        n_clean += 1
        if fs:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if len(fs) != 3:
            problems.append(f"{name}: {len(fs)} findings, want 3")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in fs:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
        c = dig.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif c > 1:
            problems.append(f"{name}: span occurs {c} times: {f['span']!r}")
    # citation
    pub = datetime.fromisoformat(meta(src, "article:published_time"))
    want_cite = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {pub:%Y.%m.%d}"
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c for c in cite if c.strip()]
    planted_cite = [f["span"] for f in fs if f["kind"] == "citation"]
    if cite[0] != want_cite and not any(s in cite[0] for s in planted_cite):
        problems.append(f"{name}: citation line {cite[0]!r} != {want_cite!r}")
    if cite[1] != canon and not any(s in cite[1] for s in planted_cite):
        problems.append(f"{name}: citation URL {cite[1]!r} != canonical")
    if not dig.splitlines()[0].endswith(")") and not re.search(r"\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$", dig.splitlines()[0]):
        problems.append(f"{name}: title line lacks posting time")
    print(f"{name:40s} {lang}  {words:4d} words  {chars:5d} chars  findings={len(fs)}")

print()
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
