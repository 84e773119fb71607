#!/usr/bin/env python3
"""Sanity checks for check-holdout-286 (does not run the checker)."""
import glob, json, os, re, shutil, subprocess, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

fail = []
def bad(msg): fail.append(msg)

YOTEN = shutil.which("yoten") or "/tmp/bcv286/bin/yoten"
cases = sorted(os.listdir(os.path.join(HERE, "cases")))
clean = [c for c in cases if c.startswith("clean-")]
err = [c for c in cases if c.startswith("err-")]
if (len(clean), len(err)) != (12, 12): bad("want 12 clean + 12 err, got %d + %d" % (len(clean), len(err)))
langs = {}
kinds = {}
sev = {"error": 0, "warning": 0}
for name in cases:
    cd = os.path.join(HERE, "cases", name)
    dg = open(os.path.join(cd, "digest.txt")).read()
    ex = json.load(open(os.path.join(cd, "expected.json")))
    src = open(os.path.join(cd, "source.html")).read()
    spec = open(os.path.join(HERE, "specs", name + ".txt")).read()
    meta, paras = gen.read_spec(spec)
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    body = " ".join(paras)
    n = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= n <= hi: bad("%s: source size %d not in %d-%d" % (name, n, lo, hi))
    dn = len(re.sub(r"\s", "", dg))
    if not 950 <= dn <= 1400: bad("%s: digest %d non-space chars" % (name, dn))
    for need in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                 'property="article:published_time"', '"@type": "NewsArticle"', "<nav>", "cookie-banner", "<article>", "<footer>"):
        if need not in src: bad("%s: source.html lacks %s" % (name, need))
    if not re.search(r'published_time" content="[^"]+[+-]\d\d:\d\d"', src): bad("%s: no UTC offset" % name)
    if ".example" not in meta["url"]: bad("%s: url not .example" % name)
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in dg: bad("%s: digest lacks %s" % (name, m))
    if name.startswith("clean-"):
        if ex != {"clean": True, "findings": []}: bad("%s: clean case has findings" % name)
        if meta["url"] not in dg: bad("%s: canonical URL not cited" % name)
    else:
        f = ex["findings"]
        if ex["clean"] or len(f) != 3: bad("%s: want 3 findings" % name)
        e = [x for x in f if x["severity"] == "error"]
        w = [x for x in f if x["severity"] == "warning"]
        if len(e) != 2 or len(w) != 1: bad("%s: want 2 errors + 1 warning" % name)
        for x in f:
            sev[x["severity"]] += 1
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
            if x["span"] not in dg: bad("%s: span not verbatim: %s" % (name, x["span"]))
            if x["severity"] == "error" and x["kind"] != "mismatch": bad("%s: error must be mismatch" % name)
        if len({x["span"] for x in f}) != 3: bad("%s: duplicate spans" % name)
    r = subprocess.run([YOTEN, "parse", os.path.join(cd, "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad("%s: yoten parse failed: %s" % (name, r.stderr.strip()[-200:]))
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if langs != want_langs: bad("languages %s != %s" % (langs, want_langs))
if sev != {"error": 24, "warning": 12}: bad("severities %s" % sev)
print("cases: %d (%d clean, %d err)" % (len(cases), len(clean), len(err)))
print("languages:", dict(sorted(langs.items())))
print("planted findings: %d (errors %d, warnings %d)" % (sum(sev.values()), sev["error"], sev["warning"]))
print("kinds:", dict(sorted(kinds.items())))
if fail:
    print("FAIL"); [print(" -", m) for m in fail]; sys.exit(1)
print("OK")
