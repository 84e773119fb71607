"""Sanity checks for check-holdout-56 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys, html as H
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
bad, tot, n = [], collections.Counter(), collections.Counter()
for d in sorted((HERE / "cases").iterdir()):
    src, dig = (d / "source.html").read_text(), (d / "digest.txt").read_text()
    exp = json.loads((d / "expected.json").read_text())
    n["clean" if exp["clean"] else "err"] += 1
    for dom in re.findall(r"https?://([^/\"'\s]+)", src + dig):
        if not dom.endswith(".example") and dom != "schema.org": bad.append(f"{d.name}: domain {dom}")
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    body = "".join(H.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000: bad.append(f"{d.name}: body {len(body)} chars")
    if exp["clean"] != d.name.startswith("clean-") or (exp["clean"] and exp["findings"]): bad.append(f"{d.name}: clean flag")
    if not exp["clean"] and not 2 <= len(exp["findings"]) <= 3: bad.append(f"{d.name}: {len(exp['findings'])} findings")
    for f in exp["findings"]:
        if f["span"] not in dig and not f["span"].startswith("【"): bad.append(f"{d.name}: span not in digest: {f['span']}")
        tot[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode: bad.append(f"{d.name}: yoten parse failed: {r.stderr[-200:]}")
    print(f"{d.name:34} {lang} body={len(body)} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print("cases:", dict(n))
for (k, s), c in sorted(tot.items()): print(f"  {k:12} {s:8} {c}")
print("total findings:", sum(tot.values()))
print("PROBLEMS:" if bad else "all checks passed", *bad, sep="\n  ")
sys.exit(1 if bad else 0)
