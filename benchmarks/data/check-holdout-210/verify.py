#!/usr/bin/env python3
"""Sanity checks for check-holdout-210. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser
HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"

class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.on = 0; self.parts = []; self.meta = {}; self.title = None; self._t = False
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "article": self.on += 1
        if tag == "meta": self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "title": self._t = True
    def handle_endtag(self, tag):
        if tag == "article": self.on -= 1
        if tag == "title": self._t = False
    def handle_data(self, d):
        if self.on: self.parts.append(d)
        if self._t: self.title = d

problems = []
langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): problems.append(f"{name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    t = Text(); t.feed(src)
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    body = " ".join(t.parts)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 1600) if lang == "ja" else (300, 650)
    if not lo <= size <= hi: problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    for k in ("og:site_name", "og:title", "article:published_time"):
        if not t.meta.get(k): problems.append(f"{name}: no {k}")
    if not re.search(r"[+-]\d\d:\d\d$", t.meta.get("article:published_time", "")): problems.append(f"{name}: no UTC offset")
    if "NewsArticle" not in src or 'rel="canonical"' not in src: problems.append(f"{name}: no JSON-LD/canonical")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if ".example/" not in canon: problems.append(f"{name}: domain not .example")
    n = len(re.sub(r"\s", "", dig))
    if not 900 <= n <= 1600: problems.append(f"{name}: digest {n} chars outside 900-1600")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if m not in dig: problems.append(f"{name}: digest lacks {m}")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean case with findings")
        if canon not in dig.splitlines(): problems.append(f"{name}: citation URL is not the canonical URL")
        pub = t.meta["article:published_time"][:10].replace("-", ".")
        if f"{t.meta['og:title']} {t.meta['og:site_name']} {pub}" not in dig: problems.append(f"{name}: citation line differs")
    else:
        if exp["clean"] is not False or len(exp["findings"]) != 3: problems.append(f"{name}: err case needs 3 findings")
        spans = [x["span"] for x in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate span")
        for x in exp["findings"]:
            kinds[x["kind"]] += 1; sev[x["severity"]] += 1
            if x["span"] not in dig: problems.append(f"{name}: span not in digest: {x['span']}")
            want = "error" if x["kind"] == "mismatch" else "warning"
            if x["severity"] != want: problems.append(f"{name}: {x['kind']} should be {want}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d: problems.append(f"{name}: empty parse")
    print(f"{name:32} {lang}  article {size:4} {'chars' if lang == 'ja' else 'words'}  digest {n:4} chars  findings {len(exp['findings'])}")

print(f"\ncases: {len(cases)}  clean: {sum(c.name.startswith('clean-') for c in cases)}  err: {sum(c.name.startswith('err-') for c in cases)}")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
