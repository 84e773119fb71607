#!/usr/bin/env python3
"""Sanity checks for check-holdout-355."""
import collections, html, json, pathlib, re, subprocess, sys, shutil
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen

YOTEN = shutil.which("yoten") or "/tmp/bcv355/bin/yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = gen.parse(spec)
    langs[meta["lang"]] += 1
    case = HERE / "cases" / name
    src = (case / "source.html").read_text(encoding="utf-8")
    if src != gen.render(meta, paras):
        problems.append(f"{name}: source.html out of date (run gen.py)")
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text))
        if not 600 <= size <= 700:
            problems.append(f"{name}: source {size} chars")
    else:
        size = len(text.split())
        if not 300 <= size <= 350:
            problems.append(f"{name}: source {size} words")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400:
        problems.append(f"{name}: digest {dsize} chars")
    if meta["url"] not in digest and name.startswith("clean-"):
        problems.append(f"{name}: canonical URL missing from clean digest")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        if exp["clean"] or len(f) != 3:
            problems.append(f"{name}: err case needs 3 findings")
        if sorted(x["severity"] for x in f) != ["error", "error", "warning"]:
            problems.append(f"{name}: err case needs 2 errors + 1 warning")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        if x["span"] not in digest:
            problems.append(f"{name}: span {x['span']!r} not in digest")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
    print(f"{name:40s} {meta['lang']} source={size:4d} digest={dsize:4d} findings={len(f)}")
print(f"cases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(sev.values())} ({dict(sev)}); kinds: {dict(kinds)}")
if n_clean != 12 or n_err != 12:
    problems.append("need 12 clean + 12 err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language mix {dict(langs)}")
if sev["error"] != 24 or sev["warning"] != 12:
    problems.append("need 24 errors + 12 warnings")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
