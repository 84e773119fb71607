#!/usr/bin/env python3
"""Sanity checks for check-holdout-201 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv201/bin/yoten"


class Body(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []
    def handle_starttag(self, tag, a):
        if tag == "article": self.depth += 1
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
    def handle_data(self, d):
        if self.depth: self.text.append(d)


problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
sources = set()
for c in cases:
    n = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): problems.append(f"{n}: missing {f}")
    if problems and problems[-1].startswith(n): continue
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if canon in sources: problems.append(f"{n}: source reused")
    sources.add(canon)
    if ".example/" not in canon: problems.append(f"{n}: domain not .example")
    b = Body(); b.feed(src); text = " ".join(b.text)
    words = len(re.findall(r"\S+", text)) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 700: problems.append(f"{n}: article words {words}")
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600: problems.append(f"{n}: digest chars {chars}")
    if n.startswith("clean-"):
        if exp != {"clean": True, "findings": []}: problems.append(f"{n}: clean case with findings")
    elif n.startswith("err-"):
        if exp.get("clean") is not False: problems.append(f"{n}: err case marked clean")
        if len(exp["findings"]) != 3: problems.append(f"{n}: {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{n}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
            if f["span"] not in dig: problems.append(f"{n}: span not in digest: {f['span']!r}")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning"}
            if ok.get(f["kind"]) != f["severity"]: problems.append(f"{n}: kind/severity {f}")
    else:
        problems.append(f"{n}: bad name")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{n}: yoten parse rc={r.returncode}: {r.stderr.strip()[:200]}")
    print(f"{n:40s} {lang}  words={words:4d}  digest_chars={chars:5d}  findings={len(exp['findings'])}")

print()
print("cases:", len(cases), " clean:", sum(c.name.startswith("clean-") for c in cases),
      " err:", sum(c.name.startswith("err-") for c in cases))
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), " by kind:", dict(sorted(kinds.items())), " by severity:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
