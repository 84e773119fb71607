#!/usr/bin/env python3
"""Checks for check-holdout-364: spans verbatim; clean = no findings; err = 3
findings (2 error + 1 warning); yoten parse ok (citation outlet/date/url of clean
cases match the source); digest and source sizes; counts; languages;
source.html up to date with gen.py."""
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv364/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0


def bad(name, msg):
    problems.append(f"{name}: {msg}")


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
for name in names:
    d = HERE / "cases" / name
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.build(name):
        bad(name, "source.html out of date")
    body = " ".join(paras)
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(name, f"source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(name, f"source {size} words")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest {len(digest)} chars")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    for x in f:
        if x["span"] not in digest:
            bad(name, f"span not verbatim: {x['span']}")
        elif digest.count(x["span"]) > 1:
            print(f"note {name}: span occurs {digest.count(x['span'])}x: {x['span']}")
        kinds[(x["kind"], x["severity"])] += 1
        sev[x["severity"]] += 1
    if len({x["span"] for x in f}) != len(f):
        bad(name, "duplicate spans")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or f:
            bad(name, "clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        s = collections.Counter(x["severity"] for x in f)
        if exp["clean"] is not False or len(f) != 3 or s["error"] != 2 or s["warning"] != 1:
            bad(name, f"err case needs 2 error + 1 warning, has {dict(s)}")
        for x in f:
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(name, "error findings must be mismatch")
    else:
        bad(name, "name must start clean- or err-")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, "yoten parse failed: " + r.stderr.strip()[-200:])
        continue
    post = json.loads(r.stdout)
    srcs = post.get("sources") or []
    if not srcs:
        bad(name, "no citation parsed")
        continue
    c = srcs[0]
    want = (meta["title"], meta["outlet"], meta["published"][:10], meta["url"])
    got = (c.get("title"), c.get("outlet"), c.get("date"), c.get("url"))
    cit_planted = any(x["kind"] == "citation" for x in f)
    if got != want and not cit_planted:
        bad(name, f"citation {got} != {want}")
    if got == want and cit_planted:
        bad(name, "citation finding planted but citation parses as correct")
    print(f"ok {name:34s} {lang} src={size:4d} digest={len(digest):4d} findings={len(f)}")

print()
print("cases:", len(names), "clean:", n_clean, "err:", n_err)
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(sev.values()), dict(sorted(sev.items())))
for k, v in sorted(kinds.items()):
    print(f"  {k[0]}/{k[1]}: {v}")
if len(names) != 24 or n_clean != 12 or n_err != 12:
    problems.append("need 24 cases: 12 clean + 12 err")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append("need 36 findings: 24 error + 12 warning")
for p in problems:
    print("PROBLEM", p)
print("PASS" if not problems else f"FAIL ({len(problems)} problems)")
sys.exit(1 if problems else 0)
