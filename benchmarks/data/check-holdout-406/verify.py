#!/usr/bin/env python3
"""Checks the check-holdout-406 set. Exit 1 on any failure.

spans verbatim (and how often); clean = no findings; err = 3 findings
(2 mismatch/error + 1 warning); `yoten parse` accepts every digest; sizes
(digest 950-1400 chars, source 300-350 words or 600-700 Japanese chars);
counts; languages; warning kinds; citation of clean digests; .example
domains; source.html up to date with specs/ (gen.py --check).
"""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv406/bin/yoten"
fails, notes = [], []


def fail(msg):
    fails.append(msg)


specs = {p.stem: p for p in sorted((HERE / "specs").glob("*.txt"))}
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
if set(specs) != set(cases):
    fail(f"specs/cases differ: {sorted(set(specs) ^ set(cases))}")

langs = Counter()
kinds = Counter()
sev = Counter()
n_clean = n_err = 0
for name in cases:
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            fail(f"{name}: missing {f}")
    meta, paras = gen.parse_spec(specs[name])
    lang = meta["lang"]
    langs[lang] += 1
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail(f"{name}: source size {size} not in {lo}-{hi}")
    if not meta["url"].split("/")[2].endswith(".example"):
        fail(f"{name}: url not under .example")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        fail(f"{name}: digest {len(digest)} chars not in 950-1400")
    for url in re.findall(r"https?://[^\s)]+", digest):
        if not url.split("/")[2].endswith(".example"):
            fail(f"{name}: digest URL not under .example: {url}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    for f in finds:
        c = digest.count(f["span"])
        if c == 0:
            fail(f"{name}: span not in digest: {f['span']!r}")
        elif c > 1:
            notes.append(f"{name}: span occurs {c}x: {f['span']!r}")
        kinds[(f["kind"], f["severity"])] += 1
        sev[f["severity"]] += 1
    if len({f["span"] for f in finds}) != len(finds):
        fail(f"{name}: duplicate spans")
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cite = f"{meta['title']} {meta['outlet']} {local_date}"
    has_cite_finding = any(f["kind"] == "citation" for f in finds)
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            fail(f"{name}: clean case must be {{clean: true, findings: []}}")
    elif name.startswith("err-"):
        n_err += 1
        errs = [f for f in finds if f["severity"] == "error"]
        warns = [f for f in finds if f["severity"] == "warning"]
        if exp.get("clean") is not False or len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
            fail(f"{name}: err case needs clean=false and 2 error + 1 warning, got {len(errs)}+{len(warns)}")
        if any(f["kind"] != "mismatch" for f in errs):
            fail(f"{name}: errors must be kind mismatch")
    else:
        fail(f"{name}: name must start clean- or err-")
    if not has_cite_finding:
        if cite not in digest:
            fail(f"{name}: citation line missing/incorrect, want {cite!r}")
        tail = digest.split("【引用・参照・底本】", 1)[-1]
        if meta["url"] not in tail.split() :
            fail(f"{name}: canonical URL not cited as a bare line")

if len(cases) != 24 or n_clean != 12 or n_err != 12:
    fail(f"case counts: {len(cases)} total, {n_clean} clean, {n_err} err")
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    fail(f"languages {dict(langs)} != {want_langs}")
total = sum(kinds.values())
if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
    fail(f"findings: {total} total, {sev['error']} error, {sev['warning']} warning")
wk = {k: v for (k, s), v in kinds.items() if s == "warning"}
if not (wk.get("unsupported", 0) in (3, 4, 5) and wk.get("name", 0) in (2, 3)
        and wk.get("spelling", 0) == 2 and wk.get("citation", 0) in (3, 4)):
    fail(f"warning kinds off: {wk}")

r = subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"], capture_output=True, text=True)
if r.returncode != 0:
    fail("source.html stale: " + r.stdout.strip())

print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print("findings:", total, "| by kind/severity:", ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())))
for n in notes:
    print("note:", n)
if fails:
    for f in fails:
        print("FAIL:", f)
    sys.exit(1)
print("OK: all checks passed")
