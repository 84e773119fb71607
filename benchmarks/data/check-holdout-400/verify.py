#!/usr/bin/env python3
"""Checks for check-holdout-400. Exit status 0 only when every check passes."""
import json
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import gen

HERE = Path(__file__).resolve().parent
YOTEN = "/tmp/bcv400/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems, notes = [], []


def fail(msg):
    problems.append(msg)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    fail(f"cases and specs differ: {set(names) ^ set(specs)}")

langs, kinds, sevs = Counter(), Counter(), Counter()
n_clean = n_err = n_find = 0
for n in names:
    d = HERE / "cases" / n
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            fail(f"{n}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        fail(f"{n}: source.html is stale (run gen.py)")
    # source size
    if meta["lang"] == "ja":
        size = len("".join("".join(paras).split()))
        if not 600 <= size <= 700:
            fail(f"{n}: Japanese source {size} chars (600-700)")
    else:
        size = len(" ".join(paras).split())
        if not 300 <= size <= 350:
            fail(f"{n}: source {size} words (300-350)")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        fail(f"{n}: digest {len(digest)} chars (950-1400)")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    if n.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or finds:
            fail(f"{n}: clean case must be {{clean: true, findings: []}}")
    elif n.startswith("err-"):
        n_err += 1
        errs = [f for f in finds if f["severity"] == "error"]
        warns = [f for f in finds if f["severity"] == "warning"]
        if exp["clean"] is not False or len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
            fail(f"{n}: err case needs clean=false and 2 error + 1 warning findings")
        for f in errs:
            if f["kind"] != "mismatch":
                fail(f"{n}: error finding of kind {f['kind']}")
        for f in warns:
            if f["kind"] not in WARN_KINDS:
                fail(f"{n}: warning finding of kind {f['kind']}")
        spans = [f["span"] for f in finds]
        if len(set(spans)) != len(spans):
            fail(f"{n}: duplicate spans")
        for f in finds:
            c = digest.count(f["span"])
            if c == 0:
                fail(f"{n}: span not verbatim in digest: {f['span']!r}")
            elif c > 1:
                notes.append(f"{n}: span {f['span']!r} occurs {c} times")
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
            n_find += 1
    else:
        fail(f"{n}: name must start with clean- or err-")
    # parses, and the citation agrees with the page unless a citation finding is planted
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
        continue
    parsed = json.loads(r.stdout)
    src = parsed["sources"][0] if parsed.get("sources") else {}
    local_date = datetime.fromisoformat(meta["published"]).date().isoformat()
    want = {"title": meta["title"], "outlet": meta["outlet"], "date": local_date, "url": meta["url"]}
    diff = [k for k in want if src.get(k) != want[k]]
    has_cit = any(f["kind"] == "citation" for f in finds)
    if diff and not has_cit:
        fail(f"{n}: citation differs from the page in {diff}: {src}")
    if has_cit and len(diff) != 1:
        fail(f"{n}: planted citation slip should differ in exactly one field, got {diff}")
    if not all(parsed.get(k) for k in ("overview", "details", "key_points")):
        fail(f"{n}: a section did not parse")

print(f"cases: {len(names)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {n_find}", dict(sorted(sevs.items())), dict(sorted(kinds.items())))
if (n_clean, n_err, n_find) != (12, 12, 36):
    fail("expected 12 clean, 12 err, 36 findings")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail(f"language mix {dict(langs)}")
if sevs != Counter(error=24, warning=12):
    fail(f"severities {dict(sevs)}")
for x in notes:
    print("note:", x)
for x in problems:
    print("FAIL:", x)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
