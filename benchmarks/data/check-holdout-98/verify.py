"""Sanity checks for check-holdout-98 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    langs[re.search(r'<html lang="(\w+)"', src).group(1)] += 1
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S))
    ja = 'lang="ja"' in src
    lo, hi = (2000, 4000) if ja else (1500, 3000)
    if not lo <= len(text) <= hi:
        problems.append(f"{d.name}: body {len(text)} chars")
    for u in re.findall(r'https?://([^/"\s]+)', src + dig):
        if not u.endswith(".example") and u != "schema.org":
            problems.append(f"{d.name}: non-.example domain {u}")
    if d.name.startswith("clean-") != exp["clean"]:
        problems.append(f"{d.name}: clean flag")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{d.name}: clean case with findings")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{d.name}: {len(exp['findings'])} findings")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in dig:
            problems.append(f"{d.name}: span not in digest: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{d.name}: yoten parse failed: {r.stderr.strip()[:200]}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k:12} {s:8} {n}")
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
