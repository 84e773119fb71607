#!/usr/bin/env python3
"""Check the set: spans verbatim, labels, parse, sizes, counts, languages,
citations, and that every source.html is what gen.py builds from its spec."""
import collections
import json
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv360/bin/yoten")
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
SECTIONS = ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]

problems, notes = [], []
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases and specs differ: {set(cases) ^ set(specs)}")
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for name in cases:
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            problems.append(f"{name}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != gen.build(name):
        problems.append(f"{name}: source.html out of date (run gen.py)")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    # sizes
    body = "\n".join(paras)
    size = len("".join(body.split())) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{name}: source size {size} outside {lo}-{hi}")
    if not 950 <= len(digest) <= 1400:
        problems.append(f"{name}: digest {len(digest)} chars outside 950-1400")
    # structure
    for s in SECTIONS:
        if s not in digest:
            problems.append(f"{name}: section {s} missing")
    # labels
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp.get("clean") is not True or f:
            problems.append(f"{name}: clean case must be clean with no findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(f) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        c = collections.Counter(x["severity"] for x in f)
        if c != {"error": 2, "warning": 1}:
            problems.append(f"{name}: severities {dict(c)}")
        for x in f:
            if x["severity"] == "error" and x["kind"] != "mismatch":
                problems.append(f"{name}: error with kind {x['kind']}")
            if x["severity"] == "warning" and x["kind"] not in {"unsupported", "name", "spelling", "citation"}:
                problems.append(f"{name}: warning with kind {x['kind']}")
    else:
        problems.append(f"{name}: name must start clean- or err-")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        n = digest.count(x["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {x['span']!r}")
        elif n > 1:
            notes.append(f"{name}: span occurs {n} times: {x['span']!r}")
    # citation: title, outlet, local date, canonical URL
    lines = [l.strip() for l in digest.split("【引用・参照・底本】", 1)[-1].strip().splitlines() if l.strip()]
    want_cite = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    cite_ok = len(lines) >= 2 and lines[0] == want_cite and lines[1] == meta["url"]
    has_cite_label = any(x["kind"] == "citation" for x in f)
    if cite_ok == has_cite_label:
        problems.append(f"{name}: citation {'correct' if cite_ok else 'wrong'} but citation label {'present' if has_cite_label else 'absent'}")
    # spelling: the variant is a later katakana spelling
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
    rows.append((name, lang, size, len(digest), len(f)))

if dict(langs) != WANT_LANGS:
    problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
if (n_clean, n_err) != (12, 12):
    problems.append(f"clean/err = {n_clean}/{n_err}, want 12/12")
if sum(kinds.values()) != 36 or sev != {"error": 24, "warning": 12}:
    problems.append(f"planted {sum(kinds.values())}, severities {dict(sev)}")
w = {k: kinds[k] for k in ("unsupported", "name", "spelling", "citation")}
if not (3 <= w["unsupported"] <= 5 and 2 <= w["name"] <= 3 and w["spelling"] == 2 and 3 <= w["citation"] <= 4):
    problems.append(f"warning mix {w}")

for r in rows:
    print(f"{r[0]:34} {r[1]}  source {r[2]:4}  digest {r[3]:4}  findings {r[4]}")
print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"planted {sum(kinds.values())}: {dict(sorted(kinds.items()))}; severities {dict(sorted(sev.items()))}")
for n in notes:
    print("note:", n)
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
