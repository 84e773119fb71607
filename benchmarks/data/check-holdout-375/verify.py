#!/usr/bin/env python3
"""Checks for check-holdout-375.  Exit 0 only if every check passes.

spans verbatim (and how often they occur); clean = no findings; err = 3
findings (2 mismatch/error + 1 warning); `yoten parse` ok; digest and source
sizes; totals by kind/severity; languages; page chrome and metadata;
citation line (title, outlet, outlet-local date, canonical URL) correct
except where a citation finding is planted; post time not before the
source's publication (Japan time); source.html up to date with specs.
"""
import collections
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv375/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}

problems, notes = [], []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases/specs differ: {set(cases) ^ set(specs)}")

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for case in cases:
    d = HERE / "cases" / case
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad(case, f"missing {f}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{case}.txt")
    page = (d / "source.html").read_text(encoding="utf-8")
    lang = meta["lang"]
    langs[lang] += 1

    # expected.json
    if set(exp) != {"clean", "findings"}:
        bad(case, "expected.json keys")
    fs = exp["findings"]
    if case.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or fs:
            bad(case, "clean case must be clean with no findings")
    elif case.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(fs) != 3:
            bad(case, "err case needs clean=false and 3 findings")
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            bad(case, "need 2 mismatch/error findings")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(case, "need 1 warning of a warning kind")
    else:
        bad(case, "name must start clean- or err-")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans):
        bad(case, "duplicate span")
    for f in fs:
        if set(f) != {"kind", "severity", "span"}:
            bad(case, f"finding keys {sorted(f)}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        c = digest.count(f["span"])
        if c == 0:
            bad(case, f"span not in digest: {f['span']!r}")
        elif c > 1:
            notes.append(f"{case}: span {f['span']!r} occurs {c} times")

    # yoten parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(case, f"yoten parse failed: {r.stderr.strip()[:200]}")
        parsed = {}
    else:
        parsed = json.loads(r.stdout)

    # sizes
    dl = len(digest)
    if not 950 <= dl <= 1400:
        bad(case, f"digest {dl} chars")
    body = "\n".join(paras)
    if lang == "ja":
        size, unit, lo, hi = len("".join(body.split())), "chars", 600, 700
    else:
        size, unit, lo, hi = len(body.split()), "words", 300, 350
    if not lo <= size <= hi:
        bad(case, f"source {size} {unit}")

    # page chrome and metadata
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    host = url.split("/")[2]
    if not host.endswith(".example"):
        bad(case, "domain not .example")
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"',
                   "<nav", "<ul", "cookie-banner", 'class="related"', "<footer", "<article",
                   f'<html lang="{lang}">'):
        if needle not in page:
            bad(case, f"page lacks {needle}")
    if not re.search(r"<title>.+ [|-] .+</title>", page):
        bad(case, "page <title> not 'Headline - Outlet' / ' | '")

    # citation
    lines = [l.strip() for l in digest.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    local = datetime.fromisoformat(pub)
    want_line = f"{title} {outlet} {local:%Y.%m.%d}"
    has_cit = any(f["kind"] == "citation" for f in fs)
    ok = len(lines) == 2 and lines[0] == want_line and lines[1] == url
    if ok and has_cit:
        bad(case, "citation finding planted but citation is correct")
    if not ok and not has_cit:
        bad(case, f"citation wrong: {lines}")
    if has_cit:
        span = [f["span"] for f in fs if f["kind"] == "citation"][0]
        if span not in "\n".join(lines):
            bad(case, "citation span not in the citation block")

    # post time (JST) not before publication
    posted = parsed.get("posted_at")
    if posted:
        pj = local.astimezone(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None)
        if datetime.fromisoformat(posted) < pj:
            bad(case, f"posted_at {posted} before publication {pj}")
    rows.append((case, lang, dl, f"{size} {unit}", len(fs)))

# totals
if n_clean != 12 or n_err != 12:
    problems.append(f"counts clean={n_clean} err={n_err}")
if sum(kinds.values()) != 36:
    problems.append(f"{sum(kinds.values())} findings, want 36")
if sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"severities {dict(sev)}")
wk = {k: kinds[k] for k in WANT_WARN}
if wk != WANT_WARN:
    problems.append(f"warning kinds {wk}, want {WANT_WARN}")
if dict(langs) != WANT_LANGS:
    problems.append(f"languages {dict(langs)}, want {WANT_LANGS}")

# source.html up to date
for case in cases:
    if (HERE / "cases" / case / "source.html").read_text(encoding="utf-8") != gen.build(case):
        problems.append(f"{case}: source.html stale (run gen.py)")

for r in rows:
    print(f"{r[0]:34} {r[1]}  digest {r[2]:4} chars  source {r[3]:10}  findings {r[4]}")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())}  by severity {dict(sorted(sev.items()))}  by kind {dict(sorted(kinds.items()))}")
for n in notes:
    print("note:", n)
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
