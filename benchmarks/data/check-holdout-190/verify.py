#!/usr/bin/env python3
"""Sanity checks for check-holdout-190 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys, html
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []

class Art(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []; self.meta = {}; self.canon = None; self.title = ""; self.in_title = False; self.ld = False; self.ldtext = ""
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "article": self.depth += 1
        if tag == "meta" and "property" in a: self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.canon = a["href"]
        if tag == "title": self.in_title = True
        if tag == "script" and a.get("type") == "application/ld+json": self.ld = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "title": self.in_title = False
        if tag == "script": self.ld = False
    def handle_data(self, d):
        if self.depth > 0: self.text.append(d)
        if self.in_title: self.title += d
        if self.ld: self.ldtext += d

langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
n_clean = n_err = 0
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists(): problems.append(f"{name}: missing {f}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    src = (case / "source.html").read_text(encoding="utf-8")
    p = Art(); p.feed(src)
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    for key in ("og:site_name", "og:title", "article:published_time"):
        if not p.meta.get(key): problems.append(f"{name}: no {key}")
    if not p.canon: problems.append(f"{name}: no canonical link")
    ld = json.loads(p.ldtext)
    if ld.get("@type") != "NewsArticle": problems.append(f"{name}: JSON-LD not NewsArticle")
    if not p.title.endswith(p.meta["og:site_name"]): problems.append(f"{name}: <title> lacks outlet suffix")
    body = " ".join(p.text)
    words = len(re.findall(r"\w+", body)) if lang != "ja" else len(re.sub(r"\s", "", body))
    lo, hi = (300, 650) if lang != "ja" else (600, 1400)
    if not lo <= words <= hi: problems.append(f"{name}: article length {words} outside {lo}-{hi}")
    dlen = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0]))
    if not 900 <= dlen <= 1600: problems.append(f"{name}: digest length {dlen}")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest: problems.append(f"{name}: no {marker}")
    # expected.json
    if name.startswith("clean-"):
        n_clean += 1
        if exp.get("clean") is not True or exp.get("findings"): problems.append(f"{name}: clean case with findings")
        pub = p.meta["article:published_time"][:10].replace("-", ".")
        cit = digest.split("【引用・参照・底本】")[1]
        if f'{p.meta["og:title"]} {p.meta["og:site_name"]} {pub}' not in cit: problems.append(f"{name}: citation line differs")
        if p.canon not in cit.split() : problems.append(f"{name}: citation URL is not the canonical URL")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(exp.get("findings", [])) != 3: problems.append(f"{name}: err case needs 3 findings")
        for fd in exp["findings"]:
            kinds[fd["kind"]] += 1; sev[fd["severity"]] += 1
            if fd["span"] not in digest: problems.append(f"{name}: span not in digest: {fd['span']}")
            expected_sev = "error" if fd["kind"] == "mismatch" else "warning"
            if fd["severity"] != expected_sev: problems.append(f"{name}: severity {fd['severity']} for {fd['kind']}")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate span")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try: json.loads(r.stdout)
        except Exception: problems.append(f"{name}: yoten parse output not JSON")
    rows.append((name, lang, words, dlen))

for r in rows: print(f"{r[0]:45s} {r[1]}  article={r[2]:4d}  digest={r[3]}")
print(f"cases: {len(rows)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("problems:", len(problems))
for pr in problems: print("  -", pr)
sys.exit(1 if problems else 0)
