#!/usr/bin/env python3
"""Sanity checks for check-holdout-278. Exit 1 on any failure."""
import json, os, re, subprocess, sys, html
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_data import CASES
YOTEN = os.environ.get("YOTEN", "/tmp/bcv278/bin/yoten")
fail = []
langs = Counter(); kinds = Counter(); sev = Counter()
n_clean = n_err = 0
print(f"{'case':34} {'lang':4} {'src':>5} {'dig':>5} parse")
for c in CASES:
    name = c["name"]; cd = os.path.join(HERE, "cases", name)
    dig = open(os.path.join(cd, "digest.txt")).read()
    src = open(os.path.join(cd, "source.html")).read()
    exp = json.load(open(os.path.join(cd, "expected.json")))
    langs[c["lang"]] += 1
    body = " ".join(c["paras"])
    size = len(re.sub(r"\s", "", body)) if c["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if c["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi: fail.append(f"{name}: source size {size} not in {lo}-{hi}")
    dl = len(re.sub(r"\s", "", dig))  # characters without whitespace (indent spaces, blank lines)
    if not 950 <= dl <= 1400: fail.append(f"{name}: digest {dl} chars not in 950-1400")
    for tag in ('<title>', 'og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', 'NewsArticle', '<nav>', 'cookie', 'related', '<footer>', '<article>'):
        if tag not in src: fail.append(f"{name}: source.html lacks {tag}")
    if ".example" not in c["url"]: fail.append(f"{name}: url not .example")
    for u in re.findall(r'https?://[^\s"<]+', src + dig):
        if not re.match(r"https?://[^/]*\.example(/|$)", u) and "schema.org" not in u:
            fail.append(f"{name}: non-.example URL {u}")
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]: fail.append(f"{name}: clean case has findings")
        if dig.split("\n")[-2] != c["url"]: fail.append(f"{name}: clean citation URL is not canonical")
    else:
        n_err += 1
        f = exp["findings"]
        if exp["clean"] or len(f) != 3: fail.append(f"{name}: err case needs 3 findings")
        if [x["severity"] for x in f].count("error") != 2: fail.append(f"{name}: needs 2 errors")
        for x in f:
            kinds[x["kind"]] += 1; sev[x["severity"]] += 1
            if x["span"] not in dig: fail.append(f"{name}: span not verbatim: {x['span']}")
            if x["span"] in html.unescape(src) and x["kind"] != "citation":
                fail.append(f"{name}: span also stands in source: {x['span']}")
    r = subprocess.run([YOTEN, "parse", os.path.join(cd, "digest.txt")], capture_output=True, text=True)
    ok = r.returncode == 0
    if not ok: fail.append(f"{name}: yoten parse rc={r.returncode}: {r.stderr[-300:]}")
    print(f"{name:34} {c['lang']:4} {size:5} {dl:5} {'ok' if ok else 'FAIL'}")
print("cases:", len(CASES), "clean:", n_clean, "err:", n_err)
print("languages:", dict(langs))
print("findings:", sum(sev.values()), dict(sev), dict(kinds))
if (len(CASES), n_clean, n_err, sum(sev.values()), sev["error"], sev["warning"]) != (24, 12, 12, 36, 24, 12):
    fail.append("totals differ from 24/12/12/36/24/12")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2} and sorted(langs.items()) != sorted({"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}.items()):
    fail.append(f"languages {dict(langs)}")
for m in fail: print("FAIL", m)
print("PASS" if not fail else f"{len(fail)} failures")
sys.exit(1 if fail else 0)
