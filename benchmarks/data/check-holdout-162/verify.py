#!/usr/bin/env python3
"""Sanity checks for check-holdout-162. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
clean_n = err_n = 0
urls = set()

class Body(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []; self.meta = {}; self.canon = None; self.title = ""; self.in_title = False; self.ld = False
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "article": self.depth += 1
        if tag == "meta": self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.canon = a.get("href")
        if tag == "title": self.in_title = True
        if tag == "script" and a.get("type") == "application/ld+json": self.ld = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "title": self.in_title = False
    def handle_data(self, d):
        if self.depth: self.text.append(d)
        if self.in_title: self.title += d

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists(): problems.append(f"{name}: missing {f}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    html = (case / "source.html").read_text(encoding="utf-8")
    p = Body(); p.feed(html)
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    langs[lang] += 1
    for key in ("og:site_name", "og:title", "article:published_time", "og:url"):
        if not p.meta.get(key): problems.append(f"{name}: no {key}")
    if not p.canon or ".example/" not in p.canon: problems.append(f"{name}: canonical not .example")
    if p.canon in urls: problems.append(f"{name}: source reused")
    urls.add(p.canon)
    if '"NewsArticle"' not in html: problems.append(f"{name}: no JSON-LD NewsArticle")
    if not re.search(r"[+-]\d\d:\d\d$", p.meta.get("article:published_time", "")): problems.append(f"{name}: no UTC offset")
    body = " ".join(p.text)
    size = len(re.sub(r"\s", "", body)) // 2 if lang == "ja" else len(body.split())
    if not 300 <= size <= 650: problems.append(f"{name}: article text size {size} (words; ja: chars/2)")
    jchars = len(re.sub(r"\s", "", digest))
    if not 900 <= jchars <= 1600: problems.append(f"{name}: digest {jchars} chars")
    # citation: title + outlet + date in outlet's own zone, then canonical URL
    pub = p.meta["article:published_time"]
    want = f'{p.meta["og:title"]} {p.meta["og:site_name"]} {pub[:4]}.{pub[5:7]}.{pub[8:10]}'
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    cit_ok = cit[0] == want and cit[1] == p.canon
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest: problems.append(f"{name}: no {marker}")
    fs = exp["findings"]
    if name.startswith("clean-"):
        clean_n += 1
        if exp["clean"] is not True or fs: problems.append(f"{name}: clean case with findings")
        if not cit_ok: problems.append(f"{name}: clean citation differs: {cit[:2]}")
    else:
        err_n += 1
        if exp["clean"] is not False or len(fs) != 3: problems.append(f"{name}: err case needs 3 findings")
        if len({f['span'] for f in fs}) != len(fs): problems.append(f"{name}: duplicate span")
        has_cit = any(f["kind"] == "citation" for f in fs)
        if not cit_ok and not has_cit: problems.append(f"{name}: citation differs but not labelled")
        for f in fs:
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
            if f["span"] not in digest: problems.append(f"{name}: span not in digest: {f['span']}")
            want_sev = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want_sev: problems.append(f"{name}: {f['kind']} should be {want_sev}")
    print(f"{name:42s} {lang}  article {size:4d}  digest {jchars:5d} chars  findings {len(fs)}")

print()
print(f"cases: {clean_n + err_n} (clean {clean_n}, err {err_n})")
print("languages:", dict(sorted(langs.items())))
print("finding kinds:", dict(sorted(kinds.items())))
print("severities:", dict(sorted(sev.items())), "total", sum(sev.values()))
print("problems:", len(problems))
for p_ in problems: print("  -", p_)
sys.exit(1 if problems else 0)
