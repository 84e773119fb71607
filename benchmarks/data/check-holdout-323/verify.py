#!/usr/bin/env python3
"""Sanity checks for check-holdout-323."""
import json, pathlib, re, subprocess, sys, shutil
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse
HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv323/bin/yoten"
bad = []; n_clean = n_err = n_find = n_e = n_w = 0; langs = {}
for d in sorted((HERE / "cases").iterdir()):
    name = d.name; dig = (d / "digest.txt").read_text(encoding="utf-8"); exp = json.loads((d / "expected.json").read_text())
    meta, paras = parse(HERE / "specs" / f"{name}.txt"); langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    words = sum(len(p.split()) for p in paras) if meta["lang"] != "ja" else sum(len(p) for p in paras)
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    size = len(re.sub(r"\s", "", dig))
    if not lo <= words <= hi: bad.append(f"{name}: source size {words}")
    if not 950 <= size <= 1400: bad.append(f"{name}: digest size {size}")
    if meta["url"] not in dig: bad.append(f"{name}: canonical URL missing")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: bad.append(f"{name}: clean with findings")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3: bad.append(f"{name}: not 3 findings")
        for f in exp["findings"]:
            n_find += 1; n_e += f["severity"] == "error"; n_w += f["severity"] == "warning"
            if f["span"] not in dig: bad.append(f"{name}: span not verbatim {f['span']!r}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode: bad.append(f"{name}: yoten parse failed {r.stderr[-200:]}")
    print(f"{name:34s} {meta['lang']} src={words:4d} digest={size:4d} findings={len(exp['findings'])}")
print(f"cases={n_clean + n_err} clean={n_clean} err={n_err} findings={n_find} errors={n_e} warnings={n_w} langs={langs}")
for b in bad: print("FAIL", b)
sys.exit(1 if bad else 0)
