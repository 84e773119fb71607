"""Sanity checks for check-holdout-99 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"

class Body(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []; self.inp = False
    def handle_starttag(self, tag, a):
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth and not dict(a).get("class"): self.inp = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
    def handle_data(self, d):
        if self.inp: self.text.append(d)

problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text(); dig = (d / "digest.txt").read_text()
    exp = json.loads((d / "expected.json").read_text())
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    b = Body(); b.feed(src); n = len("".join(b.text))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000: problems.append(f"{d.name}: body {n} chars")
    for u in re.findall(r'https?://([^/"\s]+)', src + dig):
        if u != "schema.org" and not u.endswith(".example"): problems.append(f"{d.name}: non-.example domain {u}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if d.name.startswith("clean") and canon not in dig.splitlines()[-1]:
        problems.append(f"{d.name}: citation URL differs from canonical")
    f = exp["findings"]
    if d.name.startswith("clean"):
        n_clean += 1
        if exp["clean"] is not True or f: problems.append(f"{d.name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] is not False or not 2 <= len(f) <= 3: problems.append(f"{d.name}: err case needs 2-3 findings")
    for x in f:
        kinds[(x["kind"], x["severity"])] += 1
        if x["span"] not in dig: problems.append(f"{d.name}: span not in digest: {x['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{d.name}: yoten parse failed: {r.stderr[-200:]}")
    else:
        site = re.search(r'og:site_name" content="([^"]+)"', src).group(1).replace("&#x27;", "'")
        outlets = [x["outlet"] for x in json.loads(r.stdout).get("sources", [])]
        if outlets != [site]: problems.append(f"{d.name}: parsed outlet {outlets} != og:site_name {site!r}")
    print(f"{d.name:32} {lang} body={n:5} findings={len(f)} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases: {n_clean} clean, {n_err} err; languages: {dict(sorted(langs.items()))}")
for (k, s), c in sorted(kinds.items()): print(f"  {k:12} {s:8} {c}")
print(f"  total planted findings: {sum(kinds.values())}")
print("problems:" if problems else "OK: no problems", *problems, sep="\n  ")
sys.exit(1 if problems else 0)
