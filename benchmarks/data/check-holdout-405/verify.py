#!/usr/bin/env python3
"""Check check-holdout-405: spans verbatim, labels, parse, sizes, counts, languages,
source.html up to date. Run: python3 verify.py [path-to-yoten]"""
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv405/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
kinds = collections.Counter()
sev = collections.Counter()
langs = collections.Counter()
n_clean = n_err = 0


def bad(name, msg):
    problems.append(f"{name}: {msg}")


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        bad(name, "no spec")
        continue
    meta, paras = gen.read_spec(spec)
    langs[meta["lang"]] += 1
    page = (case / "source.html").read_text(encoding="utf-8")
    if page != gen.render(name, meta, paras):
        bad(name, "source.html out of date")
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(name, f"ja source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(name, f"source {size} words")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest {len(digest)} chars")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or fs:
            bad(name, "clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False:
            bad(name, "err case marked clean")
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(name, f"want 2 error + 1 warning, got {len(errs)}+{len(warns)} of {len(fs)}")
        if any(f["kind"] != "mismatch" for f in errs):
            bad(name, "error not mismatch")
        if any(f["kind"] not in {"unsupported", "name", "spelling", "citation"} for f in warns):
            bad(name, "odd warning kind")
        if len({f["span"] for f in fs}) != len(fs):
            bad(name, "duplicate span")
    else:
        bad(name, "name must start clean- or err-")
    for f in fs:
        kinds[(f["kind"], f["severity"])] += 1
        sev[f["severity"]] += 1
        n = digest.count(f["span"])
        if n == 0:
            bad(name, f"span not in digest: {f['span']!r}")
        elif n > 1:
            bad(name, f"span {f['span']!r} occurs {n} times")
    # citation line: title OUTLET local date, canonical URL (unless a citation slip is planted)
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c for c in cite if c.strip()]
    if not any(f["kind"] == "citation" for f in fs):
        t = gen.dt.datetime.fromisoformat(meta["published"])
        want = f"{meta['title']} {meta['outlet']} {t:%Y.%m.%d}"
        if cite[0].strip() != want:
            bad(name, f"citation line {cite[0]!r} != {want!r}")
        if cite[1].strip() != meta["url"]:
            bad(name, "citation URL is not canonical")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        json.loads(r.stdout)

if n_clean != 12 or n_err != 12:
    problems.append(f"cases: {n_clean} clean, {n_err} err (want 12 + 12)")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"severities {dict(sev)}")
print(f"cases: {n_clean} clean + {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"planted: {sum(sev.values())} ({sev['error']} error, {sev['warning']} warning)")
for (k, s), n in sorted(kinds.items()):
    print(f"  {k}/{s}: {n}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK: spans verbatim and unique, labels, yoten parse, sizes, counts, languages, source.html up to date")
