#!/usr/bin/env python3
"""Sanity checks for check-holdout-216 (no checker run)."""
import collections, json, pathlib, re, subprocess, sys
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            problems.append(f"{name}: missing {f}")
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = spec.split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    langs[meta["lang"]] += 1
    words = len(body.split()) if meta["lang"] != "ja" else len(re.sub(r"\s", "", body)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words} outside 300-650")
    if not meta["url"].split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    jchars = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0].split("\n", 1)[1]))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest length {jchars} outside 900-1600")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    if name.startswith("clean-"):
        n_clean += 1
        if exp["findings"] or not exp["clean"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs 3 findings")
    spans = [x["span"] for x in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for x in exp["findings"]:
        kinds[x["kind"]] += 1; sev[x["severity"]] += 1
        if x["span"] not in digest:
            problems.append(f"{name}: span not in digest: {x['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr[-200:]}")
    print(f"{name:28} {meta['lang']}  article={words:4}  digest={jchars:5}  findings={len(spans)}")
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
