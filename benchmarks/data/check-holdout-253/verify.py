#!/usr/bin/env python3
"""Sanity checks for check-holdout-253."""
import json, pathlib, re, shutil, subprocess, sys, collections, os
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv253/bin/yoten"
bad = []
langs = collections.Counter()
n_err = n_warn = n_clean = n_errcase = 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = parse_spec(spec)
    d = HERE / "cases" / name
    langs[meta["lang"]] += 1
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text)); lo, hi = 600, 700
    else:
        size = len(text.split()); lo, hi = 300, 350
    if not lo <= size <= hi:
        bad.append(f"{name}: source size {size} not in {lo}-{hi}")
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad.append(f"{name}: missing {f}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    dl = len(digest.strip())
    if not 950 <= dl <= 1400:
        bad.append(f"{name}: digest {dl} chars")
    if "{" in digest or "TODO" in digest:
        bad.append(f"{name}: placeholder in digest")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad.append(f"{name}: clean case has findings")
        if meta["url"] not in digest.splitlines()[-1] and meta["url"] != digest.strip().splitlines()[-1].strip():
            bad.append(f"{name}: citation URL is not canonical")
    else:
        n_errcase += 1
        f = exp["findings"]
        if exp["clean"] is not False or len(f) != 3:
            bad.append(f"{name}: expected 3 findings")
        sev = collections.Counter(x["severity"] for x in f)
        if sev != {"error": 2, "warning": 1}:
            bad.append(f"{name}: severities {dict(sev)}")
        n_err += sev["error"]; n_warn += sev["warning"]
        for x in f:
            if x["span"] not in digest:
                bad.append(f"{name}: span not verbatim: {x['span']}")
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad.append(f"{name}: error kind {x['kind']}")
            if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                bad.append(f"{name}: warning kind {x['kind']}")
        if len({x['span'] for x in f}) != 3:
            bad.append(f"{name}: duplicate spans")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    cite_date = meta["published"][:10].replace("-", ".")
    if name.startswith("clean-") and cite_date not in digest:
        bad.append(f"{name}: citation date {cite_date} missing")
    print(f"{name:32s} {meta['lang']} source={size:4d} digest={dl:4d} findings={len(exp['findings'])}")
print("languages:", dict(langs))
print(f"cases: {n_clean} clean + {n_errcase} err; planted: {n_err} errors + {n_warn} warnings = {n_err + n_warn}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2} and len(langs):
    bad.append(f"language mix {dict(langs)}")
if (n_clean, n_errcase, n_err, n_warn) != (12, 12, 24, 12):
    bad.append("counts differ from 12/12/24/12")
for b in bad:
    print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problems")
sys.exit(1 if bad else 0)
