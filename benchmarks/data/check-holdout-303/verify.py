#!/usr/bin/env python3
"""Sanity checks for check-holdout-303."""
import json, pathlib, re, subprocess, sys, shutil
from datetime import datetime
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import read_spec

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv303/bin/yoten"
problems = []
counts = {"clean": 0, "err": 0, "error": 0, "warning": 0, "langs": {}}
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = read_spec(spec)
    d = HERE / "cases" / name
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    counts["langs"][meta["lang"]] = counts["langs"].get(meta["lang"], 0) + 1
    text = "\n".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{name}: source size {size} not in {lo}-{hi}")
    dl = len(digest)
    if not 950 <= dl <= 1400:
        problems.append(f"{name}: digest {dl} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            problems.append(f"{name}: missing {marker}")
    if "<article>" not in src or meta["url"] not in src:
        problems.append(f"{name}: source.html incomplete")
    local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cite = f"{meta['title']} {meta['outlet']} {local}"
    if name.startswith("clean-"):
        counts["clean"] += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case has findings")
        if cite not in digest or meta["url"] + "\n" not in digest + "\n":
            problems.append(f"{name}: citation not canonical")
    else:
        counts["err"] += 1
        f = exp["findings"]
        if exp["clean"] or len(f) != 3:
            problems.append(f"{name}: err case needs 3 findings")
        sev = [x["severity"] for x in f]
        if sev.count("error") != 2 or sev.count("warning") != 1:
            problems.append(f"{name}: needs 2 errors + 1 warning, got {sev}")
        for x in f:
            counts[x["severity"]] += 1
            if x["span"] not in digest:
                problems.append(f"{name}: span not verbatim: {x['span']}")
            if x["severity"] == "error" and x["kind"] != "mismatch":
                problems.append(f"{name}: error kind {x['kind']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:34s} {meta['lang']} src={size:4d} digest={dl:5d} parse={'ok' if r.returncode == 0 else 'FAIL'}")
total = counts["error"] + counts["warning"]
print(f"cases: {counts['clean']} clean + {counts['err']} err = {counts['clean'] + counts['err']}; "
      f"planted findings: {total} ({counts['error']} error, {counts['warning']} warning); langs: {counts['langs']}")
if counts["clean"] != 12 or counts["err"] != 12 or total != 36:
    problems.append("counts do not match the brief (12 + 12, 36 findings)")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
