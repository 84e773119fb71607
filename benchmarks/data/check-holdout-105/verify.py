"""Sanity checks for check-holdout-105 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", re.search(r"<article>(.*?)</article>", src, re.S).group(1)))
    lo, hi = (2000, 4000) if lang == "ja" else (1500, 3000)
    if not lo <= len(body) <= hi:
        problems.append(f"{name}: body {len(body)} chars outside {lo}-{hi}")
    for host in re.findall(r"https?://([^/\"'\s]+)", src + digest):
        if not host.endswith(".example") and host != "schema.org":  # JSON-LD @context
            problems.append(f"{name}: non-.example host {host}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    cited = digest.strip().splitlines()[-1].strip()
    if cited.split("?")[0] != canon:
        problems.append(f"{name}: citation URL is not the canonical URL")
    if name.startswith("clean-") != exp["clean"]:
        problems.append(f"{name}: name/clean flag disagree")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print(f"planted findings: {sum(kinds.values())}")
for (k, s), v in sorted(kinds.items()):
    print(f"  {k} / {s}: {v}")
print("problems: " + ("none" if not problems else str(len(problems))))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
