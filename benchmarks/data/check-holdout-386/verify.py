#!/usr/bin/env python3
"""Checks the set: spans verbatim, labels, yoten parse, sizes, counts, languages, source.html up to date."""
import collections
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv386/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
kinds = collections.Counter()
sev = collections.Counter()
langs = collections.Counter()


def bad(case, msg):
    problems.append(f"{case}: {msg}")


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    problems.append(f"cases/specs differ: {set(names) ^ set(specs)}")
rows = []
for name in names:
    d = HERE / "cases" / name
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.build(name):
        bad(name, "source.html out of date")
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text))
        lo, hi, unit = 600, 700, "chars"
    else:
        size = len(text.split())
        lo, hi, unit = 300, 350, "words"
    if not lo <= size <= hi:
        bad(name, f"source {size} {unit}, want {lo}-{hi}")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(dig.strip())
    if not 950 <= dlen <= 1400:
        bad(name, f"digest {dlen} chars, want 950-1400")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        if exp["clean"] is not True or f:
            bad(name, "clean case must be clean with no findings")
    elif name.startswith("err-"):
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if exp["clean"] is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(name, "err case needs 3 findings: 2 error + 1 warning")
        if any(x["kind"] != "mismatch" for x in errs):
            bad(name, "errors must be mismatch")
        if len({x["span"] for x in f}) != len(f):
            bad(name, "duplicate span")
    else:
        bad(name, "name must start clean- or err-")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        n = dig.count(x["span"])
        if n == 0:
            bad(name, f"span not in digest: {x['span']!r}")
        elif n > 1:
            print(f"note {name}: span {x['span']!r} occurs {n} times")
    p = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if p.returncode != 0:
        bad(name, f"yoten parse failed: {p.stderr.strip()[-200:]}")
        continue
    parsed = json.loads(p.stdout)
    s = parsed["sources"][0] if parsed.get("sources") else {}
    cite_slip = any(x["kind"] == "citation" for x in f)
    want_date = meta["published"][:10]
    got = (s.get("title"), s.get("outlet"), s.get("date"), s.get("url"))
    want = (meta["title"], meta["outlet"], want_date, meta["url"])
    if got != want:
        diff = [i for i in range(4) if got[i] != want[i]]
        if not cite_slip:
            bad(name, f"citation differs from source in {diff}: {got}")
        elif len(diff) != 1:
            bad(name, f"citation slip should touch one field, got {diff}")
    elif cite_slip:
        bad(name, "citation slip labelled but citation matches")
    for sec in ("overview", "details", "key_points"):
        if not parsed.get(sec):
            bad(name, f"parsed {sec} empty")
    rows.append((name, meta["lang"], size, unit, dlen, len(f)))

for r in rows:
    print(f"{r[0]:40s} {r[1]}  source {r[2]:4d} {r[3]:5s}  digest {r[4]:4d} chars  findings {r[5]}")
n_clean = sum(1 for n in names if n.startswith("clean-"))
n_err = sum(1 for n in names if n.startswith("err-"))
if (len(names), n_clean, n_err) != (24, 12, 12):
    problems.append(f"want 24 cases (12 clean, 12 err), got {len(names)} ({n_clean}, {n_err})")
if sum(kinds.values()) != 36:
    problems.append(f"want 36 findings, got {sum(kinds.values())}")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
print("cases:", len(names), "clean:", n_clean, "err:", n_err)
print("findings by kind:", dict(sorted(kinds.items())))
print("findings by severity:", dict(sorted(sev.items())))
print("languages:", dict(sorted(langs.items())))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
