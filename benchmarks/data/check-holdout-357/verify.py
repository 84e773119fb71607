#!/usr/bin/env python3
"""Sanity checks for check-holdout-357 (no checker involved)."""
import json, pathlib, re, subprocess, sys, html, collections

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv357/bin/yoten"
sys.path.insert(0, str(HERE))
import gen

fail = []
langs = collections.Counter()
n_clean = n_err = n_find = n_error = n_warn = 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = gen.parse(spec)
    d = HERE / "cases" / name
    langs[meta["lang"]] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if gen.render(meta, paras, sorted(p.stem for p in (HERE / "specs").glob("*.txt")).index(name)) != src:
        fail.append(f"{name}: source.html stale")
    text = " ".join(paras)
    size = len(text.replace(" ", "")) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail.append(f"{name}: source size {size} not in {lo}-{hi}")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    dn = len(dg)
    if not 950 <= dn <= 1400:
        fail.append(f"{name}: digest {dn} chars")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in dg:
            fail.append(f"{name}: missing {m}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    for f in exp["findings"]:
        if f["span"] not in dg:
            fail.append(f"{name}: span not verbatim: {f['span']}")
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            fail.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            fail.append(f"{name}: err case needs 3 findings")
        sev = collections.Counter(f["severity"] for f in exp["findings"])
        if sev != {"error": 2, "warning": 1}:
            fail.append(f"{name}: severities {dict(sev)}")
    for f in exp["findings"]:
        n_find += 1
        n_error += f["severity"] == "error"
        n_warn += f["severity"] == "warning"
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode:
        fail.append(f"{name}: yoten parse rc={r.returncode} {r.stderr.strip()[-200:]}")
    print(f"{name:32} {meta['lang']} src={size:4} digest={dn:5} findings={len(exp['findings'])}")

print(f"cases {n_clean + n_err} (clean {n_clean}, err {n_err}); findings {n_find} "
      f"(error {n_error}, warning {n_warn}); langs {dict(sorted(langs.items()))}")
if (n_clean, n_err, n_find, n_error, n_warn) != (12, 12, 36, 24, 12):
    fail.append("totals differ from the brief")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail.append("language mix differs from the brief")
for f in fail:
    print("FAIL", f)
print("OK" if not fail else f"{len(fail)} failures")
sys.exit(1 if fail else 0)
