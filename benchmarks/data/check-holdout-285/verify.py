#!/usr/bin/env python3
"""Sanity checks for check-holdout-285."""
import json, pathlib, re, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec, render

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv285/bin/yoten"
problems = []
langs = {}
n_clean = n_err = n_find = n_error = n_warn = 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    case = HERE / "cases" / name
    meta, paras = parse_spec(spec)
    lang = meta["lang"]
    langs[lang] = langs.get(lang, 0) + 1
    html_text = (case / "source.html").read_text(encoding="utf-8")
    if html_text != render(meta, paras):
        problems.append(f"{name}: source.html out of date (run gen.py)")
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{name}: source size {size} not in {lo}-{hi}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        problems.append(f"{name}: digest {len(digest)} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            problems.append(f"{name}: missing {marker}")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    for f in exp["findings"]:
        if f["span"] not in digest:
            problems.append(f"{name}: span not verbatim: {f['span']}")
        n_find += 1
        n_error += f["severity"] == "error"
        n_warn += f["severity"] == "warning"
        if (f["severity"] == "error") != (f["kind"] == "mismatch"):
            problems.append(f"{name}: kind/severity {f}")
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        sev = sorted(f["severity"] for f in exp["findings"])
        if exp["clean"] or sev != ["error", "error", "warning"]:
            problems.append(f"{name}: err case needs 2 errors + 1 warning, has {sev}")
    url = meta["url"]
    if ".example" not in url.split("/")[2]:
        problems.append(f"{name}: domain not .example")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {(r.stderr or r.stdout).strip()[-300:]}")
    print(f"{name:32s} {lang} source={size:4d} digest={len(digest):5d} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err}); findings {n_find} (error {n_error}, warning {n_warn}); langs {dict(sorted(langs.items()))}")
if (n_clean, n_err, n_find, n_error, n_warn) != (12, 12, 36, 24, 12):
    problems.append("totals differ from 12/12/36/24/12")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language mix {langs}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
