#!/usr/bin/env python3
"""Sanity checks for check-holdout-134 (no checker involved)."""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning"}
problems = []
def bad(case, msg): problems.append(f"{case}: {msg}")

class Meta(HTMLParser):
    def __init__(self):
        super().__init__(); self.m = {}; self.title = ""; self._t = False; self.art = ""; self._a = 0; self.ld = None; self._ld = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta": self.m[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.m["canonical"] = a["href"]
        if tag == "title": self._t = True
        if tag == "article": self._a += 1
        if tag == "script" and a.get("type") == "application/ld+json": self._ld = True
    def handle_endtag(self, tag):
        if tag == "title": self._t = False
        if tag == "article": self._a -= 1
        if tag == "script": self._ld = False
    def handle_data(self, d):
        if self._t: self.title += d
        if self._a: self.art += d + " "
        if self._ld: self.ld = json.loads(d)

langs, kinds, sevs = Counter(), Counter(), Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
n_clean = n_err = n_find = 0
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): bad(name, f"missing {f}")
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head = dict(l.split(": ", 1) for l in spec.split("\n---\n")[0].splitlines())
    lang = head["lang"]; langs[lang] += 1
    html = (c / "source.html").read_text(encoding="utf-8")
    mp = Meta(); mp.feed(html)
    for k in ("og:site_name", "og:title", "canonical", "article:published_time"):
        if not mp.m.get(k): bad(name, f"no {k}")
    if mp.ld is None or mp.ld.get("@type") != "NewsArticle": bad(name, "no JSON-LD NewsArticle")
    for needle in ("cookie-banner", "<nav>", "<footer>", "related"):
        if needle not in html: bad(name, f"no {needle}")
    if not re.match(r"https://[^/]+\.example/", mp.m["canonical"]): bad(name, "domain not under .example")
    # article text = the <p> paragraphs of <article> after kicker, headline and byline
    body = spec.split("\n---\n", 1)[1]
    if body.split("\n\n")[0].split()[0] not in mp.art: bad(name, "article text not in page")
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi: bad(name, f"article size {size} outside {lo}-{hi}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    dlen = len(re.sub(r"\s", "", digest))
    if not 900 <= dlen <= 1600: bad(name, f"digest length {dlen}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    # citation
    pub = datetime.fromisoformat(mp.m["article:published_time"])
    cite = f"{mp.m['og:title']} {mp.m['og:site_name']} {pub:%Y.%m.%d}"
    spans = [f["span"] for f in exp["findings"]]
    cit_spans = [f["span"] for f in exp["findings"] if f["kind"] == "citation"]
    if cite not in digest and not cit_spans: bad(name, "citation line differs: " + cite)
    if mp.m["canonical"] not in digest: bad(name, "canonical URL not in digest")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: bad(name, "clean case with findings")
    else:
        n_err += 1
        if exp["clean"] is not False: bad(name, "err case marked clean")
        if len(exp["findings"]) != 3: bad(name, f"{len(exp['findings'])} findings, want 3")
        if len(set(spans)) != len(spans): bad(name, "duplicate span")
        for f in exp["findings"]:
            n_find += 1; kinds[f["kind"]] += 1; sevs[f["severity"]] += 1
            if SEV.get(f["kind"]) != f["severity"]: bad(name, f"kind/severity {f}")
            if f["span"] not in digest: bad(name, f"span not verbatim: {f['span']}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad(name, "yoten parse failed: " + r.stderr[-300:])
    else:
        try: json.loads(r.stdout)
        except Exception as e: bad(name, f"parse output not JSON: {e}")
    print(f"{name:32s} {lang}  article={size:4d}{'c' if lang == 'ja' else 'w'}  digest={dlen:4d}c  findings={len(exp['findings'])}")

print()
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); planted findings: {n_find}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), " severities:", dict(sorted(sevs.items())))
if len(cases) != 24 or n_clean != 12 or n_err != 12: problems.append("want 24 cases, 12 clean + 12 err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: problems.append(f"language mix {dict(langs)}")
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
