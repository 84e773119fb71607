#!/usr/bin/env python3
"""Sanity checks for check-holdout-271."""
import json, pathlib, re, subprocess, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv271/bin/yoten"
fail = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
nclean = nerr = 0
for case in sorted((HERE / "cases").iterdir()):
    n = case.name
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    meta, paras = parse(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail.append(f"{n}: source size {size} not in {lo}-{hi}")
    dl = len(digest)
    if not 950 <= dl <= 1400:
        fail.append(f"{n}: digest {dl} chars")
    if n.startswith("clean-"):
        nclean += 1
        if not exp["clean"] or exp["findings"]:
            fail.append(f"{n}: clean case with findings")
    else:
        nerr += 1
        f = exp["findings"]
        if exp["clean"] or len(f) != 3:
            fail.append(f"{n}: expected 3 findings, got {len(f)}")
        if sum(x["severity"] == "error" for x in f) != 2:
            fail.append(f"{n}: expected 2 errors")
        for x in f:
            kinds[x["kind"]] += 1; sev[x["severity"]] += 1
            if x["span"] not in digest:
                fail.append(f"{n}: span {x['span']!r} not verbatim in digest")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning"}
            if ok.get(x["kind"]) != x["severity"]:
                fail.append(f"{n}: kind/severity {x}")
    if meta["url"] not in digest and n.startswith("clean-"):
        fail.append(f"{n}: canonical URL missing from citation")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail.append(f"{n}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
    print(f"{n:34s} {meta['lang']} src={size:4d} digest={dl:5d} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"cases={nclean + nerr} clean={nclean} err={nerr} langs={dict(langs)}")
print(f"findings={sum(sev.values())} severities={dict(sev)} kinds={dict(kinds)}")
if nclean != 12 or nerr != 12 or sum(sev.values()) != 36:
    fail.append("counts off")
if fail:
    print("FAIL"); print("\n".join(fail)); sys.exit(1)
print("OK")
