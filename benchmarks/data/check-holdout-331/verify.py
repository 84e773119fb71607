#!/usr/bin/env python3
"""Sanity checks for check-holdout-331."""
import json, pathlib, re, subprocess, sys, collections
sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv331/bin/yoten"
bad = []
counts = collections.Counter()
langs = collections.Counter()
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = gen.parse_spec(spec)
    langs[meta["lang"]] += 1
    case = HERE / "cases" / name
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    html = (case / "source.html").read_text(encoding="utf-8")
    if html != gen.render(meta, paras):
        bad.append(f"{name}: source.html stale")
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad.append(f"{name}: source size {size}")
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400:
        bad.append(f"{name}: digest size {dsize}")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in digest:
            bad.append(f"{name}: missing {m}")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad.append(f"{name}: clean case has findings")
        if meta["url"] not in digest:
            bad.append(f"{name}: canonical url missing")
    else:
        f = exp["findings"]
        if exp["clean"] or len(f) != 3:
            bad.append(f"{name}: expected 3 findings")
        sev = collections.Counter(x["severity"] for x in f)
        if sev != {"error": 2, "warning": 1}:
            bad.append(f"{name}: severities {dict(sev)}")
        for x in f:
            counts[(x["kind"], x["severity"])] += 1
            if x["span"] not in digest:
                bad.append(f"{name}: span not verbatim: {x['span']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    print(f"{name:32s} {meta['lang']} src={size:4d} digest={dsize:5d} findings={len(exp['findings'])}")
names = [p.stem for p in (HERE / "specs").glob("*.txt")]
print("cases:", len(names), "clean:", sum(n.startswith("clean-") for n in names),
      "err:", sum(n.startswith("err-") for n in names))
print("languages:", dict(langs))
print("planted:", sum(counts.values()), {f"{k}/{s}": v for (k, s), v in sorted(counts.items())})
if bad:
    print("FAIL"); print("\n".join(bad)); sys.exit(1)
print("OK")
