#!/usr/bin/env python3
"""Sanity checks for check-holdout-241 (no checker is run).

usage: python verify.py [path/to/yoten]
"""
import collections
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv241/bin/yoten")
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
         "citation": "warning", "glossary": "warning", "structure": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
groups = collections.Counter()


def meta(src, pattern):
    m = re.search(pattern, src)
    return html.unescape(m.group(1)) if m else None


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = (HERE / "specs" / f"{name}.txt")
    if not spec.exists():
        problems.append(f"{name}: no spec")
    lang = meta(src, r'<html lang="(\w+)"')
    langs[lang] += 1
    # source page furniture
    for label, pat in [("og:site_name", r'property="og:site_name" content="([^"]+)"'),
                       ("og:title", r'property="og:title" content="([^"]+)"'),
                       ("canonical", r'rel="canonical" href="([^"]+)"'),
                       ("published_time", r'property="article:published_time" content="([^"]+)"'),
                       ("title", r"<title>([^<]+)</title>")]:
        if not meta(src, pat):
            problems.append(f"{name}: source lacks {label}")
    for needle in ('"@type": "NewsArticle"', "<article>", "cookie-banner", "<footer", "<nav>", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    canon = meta(src, r'rel="canonical" href="([^"]+)"')
    if not re.match(r"https://[^/]+\.example/", canon or ""):
        problems.append(f"{name}: canonical not under .example")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1400) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article text size {size} outside {lo}-{hi}")
    # digest size (Japanese characters, i.e. non-ASCII, non-space)
    jchars = len([c for c in dig if ord(c) > 127 and not c.isspace()])
    # count without the citation block (Latin title + URL)
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters (900-1600)")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # expectations
    clean = name.startswith("clean-")
    if exp.get("clean") is not clean:
        problems.append(f"{name}: clean flag {exp.get('clean')} does not fit the name")
    finds = exp.get("findings", [])
    if clean and finds:
        problems.append(f"{name}: clean case with findings")
    if not clean and len(finds) != 3:
        problems.append(f"{name}: {len(finds)} findings, want 3")
    spans = [f["span"] for f in finds]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in finds:
        if f["kind"] not in KINDS or KINDS[f["kind"]] != f["severity"]:
            problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']} off LABELS-v2")
        if f["span"] not in dig:
            problems.append(f"{name}: span {f['span']!r} not in digest")
        for other in spans:
            if other != f["span"] and f["span"] in other:
                problems.append(f"{name}: span {f['span']!r} inside {other!r}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    # citation block
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    title = meta(src, r'property="og:title" content="([^"]+)"')
    site = meta(src, r'property="og:site_name" content="([^"]+)"')
    date = meta(src, r'property="article:published_time" content="([^"]+)"')[:10].replace("-", ".")
    good_line = f"{title} {site} {date}"
    cit_ok = len(cit) >= 2 and cit[0] == good_line and cit[1] == canon
    if clean and not cit_ok:
        problems.append(f"{name}: citation differs from '{good_line}' / {canon}")
    if not clean and not cit_ok and not any(f["kind"] == "citation" for f in finds):
        problems.append(f"{name}: citation differs but no citation finding")
    if re.search(r"utm_|[?&](subscriber|_ope)=", dig) and not any(f["kind"] == "citation" for f in finds):
        problems.append(f"{name}: tracking parameter without citation finding")
    groups[("clean" if clean else "err", lang)] += 1

print(f"cases: {len(cases)} (clean {sum(1 for c in cases if c.name.startswith('clean-'))}, "
      f"err {sum(1 for c in cases if c.name.startswith('err-'))})")
print("languages:", dict(sorted(langs.items())))
print("by group:", {f"{k[0]}/{k[1]}": v for k, v in sorted(groups.items())})
print("planted findings:", sum(kinds.values()), "| by kind:", dict(sorted(kinds.items())),
      "| by severity:", dict(sorted(sev.items())))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want:
    problems.append(f"language counts {dict(langs)} != {want}")
if len(cases) != 24:
    problems.append(f"{len(cases)} cases, want 24")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
