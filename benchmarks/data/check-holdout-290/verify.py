#!/usr/bin/env python3
"""Sanity checks for check-holdout-290."""
import json, pathlib, re, shutil, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse

HERE = pathlib.Path(__file__).resolve().parent
yoten = shutil.which("yoten") or "/tmp/bcv290/bin/yoten"
bad, langs, nerr, nwarn, nclean, nerrcase = [], {}, 0, 0, 0, 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras, findings = parse(spec)
    d = HERE / "cases" / name
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad.append(f"{name}: source size {size}")
    dsize = len(re.sub(r"\s", "", dig))
    if not 950 <= dsize <= 1400:
        bad.append(f"{name}: digest size {dsize}")
    if name.startswith("clean-"):
        nclean += 1
        if not exp["clean"] or exp["findings"]:
            bad.append(f"{name}: clean case has findings")
    else:
        nerrcase += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            bad.append(f"{name}: err case needs 3 findings")
        sev = [f["severity"] for f in exp["findings"]]
        if sev.count("error") != 2 or sev.count("warning") != 1:
            bad.append(f"{name}: want 2 errors + 1 warning, got {sev}")
    for f in exp["findings"]:
        if dig.count(f["span"]) < 1:
            bad.append(f"{name}: span not in digest: {f['span']}")
        nerr += f["severity"] == "error"
        nwarn += f["severity"] == "warning"
    if meta["url"] not in dig and name.startswith("clean-"):
        bad.append(f"{name}: canonical url missing from citation")
    r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse rc={r.returncode} {r.stderr.strip()[-200:]}")
    print(f"{name:32s} {meta['lang']} src={size:4d} digest={dsize:5d} findings={len(exp['findings'])}")
print(f"cases: {nclean} clean + {nerrcase} err; findings: {nerr} error + {nwarn} warning = {nerr + nwarn}")
print("languages:", dict(sorted(langs.items())))
if bad:
    print("FAIL"); print("\n".join(bad)); sys.exit(1)
print("OK")
