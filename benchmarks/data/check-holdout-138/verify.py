#!/usr/bin/env python3
"""Sanity checks for check-holdout-138 (run: python verify.py [path/to/yoten])."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}

class Meta(HTMLParser):
    def __init__(self):
        super().__init__(); self.m = {}; self.in_title = False; self.title = ""; self.in_p = 0; self.text = []
        self.in_article = False
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "meta": self.m[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.m["canonical"] = a["href"]
        if tag == "title": self.in_title = True
        if tag == "article": self.in_article = True
        if tag == "p" and self.in_article: self.in_p = 1
    def handle_endtag(self, tag):
        if tag == "title": self.in_title = False
        if tag == "article": self.in_article = False
        if tag == "p": self.in_p = 0
    def handle_data(self, d):
        if self.in_title: self.title += d
        if self.in_p: self.text.append(d)

problems, rows = [], []
langs, kinds, sevs = collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): problems.append(f"{name}: missing {f}")
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists(): problems.append(f"{name}: no spec")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    src = Meta(); src.feed((c / "source.html").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', (c / "source.html").read_text(encoding="utf-8")).group(1)
    langs[lang] += 1
    body = " ".join(src.text)
    size = len(body.replace(" ", "")) if lang == "ja" else len(body.split())
    lo, hi = (600, 1500) if lang == "ja" else (300, 650)
    if not lo <= size <= hi: problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    for k in ("og:site_name", "og:title", "canonical", "article:published_time"):
        if not src.m.get(k): problems.append(f"{name}: source lacks {k}")
    if "NewsArticle" not in (c / "source.html").read_text(encoding="utf-8"): problems.append(f"{name}: no JSON-LD")
    # digest length: characters before the citation, without whitespace and Latin letters
    jp = len(re.sub(r"[\sA-Za-z]", "", digest.split("【引用・参照・底本】")[0]))
    if not 900 <= jp <= 1600: problems.append(f"{name}: digest has {jp} Japanese characters")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # citation against the source
    lines = [l.strip() for l in digest.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    pub = src.m["article:published_time"]
    want_cite = f"{src.m['og:title']} {src.m['og:site_name']} {pub[:10].replace('-', '.')}"
    cite_ok = lines[0] == want_cite and lines[1] == src.m["canonical"]
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean case with findings")
        if not cite_ok: problems.append(f"{name}: citation differs from source: {lines[:2]}")
    else:
        if exp.get("clean") is not False: problems.append(f"{name}: err case not marked clean=false")
        if len(exp["findings"]) != 3: problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        has_cite = any(f["kind"] == "citation" for f in exp["findings"])
        if cite_ok == has_cite: problems.append(f"{name}: citation check {cite_ok} vs citation finding {has_cite}")
    spans = set()
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sevs[f["severity"]] += 1
        if SEV.get(f["kind"]) != f["severity"]: problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
        n = digest.count(f["span"])
        if n == 0: problems.append(f"{name}: span not in digest: {f['span']}")
        if n > 1: problems.append(f"{name}: span occurs {n} times: {f['span']}")
        if f["span"] in spans: problems.append(f"{name}: duplicate span {f['span']}")
        spans.add(f["span"])
    rows.append(f"{name:34s} {lang}  src={size:4d}  digest_jp={jp:4d}  findings={len(exp['findings'])}")

print("\n".join(rows))
print(f"cases: {len(cases)}  clean: {sum(c.name.startswith('clean-') for c in cases)}  err: {sum(c.name.startswith('err-') for c in cases)}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), " severities:", dict(sorted(sevs.items())), " total:", sum(kinds.values()))
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
