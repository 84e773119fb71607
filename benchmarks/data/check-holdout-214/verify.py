"""Sanity checks for check-holdout-214."""
import json, os, re, subprocess, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__))
YOTEN = "/tmp/bcv214/bin/yoten"
probs = []; langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter(); n = {"clean": 0, "err": 0}
for name in sorted(os.listdir(f"{HERE}/cases")):
    c = f"{HERE}/cases/{name}"
    dig = open(f"{c}/digest.txt").read(); exp = json.load(open(f"{c}/expected.json")); src = open(f"{c}/source.html").read()
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    art = re.sub(r"<[^>]+>", " ", re.search(r"<article>(.*)</article>", src, re.S).group(1))
    words = len(art.split()) if lang != "ja" else len(re.sub(r"\s", "", art)) // 2
    if not 300 <= words <= 650: probs.append(f"{name}: article words {words}")
    jc = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
    if not 900 <= jc <= 1600: probs.append(f"{name}: digest chars {jc}")
    kind = name.split("-")[0]; n[kind] += 1
    if kind == "clean" and (exp["findings"] or not exp["clean"]): probs.append(f"{name}: clean with findings")
    if kind == "err" and len(exp["findings"]) != 3: probs.append(f"{name}: {len(exp['findings'])} findings")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if f["span"] not in dig: probs.append(f"{name}: span not in digest: {f['span']}")
        elif f["kind"] != "citation" and f["span"] in art: probs.append(f"{name}: span also verbatim in source: {f['span']}")
    r = subprocess.run([YOTEN, "parse", f"{c}/digest.txt"], capture_output=True, text=True)
    if r.returncode: probs.append(f"{name}: parse failed: {r.stderr[-200:]}")
print("cases:", n, "languages:", dict(langs)); print("kinds:", dict(kinds), "severities:", dict(sev))
print("problems:", len(probs)); [print(" ", p) for p in probs]
sys.exit(1 if probs else 0)
