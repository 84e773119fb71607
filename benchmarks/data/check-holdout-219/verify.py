"""Sanity checks for check-holdout-219."""
import collections, json, pathlib, re, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from gen import parse
HERE = pathlib.Path(__file__).parent
YOTEN = "/tmp/bcv219/bin/yoten"
probs, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    n = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): probs.append(f"{n}: missing {f}")
    meta, paras = parse(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    text = " ".join(paras)
    words = len(text.split()) if meta["lang"] != "ja" else len(text) // 2
    if not 300 <= words <= 650: probs.append(f"{n}: {words} words")
    dg = (c / "digest.txt").read_text(encoding="utf-8")
    body = dg.split("【引用・参照・底本】")[0]
    jch = len(re.sub(r"\s", "", body))  # characters before the citation, whitespace excluded
    if not 900 <= jch <= 1600: probs.append(f"{n}: {jch} digest chars")
    if f"https://{meta['domain']}{meta['path']}" not in dg and n.startswith("clean"): probs.append(f"{n}: canonical URL not cited")
    ex = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    if n.startswith("clean"):
        if ex["clean"] is not True or ex["findings"]: probs.append(f"{n}: clean case with findings")
    else:
        if ex["clean"] is not False or len(ex["findings"]) != 3: probs.append(f"{n}: err case needs 3 findings")
    spans = [f["span"] for f in ex["findings"]]
    if len(set(spans)) != len(spans): probs.append(f"{n}: duplicate span")
    for f in ex["findings"]:
        if f["span"] not in dg: probs.append(f"{n}: span not verbatim: {f['span']}")
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: probs.append(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
print(f"cases: {len(cases)} (clean {sum(c.name.startswith('clean') for c in cases)}, err {sum(c.name.startswith('err') for c in cases)})")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(probs))
for p in probs: print("  -", p)
