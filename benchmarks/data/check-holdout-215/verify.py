"""Sanity checks for check-holdout-215."""
import collections, json, pathlib, re, subprocess, sys, html
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []; langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter(); n = collections.Counter()
for d in sorted((HERE / "cases").iterdir()):
    t = (d / "digest.txt").read_text(encoding="utf-8"); e = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    s = (d / "source.html").read_text(encoding="utf-8")
    lang = re.search(r'<html lang="(\w+)"', s).group(1); langs[lang] += 1
    art = html.unescape(re.sub("<[^>]+>", " ", re.search(r"<article>(.*)</article>", s, re.S).group(1)))
    words = len(art.split()) if lang != "ja" else len(re.sub(r"\s", "", art)) // 2
    if not 300 <= words <= 650: problems.append(f"{d.name}: article {words} words")
    jchars = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", t))
    if not 900 <= jchars <= 1600: problems.append(f"{d.name}: digest {jchars} Japanese chars")
    clean = d.name.startswith("clean-")
    n["clean" if clean else "err"] += 1
    if e["clean"] != clean: problems.append(f"{d.name}: clean flag")
    if clean and e["findings"]: problems.append(f"{d.name}: clean case with findings")
    if not clean and len(e["findings"]) != 3: problems.append(f"{d.name}: {len(e['findings'])} findings")
    for f in e["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        c = t.count(f["span"])
        if c != 1: problems.append(f"{d.name}: span {f['span']!r} occurs {c}x")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{d.name}: parse failed {r.stderr[-200:]}")
    else:
        j = json.loads(r.stdout)
        if not j.get("overview") or not j.get("details") if "details" in j else False: problems.append(f"{d.name}: parse incomplete")
print("cases:", dict(n)); print("languages:", dict(langs)); print("kinds:", dict(kinds)); print("severities:", dict(sev))
print("findings:", sum(sev.values()))
print("problems:", len(problems)); [print("  " + p) for p in problems]
sys.exit(1 if problems else 0)
