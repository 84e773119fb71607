#!/usr/bin/env python3
"""Sanity checks for check-holdout-305 (does not run the checker)."""
import collections
import datetime as dt
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


def yoten_bin():
    for c in (os.environ.get("YOTEN"), "/tmp/bcv305/bin/yoten", shutil.which("yoten")):
        if c and pathlib.Path(c).exists():
            return c
    return None


YOTEN = yoten_bin()
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = gen.parse_spec(spec)
    lang = meta["lang"]
    langs[lang] += 1
    body = "\n\n".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(f"{name}: source size {size} not in {lo}-{hi}")
    d = HERE / "cases" / name
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    n = len(re.sub(r"\s", "", dig))
    if not 950 <= n <= 1400:
        bad(f"{name}: digest {n} non-space chars")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            bad(f"{name}: missing {marker}")
    for tag in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                'property="article:published_time"', "application/ld+json", "NewsArticle", "<nav",
                "cookie", 'class="related"', "<footer", "<article>"):
        if tag not in src:
            bad(f"{name}: source.html lacks {tag}")
    if ".example/" not in meta["url"]:
        bad(f"{name}: url not .example")
    # citation line: title, outlet, date in the outlet's zone; canonical URL
    pub = dt.datetime.fromisoformat(meta["published"])
    cite = f"{meta['title']} {meta['outlet']} {pub:%Y.%m.%d}"
    lines = [l.strip() for l in dig.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    ok_cite = lines[:2] == [cite, meta["url"]]
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            bad(f"{name}: clean case has findings")
        if not ok_cite:
            bad(f"{name}: citation differs: {lines[:2]}")
    else:
        n_err += 1
        f = exp["findings"]
        if exp["clean"] or len(f) != 3:
            bad(f"{name}: expected 3 findings")
        if [x["severity"] for x in f].count("error") != 2 or [x["severity"] for x in f].count("warning") != 1:
            bad(f"{name}: want 2 errors + 1 warning")
        if not any(x["kind"] == "citation" for x in f) and not ok_cite:
            bad(f"{name}: unplanned citation difference: {lines[:2]}")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            if x["span"] not in dig:
                bad(f"{name}: span not verbatim: {x['span']}")
            elif dig.count(x["span"]) != 1:
                bad(f"{name}: span not unique: {x['span']}")
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(f"{name}: error kind {x['kind']}")
    if YOTEN:
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        bad("yoten not found (set YOTEN=/path/to/yoten)")
        YOTEN = None

want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    bad(f"languages {dict(langs)} != {want_langs}")
if (n_clean, n_err) != (12, 12):
    bad(f"cases clean/err {n_clean}/{n_err}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"findings {dict(sev)}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print(f"planted findings: {sum(sev.values())} ({sev['error']} error, {sev['warning']} warning); kinds: {dict(sorted(kinds.items()))}")
print(f"yoten parse: {'checked with ' + YOTEN if YOTEN else 'not run'}")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
