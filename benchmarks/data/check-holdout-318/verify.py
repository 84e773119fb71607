#!/usr/bin/env python3
"""Sanity checks for check-holdout-318 (standard library; uses `yoten parse` if found)."""
import collections
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
SPECS = HERE / "specs"
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


def find_yoten():
    for c in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv318/bin/yoten"):
        if c and pathlib.Path(c).exists():
            return c
    return None


yoten = find_yoten()
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for d in sorted(p for p in CASES.iterdir() if p.is_dir()):
    name = d.name
    spec = SPECS / f"{name}.txt"
    if not spec.exists():
        bad(f"{name}: no spec")
        continue
    meta, paras = parse_spec(spec)
    lang = meta["lang"]
    langs[lang] += 1
    body = "\n".join(paras)
    size = len(body.replace("\n", "")) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(f"{name}: source size {size} not in {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest {dlen} chars not in 950-1400")
    src = (d / "source.html").read_text(encoding="utf-8")
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   "<nav>", "cookie-banner", "related", "<footer"):
        if needle not in src:
            bad(f"{name}: source.html lacks {needle}")
    if not re.search(r'article:published_time" content="[^"]+[+-]\d\d:\d\d"', src):
        bad(f"{name}: published_time without UTC offset")
    if "example" not in meta["url"].split("/")[2]:
        bad(f"{name}: url not under .example")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    for x in f:
        if x["span"] not in digest:
            bad(f"{name}: span not verbatim: {x['span']}")
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        if x["span"] and digest.count(x["span"]) > 1:
            print(f"  note {name}: span {x['span']!r} occurs {digest.count(x['span'])}x")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or f:
            bad(f"{name}: clean case with findings")
        if meta["url"] not in digest:
            bad(f"{name}: citation URL is not the canonical URL")
        if meta["published"][:10].replace("-", ".") not in digest:
            bad(f"{name}: citation date differs from the outlet's date")
    else:
        n_err += 1
        es = [x for x in f if x["severity"] == "error"]
        ws = [x for x in f if x["severity"] == "warning"]
        if exp["clean"] is not False or len(f) != 3 or len(es) != 2 or len(ws) != 1:
            bad(f"{name}: err case must have 2 errors + 1 warning")
    parse = "skipped"
    if yoten:
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        parse = "ok" if r.returncode == 0 else "FAIL"
        if r.returncode:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    rows.append((name, lang, size, dlen, len(f), parse))

for r in rows:
    print("%-28s %-2s src=%-4d digest=%-4d findings=%d parse=%s" % r)
print("cases:", len(rows), "clean:", n_clean, "err:", n_err)
print("languages:", dict(sorted(langs.items())))
print("severities:", dict(sorted(sev.items())), "kinds:", dict(sorted(kinds.items())))
if len(rows) != 24 or n_clean != 12 or n_err != 12:
    bad("expected 24 cases, 12 clean, 12 err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"language mix {dict(langs)}")
if sev["error"] != 24 or sev["warning"] != 12:
    bad("expected 24 errors and 12 warnings")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
