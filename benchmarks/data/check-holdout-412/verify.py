#!/usr/bin/env python3
"""Checks for check-holdout-412. Exit 0 only when every check passes."""
import collections
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv412/bin/yoten"
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
case_dirs = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
if names != case_dirs:
    problems.append(f"specs {names} != cases {case_dirs}")
langs = collections.Counter()
kinds = collections.Counter()
n_clean = n_err = 0
rows = []
for name in names:
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    d = HERE / "cases" / name
    lang = meta["lang"]
    langs[lang] += 1
    # source size
    body = "\n".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(name, f"source size {size} outside {lo}-{hi}")
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        bad(name, "source.html stale (run gen.py)")
    if not re.match(r"https://[a-z0-9.-]+\.example/", meta["url"]):
        bad(name, "url not under .example")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest length {len(digest)} outside 950-1400")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
        continue
    parsed = json.loads(r.stdout)
    src = parsed["sources"][0]
    local_date = dt.datetime.fromisoformat(meta["published"]).date().isoformat()
    cit = {"title": meta["title"], "outlet": meta["outlet"], "date": local_date, "url": meta["url"]}
    cit_diff = [k for k in cit if src.get(k) != cit[k]]
    fs = exp["findings"]
    for f in fs:
        n = digest.count(f["span"])
        if n == 0:
            bad(name, f"span not verbatim: {f['span']!r}")
        elif n > 1:
            bad(name, f"span occurs {n} times: {f['span']!r}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(name, "clean case must be {clean: true, findings: []}")
        if cit_diff:
            bad(name, f"citation differs from source in {cit_diff}")
    elif name.startswith("err-"):
        n_err += 1
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if exp.get("clean") is not False or len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(name, "err case must have clean=false, 2 errors + 1 warning")
        if any(f["kind"] != "mismatch" for f in errs):
            bad(name, "errors must be kind mismatch")
        if any(f["kind"] not in WARN_KINDS for f in warns):
            bad(name, f"warning kind not in {WARN_KINDS}")
        has_cit = any(f["kind"] == "citation" for f in fs)
        if cit_diff and not has_cit:
            bad(name, f"unlabelled citation difference {cit_diff}")
        if has_cit and not cit_diff:
            bad(name, "citation finding but citation matches source")
        for f in fs:
            kinds[(f["kind"], f["severity"])] += 1
    else:
        bad(name, "name must start with clean- or err-")
    rows.append(f"{name:32} {lang} src={size:4} digest={len(digest):4} findings={len(fs)} parse=ok")

if dict(langs) != WANT_LANGS:
    problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
if (n_clean, n_err) != (12, 12):
    problems.append(f"clean/err = {n_clean}/{n_err}, want 12/12")
total = sum(kinds.values())
if total != 36:
    problems.append(f"planted findings {total}, want 36")

print("\n".join(rows))
print(f"cases: {len(names)} (clean {n_clean}, err {n_err}); languages: {dict(sorted(langs.items()))}")
print("planted:", ", ".join(f"{k}/{s}={n}" for (k, s), n in sorted(kinds.items())), f"(total {total})")
if problems:
    print("FAIL")
    print("\n".join(problems))
    sys.exit(1)
print("OK: all checks passed")
