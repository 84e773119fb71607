"""Sanity checks for check-holdout-67 (no checker involved): python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    src = (case / "source.html").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = html.unescape(" ".join(re.findall(r"<p>(.*?)</p>", body, re.S)))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(text) <= 3000:
        problems.append(f"{name}: body {len(text)} chars (want {lo}-3000)")
    for url in re.findall(r"https?://[^\s\"'<>]+", src + digest):
        host = url.split("/")[2]
        if host != "schema.org" and not host.endswith(".example"):
            problems.append(f"{name}: non-.example URL {url}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if exp["clean"]:
        n_clean += 1
        if exp["findings"] or not name.startswith("clean-"):
            problems.append(f"{name}: clean case with findings or wrong prefix")
        if canon not in digest.splitlines():
            problems.append(f"{name}: canonical URL not cited on its own line")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3 or not name.startswith("err-"):
            problems.append(f"{name}: err case with {len(exp['findings'])} findings")
    spans = set()
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not verbatim in digest: {f['span']}")
        if f["span"] in spans:
            problems.append(f"{name}: duplicate span {f['span']}")
        spans.add(f["span"])
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print(f"planted findings: {sum(kinds.values())}")
for (k, s), v in sorted(kinds.items()):
    print(f"  {k:12} {s:8} {v}")
print("problems: " + (str(len(problems)) if problems else "none"))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
