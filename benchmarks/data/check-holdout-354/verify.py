#!/usr/bin/env python3
"""Sanity checks for check-holdout-354 (does not run the checker)."""
import collections, json, pathlib, re, shutil, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen

YOTEN = shutil.which("yoten") or "/tmp/bcv354/bin/yoten"
fails = []
def bad(case, msg):
    fails.append(f"{case}: {msg}")

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for c in cases:
    name = c.name
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        bad(name, "no spec"); continue
    meta, paras = gen.parse(spec)
    langs[meta["lang"]] += 1
    html = (c / "source.html").read_text(encoding="utf-8")
    if html != gen.page(meta, paras):
        bad(name, "source.html out of date (run gen.py)")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie-banner", "<article>", "<footer>", "related"):
        if needle not in html:
            bad(name, f"source.html lacks {needle}")
    if not re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", meta["published"]):
        bad(name, "published lacks UTC offset")
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(name, f"article size {size} not in {lo}-{hi}")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400:
        bad(name, f"digest size {dsize} not in 950-1400")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            bad(name, f"digest lacks {marker}")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    for f in fs:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if f["span"] not in digest:
            bad(name, f"span not verbatim: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            bad(name, f"severity of {f['kind']} should be {want}")
    if len({f["span"] for f in fs}) != len(fs):
        bad(name, "duplicate spans")
    pub = meta["published"][:10].replace("-", ".")
    cite_line = f"{meta['title']} {meta['outlet']} {pub}"
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or fs:
            bad(name, "clean case must have no findings")
        if cite_line not in digest or ("\n" + meta["url"] + "\n") not in digest + "\n":
            bad(name, "clean citation must be title, outlet, local date and canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(fs) != 3:
            bad(name, "err case must have exactly 3 findings")
        if sum(f["severity"] == "error" for f in fs) != 2:
            bad(name, "err case must have 2 errors and 1 warning")
    else:
        bad(name, "name must start clean- or err-")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:30s} {meta['lang']}  article={size:4d}  digest={dsize:4d}  findings={len(fs)}")

print()
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if len(cases) != 24 or n_clean != 12 or n_err != 12: fails.append("counts: need 24 cases, 12 clean, 12 err")
if dict(langs) != want_langs: fails.append(f"languages: need {want_langs}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12: fails.append("findings: need 36 (24 error, 12 warning)")
if fails:
    print("\nFAIL"); [print(" -", f) for f in fails]; sys.exit(1)
print("\nOK")
