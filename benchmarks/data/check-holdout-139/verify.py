#!/usr/bin/env python3
"""Sanity checks for check-holdout-139 (does not run the checker)."""
import collections
import html
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
clean_n = err_n = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    # article length
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1400) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size} outside {lo}-{hi}")
    # digest length (characters without whitespace, citation block excluded)
    core = dig.split("【引用・参照・底本】")[0]
    n = len(re.sub(r"\s", "", core))
    if not 900 <= n <= 1600:
        problems.append(f"{name}: digest length {n} outside 900-1600")
    # expected.json
    if name.startswith("clean-"):
        clean_n += 1
        if exp.get("clean") is not True or exp.get("findings"):
            problems.append(f"{name}: clean case must have clean=true and no findings")
    else:
        err_n += 1
        if exp.get("clean") is not False or len(exp.get("findings", [])) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    spans = set()
    for f in exp.get("findings", []):
        by_kind[f["kind"]] += 1
        by_sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        if f["span"] in spans:
            problems.append(f"{name}: duplicate span {f['span']!r}")
        spans.add(f["span"])
        want = {"mismatch": "error"}.get(f["kind"], "warning")
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
    # citation consistency (clean cases must cite title, outlet, local date, canonical URL)
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    title = meta(src, "og:title")
    site = meta(src, "og:site_name")
    date = meta(src, "article:published_time")[:10].replace("-", ".")
    cit = dig.split("【引用・参照・底本】")[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    want_line = f"{title} {site} {date}"
    if name.startswith("clean-") or not any(f["kind"] == "citation" for f in exp["findings"]):
        if cit[0] != want_line:
            problems.append(f"{name}: citation line {cit[0]!r} != {want_line!r}")
        if cit[1] != canon:
            problems.append(f"{name}: citation URL differs from canonical")
    # parse with yoten
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")

print(f"cases: {clean_n + err_n} (clean {clean_n}, err {err_n})")
print("languages:", dict(sorted(by_lang.items())))
print("planted findings:", sum(by_kind.values()), dict(sorted(by_kind.items())))
print("severities:", dict(sorted(by_sev.items())))
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
