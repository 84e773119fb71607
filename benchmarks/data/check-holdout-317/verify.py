#!/usr/bin/env python3
"""Sanity checks for check-holdout-317.

- 24 cases: 12 clean-*, 12 err-*; every case has source.html, digest.txt, expected.json
- clean cases: {"clean": true, "findings": []}
- err cases: exactly 3 findings, 2 error (mismatch) + 1 warning; 36 findings, 24 errors, 12 warnings
- every span stands verbatim in digest.txt exactly once
- source language counts: 14 en, 3 fr, 3 de, 2 es, 2 ja
- article size: 300-350 words (ja: 600-700 characters, whitespace excluded)
- digest size: 950-1400 characters, whitespace excluded
- source.html is what gen.py writes from the spec; has the required meta; all URLs under .example
- citation line carries no tracking unless it is a planted citation finding
- `yoten parse` accepts every digest (skipped with a note if yoten is not found)
"""
import collections, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

fails = []
def check(cond, msg):
    if not cond:
        fails.append(msg)

yoten = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv317/bin/yoten"
have_yoten = pathlib.Path(yoten).exists() if "/" in yoten else bool(shutil.which(yoten))

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
check([c.name for c in cases] == specs, "cases/ and specs/ differ")
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for c in cases:
    name = c.name
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    src = (c / "source.html").read_text(encoding="utf-8")
    check(src == gen.page(meta, paras), f"{name}: source.html is stale (run gen.py)")
    for need in ['property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                 'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                 "cookie-banner", "<nav>", "<footer>", 'class="related"']:
        check(need in src, f"{name}: source.html lacks {need}")
    check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", meta["published"]) is not None,
          f"{name}: published lacks a UTC offset")
    for url in re.findall(r"https?://([^/\"\s]+)", src):
        check(url.endswith(".example") or url == "schema.org", f"{name}: non-.example host {url}")
    body = "\n".join(paras)
    if lang == "ja":
        size = len(re.sub(r"\s", "", body)); lo, hi = 600, 700
    else:
        size = len(re.findall(r"\S+", body)); lo, hi = 300, 350
    check(lo <= size <= hi, f"{name}: article size {size} not in {lo}-{hi}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", digest))
    check(950 <= dsize <= 1400, f"{name}: digest size {dsize} not in 950-1400")
    for marker in ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"]:
        check(marker in digest, f"{name}: digest lacks {marker}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    for f in exp["findings"]:
        check(digest.count(f["span"]) == 1, f"{name}: span {f['span']!r} occurs {digest.count(f['span'])} times")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["severity"] == "error":
            check(f["kind"] == "mismatch", f"{name}: error that is not a mismatch")
        else:
            check(f["kind"] in {"unsupported", "name", "spelling", "citation"}, f"{name}: odd warning kind")
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    url_line = cit[-1]
    cited = any(f["kind"] == "citation" for f in exp["findings"])
    if not cited:
        check(url_line == meta["url"], f"{name}: citation URL is not the canonical URL")
        want = f'{meta["title"]} {meta["outlet"]} {meta["published"][:10].replace("-", ".")}'
        check(cit[0] == want, f"{name}: citation line differs from title/outlet/local date")
    if name.startswith("clean-"):
        n_clean += 1
        check(exp == {"clean": True, "findings": []}, f"{name}: clean case with findings")
    else:
        n_err += 1
        check(exp["clean"] is False and len(spans) == 3, f"{name}: err case needs 3 findings")
        check(sum(f["severity"] == "error" for f in exp["findings"]) == 2, f"{name}: needs 2 errors")
        check(len(set(spans)) == len(spans), f"{name}: duplicate spans")
    if have_yoten:
        r = subprocess.run([yoten, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        check(r.returncode == 0, f"{name}: yoten parse failed: {r.stderr[-300:]}")
    rows.append((name, lang, size, dsize, len(spans)))

for r in rows:
    print(f"{r[0]:42s} {r[1]}  article {r[2]:4d}  digest {r[3]:4d}  findings {r[4]}")
check(len(cases) == 24 and n_clean == 12 and n_err == 12, "need 24 cases, 12 clean + 12 err")
check(dict(langs) == {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}, f"language counts {dict(langs)}")
check(sev["error"] == 24 and sev["warning"] == 12, f"severities {dict(sev)}")
print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(sev.values())}: {dict(sev)}; kinds {dict(sorted(kinds.items()))}")
print("yoten parse:", "checked" if have_yoten else "SKIPPED (yoten not found)")
if fails:
    print("FAIL"); [print(" -", f) for f in fails]; sys.exit(1)
print("OK")
