#!/usr/bin/env python3
"""Sanity checks for check-holdout-178 (no checker involved).

- every case has source.html, digest.txt, expected.json and a spec
- source.html: title with outlet suffix, og:site_name, og:title, canonical,
  article:published_time with offset, JSON-LD NewsArticle, <article>; 300-650 words
- digest: parses with `yoten parse`, 900-1600 non-space characters,
  all four section markers; citation line = og:title + outlet + local date
  (clean cases) and the canonical URL (clean cases)
- expected.json: clean cases have no findings, err cases exactly 3;
  every span stands verbatim in digest.txt; spans distinct
- counts by language, by kind/severity
"""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv178/bin/yoten"
problems = []
langs, kinds, ckinds = Counter(), Counter(), Counter()
nfind = 0

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return unescape(m.group(1)) if m else None

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").exists():
        problems.append(f"{name}: missing spec")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[(lang, "clean" if name.startswith("clean-") else "err")] += 1
    site, title, url, pub = meta(src, "og:site_name"), meta(src, "og:title"), None, meta(src, "article:published_time")
    m = re.search(r'<link rel="canonical" href="([^"]+)"', src)
    url = unescape(m.group(1)) if m else None
    if not all([site, title, url, pub]):
        problems.append(f"{name}: missing page metadata")
    if f"<title>{title} - {site}</title>" not in unescape(src):
        problems.append(f"{name}: <title> lacks outlet suffix")
    if '"@type": "NewsArticle"' not in src or "<article>" not in src or "cookie" not in src:
        problems.append(f"{name}: missing JSON-LD/article/cookie banner")
    if not url.split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    dt = datetime.fromisoformat(pub)
    if dt.utcoffset() is None:
        problems.append(f"{name}: published_time without offset")
    body = src.split('itemprop="articleBody">', 1)[1].split("</article>", 1)[0]
    text = unescape(re.sub(r"<[^>]+>", " ", body))
    words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article text {words} words")
    # digest
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest {chars} characters")
    for mk in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if mk not in dig:
            problems.append(f"{name}: digest lacks {mk}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [l.strip() for l in cite if l.strip()]
    want = f"{title} {site} {dt:%Y.%m.%d}"
    if name.startswith("clean-"):
        if cite[0] != want:
            problems.append(f"{name}: citation line {cite[0]!r} != {want!r}")
        if cite[1] != url:
            problems.append(f"{name}: citation URL differs from canonical")
    # expected
    fs = exp["findings"]
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag does not match name")
    if name.startswith("clean-") and fs:
        problems.append(f"{name}: clean case with findings")
    if name.startswith("err-") and len(fs) != 3:
        problems.append(f"{name}: {len(fs)} findings, want 3")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in fs:
        nfind += 1
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span {f['span']!r} not in digest")
        ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
              "spelling": "warning", "citation": "warning"}
        if ok.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
        if f["kind"] in ("unsupported", "name") and f["span"] in text:
            problems.append(f"{name}: {f['kind']} span {f['span']!r} occurs in the source")
    print(f"{name:34s} {lang}  {words:4d} words  {chars:5d} chars  {len(fs)} findings")

print()
print("cases:", len(cases))
for l in ("en", "fr", "de", "es", "ja"):
    print(f"  {l}: {langs[(l,'clean')]} clean, {langs[(l,'err')]} err")
print("planted findings:", nfind)
for (k, s), n in sorted(kinds.items()):
    print(f"  {k}/{s}: {n}")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
