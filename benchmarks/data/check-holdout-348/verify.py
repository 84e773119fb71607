#!/usr/bin/env python3
"""Sanity checks for check-holdout-348 (does not run the checker)."""
import json, pathlib, re, shutil, subprocess, sys, collections

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def yoten():
    for c in [shutil.which("yoten"), "/tmp/bcv348/bin/yoten"]:
        if c and pathlib.Path(c).exists():
            return c
    return None


YOTEN = yoten()
langs = collections.Counter()
n_clean = n_err = n_find = n_error = n_warn = 0
kinds = collections.Counter()
rows = []
for case in sorted(p.name for p in (HERE / "cases").iterdir()):
    d = HERE / "cases" / case
    spec = HERE / "specs" / f"{case}.txt"
    if not spec.exists():
        bad(case, "no spec")
        continue
    meta, paras = gen.parse(spec)
    if (d / "source.html").read_text(encoding="utf-8") != gen.page(meta, paras):
        bad(case, "source.html out of date (run gen.py)")
    html = (d / "source.html").read_text(encoding="utf-8")
    for needle in ["og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"@type": "NewsArticle"', "<nav>", "cookie", "<article>", "<footer>", "related"]:
        if needle not in html:
            bad(case, f"source.html lacks {needle}")
    if not meta["url"].split("/")[2].endswith(".example"):
        bad(case, "domain not .example")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        bad(case, "published lacks UTC offset")
    text = "\n".join(p for p in paras)
    lang = meta["lang"]
    langs[lang] += 1
    size = len(text.replace("\n", "").replace("## ", "")) if lang == "ja" else len(text.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(case, f"source size {size} outside {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(case, f"digest size {len(digest)} outside 950-1400")
    for marker in ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]:
        if marker not in digest:
            bad(case, f"digest lacks {marker}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if case.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or fs:
            bad(case, "clean case must have clean=true and no findings")
        cite = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
        if cite not in digest or meta["url"] not in digest.split("【引用・参照・底本】")[1].split():
            bad(case, "clean citation differs from title/outlet/local date/canonical URL")
    elif case.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(fs) != 3:
            bad(case, "err case must have clean=false and 3 findings")
        sev = collections.Counter(f["severity"] for f in fs)
        if sev != {"error": 2, "warning": 1}:
            bad(case, f"err case severities {dict(sev)}, want 2 error + 1 warning")
    else:
        bad(case, "name must start clean- or err-")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans):
        bad(case, "duplicate span")
    for f in fs:
        n_find += 1
        kinds[f["kind"]] += 1
        if KINDS.get(f["kind"]) != f["severity"]:
            bad(case, f"kind/severity {f['kind']}/{f['severity']}")
        if f["severity"] == "error":
            n_error += 1
        else:
            n_warn += 1
        if f["span"] not in digest:
            bad(case, f"span not verbatim in digest: {f['span']}")
    if YOTEN:
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(case, f"yoten parse failed: {r.stderr.strip()[-200:]}")
        parse = "ok" if r.returncode == 0 else "FAIL"
    else:
        parse = "skipped"
    rows.append(f"{case:40s} {lang} src={size:4d} digest={len(digest):4d} findings={len(fs)} parse={parse}")

print("\n".join(rows))
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"findings: {n_find} (error {n_error}, warning {n_warn}); kinds: {dict(sorted(kinds.items()))}")
if n_clean != 12 or n_err != 12:
    problems.append("want 12 clean + 12 err")
if dict(langs) != WANT_LANGS:
    problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
if (n_find, n_error, n_warn) != (36, 24, 12):
    problems.append("want 36 findings: 24 error, 12 warning")
if not YOTEN:
    problems.append("yoten not found: parse not checked")
if problems:
    print("PROBLEMS:")
    print("\n".join("  " + p for p in problems))
    sys.exit(1)
print("verify: OK")
