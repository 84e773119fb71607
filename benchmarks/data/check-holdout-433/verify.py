#!/usr/bin/env python3
"""Checks for check-holdout-433. Exit 1 on any failure.

spans verbatim; clean = no findings; err = 3 (2 error + 1 warning); yoten parse ok;
sizes; counts; languages; source.html up to date; citations of clean digests.
"""
import collections, json, os, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv433/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}

fails = []
def fail(msg):
    fails.append(msg)

cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    fail(f"cases and specs differ: {set(cases) ^ set(specs)}")
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for name in cases:
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            fail(f"{name}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        fail(f"{name}: source.html out of date (run gen.py)")
    html = (d / "source.html").read_text(encoding="utf-8")
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<nav>",
                   "cookie-banner", "<article>", "class=\"related\"", "<footer>"):
        if needle not in html:
            fail(f"{name}: source.html lacks {needle}")
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body)); lo, hi = 600, 700
    else:
        size = len(body.split()); lo, hi = 300, 350
    if not lo <= size <= hi:
        fail(f"{name}: source size {size} outside {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        fail(f"{name}: digest {dlen} chars outside 950-1400")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fnd = exp["findings"]
    for x in fnd:
        c = digest.count(x["span"])
        if c == 0:
            fail(f"{name}: span not in digest: {x['span']!r}")
        elif c > 1:
            print(f"note: {name}: span {x['span']!r} occurs {c} times")
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
    if len({x["span"] for x in fnd}) != len(fnd):
        fail(f"{name}: duplicate spans")
    # citation block
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want_line = f"{meta['title']} {meta['outlet']} {local_date}"
    cit_ok = re.sub(r"\s+", " ", cit[0]) == want_line and cit[1] == meta["url"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            fail(f"{name}: clean case must be {{clean: true, findings: []}}")
        if not cit_ok:
            fail(f"{name}: citation does not match title/outlet/local date/canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        errs = [x for x in fnd if x["severity"] == "error"]
        warns = [x for x in fnd if x["severity"] == "warning"]
        if exp.get("clean") is not False or len(fnd) != 3 or len(errs) != 2 or len(warns) != 1:
            fail(f"{name}: err case must have 3 findings (2 error + 1 warning)")
        if any(x["kind"] != "mismatch" for x in errs):
            fail(f"{name}: errors must be kind mismatch")
        if any(x["kind"] not in WARN_KINDS for x in warns):
            fail(f"{name}: bad warning kind")
        is_cit = any(x["kind"] == "citation" for x in warns)
        if cit_ok == is_cit:
            fail(f"{name}: citation correctness does not agree with labels")
    else:
        fail(f"{name}: bad case name")
    rows.append((name, meta["lang"], size, dlen, len(fnd)))

for n, l, s, dl, k in rows:
    print(f"{n:32s} {l}  source {s:4d}  digest {dl:5d}  findings {k}")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), " by severity:", dict(sorted(sev.items())))
if len(cases) != 24 or n_clean != 12 or n_err != 12:
    fail("need 24 cases: 12 clean + 12 err")
if dict(langs) != WANT_LANG:
    fail(f"languages {dict(langs)} != {WANT_LANG}")
if sev != collections.Counter({"error": 24, "warning": 12}):
    fail(f"severities {dict(sev)}")
for k, v in WANT_WARN.items():
    if kinds[k] != v:
        fail(f"warning kind {k}: {kinds[k]} != {v}")
if fails:
    print("FAIL")
    for f in fails:
        print(" -", f)
    sys.exit(1)
print("OK: all checks passed")
