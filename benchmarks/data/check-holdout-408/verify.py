#!/usr/bin/env python3
"""Checks for check-holdout-408. Exit 1 on any failure."""
import json, os, re, shutil, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv408/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
fails, notes = [], []
langs, kinds, sev = Counter(), Counter(), Counter()

cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    fails.append(f"cases/specs differ: {set(cases) ^ set(specs)}")
n_clean = sum(c.startswith("clean-") for c in cases)
n_err = sum(c.startswith("err-") for c in cases)
if (len(cases), n_clean, n_err) != (24, 12, 12):
    fails.append(f"case counts {len(cases)} {n_clean} {n_err}")

for name in cases:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(body.replace(" ", ""))
        if not 600 <= size <= 700:
            fails.append(f"{name}: ja source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            fails.append(f"{name}: source {size} words")
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != gen.build(name):
        fails.append(f"{name}: source.html out of date")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        fails.append(f"{name}: digest {len(digest)} chars")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fails.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    for x in f:
        c = digest.count(x["span"])
        if c == 0:
            fails.append(f"{name}: span not in digest: {x['span']}")
        elif c > 1:
            notes.append(f"{name}: span occurs {c}x: {x['span']}")
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
    # citation check (unless a citation finding is planted)
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cite = f"{meta['title']} {meta['outlet']} {local_date}"
    planted_cite = any(x["kind"] == "citation" for x in f)
    has_cite = cite in digest and ("\n" + meta["url"] + "\n") in digest + "\n"
    if not planted_cite and not has_cite:
        fails.append(f"{name}: citation line or canonical URL differs from source")
    if planted_cite and has_cite:
        fails.append(f"{name}: citation finding planted but citation is correct")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            fails.append(f"{name}: clean case must have no findings")
    else:
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if exp.get("clean") is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            fails.append(f"{name}: want 2 error + 1 warning, clean false")
        if any(x["kind"] != "mismatch" for x in errs):
            fails.append(f"{name}: errors must be mismatch")
        if any(x["kind"] not in WARN_KINDS for x in warns):
            fails.append(f"{name}: bad warning kind")
        if len({x["span"] for x in f}) != 3:
            fails.append(f"{name}: duplicate spans")

if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fails.append(f"languages {dict(langs)}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    fails.append(f"totals {dict(kinds)} {dict(sev)}")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())))
print("findings by severity:", dict(sorted(sev.items())))
for n in notes:
    print("note:", n)
for x in fails:
    print("FAIL:", x)
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
