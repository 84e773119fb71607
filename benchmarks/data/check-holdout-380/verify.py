#!/usr/bin/env python3
"""Checks for check-holdout-380 (run from anywhere).

spans verbatim (and once) in digest.txt; clean = no findings; err = 3 findings
(2 mismatch/error + 1 warning); `yoten parse` accepts every digest; sizes
(digest 950-1400 chars, source body 300-350 words or 600-700 Japanese chars);
counts (12 clean, 12 err, 36 findings, warning kinds); languages (14 en, 3 fr,
3 de, 2 es, 2 ja); clean citations (title, outlet, local date, canonical URL);
source.html up to date with specs (gen.py --check logic).
"""
import collections
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv380/bin/yoten"
problems = []


def bad(msg):
    problems.append(msg)


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = {p.stem: p for p in (HERE / "specs").glob("*.txt")}
names = [c.name for c in cases]
if sorted(specs) != names:
    bad(f"specs and cases differ: {sorted(set(specs) ^ set(names))}")

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).is_file():
            bad(f"{name}: missing {f}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(specs[name])
    lang = meta["lang"]
    langs[lang] += 1
    body = "\n".join(paras)
    size = len("".join(body.split())) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(f"{name}: source body size {size} outside {lo}-{hi}")
    dlen = len(digest.strip())
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest length {dlen} outside 950-1400")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # labels
    fnd = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case must be {{clean: true, findings: []}}")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(fnd) != 3:
            bad(f"{name}: err case needs clean=false and 3 findings")
        errs = [f for f in fnd if f["severity"] == "error"]
        warns = [f for f in fnd if f["severity"] == "warning"]
        if len(errs) != 2 or len(warns) != 1:
            bad(f"{name}: needs 2 errors + 1 warning")
        if any(f["kind"] != "mismatch" for f in errs):
            bad(f"{name}: errors must be kind mismatch")
        if any(f["kind"] not in ("unsupported", "name", "spelling", "citation") for f in warns):
            bad(f"{name}: unexpected warning kind")
        spans = [f["span"] for f in fnd]
        if len(set(spans)) != len(spans):
            bad(f"{name}: duplicate spans")
        for f in fnd:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            k = digest.count(f["span"])
            if k == 0:
                bad(f"{name}: span not in digest: {f['span']!r}")
            elif k > 1:
                bad(f"{name}: span occurs {k} times: {f['span']!r}")
    else:
        bad(f"{name}: name must start with clean- or err-")
    # citation of clean cases: exact title, outlet, outlet-local date, canonical URL
    local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want = f"{meta['title']} {meta['outlet']} {local}"
    lines = [ln.strip() for ln in digest.split("【引用・参照・底本】", 1)[-1].splitlines() if ln.strip()]
    if name.startswith("clean-") and (len(lines) < 2 or lines[0] != want or lines[1] != meta["url"]):
        bad(f"{name}: citation differs from {want!r} / {meta['url']}")
    if name.startswith("err-") and not any(f["kind"] == "citation" for f in fnd):
        if len(lines) < 2 or lines[0] != want or lines[1] != meta["url"]:
            bad(f"{name}: unplanned citation slip")
    rows.append((name, lang, size, dlen))

stale = gen.build(check=True)
if stale:
    bad(f"source.html out of date: {stale}")

want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    bad(f"languages {dict(langs)} != {want_langs}")
if (n_clean, n_err) != (12, 12):
    bad(f"cases: {n_clean} clean, {n_err} err (want 12/12)")
if sum(kinds.values()) != 36:
    bad(f"findings: {sum(kinds.values())} (want 36)")
if not (kinds["unsupported"] == 4 and 2 <= kinds["name"] <= 3 and kinds["spelling"] == 2
        and 3 <= kinds["citation"] <= 4):
    bad(f"warning kinds off: {dict(kinds)}")

for name, lang, size, dlen in rows:
    print(f"{name:32s} {lang}  source {size:4d}  digest {dlen:4d}")
print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())}; by severity: {dict(sorted(sev.items()))}; by kind: {dict(sorted(kinds.items()))}")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
