#!/usr/bin/env python3
"""Sanity checks for check-holdout-295."""
import json, pathlib, re, subprocess, sys, collections
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse
YOTEN = pathlib.Path("/tmp/bcv295/bin/yoten")
fails, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
names = sorted(p.name for p in (HERE / "cases").iterdir())
for n in names:
    d = HERE / "cases" / n
    meta, paras = parse(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi: fails.append(f"{n}: source size {size} not in {lo}-{hi}")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", dig))
    if not 950 <= dsize <= 1400: fails.append(f"{n}: digest size {dsize}")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if m not in dig: fails.append(f"{n}: missing {m}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    if n.startswith("clean-") and (not exp["clean"] or exp["findings"]): fails.append(f"{n}: clean with findings")
    if n.startswith("err-"):
        if exp["clean"] or len(exp["findings"]) != 3: fails.append(f"{n}: err needs 3 findings")
        if sum(f["severity"] == "error" for f in exp["findings"]) != 2: fails.append(f"{n}: needs 2 errors")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if f["span"] not in dig: fails.append(f"{n}: span not verbatim: {f['span']}")
    if meta["url"] not in (d / "source.html").read_text(encoding="utf-8"): fails.append(f"{n}: canonical")
    if YOTEN.exists():
        r = subprocess.run([str(YOTEN), "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0: fails.append(f"{n}: yoten parse rc={r.returncode} {r.stderr[-200:]}")
    print(f"{n:32} {meta['lang']} src={size:4} digest={dsize:4} findings={len(exp['findings'])}")
print("cases", len(names), "clean", sum(n.startswith("clean-") for n in names), "err", sum(n.startswith("err-") for n in names))
print("langs", dict(langs)); print("kinds", dict(kinds)); print("severity", dict(sev))
if len(names) != 24 or langs != collections.Counter(en=14, fr=3, de=3, es=2, ja=2) or sev != collections.Counter(error=24, warning=12):
    fails.append("counts off")
for f in fails: print("FAIL", f)
print("OK" if not fails else f"{len(fails)} failures"); sys.exit(1 if fails else 0)
