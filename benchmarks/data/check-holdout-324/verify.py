#!/usr/bin/env python3
"""Sanity checks for check-holdout-324."""
import json, pathlib, re, shutil, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv324/bin/yoten"
bad = []
n = {"clean": 0, "err": 0, "findings": 0, "error": 0, "warning": 0}
langs = {}
kinds = {}
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = gen.parse(spec)
    case = HERE / "cases" / name
    d = (case / "digest.txt").read_text(encoding="utf-8")
    x = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    src = (case / "source.html").read_text(encoding="utf-8")
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text)); lo, hi = 600, 700
    else:
        size = len(text.split()); lo, hi = 300, 350
    if not lo <= size <= hi:
        bad.append(f"{name}: source size {size} not in {lo}-{hi}")
    dl = len(d)
    if not 950 <= dl <= 1400:
        bad.append(f"{name}: digest {dl} chars")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "<nav>", "cookie", "<footer>"):
        if tag not in src:
            bad.append(f"{name}: source lacks {tag}")
    if meta["url"] not in d:
        bad.append(f"{name}: canonical URL not in digest") if name.startswith("clean") else None
    for f in x["findings"]:
        if f["span"] not in d:
            bad.append(f"{name}: span not verbatim: {f['span']}")
        n[f["severity"]] += 1
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    if name.startswith("clean-"):
        n["clean"] += 1
        if not x["clean"] or x["findings"]:
            bad.append(f"{name}: clean case has findings")
    else:
        n["err"] += 1
        n["findings"] += len(x["findings"])
        sev = sorted(f["severity"] for f in x["findings"])
        if x["clean"] or sev != ["error", "error", "warning"]:
            bad.append(f"{name}: err case must have 2 errors + 1 warning, has {sev}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse failed: {(r.stdout + r.stderr)[-300:]}")
    print(f"{name:34s} {meta['lang']}  source {size:4d}  digest {dl:4d}  findings {len(x['findings'])}")
print("cases", n["clean"] + n["err"], "clean", n["clean"], "err", n["err"], "planted", n["findings"],
      "errors", n["error"], "warnings", n["warning"])
print("languages", dict(sorted(langs.items())), "kinds", dict(sorted(kinds.items())))
if n["clean"] != 12 or n["err"] != 12 or n["findings"] != 36:
    bad.append("counts wrong")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad.append(f"language mix wrong: {langs}")
for b in bad:
    print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problems")
sys.exit(1 if bad else 0)
