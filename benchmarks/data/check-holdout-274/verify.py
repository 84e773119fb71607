#!/usr/bin/env python3
"""Sanity checks for check-holdout-274."""
import json, pathlib, re, shutil, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import gen
HERE = pathlib.Path(__file__).parent
YOTEN = shutil.which("yoten") or "/tmp/bcv274/bin/yoten"
bad = []; n = {"clean": 0, "err": 0, "find": 0, "error": 0, "warning": 0}; langs = {}
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    h, paras = gen.parse(HERE / "specs" / f"{name}.txt")
    langs[h["lang"]] = langs.get(h["lang"], 0) + 1
    src = " ".join(paras)
    size = len(src) if h["lang"] == "ja" else len(src.split())
    lo, hi = (600, 700) if h["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi: bad.append(f"{name}: source size {size}")
    if (d / "source.html").read_text(encoding="utf-8") != gen.page(h, paras): bad.append(f"{name}: source.html stale")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dig) <= 1400: bad.append(f"{name}: digest {len(dig)} chars")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        n["clean"] += 1
        if not exp["clean"] or f: bad.append(f"{name}: clean case has findings")
    else:
        n["err"] += 1
        if exp["clean"] or len(f) != 3: bad.append(f"{name}: needs 3 findings")
        sev = sorted(x["severity"] for x in f)
        if sev != ["error", "error", "warning"]: bad.append(f"{name}: severities {sev}")
        for x in f:
            n["find"] += 1; n[x["severity"]] += 1
            if x["span"] not in dig: bad.append(f"{name}: span {x['span']!r} not in digest")
        if len({x["span"] for x in f}) != 3: bad.append(f"{name}: duplicate spans")
    if h["url"] not in dig: bad.append(f"{name}: url missing from digest")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad.append(f"{name}: yoten parse rc={r.returncode} {r.stderr.strip()[:200]}")
    if not h["url"].split("/")[2].endswith(".example"): bad.append(f"{name}: domain")
print("cases:", n["clean"] + n["err"], "clean:", n["clean"], "err:", n["err"])
print("planted findings:", n["find"], "errors:", n["error"], "warnings:", n["warning"])
print("languages:", dict(sorted(langs.items())))
for b in bad: print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problems")
sys.exit(1 if bad else 0)
