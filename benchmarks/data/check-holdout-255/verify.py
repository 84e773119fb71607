#!/usr/bin/env python3
"""Sanity checks for check-holdout-255."""
import json, pathlib, re, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec, render

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv255/bin/yoten"
bad = []
langs = {}
n_err = n_warn = n_clean = n_errcase = 0
kinds = {}
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = parse_spec(spec)
    d = HERE / "cases" / name
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != render(meta, paras):
        bad.append(f"{name}: source.html out of date (run gen.py)")
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", "".join(paras)))
        if not 600 <= size <= 700:
            bad.append(f"{name}: source {size} chars")
    else:
        size = len(" ".join(paras).split())
        if not 300 <= size <= 350:
            bad.append(f"{name}: source {size} words")
    if not meta["url"].split("/")[2].endswith(".example"):
        bad.append(f"{name}: domain")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = len(dig)
    if not 950 <= dsize <= 1400:
        bad.append(f"{name}: digest {dsize} chars")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    for x in f:
        if x["span"] not in dig:
            bad.append(f"{name}: span not verbatim: {x['span']}")
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            bad.append(f"{name}: clean case with findings")
    else:
        n_errcase += 1
        e = [x for x in f if x["severity"] == "error"]
        w = [x for x in f if x["severity"] == "warning"]
        if exp["clean"] or len(f) != 3 or len(e) != 2 or len(w) != 1:
            bad.append(f"{name}: err case needs 2 errors + 1 warning")
        n_err += len(e); n_warn += len(w)
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    print(f"{name:34} {meta['lang']}  source {size:4}  digest {dsize:4}  findings {len(f)}")
print(f"cases {n_clean + n_errcase} (clean {n_clean}, err {n_errcase}); findings {n_err + n_warn} "
      f"(error {n_err}, warning {n_warn}); kinds {dict(sorted(kinds.items()))}; langs {dict(sorted(langs.items()))}")
if bad:
    print("FAIL"); print("\n".join(bad)); sys.exit(1)
print("OK")
