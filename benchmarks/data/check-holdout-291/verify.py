#!/usr/bin/env python3
"""Sanity checks for check-holdout-291 (does not run the checker)."""
import glob, html, json, os, re, subprocess, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen
YOTEN = os.environ.get("YOTEN", "/tmp/bcv291/bin/yoten")
fail = []
def bad(msg): fail.append(msg); print("FAIL", msg)
cases = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "cases", "*")))
langs = collections.Counter(); n_err = n_warn = 0
spec = {c[0]: c for c in gen.CASES}
for name in cases:
    cd = os.path.join(HERE, "cases", name)
    text = open(os.path.join(cd, "digest.txt")).read()
    exp = json.load(open(os.path.join(cd, "expected.json")))
    h = open(os.path.join(cd, "source.html")).read()
    for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie", "related", "<footer>", "<article>"):
        if need not in h: bad(f"{name}: source lacks {need}")
    lang = re.search(r'<html lang="(\w+)"', h).group(1); langs[lang] += 1
    a = re.search(r"<article>(.*)</article>", h, re.S).group(1)
    a = re.sub(r"<time.*?</time>", "", a); a = re.sub(r"<h1>.*?</h1>", "", a)
    t = html.unescape(re.sub(r"<[^>]+>", " ", a))
    size = len(re.sub(r"\s", "", t)) if lang == "ja" else len(t.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi: bad(f"{name}: source size {size}")
    dsize = len(re.sub(r"\s", "", text))
    if not 950 <= dsize <= 1400: bad(f"{name}: digest size {dsize}")
    r = subprocess.run([YOTEN, "parse", os.path.join(cd, "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad(f"{name}: yoten parse rc={r.returncode} {r.stderr[-200:]}")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}: bad(f"{name}: clean case with findings")
    else:
        f = exp["findings"]
        errs = [x for x in f if x["severity"] == "error"]; warns = [x for x in f if x["severity"] == "warning"]
        if exp["clean"] or len(f) != 3 or len(errs) != 2 or len(warns) != 1: bad(f"{name}: expected 2 errors + 1 warning")
        n_err += len(errs); n_warn += len(warns)
        d = gen.derive(spec[name]); clean_text = gen.digest(d, re.search(r"<h1>(.*?)</h1>", h).group(1) and html.unescape(re.search(r"<h1>(.*?)</h1>", h).group(1)))
        for x in f:
            if text.count(x["span"]) != 1: bad(f"{name}: span {x['span']!r} occurs {text.count(x['span'])}x")
            if x["span"] in clean_text: bad(f"{name}: span {x['span']!r} also in the faithful version")
    # citation line of clean cases = canonical URL and outlet-zone date
    canon = re.search(r'rel="canonical" href="([^"]+)"', h).group(1)
    if name.startswith("clean-") and canon not in text.split("\n"): bad(f"{name}: canonical URL missing")
print("cases:", len(cases), "clean:", sum(c.startswith("clean-") for c in cases), "err:", sum(c.startswith("err-") for c in cases))
print("languages:", dict(sorted(langs.items())))
print("planted findings:", n_err + n_warn, f"(errors {n_err}, warnings {n_warn})")
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want: bad(f"languages {dict(langs)} != {want}")
if len(cases) != 24 or n_err != 24 or n_warn != 12: bad("counts")
print("OK" if not fail else f"{len(fail)} FAILURES")
sys.exit(1 if fail else 0)
