#!/usr/bin/env python3
"""Sanity checks for check-holdout-347."""
import json, pathlib, re, subprocess, sys, collections, html
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import parse_spec

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv347/bin/yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
names = sorted(p.name for p in (HERE / "cases").iterdir())
for n in names:
    d = HERE / "cases" / n
    meta, paras = parse_spec(HERE / "specs" / f"{n}.txt")
    lang = meta["lang"]; langs[lang] += 1
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{n}: source size {size} not in {lo}-{hi}")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dg) <= 1400:
        problems.append(f"{n}: digest {len(dg)} chars")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    if exp["clean"] != n.startswith("clean-"):
        problems.append(f"{n}: clean flag")
    want = 0 if exp["clean"] else 3
    if len(exp["findings"]) != want:
        problems.append(f"{n}: {len(exp['findings'])} findings")
    spans = set()
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if f["span"] not in dg:
            problems.append(f"{n}: span not in digest: {f['span']}")
        if f["span"] in spans:
            problems.append(f"{n}: duplicate span")
        spans.add(f["span"])
        if f["kind"] == "mismatch" and f["severity"] != "error":
            problems.append(f"{n}: mismatch not error")
    src = (d / "source.html").read_text(encoding="utf-8")
    if meta["url"] not in src or ".example" not in meta["url"]:
        problems.append(f"{n}: url")
    if exp["clean"]:
        if meta["url"] not in dg:
            problems.append(f"{n}: clean digest lacks canonical url")
        pub = meta["published"][:10].replace("-", ".")
        if pub not in dg:
            problems.append(f"{n}: clean digest lacks outlet-local date {pub}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    print(f"{n:38s} {lang} source={size:4d} digest={len(dg):4d} findings={len(exp['findings'])} parse_rc={r.returncode}")
print("cases:", len(names), "clean:", sum(n.startswith('clean-') for n in names), "err:", sum(n.startswith('err-') for n in names))
print("languages:", dict(langs))
print("findings:", sum(kinds.values()), "kinds:", dict(kinds), "severities:", dict(sev))
if len(names) != 24 or sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append("totals off")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append("language mix off")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)})")
sys.exit(1 if problems else 0)
