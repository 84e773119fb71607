#!/usr/bin/env python3
"""Sanity checks for check-holdout-288 (run from anywhere)."""
import json, pathlib, re, subprocess, sys, collections
sys.dont_write_bytecode = True
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv288/bin/yoten"
problems = []
def bad(msg): problems.append(msg)

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if [c.name for c in cases] != specs:
    bad("cases/ and specs/ differ")
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
n_clean = n_err = 0
for c in cases:
    meta, paras = gen.parse_spec(HERE / "specs" / f"{c.name}.txt")
    html = (c / "source.html").read_text(encoding="utf-8")
    if html != gen.render(meta, paras):
        bad(f"{c.name}: source.html out of date (run gen.py)")
    lang = meta["lang"]; langs[lang] += 1
    body = " ".join(paras)
    size = len("".join(body.split())) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(f"{c.name}: source size {size} not in {lo}-{hi}")
    for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"',
                 "<article>", "<nav>", "cookie-banner", "<footer>", 'class="related"'):
        if need not in html:
            bad(f"{c.name}: source.html lacks {need}")
    if not re.search(r"article:published_time\" content=\"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\"", html):
        bad(f"{c.name}: published_time without UTC offset")
    for dom in re.findall(r"https?://([^/\"'\s?]+)", html):
        if not dom.endswith(".example") and dom != "schema.org":
            bad(f"{c.name}: non-.example domain {dom}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    dsize = len("".join(digest.split()))
    if not 950 <= dsize <= 1400:
        bad(f"{c.name}: digest size {dsize} not in 950-1400")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{c.name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [l.strip() for l in cite if l.strip()]
    want_line = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    if c.name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{c.name}: clean case with findings")
        if cite[0] != want_line:
            bad(f"{c.name}: citation line {cite[0]!r} != {want_line!r}")
        if cite[1] != meta["url"]:
            bad(f"{c.name}: citation URL is not the canonical URL")
    else:
        n_err += 1
        f = exp["findings"]
        if exp["clean"] is not False or len(f) != 3:
            bad(f"{c.name}: err case needs clean=false and 3 findings")
        if sum(x["severity"] == "error" for x in f) != 2 or sum(x["severity"] == "warning" for x in f) != 1:
            bad(f"{c.name}: need 2 errors and 1 warning")
        for x in f:
            kinds[x["kind"]] += 1; sev[x["severity"]] += 1
            if x["span"] not in digest:
                bad(f"{c.name}: span {x['span']!r} not verbatim in digest")
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(f"{c.name}: error finding must be mismatch")
            if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                bad(f"{c.name}: unexpected warning kind {x['kind']}")
        if len({x["span"] for x in f}) != 3:
            bad(f"{c.name}: duplicate spans")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(sev.values()), dict(sev), dict(sorted(kinds.items())))
if (n_clean, n_err, sum(sev.values()), sev["error"], sev["warning"]) != (12, 12, 36, 24, 12):
    bad("counts differ from 12 clean / 12 err / 36 findings (24 errors, 12 warnings)")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad("language mix differs from 14 en / 3 fr / 3 de / 2 es / 2 ja")
for p in problems:
    print("FAIL:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
