"""Sanity checks for check-holdout-58 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"

class Body(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.inp = False; self.text = []
    def handle_starttag(self, tag, a):
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth and not dict(a).get("class"): self.inp = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
    def handle_data(self, d):
        if self.inp: self.text.append(d)

problems, kinds, langs = [], collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    digest = (c / "digest.txt").read_text(); exp = json.loads((c / "expected.json").read_text())
    html = (c / "source.html").read_text()
    lang = re.search(r'<html lang="(\w+)"', html).group(1); langs[lang] += 1
    b = Body(); b.feed(html); n = len("".join(b.text))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000: problems.append(f"{c.name}: body {n} chars")
    for u in re.findall(r'https?://([^/"\s]+)', html + digest):
        if not u.endswith(".example") and u not in ("schema.org",): problems.append(f"{c.name}: domain {u}")
    if exp["clean"] != c.name.startswith("clean-"): problems.append(f"{c.name}: clean flag")
    if exp["clean"] and exp["findings"]: problems.append(f"{c.name}: clean with findings")
    if not exp["clean"] and not 2 <= len(exp["findings"]) <= 3: problems.append(f"{c.name}: {len(exp['findings'])} findings")
    for f in exp["findings"]:
        if f["span"] not in digest: problems.append(f"{c.name}: span not verbatim: {f['span']}")
        kinds[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{c.name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{c.name:34} {lang} body={n:5} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print("cases:", len(cases), "clean:", sum(c.name.startswith('clean-') for c in cases), "err:", sum(c.name.startswith('err-') for c in cases))
print("languages:", dict(sorted(langs.items())))
for (k, s), v in sorted(kinds.items()): print(f"  {k}/{s}: {v}")
print("total planted:", sum(kinds.values()))
print("problems:", problems or "none")
sys.exit(1 if problems else 0)
