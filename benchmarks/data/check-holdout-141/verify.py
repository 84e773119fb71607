#!/usr/bin/env python3
"""Sanity checks for check-holdout-141. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]

class Body(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []; self.meta = {}; self.title = ""; self._t = False
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "article": self.depth += 1
        if tag == "meta" and a.get("property"): self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.meta["canonical"] = a["href"]
        if tag == "title": self._t = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "title": self._t = False
    def handle_data(self, d):
        if self.depth: self.text.append(d)
        if self._t: self.title += d

problems = []
def bad(case, msg): problems.append(f"{case}: {msg}")

langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
n_clean = n_err = 0
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for d in cases:
    c = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists(): bad(c, f"missing {f}")
    html = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', html).group(1); langs[lang] += 1
    p = Body(); p.feed(html)
    art = " ".join(p.text)
    size = len(art) // 2.6 if lang == "ja" else len(art.split())
    if not 300 <= size <= 650: bad(c, f"article size {size} outside 300-650 words")
    for k in ("og:site_name", "og:title", "article:published_time", "canonical"):
        if not p.meta.get(k): bad(c, f"no {k}")
    if "NewsArticle" not in html or 'id="cookie-banner"' not in html or "<nav>" not in html: bad(c, "page furniture missing")
    if not all(u.split("/")[2].endswith(".example") for u in re.findall(r'https?://[^"\s<]+', html) if "schema.org" not in u): bad(c, "non-.example URL")
    # digest
    jp = len(re.sub(r"\s", "", dig))
    if not 900 <= jp <= 1600: bad(c, f"digest {jp} chars outside 900-1600")
    for m in MARKERS:
        if dig.count(m) != 1: bad(c, f"marker {m} count {dig.count(m)}")
    if c.startswith("clean-"):
        n_clean += 1
        title = p.meta["og:title"]; site = p.meta["og:site_name"]
        date = p.meta["article:published_time"][:10].replace("-", ".")
        if f"{title} {site} {date}" not in dig: bad(c, "citation line differs from source title/outlet/date")
        if p.meta["canonical"] not in dig.split("【引用・参照・底本】")[1]: bad(c, "canonical URL not in citation")
        if exp != {"clean": True, "findings": []}: bad(c, "clean case with findings")
    else:
        n_err += 1
        if exp.get("clean") is not False: bad(c, "err case not marked clean=false")
        if len(exp["findings"]) != 3: bad(c, f"{len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): bad(c, "duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
            if KINDS.get(f["kind"]) != f["severity"]: bad(c, f"kind/severity {f}")
            if f["span"] not in dig: bad(c, f"span not verbatim: {f['span']}")
            elif dig.count(f["span"]) > 1: bad(c, f"span occurs {dig.count(f['span'])} times: {f['span']}")
            if f["kind"] != "citation" and f["span"] in art: bad(c, f"span text occurs in source: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad(c, "yoten parse failed: " + r.stderr.strip()[-300:])
    else:
        try:
            j = json.loads(r.stdout)
        except ValueError:
            bad(c, "yoten parse output is not JSON")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
if problems:
    print(f"PROBLEMS ({len(problems)}):"); print("\n".join(problems)); sys.exit(1)
print("no problems")
