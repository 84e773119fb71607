"""Sanity checks for check-holdout-91 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
bad = []
tot = collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    body = html.unescape(re.sub(r"<[^>]+>", "", art))
    body = re.sub(r"\s+", " ", body).strip()
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        bad.append(f"{case.name}: body length {len(body)}")
    for u in re.findall(r'https?://([^/"\s]+)', src + dig):
        if not u.endswith(".example") and u != "schema.org":
            bad.append(f"{case.name}: domain {u}")
    if exp["clean"] != case.name.startswith("clean-"):
        bad.append(f"{case.name}: clean flag")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            bad.append(f"{case.name}: clean case with findings")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            bad.append(f"{case.name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        bad.append(f"{case.name}: duplicate span")
    for f in exp["findings"]:
        if f["span"] not in dig:
            bad.append(f"{case.name}: span not in digest: {f['span']}")
        tot[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{case.name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{case.name:32} {lang}  body {len(body):5}  findings {len(exp['findings'])}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
for (k, s), n in sorted(tot.items()):
    print(f"  {k:12} {s:8} {n}")
print(f"  total planted: {sum(tot.values())}")
print("problems:" if bad else "OK: no problems")
for b in bad:
    print("  " + b)
sys.exit(1 if bad else 0)
