"""Sanity checks for check-holdout-335."""
import json, pathlib, re, subprocess, sys, shutil

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
import gen

YOTEN = shutil.which("yoten") or "/tmp/bcv335/bin/yoten"
ok = True
def fail(msg):
    global ok; ok = False; print("FAIL", msg)

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
n_clean = n_err = n_find = n_error = n_warn = 0
langs = {}
for c in cases:
    meta, paras = gen.parse(HERE / "specs" / f"{c.name}.txt")
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi: fail(f"{c.name}: source size {size}")
    d = (c / "digest.txt").read_text(encoding="utf-8")
    dl = len(re.sub(r"\s", "", d))
    if not 950 <= dl <= 1400: fail(f"{c.name}: digest size {dl}")
    if (c / "source.html").read_text(encoding="utf-8") != gen.page(meta, paras): fail(f"{c.name}: html stale")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    for f in exp["findings"]:
        if d.count(f["span"]) < 1: fail(f"{c.name}: span not in digest: {f['span']}")
    if meta["url"] not in d and c.name.startswith("clean"): fail(f"{c.name}: canonical url missing")
    if c.name.startswith("clean"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]: fail(f"{c.name}: clean case has findings")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3: fail(f"{c.name}: err case needs 3 findings")
        sev = [f["severity"] for f in exp["findings"]]
        if sev.count("error") != 2 or sev.count("warning") != 1: fail(f"{c.name}: severities {sev}")
    for f in exp["findings"]:
        n_find += 1
        n_error += f["severity"] == "error"; n_warn += f["severity"] == "warning"
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: fail(f"{c.name}: yoten parse rc={r.returncode} {r.stderr[-300:]}")
    print(f"{c.name:32s} {meta['lang']}  source={size:4d}  digest={dl:5d}  findings={len(exp['findings'])}")
print(f"cases={len(cases)} clean={n_clean} err={n_err} findings={n_find} errors={n_error} warnings={n_warn} langs={langs}")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
