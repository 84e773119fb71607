#!/usr/bin/env python3
"""Sanity checks for check-holdout-277."""
import json, pathlib, re, subprocess, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = pathlib.Path("/tmp/bcv277/bin/yoten")
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
problems = []
langs = collections.Counter()
n_clean = n_err = n_find = n_error = n_warn = 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = gen.parse(spec)
    langs[meta["lang"]] += 1
    d = HERE / "cases" / name
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.render(meta, paras):
        problems.append(f"{name}: source.html out of date (run gen.py)")
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{name}: source size {size} not in {lo}-{hi}")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", dig))
    if not 950 <= dsize <= 1400:
        problems.append(f"{name}: digest size {dsize} not in 950-1400")
    for m in MARKERS:
        if m not in dig:
            problems.append(f"{name}: {m} missing")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            problems.append(f"{name}: clean case with findings")
        if meta["url"] not in dig:
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        sev = collections.Counter(x["severity"] for x in f)
        if exp["clean"] or len(f) != 3 or sev["error"] != 2 or sev["warning"] != 1:
            problems.append(f"{name}: expected 3 findings (2 errors, 1 warning), got {sev}")
        n_find += len(f); n_error += sev["error"]; n_warn += sev["warning"]
        for x in f:
            if x["span"] not in dig:
                problems.append(f"{name}: span {x['span']!r} not verbatim in digest")
            if (x["severity"] == "error") != (x["kind"] == "mismatch"):
                problems.append(f"{name}: kind/severity {x}")
    if YOTEN.exists():
        r = subprocess.run([str(YOTEN), "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:32s} {meta['lang']} src={size:4d} digest={dsize:4d} findings={len(f)}")
print(f"cases={n_clean + n_err} clean={n_clean} err={n_err} findings={n_find} errors={n_error} warnings={n_warn} langs={dict(sorted(langs.items()))}")
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if n_clean != 12 or n_err != 12 or n_find != 36 or n_error != 24 or dict(langs) != want:
    problems.append("totals differ from the brief")
for p in problems:
    print("FAIL", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
