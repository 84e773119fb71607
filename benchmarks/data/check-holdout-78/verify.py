"""Sanity checks for check-holdout-78 (no checker involved).

Spans verbatim in digest.txt, clean cases without findings, err cases with 2-3,
.example domains only, body lengths, `yoten parse` on every digest, totals.
Usage: python verify.py [--yoten PATH]
"""
import collections, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []; self.inp = False
    def handle_starttag(self, tag, attrs):
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth and not dict(attrs).get("class"): self.inp = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
    def handle_data(self, d):
        if self.inp: self.text.append(d)


problems, kinds, langs = [], collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
nclean = nerr = 0
for c in cases:
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    b = Body(); b.feed(src); n = len("".join(b.text))
    lo, hi = (2000, 3000) if lang == "ja" else (1500, 3000)
    if not lo <= n <= hi: problems.append(f"{c.name}: body {n} chars")
    for dom in set(re.findall(r"https?://([^/\"'\s?]+)", src + dig)):
        if not dom.endswith(".example") and dom != "schema.org": problems.append(f"{c.name}: domain {dom}")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie", "<footer", "<article>"):
        if tag not in src: problems.append(f"{c.name}: missing {tag}")
    if exp["clean"] != c.name.startswith("clean-"): problems.append(f"{c.name}: clean flag")
    if exp["clean"]:
        nclean += 1
        if exp["findings"]: problems.append(f"{c.name}: clean case with findings")
    else:
        nerr += 1
        if not 2 <= len(exp["findings"]) <= 3: problems.append(f"{c.name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans): problems.append(f"{c.name}: duplicate span")
    for f in exp["findings"]:
        if f["span"] not in dig: problems.append(f"{c.name}: span not in digest: {f['span']}")
        kinds[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{c.name}: yoten parse rc={r.returncode} {r.stderr[-200:]}")
    print(f"{c.name:40s} {lang} body={n:5d} findings={len(spans)} parse={'ok' if r.returncode == 0 else 'FAIL'}")

print(f"\n{len(cases)} cases: {nclean} clean, {nerr} err; languages: {dict(sorted(langs.items()))}")
for (k, s), v in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {v}")
print(f"  total findings: {sum(kinds.values())}")
print("problems:" if problems else "all checks passed")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
