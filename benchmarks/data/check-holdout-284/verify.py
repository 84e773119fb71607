#!/usr/bin/env python3
"""Sanity checks for check-holdout-284."""
import json, pathlib, re, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv284/bin/yoten"
bad = []
n_clean = n_err = n_find = n_error = n_warn = 0
langs = {}
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = parse_spec(spec)
    d = HERE / "cases" / name
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad.append(f"{name}: missing {f}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    text = " ".join(p for p in paras if not p.startswith("## "))
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text)); lo, hi = 600, 700
    else:
        size = len(text.split()); lo, hi = 300, 350
    if not lo <= size <= hi:
        bad.append(f"{name}: source size {size} not in {lo}-{hi}")
    dl = len(digest)
    if not 950 <= dl <= 1400:
        bad.append(f"{name}: digest {dl} chars")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        fs = exp["findings"]
        if exp["clean"] or len(fs) != 3:
            bad.append(f"{name}: expected 3 findings, got {len(fs)}")
        if sum(f["severity"] == "error" for f in fs) != 2:
            bad.append(f"{name}: expected 2 errors")
        for f in fs:
            n_find += 1
            n_error += f["severity"] == "error"
            n_warn += f["severity"] == "warning"
            if f["span"] not in digest:
                bad.append(f"{name}: span {f['span']!r} not in digest")
            if f["severity"] == "error" and f["kind"] != "mismatch":
                bad.append(f"{name}: error kind {f['kind']}")
    url = meta["url"]
    if url not in digest:
        bad.append(f"{name}: canonical url not in digest")
    if not url.split("/")[2].endswith(".example"):
        bad.append(f"{name}: domain not .example")
    html_ = (d / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "cookie", "<nav>", "<footer>", "related"):
        if needle not in html_:
            bad.append(f"{name}: source.html lacks {needle}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout).strip()[-300:]}")
    print(f"{name:38s} {meta['lang']} src={size:4d} digest={dl:4d} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); findings {n_find} ({n_error} error, {n_warn} warning); langs {dict(sorted(langs.items()))}")
if n_clean != 12 or n_err != 12 or n_find != 36 or n_error != 24 or n_warn != 12:
    bad.append("totals differ from 12/12/36/24/12")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad.append(f"language mix {langs}")
for b in bad:
    print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problems")
sys.exit(1 if bad else 0)
