#!/usr/bin/env python3
"""Sanity checks for check-holdout-352 (does not run the checker)."""
import json, pathlib, re, shutil, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv352/bin/yoten"
problems = []
counts = {"cases": 0, "clean": 0, "err": 0, "findings": 0, "error": 0, "warning": 0}
langs = {}
kinds = {}


class Article(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.inp = False; self.paras = []; self.meta = {}; self.title = ""; self.intitle = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth and a.get("class") != "byline": self.inp = True; self.paras.append("")
        if tag == "meta": self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.meta["canonical"] = a.get("href")
        if tag == "title": self.intitle = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
        if tag == "title": self.intitle = False
    def handle_data(self, d):
        if self.inp: self.paras[-1] += d
        if self.intitle: self.title += d


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    counts["cases"] += 1
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    art = Article(); art.feed((case / "source.html").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', (case / "source.html").read_text(encoding="utf-8")).group(1)
    langs[lang] = langs.get(lang, 0) + 1
    body = " ".join(art.paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        problems.append(f"{name}: digest {dlen} chars outside 950-1400")
    for key in ("og:site_name", "og:title", "canonical", "article:published_time"):
        if not art.meta.get(key):
            problems.append(f"{name}: missing {key}")
    if not re.search(r"[+-]\d\d:\d\d$", art.meta.get("article:published_time", "")):
        problems.append(f"{name}: published_time lacks UTC offset")
    src = (case / "source.html").read_text(encoding="utf-8")
    for marker in ("application/ld+json", "NewsArticle", "<nav>", "cookie", "related", "<footer>"):
        if marker not in src:
            problems.append(f"{name}: source lacks {marker}")
    # citation line: title, outlet, date in outlet's own zone
    pub = art.meta["article:published_time"]
    cite = f"{art.meta['og:title']} {art.meta['og:site_name']} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    if name.startswith("clean-"):
        if cite not in digest or art.meta["canonical"] not in digest.split("\n"):
            problems.append(f"{name}: citation/URL does not match source")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            problems.append(f"{name}: missing {marker}")
    if name.startswith("clean-"):
        counts["clean"] += 1
        if not exp["clean"] or exp["findings"]:
            problems.append(f"{name}: clean case has findings")
    else:
        counts["err"] += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have 3 findings")
        sev = [f["severity"] for f in exp["findings"]]
        if sev.count("error") != 2 or sev.count("warning") != 1:
            problems.append(f"{name}: want 2 errors + 1 warning, got {sev}")
    for f in exp["findings"]:
        counts["findings"] += 1
        counts[f["severity"]] += 1
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not verbatim: {f['span']}")
        if f["span"] in body:
            problems.append(f"{name}: span also stands in the source: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:32} {lang} article={size:4} digest={dlen:4} findings={len(exp['findings'])} parse={'ok' if r.returncode == 0 else 'FAIL'}")

print("counts:", counts)
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())))
want = {"cases": 24, "clean": 12, "err": 12, "findings": 36, "error": 24, "warning": 12}
for k, v in want.items():
    if counts[k] != v:
        problems.append(f"count {k}={counts[k]}, want {v}")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"languages {langs}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
