#!/usr/bin/env python3
"""Checks check-holdout-388: spans verbatim, labels, parse, sizes, counts, languages, citations, freshness."""
import json, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv388/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}
problems, notes = [], []
langs, warn_kinds, sev = Counter(), Counter(), Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
if {c.name for c in cases} != specs:
    problems.append(f"cases and specs differ: {sorted(specs ^ {c.name for c in cases})}")
sizes = []
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    # source length
    body = " ".join(paras)
    if meta["lang"] == "ja":
        n = len("".join(body.split()))
        if not 600 <= n <= 700:
            problems.append(f"{name}: ja source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            problems.append(f"{name}: source {n} words")
    # digest size
    dn = len(digest)
    sizes.append(dn)
    if not 950 <= dn <= 1400:
        problems.append(f"{name}: digest {dn} chars")
    # labels
    fs = exp["findings"]
    if name.startswith("clean-"):
        if exp["clean"] is not True or fs:
            problems.append(f"{name}: clean case must have clean=true and no findings")
    elif name.startswith("err-"):
        if exp["clean"] is not False or len(fs) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            problems.append(f"{name}: want 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            problems.append(f"{name}: want 1 warning of {sorted(WARN_KINDS)}")
        for f in warns:
            warn_kinds[f["kind"]] += 1
        if len({f["span"] for f in fs}) != len(fs):
            problems.append(f"{name}: duplicate spans")
    else:
        problems.append(f"{name}: bad name")
    for f in fs:
        sev[f["severity"]] += 1
        c = digest.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif c > 1:
            notes.append(f"{name}: span occurs {c} times: {f['span']!r}")
    # citation: title outlet date, canonical URL
    tail = digest.split("【引用・参照・底本】", 1)[-1].strip().splitlines()
    tail = [t.strip() for t in tail if t.strip()]
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    gap = "  " if " " in meta["outlet"] else " "  # multi-word outlet set off by two spaces
    want_line = f"{meta['title']}{gap}{meta['outlet']} {local_date}"
    cit_slip = any(f["kind"] == "citation" for f in fs)
    ok_cit = len(tail) >= 2 and tail[0] == want_line and tail[1] == meta["url"]
    if not cit_slip and not ok_cit:
        problems.append(f"{name}: citation differs from source: {tail[:2]}")
    if cit_slip and ok_cit:
        problems.append(f"{name}: citation slip labelled but citation is correct")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        src = (d.get("sources") or [{}])[0]
        parsed_ok = (src.get("title"), src.get("outlet"), src.get("date"), src.get("url")) == (
            meta["title"], meta["outlet"], meta["published"][:10], meta["url"])
        if not cit_slip and not parsed_ok:
            problems.append(f"{name}: parsed citation differs: {src}")
        for key in ("overview", "details", "key_points"):
            if key in d and not d[key]:
                problems.append(f"{name}: parsed {key} empty")
stale = gen.build(check=True)
if stale:
    problems.append(f"source.html out of date: {stale}")
n_clean = sum(c.name.startswith("clean-") for c in cases)
n_err = sum(c.name.startswith("err-") for c in cases)
if (len(cases), n_clean, n_err) != (24, 12, 12):
    problems.append(f"case counts {len(cases)}/{n_clean}/{n_err}")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)}")
if dict(warn_kinds) != WANT_WARN:
    problems.append(f"warning kinds {dict(warn_kinds)}")
if sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"severities {dict(sev)}")
print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"planted: {sev['error'] + sev['warning']} ({sev['error']} error mismatch, {sev['warning']} warning: {dict(sorted(warn_kinds.items()))})")
print(f"digest chars: min {min(sizes)}, max {max(sizes)}")
print("source.html: up to date" if not stale else "source.html: STALE")
for n in notes:
    print("note:", n)
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
