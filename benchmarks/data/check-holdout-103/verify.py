"""Sanity checks for check-holdout-103 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    src = (c / "source.html").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", body, re.S))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(text) <= 3000:
        problems.append(f"{c.name}: body length {len(text)}")
    for url in re.findall(r"https?://([^/\"'\s]+)", src + digest):
        if not url.endswith(".example") and url != "schema.org":
            problems.append(f"{c.name}: non-.example domain {url}")
    if exp["clean"] != c.name.startswith("clean-"):
        problems.append(f"{c.name}: clean flag does not match name")
    if exp["clean"] and exp["findings"]:
        problems.append(f"{c.name}: clean case with findings")
    if not exp["clean"] and not 2 <= len(exp["findings"]) <= 3:
        problems.append(f"{c.name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{c.name}: duplicate span")
    for f in exp["findings"]:
        if f["span"] not in digest:
            problems.append(f"{c.name}: span not in digest: {f['span']}")
        kinds[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[-200:]}")
n_clean = sum(c.name.startswith("clean-") for c in cases)
print(f"cases: {len(cases)} ({n_clean} clean, {len(cases) - n_clean} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k:12} {s:8} {n}")
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
