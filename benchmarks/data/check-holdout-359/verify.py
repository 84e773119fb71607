#!/usr/bin/env python3
"""Check the check-holdout-359 set: spans verbatim; clean = no findings; err = 3
(2 error + 1 warning); yoten parse ok; sizes; counts; languages; citations;
source.html up to date.  Usage: python3 verify.py [path/to/yoten]"""
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv359/bin/yoten"
problems, notes = [], []
langs, sev, kinds = Counter(), Counter(), Counter()
n_clean = n_err = 0

for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    case = HERE / "cases" / name
    meta, paras = parse_spec(spec)
    langs[meta["lang"]] += 1
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            problems.append(f"{name}: source {size} chars (want 600-700)")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            problems.append(f"{name}: source {size} words (want 300-350)")
    if not 950 <= len(digest) <= 1400:
        problems.append(f"{name}: digest {len(digest)} chars (want 950-1400)")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        continue
    parsed = json.loads(r.stdout)
    # labels
    finds = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case must be {{clean: true, findings: []}}")
    else:
        n_err += 1
        c = Counter(f["severity"] for f in finds)
        if exp["clean"] is not False or len(finds) != 3 or c != Counter({"error": 2, "warning": 1}):
            problems.append(f"{name}: err case must have 3 findings, 2 error + 1 warning")
        for f in finds:
            if f["severity"] == "error" and f["kind"] != "mismatch":
                problems.append(f"{name}: error finding with kind {f['kind']}")
    spans = [f["span"] for f in finds]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in finds:
        sev[f["severity"]] += 1
        kinds[(f["kind"], f["severity"])] += 1
        k = digest.count(f["span"])
        if k == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif k > 1:
            notes.append(f"{name}: span occurs {k}x: {f['span']!r}")
    # citation vs spec (the outlet's local date)
    src = parsed.get("sources") or []
    local_date = datetime.fromisoformat(meta["published"]).date().isoformat()
    want = {"title": meta["title"], "outlet": meta["outlet"], "date": local_date, "url": meta["url"]}
    got = src[0] if src else {}
    diff = [k for k in want if got.get(k) != want[k]]
    has_cit = any(f["kind"] == "citation" for f in finds)
    if diff and not has_cit:
        problems.append(f"{name}: citation differs from source ({', '.join(diff)}) without a citation label")
    if has_cit and len(diff) != 1:
        problems.append(f"{name}: citation case should differ in exactly one field, got {diff}")
    print(f"{name:38s} {meta['lang']}  src={size:4d}  digest={len(digest):4d}  findings={len(finds)}  parse=ok")

chk = subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"], capture_output=True, text=True)
if chk.returncode != 0:
    problems.append("gen.py --check: " + chk.stdout.strip())

want_langs = Counter({"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2})
if langs != want_langs:
    problems.append(f"languages {dict(langs)} != {dict(want_langs)}")
if (n_clean, n_err) != (12, 12):
    problems.append(f"cases: {n_clean} clean, {n_err} err (want 12/12)")
if sev != Counter({"error": 24, "warning": 12}):
    problems.append(f"severities {dict(sev)} (want 24 error, 12 warning)")

print()
print(f"cases: {n_clean} clean + {n_err} err; languages: {dict(sorted(langs.items()))}")
print("findings:", sum(sev.values()), dict(sev))
for (k, s), v in sorted(kinds.items()):
    print(f"  {k}/{s}: {v}")
print(chk.stdout.strip())
for n in notes:
    print("note:", n)
if problems:
    print("FAIL")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
