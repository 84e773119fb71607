#!/usr/bin/env python3
"""Check the set: spans verbatim; clean = no findings; err = 3 (2 error + 1 warning);
yoten parse ok; sizes; counts; languages; citations of clean cases; source.html up to date."""
import json, os, re, shutil, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv414/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": (4, 4), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}
problems, notes = [], []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def source_size(meta, paras):
    text = "\n".join(paras)
    if meta["lang"] == "ja":
        return len("".join(text.split())), (600, 700), "chars"
    return len(text.split()), (300, 350), "words"


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases/specs differ: {set(cases) ^ set(specs)}")

langs, kinds, sev = Counter(), Counter(), Counter()
n_find = 0
for c in cases:
    d = HERE / "cases" / c
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            bad(c, f"missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{c}.txt")
    langs[meta["lang"]] += 1
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(c):
        bad(c, "source.html out of date (run gen.py)")
    size, (lo, hi), unit = source_size(meta, paras)
    if not lo <= size <= hi:
        bad(c, f"source {size} {unit}, want {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(c, f"digest {len(digest)} chars, want 950-1400")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            bad(c, f"digest lacks {marker}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if c.startswith("clean-"):
        if exp["clean"] is not True or fs:
            bad(c, "clean case must be {clean: true, findings: []}")
    elif c.startswith("err-"):
        if exp["clean"] is not False or len(fs) != 3:
            bad(c, "err case must have clean false and 3 findings")
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if len(errs) != 2 or len(warns) != 1:
            bad(c, "want 2 errors + 1 warning")
        if any(f["kind"] != "mismatch" for f in errs):
            bad(c, "errors must be kind mismatch")
        if len({f["span"] for f in fs}) != len(fs):
            bad(c, "duplicate spans")
    else:
        bad(c, "name must start with clean- or err-")
    for f in fs:
        n_find += 1
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        k = digest.count(f["span"])
        if k == 0:
            bad(c, f"span not verbatim: {f['span']!r}")
        elif k > 1:
            notes.append(f"{c}: span {f['span']!r} occurs {k} times")
    # yoten parse; citation (title, outlet, outlet-local date, canonical URL) read from its output
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(c, f"yoten parse failed: {r.stderr.strip()[-200:]}")
        continue
    try:
        parsed = json.loads(r.stdout)
    except ValueError:
        bad(c, "yoten parse output is not JSON")
        continue
    src = (parsed.get("sources") or [{}])[0]
    local = datetime.fromisoformat(meta["published"]).date().isoformat()
    want = {"title": meta["title"], "outlet": meta["outlet"], "date": local, "url": meta["url"]}
    got = {k: src.get(k) for k in want}
    if c.startswith("clean-"):
        if got != want:
            bad(c, f"citation {got} != {want}")
    elif got != want and not any(f["kind"] == "citation" for f in fs):
        bad(c, f"citation differs but no citation finding: {got}")
    elif got == want and any(f["kind"] == "citation" for f in fs):
        bad(c, "citation finding but citation matches the source")
    # source page chrome
    html = (d / "source.html").read_text(encoding="utf-8")
    for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                   '"NewsArticle"', "<nav>", "<article>", "<footer>", "related"):
        if needle not in html:
            bad(c, f"source.html lacks {needle}")

n_clean = sum(c.startswith("clean-") for c in cases)
n_err = sum(c.startswith("err-") for c in cases)
if (len(cases), n_clean, n_err) != (24, 12, 12):
    problems.append(f"want 24 cases (12 clean, 12 err), got {len(cases)} ({n_clean}/{n_err})")
if n_find != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"want 36 findings (24 error, 12 warning), got {n_find} {dict(sev)}")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
for k, (lo, hi) in WANT_WARN.items():
    if not lo <= kinds[k] <= hi:
        problems.append(f"{k}: {kinds[k]}, want {lo}-{hi}")

print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"findings: {n_find}; by severity: {dict(sorted(sev.items()))}; by kind: {dict(sorted(kinds.items()))}")
for n in notes:
    print("note:", n)
if problems:
    print("FAIL")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK: all checks passed (spans, labels, yoten parse, sizes, counts, languages, citations, source.html)")
