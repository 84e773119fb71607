import json, pathlib, re, subprocess, sys, shutil
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
from gen import parse
YOTEN = shutil.which("yoten") or "/tmp/bcv298/bin/yoten"
bad = []; n_clean = n_err = n_find = n_error = n_warn = 0; langs = {}
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem; d = HERE / "cases" / name
    meta, paras = parse(spec)
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if meta["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi: bad.append(f"{name}: source size {size}")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", dg))
    if not 950 <= dsize <= 1400: bad.append(f"{name}: digest size {dsize}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or f: bad.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        if exp["clean"] is not False or len(f) != 3: bad.append(f"{name}: err case needs 3 findings")
        if sum(x["severity"] == "error" for x in f) != 2: bad.append(f"{name}: needs 2 errors")
    for x in f:
        n_find += 1; n_error += x["severity"] == "error"; n_warn += x["severity"] == "warning"
        if x["span"] not in dg: bad.append(f"{name}: span not verbatim: {x['span']}")
        if (x["kind"] == "mismatch") != (x["severity"] == "error"): bad.append(f"{name}: kind/severity {x}")
    if meta["url"] not in dg and not any(x["kind"] == "citation" for x in f): bad.append(f"{name}: canonical url missing")
    if not pathlib.Path(YOTEN).exists(): bad.append("yoten not installed"); continue
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
print(f"cases {n_clean + n_err} (clean {n_clean}, err {n_err}); findings {n_find} (error {n_error}, warning {n_warn}); langs {dict(sorted(langs.items()))}")
for b in bad: print("FAIL", b)
if n_clean != 12 or n_err != 12 or n_find != 36 or n_error != 24: print("FAIL counts"); bad.append("counts")
print("OK" if not bad else f"{len(bad)} problems"); sys.exit(1 if bad else 0)
