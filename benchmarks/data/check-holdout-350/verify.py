#!/usr/bin/env python3
"""Sanity checks for check-holdout-350."""
import json, os, re, subprocess, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
YOTEN = "/tmp/bcv350/bin/yoten"
bad = []


class Art(HTMLParser):
    def __init__(self):
        super().__init__(); self.inart = 0; self.inp = False; self.text = []
    def handle_starttag(self, t, a):
        if t == "article": self.inart += 1
        if t == "p" and self.inart and not dict(a).get("class"): self.inp = True
    def handle_endtag(self, t):
        if t == "article": self.inart -= 1
        if t == "p": self.inp = False
    def handle_data(self, d):
        if self.inp: self.text.append(d)


cases = sorted(os.listdir(os.path.join(HERE, "cases")))
langs = {}
n_err = n_warn = 0
for c in cases:
    d = os.path.join(HERE, "cases", c)
    for f in ("source.html", "digest.txt", "expected.json"):
        if not os.path.exists(os.path.join(d, f)):
            bad.append(f"{c}: missing {f}")
    if bad and bad[-1].startswith(c):
        continue
    src = open(os.path.join(d, "source.html"), encoding="utf-8").read()
    dig = open(os.path.join(d, "digest.txt"), encoding="utf-8").read()
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] = langs.get(lang, 0) + 1
    p = Art(); p.feed(src); body = " ".join(p.text)
    if lang == "ja":
        size = len(re.sub(r"\s", "", body)); ok = 600 <= size <= 700; unit = "chars"
    else:
        size = len(body.split()); ok = 300 <= size <= 350; unit = "words"
    dsize = len(re.sub(r"\s", "", dig))
    if not ok: bad.append(f"{c}: source {size} {unit}")
    if not 950 <= dsize <= 1400: bad.append(f"{c}: digest {dsize} chars")
    for k in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie", "related", "<footer>", "<article>"):
        if k not in src: bad.append(f"{c}: source lacks {k}")
    for s in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if s not in dig: bad.append(f"{c}: digest lacks {s}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    f = exp["findings"]
    if exp["clean"] != c.startswith("clean-"): bad.append(f"{c}: clean flag")
    if c.startswith("clean-"):
        if f: bad.append(f"{c}: clean case has findings")
        if canon not in dig.split("【引用・参照・底本】")[1]: bad.append(f"{c}: canonical URL not cited")
    else:
        errs = [x for x in f if x["severity"] == "error"]; warns = [x for x in f if x["severity"] == "warning"]
        if len(f) != 3 or len(errs) != 2 or len(warns) != 1: bad.append(f"{c}: want 2 errors + 1 warning")
        n_err += len(errs); n_warn += len(warns)
        for x in errs:
            if x["kind"] != "mismatch": bad.append(f"{c}: error kind {x['kind']}")
        for x in warns:
            if x["kind"] not in ("unsupported", "name", "spelling", "citation"): bad.append(f"{c}: warning kind {x['kind']}")
    for x in f:
        if x["span"] not in dig: bad.append(f"{c}: span not verbatim: {x['span']}")
    if len({x['span'] for x in f}) != len(f): bad.append(f"{c}: duplicate spans")
    if os.path.exists(YOTEN):
        r = subprocess.run([YOTEN, "parse", os.path.join(d, "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0: bad.append(f"{c}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    print(f"{c:40s} {lang} source {size:4d} {unit:5s} digest {dsize:4d} chars  findings {len(f)}")

n_clean = sum(c.startswith("clean-") for c in cases); n_errc = sum(c.startswith("err-") for c in cases)
print(f"cases {len(cases)} (clean {n_clean}, err {n_errc}); planted {n_err + n_warn} (errors {n_err}, warnings {n_warn}); langs {dict(sorted(langs.items()))}")
if (len(cases), n_clean, n_errc, n_err, n_warn) != (24, 12, 12, 24, 12): bad.append("counts off")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: bad.append("language mix off")
if not os.path.exists(YOTEN): bad.append("yoten not installed: parse not checked")
for b in bad: print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problem(s)")
sys.exit(1 if bad else 0)
