"""Sanity checks for check-holdout-289."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
YOTEN = "/tmp/bcv289/bin/yoten"
ok = True
def fail(m):
    global ok; ok = False; print("FAIL", m)
cases = sorted(os.listdir(os.path.join(HERE, "cases")))
nclean = nerr = nfind = nerror = nwarn = 0
langs = {}
for n in cases:
    c = os.path.join(HERE, "cases", n)
    dg = open(os.path.join(c, "digest.txt")).read()
    ex = json.load(open(os.path.join(c, "expected.json")))
    src = open(os.path.join(c, "source.html")).read()
    spec = open(os.path.join(HERE, "specs", n + ".txt")).read()
    lang = spec.split("\n")[0].split(": ")[1]; langs[lang] = langs.get(lang, 0) + 1
    body = spec.split("\n\n", 1)[1]
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi: fail(f"{n}: source size {size}")
    dsize = len(re.sub(r"\s", "", dg))
    if not 950 <= dsize <= 1400: fail(f"{n}: digest size {dsize}")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"', "<nav>", "cookie", "<article>", "<footer>", "related"):
        if tag not in src: fail(f"{n}: source lacks {tag}")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in dg: fail(f"{n}: digest lacks {m}")
    if n.startswith("clean-"):
        nclean += 1
        if not (ex["clean"] is True and ex["findings"] == []): fail(f"{n}: clean case has findings")
    else:
        nerr += 1
        f = ex["findings"]
        if ex["clean"] or len(f) != 3: fail(f"{n}: expected 3 findings")
        if sum(x["severity"] == "error" for x in f) != 2 or sum(x["severity"] == "warning" for x in f) != 1: fail(f"{n}: need 2 errors + 1 warning")
        for x in f:
            nfind += 1; nerror += x["severity"] == "error"; nwarn += x["severity"] == "warning"
            if dg.count(x["span"]) != 1: fail(f"{n}: span {x['span']!r} occurs {dg.count(x['span'])}x")
    r = subprocess.run([YOTEN, "parse", os.path.join(c, "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: fail(f"{n}: yoten parse rc={r.returncode} {r.stderr[-300:]}")
    print(f"ok {n:32s} lang={lang} source={size} digest={dsize}")
print(f"cases={len(cases)} clean={nclean} err={nerr} findings={nfind} errors={nerror} warnings={nwarn} langs={dict(sorted(langs.items()))}")
if (len(cases), nclean, nerr, nfind, nerror, nwarn) != (24, 12, 12, 36, 24, 12): fail("counts")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: fail("languages")
print("PASS" if ok else "FAILED"); sys.exit(0 if ok else 1)
