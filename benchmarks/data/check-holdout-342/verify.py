#!/usr/bin/env python3
"""Sanity checks for check-holdout-342. Exit status 1 on any failure.

- 24 cases, 12 clean-* and 12 err-*; every case has source.html, digest.txt,
  expected.json and a spec; source.html is what gen.py renders from the spec;
- clean cases: clean=true, no findings; err cases: clean=false, exactly 3
  findings (2 mismatch/error + 1 warning), every span verbatim in digest.txt;
- totals 36 findings, 24 errors, 12 warnings; languages 14/3/3/2/2;
- source article 300-350 words (ja: 600-700 characters without whitespace),
  digest 950-1400 characters;
- source.html has <title>, og:site_name, og:title, canonical, published_time,
  JSON-LD NewsArticle and an <article>; the digest cites canonical URL (clean);
- `yoten parse` accepts each digest (skipped when yoten is not installed)."""
import collections, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

fail = []
def check(cond, msg):
    if not cond:
        fail.append(msg)

yoten = os.environ.get("YOTEN") or shutil.which("yoten") or ("/tmp/bcv342/bin/yoten" if os.path.exists("/tmp/bcv342/bin/yoten") else None)
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for c in cases:
    name = c.name
    spec = HERE / "specs" / f"{name}.txt"
    check(spec.exists(), f"{name}: no spec")
    meta, paras = gen.parse_spec(spec)
    langs[meta["lang"]] += 1
    html = (c / "source.html").read_text(encoding="utf-8")
    check(html == gen.render(meta, paras), f"{name}: source.html differs from gen.py output")
    for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>", "</article>"):
        check(needle in html, f"{name}: source.html lacks {needle}")
    check(re.search(r'published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"', html) is not None,
          f"{name}: published_time without UTC offset")
    text = gen.article_text(paras)
    if meta["lang"] == "ja":
        size = len("".join(text.split()))
        check(600 <= size <= 700, f"{name}: ja article {size} chars")
    else:
        size = len(text.split())
        check(300 <= size <= 350, f"{name}: article {size} words")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    check(950 <= len(digest) <= 1400, f"{name}: digest {len(digest)} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        check(marker in digest, f"{name}: digest lacks {marker}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    if name.startswith("clean-"):
        n_clean += 1
        check(exp == {"clean": True, "findings": []}, f"{name}: clean case with findings")
        check(meta["url"] in digest.splitlines(), f"{name}: canonical URL not cited on its own line")
        date = meta["published"][:10].replace("-", ".")
        check(f"{meta['title']} {meta['outlet']} {date}" in digest, f"{name}: citation line differs")
    else:
        n_err += 1
        f = exp["findings"]
        check(exp["clean"] is False and len(f) == 3, f"{name}: expected 3 findings")
        check(sum(x["severity"] == "error" for x in f) == 2, f"{name}: expected 2 errors")
        spans = [x["span"] for x in f]
        check(len(set(spans)) == 3, f"{name}: duplicate spans")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            check(x["span"] in digest, f"{name}: span not in digest: {x['span']}")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning"}
            check(ok.get(x["kind"]) == x["severity"], f"{name}: kind/severity {x}")
    if yoten:
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        check(r.returncode == 0, f"{name}: yoten parse failed: {r.stderr[-300:]}")
        if r.returncode == 0:
            d = json.loads(r.stdout)
            check(bool(d.get("headline")), f"{name}: parsed headline empty")
    print(f"{name:34s} {meta['lang']}  src={size:4d}  digest={len(digest):4d}  findings={len(exp['findings'])}")

check(len(cases) == 24 and n_clean == 12 and n_err == 12, f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
check(dict(langs) == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, f"languages {dict(langs)}")
check(sev == {"error": 24, "warning": 12}, f"severities {dict(sev)}")
print("cases", len(cases), "clean", n_clean, "err", n_err)
print("languages", dict(sorted(langs.items())))
print("findings", sum(sev.values()), dict(sev), dict(sorted(kinds.items())))
print("yoten parse", "checked" if yoten else "skipped (yoten not found)")
if fail:
    print("FAIL")
    for m in fail:
        print("  -", m)
    sys.exit(1)
print("OK")
