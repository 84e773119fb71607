#!/usr/bin/env python3
"""Checks the set: spans verbatim, labels, counts, sizes, languages,
yoten parse, source.html regenerated from specs."""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv383/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems, notes = [], []
kinds, sev, langs = Counter(), Counter(), Counter()
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases/specs differ: {set(cases) ^ set(specs)}")
n_clean = n_err = 0
for name in cases:
    d = HERE / "cases" / name
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        problems.append(f"{name}: source.html out of date")
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{name}: source size {size} not in {lo}-{hi}")
    dlen = len(digest.strip())
    if not 950 <= dlen <= 1400:
        problems.append(f"{name}: digest length {dlen} not in 950-1400")
    # citation block
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    fs = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if meta["url"] not in cit[1] or cit[1].strip() != meta["url"]:
            problems.append(f"{name}: citation URL not canonical")
        if not cit[0].startswith(meta["title"]):
            problems.append(f"{name}: citation title differs")
        if not cit[0].endswith(meta["published"][:10].replace("-", ".")):
            problems.append(f"{name}: citation date not outlet-local")
        if meta["outlet"] not in cit[0]:
            problems.append(f"{name}: citation outlet differs")
    elif name.startswith("err-"):
        n_err += 1
        c = Counter(f["severity"] for f in fs)
        if exp["clean"] is not False or len(fs) != 3 or c != Counter({"error": 2, "warning": 1}):
            problems.append(f"{name}: want 2 error + 1 warning, got {dict(c)}")
    else:
        problems.append(f"{name}: bad name")
    seen = set()
    for f in fs:
        kinds[(f["kind"], f["severity"])] += 1
        sev[f["severity"]] += 1
        if f["kind"] == "mismatch" and f["severity"] != "error":
            problems.append(f"{name}: mismatch must be error")
        if f["kind"] in ("unsupported", "name", "spelling", "citation") and f["severity"] != "warning":
            problems.append(f"{name}: {f['kind']} must be warning")
        n = digest.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not verbatim: {f['span']!r}")
        elif n > 1:
            notes.append(f"{name}: span {f['span']!r} occurs {n}x")
        if f["span"] in seen:
            problems.append(f"{name}: duplicate span")
        seen.add(f["span"])
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        j = json.loads(r.stdout)
        blob = json.dumps(j, ensure_ascii=False)
        if meta["outlet"] not in blob and name.startswith("clean-"):
            problems.append(f"{name}: outlet not in parsed JSON")
    print(f"ok-ish {name:34s} lang={meta['lang']} src={size} digest={dlen} findings={len(fs)}")

if n_clean != 12 or n_err != 12:
    problems.append(f"want 12 clean + 12 err, got {n_clean} + {n_err}")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
if sum(kinds.values()) != 36:
    problems.append(f"planted findings {sum(kinds.values())} != 36")
print("languages:", dict(sorted(langs.items())))
print("findings by kind/severity:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
print("by severity:", dict(sev), "total:", sum(sev.values()))
for n in notes:
    print("note:", n)
for p in problems:
    print("PROBLEM:", p)
print("PASS" if not problems else f"FAIL ({len(problems)} problems)")
sys.exit(1 if problems else 0)
