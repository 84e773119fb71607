#!/usr/bin/env python3
"""Sanity checks for check-holdout-340 (no checker involved)."""
import collections
import datetime as dt
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv340/bin/yoten"
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def nonspace(s):
    return len(re.sub(r"\s", "", s))


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases/specs differ: {set(cases) ^ set(specs)}")
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for name in cases:
    d = HERE / "cases" / name
    meta = parse_spec(HERE / "specs" / f"{name}.txt")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    langs[meta["lang"]] += 1
    body = " ".join(meta["paragraphs"])
    size = nonspace(body) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(name, f"source size {size} outside {lo}-{hi}")
    dsize = nonspace(digest)
    if not 950 <= dsize <= 1400:
        bad(name, f"digest size {dsize} (non-space chars) outside 950-1400")
    # page
    for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<nav", "cookie-banner",
                   'class="related"', "<footer", "<article"):
        if needle not in src:
            bad(name, f"source.html lacks {needle}")
    for host in re.findall(r"https?://([^/\"'\s]+)", src + digest):
        if not host.endswith(".example") and host != "schema.org":
            bad(name, f"non-.example host {host}")
    # expected
    if exp["clean"] != name.startswith("clean-"):
        bad(name, "clean flag does not match name")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            bad(name, "clean case has findings")
    else:
        n_err += 1
        fs = exp["findings"]
        if len(fs) != 3:
            bad(name, f"{len(fs)} findings, want 3")
        if sorted(f["severity"] for f in fs) != ["error", "error", "warning"]:
            bad(name, "want 2 errors + 1 warning")
        if len({f["span"] for f in fs}) != len(fs):
            bad(name, "duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in digest:
            bad(name, f"span not verbatim in digest: {f['span']}")
        if f["kind"] == "mismatch" and f["severity"] != "error":
            bad(name, "mismatch must be error")
        if f["kind"] in ("unsupported", "name", "spelling", "citation") and f["severity"] != "warning":
            bad(name, f"{f['kind']} must be warning")
    # derived values stand in the digest
    for val, *_ in meta["derived"]:
        if val not in digest:
            bad(name, f"derived value not in digest: {val}")
    # citation
    t = dt.datetime.fromisoformat(meta["published"])
    cite = f"{meta['title']} {meta['outlet']} {t:%Y.%m.%d}"
    lines = [l.strip() for l in digest.strip().splitlines() if l.strip()]
    if exp["clean"]:
        if lines[-2] != cite:
            bad(name, f"citation line {lines[-2]!r} != {cite!r}")
        if lines[-1] != meta["url"]:
            bad(name, "citation URL is not the canonical URL")
    # house format
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        parsed = json.loads(r.stdout)
        if not parsed.get("headline"):
            bad(name, "parse: no headline")
    rows.append((name, meta["lang"], size, dsize, len(exp["findings"])))

for name, lang, size, dsize, nf in rows:
    unit = "chars" if lang == "ja" else "words"
    print(f"{name:45s} {lang}  source {size:4d} {unit:5s}  digest {dsize:5d} chars  findings {nf}")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(sev.values()), dict(sorted(sev.items())), dict(sorted(kinds.items())))
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    problems.append(f"languages {dict(langs)} != {want_langs}")
if (len(cases), n_clean, n_err) != (24, 12, 12):
    problems.append("want 24 cases, 12 clean, 12 err")
if sev != collections.Counter({"error": 24, "warning": 12}):
    problems.append(f"severities {dict(sev)}")
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
