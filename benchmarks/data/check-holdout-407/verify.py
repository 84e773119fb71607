#!/usr/bin/env python3
"""Checks for check-holdout-407 (run from anywhere).

spans verbatim (and once); clean = no findings; err = 3 findings (2 mismatch/error +
1 warning); `yoten parse` succeeds; digest 950-1,400 characters; source 300-350 words
(Japanese 600-700 characters); counts and languages; source.html up to date (gen.py);
citation line: title, outlet, local date and canonical URL as in the spec unless a
citation finding is planted there.
"""
import collections
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import read_spec  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv407/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []
kinds = collections.Counter()
langs = collections.Counter()
sev = collections.Counter()


def bad(case, msg):
    problems.append(f"{case}: {msg}")


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
if {c.name for c in cases} != specs:
    problems.append(f"specs and cases differ: {sorted(specs ^ {c.name for c in cases})}")

for c in cases:
    name = c.name
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    body = "".join(paras) if lang == "ja" else " ".join(paras)
    size = len("".join(body.split())) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(name, f"source size {size} outside {lo}-{hi}")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest {len(digest)} chars outside 950-1400")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
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
            bad(name, "errors must be kind mismatch")
        if any(x["kind"] not in WARN_KINDS for x in warns):
            bad(name, "warning of unexpected kind")
    else:
        bad(name, "name must start clean- or err-")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    for x in f:
        kinds[(x["kind"], x["severity"])] += 1
        sev[x["severity"]] += 1
        n = digest.count(x["span"])
        if n == 0:
            bad(name, f"span not verbatim: {x['span']!r}")
        elif n > 1:
            bad(name, f"span occurs {n} times: {x['span']!r}")
    # citation block
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want = [f"{meta['title']} {meta['outlet']} {local}", meta["url"]]
    has_cit = any(x["kind"] == "citation" for x in f)
    if cit[:2] != want and not has_cit:
        bad(name, f"citation differs from spec: {cit[:2]} != {want}")
    if cit[:2] == want and has_cit:
        bad(name, "citation finding planted but citation is correct")
    if len(cit) != 2:
        bad(name, f"citation block has {len(cit)} lines")

r = subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"], capture_output=True, text=True)
if r.returncode != 0:
    problems.append("source.html stale: " + r.stdout.strip())

n_clean = sum(c.name.startswith("clean-") for c in cases)
n_err = sum(c.name.startswith("err-") for c in cases)
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(sev.items())))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k}/{s}: {n}")
if len(cases) != 24 or n_clean != 12 or n_err != 12:
    problems.append("need 24 cases, 12 clean + 12 err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language mix {dict(langs)}")
if sum(kinds.values()) != 36:
    problems.append("need 36 planted findings")
for p in problems:
    print("PROBLEM", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
