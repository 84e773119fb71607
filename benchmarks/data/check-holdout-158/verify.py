#!/usr/bin/env python3
"""Sanity checks for check-holdout-158."""
import collections, json, pathlib, re, subprocess, sys
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import gen

HERE = pathlib.Path(__file__).parent
YOTEN = "/tmp/bcv158/bin/yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
urls = set()
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    meta, paras = gen.parse(HERE / "specs" / f"{name}.txt")
    if gen.render(meta, paras) != (c / "source.html").read_text(encoding="utf-8"):
        problems.append(f"{name}: source.html not regenerated")
    langs[meta["lang"]] += 1
    if meta["url"] in urls:
        problems.append(f"{name}: source reused")
    urls.add(meta["url"])
    if ".example/" not in meta["url"]:
        problems.append(f"{name}: url not .example")
    text = " ".join(paras)
    words = len(text) // 2 if meta["lang"] == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    jchars = len(re.findall(r"[^\x00-\x7f\s]", digest))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest length {jchars} Japanese characters")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    else:
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: severity {f['severity']} for {f['kind']}")
    # citation: title / outlet / date / canonical url lines
    local_date = meta["published"][:10].replace("-", ".")
    cite = digest.split("【引用・参照・底本】", 1)[-1].strip().splitlines()
    if name.startswith("clean-") and (cite[0] != f'{meta["title"]} {meta["outlet"]} {local_date}' or cite[-1].strip() != meta["url"]):
        problems.append(f"{name}: citation differs: {cite}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        d = json.loads(r.stdout)
print(f"cases: {len(cases)} (clean {sum(c.name.startswith('clean-') for c in cases)}, err {sum(c.name.startswith('err-') for c in cases)})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(sev.items())))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k}/{s}: {n}")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
