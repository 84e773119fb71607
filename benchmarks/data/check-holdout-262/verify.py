#!/usr/bin/env python3
"""Sanity checks for check-holdout-262."""
import json, pathlib, re, subprocess, sys, collections, shutil
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv262/bin/yoten"
fail = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    spec = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[spec["lang"]] += 1
    body = " ".join(spec["paras"])
    if spec["lang"] == "ja":
        size = len(re.sub(r"\s", "", body)); ok = 600 <= size <= 700
    else:
        size = len(body.split()); ok = 300 <= size <= 350
    if not ok: fail.append(f"{name}: source size {size}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    dsize = len(digest.strip())
    if not 950 <= dsize <= 1400: fail.append(f"{name}: digest size {dsize}")
    if spec["url"] not in digest: fail.append(f"{name}: canonical URL not in digest")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    for x in f:
        kinds[x["kind"]] += 1; sev[x["severity"]] += 1
        if x["span"] not in digest: fail.append(f"{name}: span not verbatim: {x['span']}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or f: fail.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] is not False or len(f) != 3: fail.append(f"{name}: err case needs 3 findings")
        if sorted(x["severity"] for x in f) != ["error", "error", "warning"]: fail.append(f"{name}: needs 2 errors + 1 warning")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: fail.append(f"{name}: yoten parse rc={r.returncode} {r.stderr[-200:]}")
    print(f"{name:32s} {spec['lang']} source={size:4d} digest={dsize:4d} findings={len(f)} parse={'ok' if r.returncode == 0 else 'FAIL'}")
total = sum(kinds.values())
print(f"cases={n_clean + n_err} clean={n_clean} err={n_err} findings={total} severities={dict(sev)} kinds={dict(kinds)} langs={dict(langs)}")
if (n_clean, n_err, total) != (12, 12, 36): fail.append("counts")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: fail.append(f"langs {dict(langs)}")
if fail:
    print("FAIL"); print("\n".join(fail)); sys.exit(1)
print("OK")
