"""Mechanical checks for this set: run from the repository root.

    python benchmarks/data/check-holdout-13/verify.py

- every case has source.html, digest.txt, expected.json;
- clean-* cases are {"clean": true, "findings": []}; err-* have 2-3 findings;
- every expected span stands verbatim in digest.txt (a missing section's
  marker, by definition, must NOT stand in it);
- every digest passes `yoten parse` (exit 0).
"""
import json, pathlib, subprocess, sys, collections, shutil

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or str(pathlib.Path(sys.prefix) / "bin" / "yoten")
if not pathlib.Path(YOTEN).exists():
    YOTEN = str(HERE.parents[2] / ".venv" / "bin" / "yoten")
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "glossary": "warning", "citation": "warning",
         "structure": "warning"}
bad = 0
tally = collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    files = {f: c / f for f in ("source.html", "digest.txt", "expected.json")}
    for f, p in files.items():
        if not p.exists():
            print(f"{c.name}: missing {f}"); bad += 1
    digest = files["digest.txt"].read_text(encoding="utf-8")
    exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
    if c.name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            print(f"{c.name}: clean case with findings"); bad += 1
    else:
        if exp["clean"] or not 2 <= len(exp["findings"]) <= 3:
            print(f"{c.name}: err case needs 2-3 findings"); bad += 1
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            print(f"{c.name}: duplicate span"); bad += 1
        for f in exp["findings"]:
            tally[(f["kind"], f["severity"])] += 1
            if KINDS.get(f["kind"]) != f["severity"]:
                print(f"{c.name}: {f['kind']} should be {KINDS.get(f['kind'])}"); bad += 1
            is_marker = f["kind"] == "structure" and f["span"].startswith("【")
            present = f["span"] in digest
            if is_marker and present:
                print(f"{c.name}: missing-section marker {f['span']} is present"); bad += 1
            if not is_marker and not present:
                print(f"{c.name}: span not verbatim: {f['span']!r}"); bad += 1
    r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
    if r.returncode != 0:
        print(f"{c.name}: yoten parse exit {r.returncode}: {r.stderr.strip()[:200]}"); bad += 1
n_clean = sum(c.name.startswith("clean-") for c in cases)
print(f"{len(cases)} cases ({n_clean} clean, {len(cases) - n_clean} err)")
for (k, s), n in sorted(tally.items()):
    print(f"  {k:12} {s:8} {n}")
print(f"  total findings {sum(tally.values())}")
print("OK" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
