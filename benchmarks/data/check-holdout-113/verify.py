#!/usr/bin/env python3
"""Sanity checks for check-holdout-113 (no checker involved).

- every case has source.html, digest.txt, expected.json and a spec
- expected.json: clean-* cases have no findings, err-* cases have 3;
  kinds and severities follow benchmarks/data/LABELS-v2.md
- every span stands verbatim in its digest
- every digest parses with `yoten parse`
- source pages: title with outlet suffix, og:site_name, og:title, canonical,
  article:published_time with offset, JSON-LD NewsArticle, <article>,
  article length (words; characters for Japanese), .example domains only
- digests: 900-1,600 Japanese characters; citation line = og:title, outlet and
  the publication date in the outlet's own offset; clean URLs = canonical
- counts by language and kind
"""
import collections
import datetime
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv113/bin/yoten"
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "citation": "warning", "glossary": "warning",
            "structure": "warning"}
JA_CHARS = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")

problems = []
langs = collections.Counter()
langs_by_type = collections.Counter()
kinds = collections.Counter()
severities = collections.Counter()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
rows = []
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").exists():
        problems.append(f"{name}: missing spec")
    src = (case / "source.html").read_text(encoding="utf-8")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))

    lang = re.search(r'<html lang="(\w+)">', src).group(1)
    langs[lang] += 1
    langs_by_type[(name.split("-")[0], lang)] += 1

    # expected.json
    is_clean = name.startswith("clean-")
    if exp.get("clean") is not is_clean:
        problems.append(f"{name}: clean flag {exp.get('clean')} does not match the name")
    finds = exp.get("findings", [])
    if is_clean and finds:
        problems.append(f"{name}: clean case has findings")
    if not is_clean and len(finds) != 3:
        problems.append(f"{name}: {len(finds)} findings, want 3")
    spans = [f["span"] for f in finds]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in finds:
        kinds[f["kind"]] += 1
        severities[f["severity"]] += 1
        if SEVERITY.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']!r}")

    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")

    # source page
    outlet = meta(src, "og:site_name")
    og_title = meta(src, "og:title")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    published = meta(src, "article:published_time")
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (outlet and og_title and published):
        problems.append(f"{name}: missing og/article meta")
    if title != f"{og_title} - {outlet}":
        problems.append(f"{name}: <title> lacks the outlet suffix")
    if '"@type": "NewsArticle"' not in src or "<article>" not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle or <article>")
    for host in re.findall(r'https?://([^/"\s]+)', src):
        if not host.endswith(".example") and host != "schema.org":
            problems.append(f"{name}: non-.example host {host}")
    body = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        size = len(JA_CHARS.findall(text))
        unit = "chars"
        ok = 600 <= size <= 1300
    else:
        size = len(text.split())
        unit = "words"
        ok = 300 <= size <= 650
    if not ok:
        problems.append(f"{name}: article length {size} {unit}")
    pub = datetime.datetime.fromisoformat(published)

    # digest
    jchars = len(JA_CHARS.findall(digest))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    lines = [l.strip() for l in digest.splitlines() if l.strip()]
    i = lines.index("【引用・参照・底本】")
    cite, url = lines[i + 1], lines[i + 2]
    want_cite = f"{og_title} {outlet} {pub:%Y.%m.%d}"
    cite_spans = [f["span"] for f in finds if f["kind"] == "citation"]
    if cite != want_cite and not any(s in cite for s in cite_spans):
        problems.append(f"{name}: citation line {cite!r} != {want_cite!r}")
    if url != canonical and not any(s in url for s in cite_spans):
        problems.append(f"{name}: citation URL differs from canonical")
    if is_clean and (cite != want_cite or url != canonical):
        problems.append(f"{name}: clean case with a non-canonical citation")
    rows.append((name, lang, outlet, published[-6:], size, unit, jchars, len(finds)))

print(f"{'case':38} {'lang':4} {'offset':6} {'article':>12} {'digest':>7} {'planted':>7}")
for name, lang, outlet, off, size, unit, jchars, n in rows:
    print(f"{name:38} {lang:4} {off:6} {size:>6} {unit:5} {jchars:>7} {n:>7}")
print()
print("cases:", len(cases), "| clean:", sum(1 for c in cases if c.name.startswith("clean-")),
      "| err:", sum(1 for c in cases if c.name.startswith("err-")))
print("languages:", dict(sorted(langs.items())))
print("languages (clean/err):", {f"{t}/{l}": n for (t, l), n in sorted(langs_by_type.items())})
print("planted findings:", sum(kinds.values()), "| by kind:", dict(sorted(kinds.items())),
      "| by severity:", dict(sorted(severities.items())))
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nno problems")
