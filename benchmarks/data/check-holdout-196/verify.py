#!/usr/bin/env python3
"""Sanity checks for check-holdout-196. Run: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []

class Art(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []; self.meta = {}; self.canon = None; self.lang = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html": self.lang = a.get("lang")
        if tag == "article": self.depth += 1
        if tag == "meta" and "property" in a: self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.canon = a.get("href")
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
    def handle_data(self, d):
        if self.depth: self.text.append(d)

langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
urls = set(); n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    exp = json.loads((case / "expected.json").read_text())
    digest = (case / "digest.txt").read_text()
    p = Art(); p.feed((case / "source.html").read_text())
    for k in ("og:site_name", "og:title", "article:published_time", "og:url"):
        if not p.meta.get(k): problems.append(f"{name}: missing {k}")
    urls.add(p.canon)
    langs[p.lang] += 1
    text = " ".join(p.text)
    words = len(text.split()) if p.lang != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 650: problems.append(f"{name}: article length {words} words")
    nchars = len(re.sub(r"\s", "", digest))
    if not 900 <= nchars <= 1600: problems.append(f"{name}: digest {nchars} chars")
    # citation line: title outlet date
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    off = p.meta["article:published_time"]
    exp_line = f"{p.meta['og:title']} {p.meta['og:site_name']} {off[:10].replace('-', '.')}"
    cit_findings = [f for f in exp["findings"] if f["kind"] == "citation"]
    if cit[0].strip() != exp_line and not cit_findings: problems.append(f"{name}: citation line differs: {cit[0]!r}")
    if cit[-1].strip() != p.canon and not cit_findings: problems.append(f"{name}: citation URL differs")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] is not False or len(exp["findings"]) != 3: problems.append(f"{name}: expected 3 findings")
        for f in exp["findings"]:
            c = digest.count(f["span"])
            if c == 0: problems.append(f"{name}: span not in digest: {f['span']}")
            elif c > 1: problems.append(f"{name}: span occurs {c} times: {f['span']}")
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
    print(f"{name:34} {p.lang}  words={words:4}  digest_chars={nchars:5}  findings={len(exp['findings'])}")
if len(urls) != 24: problems.append(f"{len(urls)} distinct sources, want 24")
print()
print(f"cases: {n_clean} clean, {n_err} err; findings: {sum(kinds.values())}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want: problems.append(f"language counts {dict(langs)} != {want}")
print("problems:", len(problems))
for p_ in problems: print("  -", p_)
sys.exit(1 if problems else 0)
