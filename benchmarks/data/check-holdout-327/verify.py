#!/usr/bin/env python3
"""Sanity checks for check-holdout-327."""
import json, pathlib, re, shutil, subprocess, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv327/bin/yoten"
bad, notes = [], []
langs = collections.Counter()
n_clean = n_err = n_f = n_errsev = n_warn = 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras, digest, fl = gen.parse(spec)
    case = HERE / "cases" / name
    d = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    langs[meta["lang"]] += 1
    if d != digest:
        bad.append(f"{name}: digest.txt out of date (run gen.py)")
    words = sum(len(p.split()) for p in paras)
    chars = sum(len(p) for p in paras)
    size = chars if meta["lang"] == "ja" else words
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    dlen = len(re.sub(r"\s", "", d))
    if not lo <= size <= hi:
        notes.append(f"{name}: source size {size} outside {lo}-{hi}")
    if not 950 <= dlen <= 1400:
        notes.append(f"{name}: digest {dlen} chars outside 950-1400")
    for f in exp["findings"]:
        if f["span"] not in d:
            bad.append(f"{name}: span not verbatim: {f['span']}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or exp["findings"]:
            bad.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        fs = exp["findings"]
        if exp["clean"] or len(fs) != 3:
            bad.append(f"{name}: err case needs 3 findings, has {len(fs)}")
        e = sum(f["severity"] == "error" for f in fs)
        if e != 2:
            bad.append(f"{name}: {e} errors, want 2")
        n_f += len(fs); n_errsev += e; n_warn += len(fs) - e
    if meta["url"] not in d:
        bad.append(f"{name}: citation URL missing") if name.startswith("clean-") else None
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
print(f"cases: {n_clean} clean + {n_err} err = {n_clean + n_err}")
print(f"planted findings: {n_f} ({n_errsev} error, {n_warn} warning)")
print("languages:", dict(sorted(langs.items())))
for n in notes:
    print("note:", n)
for b in bad:
    print("FAIL:", b)
print("OK" if not bad else f"{len(bad)} failures")
sys.exit(1 if bad else 0)
