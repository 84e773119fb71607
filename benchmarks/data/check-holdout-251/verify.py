#!/usr/bin/env python3
"""Sanity checks for check-holdout-251 (does not run the checker)."""
import html, json, os, re, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
YOTEN = os.environ.get("YOTEN", "/tmp/bcv251/bin/yoten")
fail = []
langs, kinds, sevs = Counter(), Counter(), Counter()
n_clean = n_err = n_find = 0
for name in sorted(os.listdir(os.path.join(HERE, "cases"))):
    d = os.path.join(HERE, "cases", name)
    src = open(os.path.join(d, "source.html"), encoding="utf-8").read()
    dig = open(os.path.join(d, "digest.txt"), encoding="utf-8").read()
    exp = json.load(open(os.path.join(d, "expected.json"), encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art)]
    text = " ".join(paras)
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail.append("%s: source size %d not in %d-%d" % (name, size, lo, hi))
    dsize = len(re.sub(r"\s", "", dig))
    if not 950 <= dsize <= 1400:
        fail.append("%s: digest size %d not in 950-1400" % (name, dsize))
    for tag in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', 'NewsArticle', '<nav>', 'cookie', 'related', '<footer>'):
        if tag not in src:
            fail.append("%s: source lacks %s" % (name, tag))
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if m not in dig:
            fail.append("%s: digest lacks %s" % (name, m))
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            fail.append("%s: clean case with findings" % name)
    else:
        n_err += 1
        es = [x for x in f if x["severity"] == "error"]
        ws = [x for x in f if x["severity"] == "warning"]
        if exp["clean"] or len(f) != 3 or len(es) != 2 or len(ws) != 1:
            fail.append("%s: err case needs 2 errors + 1 warning" % name)
    for x in f:
        n_find += 1
        kinds[x["kind"]] += 1
        sevs[x["severity"]] += 1
        if x["span"] not in dig:
            fail.append("%s: span %r not verbatim in digest" % (name, x["span"]))
        if x["span"] in src:
            pass
    if len({x["span"] for x in f}) != len(f):
        fail.append("%s: duplicate spans" % name)
    r = subprocess.run([YOTEN, "parse", os.path.join(d, "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail.append("%s: yoten parse failed: %s" % (name, (r.stderr or r.stdout)[-300:]))
    print("%-34s %s src=%4d digest=%4d findings=%d parse=%s" % (name, lang, size, dsize, len(f), "ok" if r.returncode == 0 else "FAIL"))
print("cases: %d clean, %d err; findings: %d (%s); kinds: %s; langs: %s" % (
    n_clean, n_err, n_find, dict(sevs), dict(kinds), dict(langs)))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if n_clean != 12 or n_err != 12 or n_find != 36 or sevs["error"] != 24 or sevs["warning"] != 12 or dict(langs) != want:
    fail.append("counts off")
for x in fail:
    print("FAIL", x)
print("OK" if not fail else "%d failures" % len(fail))
sys.exit(1 if fail else 0)
