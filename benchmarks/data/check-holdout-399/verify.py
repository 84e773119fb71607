#!/usr/bin/env python3
"""Check the check-holdout-399 set: spans, labels, counts, sizes, languages,
parseability (yoten parse) and that source.html matches gen.py's output."""
import collections
import json
import pathlib
import re
import subprocess
import sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv399/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}

problems = []
kinds = collections.Counter()
sev = collections.Counter()
langs = collections.Counter()
rows = []


def bad(msg):
    problems.append(msg)


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if [c.name for c in cases] != specs:
    bad("cases/ and specs/ differ")
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).is_file():
            bad(f"{name}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    if (c / "source.html").read_text(encoding="utf-8") != gen.build(name):
        bad(f"{name}: source.html out of date (run gen.py)")
    body = " ".join(paras)
    size = len("".join(body.split())) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(f"{name}: source size {size} not in {lo}-{hi}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest length {dlen} not in 950-1400")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if digest.count(marker) != 1:
            bad(f"{name}: marker {marker} count {digest.count(marker)}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case must have no findings")
    elif name.startswith("err-"):
        if exp["clean"] is not False or len(finds) != 3:
            bad(f"{name}: err case needs clean=false and 3 findings")
        s = collections.Counter(f["severity"] for f in finds)
        if s != {"error": 2, "warning": 1}:
            bad(f"{name}: severities {dict(s)}")
    else:
        bad(f"{name}: bad name")
    for f in finds:
        kinds[(f["kind"], f["severity"])] += 1
        sev[f["severity"]] += 1
        n = digest.count(f["span"])
        if n == 0:
            bad(f"{name}: span not in digest: {f['span']!r}")
        elif n > 1:
            bad(f"{name}: span occurs {n} times: {f['span']!r}")
        if f["severity"] == "error" and f["kind"] != "mismatch":
            bad(f"{name}: error must be mismatch")
    # citation: title, outlet, local date, canonical url (clean cases and untouched parts)
    dt = datetime.fromisoformat(meta["published"])
    cite = f"{meta['title']} {meta['outlet']} {dt:%Y.%m.%d}"
    cite_ok = cite in digest and ("\n" + meta["url"] + "\n") in (digest + "\n")
    planted_cite = any(f["kind"] == "citation" for f in finds)
    if cite_ok == planted_cite:
        bad(f"{name}: citation ok={cite_ok} but planted citation={planted_cite}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    parsed = r.returncode == 0 and r.stdout.strip().startswith("{")
    if not parsed:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    rows.append((name, meta["lang"], size, dlen, len(finds), "ok" if parsed else "FAIL"))

if langs != WANT_LANG:
    bad(f"languages {dict(langs)} != {WANT_LANG}")
warn = {k: v for (k, s), v in kinds.items() if s == "warning"}
if warn != WANT_WARN:
    bad(f"warnings {warn} != {WANT_WARN}")
if sev != {"error": 24, "warning": 12}:
    bad(f"severities {dict(sev)}")
n_clean = sum(1 for c in cases if c.name.startswith("clean-"))
n_err = sum(1 for c in cases if c.name.startswith("err-"))
if (n_clean, n_err) != (12, 12):
    bad(f"clean/err = {n_clean}/{n_err}")

print(f"{'case':32} lang src digest finds parse")
for r in rows:
    print(f"{r[0]:32} {r[1]:4} {r[2]:3} {r[3]:6} {r[4]:5} {r[5]}")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(sev.values())} (error {sev['error']}, warning {sev['warning']}); "
      f"by kind: {dict(sorted((f'{k}/{s}', v) for (k, s), v in kinds.items()))}")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("PASS")
