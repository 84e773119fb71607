"""Sanity checks for check-holdout-68. Usage: python verify.py [path/to/yoten]"""
import collections, glob, html, json, os, re, subprocess, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = n_find = 0

def body_text(src):
    m = re.search(r'<article>.*?itemprop="articleBody">(.*?)</div>', src, re.S)
    t = html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))
    return re.sub(r"\s+", " ", t).strip()

for d in sorted(glob.glob(os.path.join(HERE, "cases", "*"))):
    name = os.path.basename(d)
    src = open(os.path.join(d, "source.html"), encoding="utf-8").read()
    dig = open(os.path.join(d, "digest.txt"), encoding="utf-8").read()
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    n = len(body_text(src)); lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000: problems.append(f"{name}: body length {n}")
    for u in re.findall(r'https?://[^\s"<>]+', src + "\n" + dig):
        if u != "https://schema.org" and not urlparse(u).hostname.endswith(".example"): problems.append(f"{name}: non-.example URL {u}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    title = html.unescape(re.search(r'property="og:title" content="([^"]*)"', src).group(1))
    outlet = html.unescape(re.search(r'property="og:site_name" content="([^"]*)"', src).group(1))
    if " " not in outlet: problems.append(f"{name}: outlet not multi-word")
    if f"{title} {outlet} " not in dig: problems.append(f"{name}: citation title/outlet")
    if name.startswith("clean-") != exp["clean"]: problems.append(f"{name}: prefix vs clean flag")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]: problems.append(f"{name}: clean case with findings")
        if canon not in dig.split("【引用・参照・底本】")[1].split(): problems.append(f"{name}: clean citation is not the canonical URL")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3: problems.append(f"{name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        n_find += 1; kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in dig: problems.append(f"{name}: span not in digest: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want: problems.append(f"{name}: severity {f['severity']} for {f['kind']}")
    r = subprocess.run([YOTEN, "parse", os.path.join(d, "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); planted findings: {n_find}")
print("languages:", dict(sorted(langs.items())))
for (k, s), c in sorted(kinds.items()): print(f"  {k:12s} {s:8s} {c}")
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
