"""Checks for check-holdout-85 (structure only; never runs the checker)."""
import collections, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.inp = False; self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth: self.inp = ("class", "byline") not in attrs
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
    def handle_data(self, d):
        if self.inp: self.text.append(d)


problems, kinds, langs, n = [], collections.Counter(), collections.Counter(), collections.Counter()
for d in sorted((HERE / "cases").iterdir()):
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    b = Body(); b.feed(src); blen = sum(len(t) for t in b.text)
    lo = 2000 if lang == "ja" else 1500
    if blen < lo: problems.append(f"{d.name}: body {blen} chars")
    for host in re.findall(r'https?://([^/"\s]+)', src + dig):
        if host != "schema.org" and not host.endswith(".example"): problems.append(f"{d.name}: non-.example host {host}")
    for tag in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', 'NewsArticle', '<nav>', 'cookie-banner', '<footer>', '<article>'):
        if tag not in src: problems.append(f"{d.name}: missing {tag}")
    clean = d.name.startswith("clean-"); n["clean" if clean else "err"] += 1
    if exp["clean"] != clean: problems.append(f"{d.name}: clean flag")
    f = exp["findings"]
    if clean and f: problems.append(f"{d.name}: clean case has findings")
    if not clean and not 2 <= len(f) <= 3: problems.append(f"{d.name}: {len(f)} findings")
    for x in f:
        kinds[(x["kind"], x["severity"])] += 1
        if x["span"] not in dig: problems.append(f"{d.name}: span not verbatim: {x['span']}")
        sev = {"mismatch": "error"}.get(x["kind"], "warning")
        if x["severity"] != sev: problems.append(f"{d.name}: severity {x}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode: problems.append(f"{d.name}: yoten parse failed: {r.stderr[-200:]}")
    else:
        srcs = json.loads(r.stdout)["sources"]
        canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
        if not srcs or not srcs[0]["url"].startswith(canon): problems.append(f"{d.name}: citation url")
    print(f"{d.name:36} {lang}  body={blen:5}  findings={len(f)}  parse={'ok' if not r.returncode else 'FAIL'}")

print("cases:", dict(n), "languages:", dict(langs))
print("findings by kind/severity:", {f"{k}/{s}": c for (k, s), c in sorted(kinds.items())}, "total", sum(kinds.values()))
print("problems:", len(problems)); [print("  ", p) for p in problems]
sys.exit(1 if problems else 0)
