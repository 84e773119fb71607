#!/usr/bin/env python3
"""Sanity checks for check-holdout-338 (does not run the checker)."""
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
problems = []


def bad(msg):
    problems.append(msg)


def spec(name):
    head, body = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict((k.strip(), v.strip()) for k, v in (l.split(":", 1) for l in head.splitlines()))
    return meta, body


yoten = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv338/bin/yoten"
have_yoten = os.path.exists(yoten) or shutil.which(yoten)

names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases and specs differ: {set(names) ^ set(specs)}")
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
parsed = 0
for name in names:
    d = CASES / name
    meta, body = spec(name)
    langs[meta["lang"]] += 1
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    # sizes
    n = len(digest)
    if not 950 <= n <= 1400:
        bad(f"{name}: digest {n} chars")
    if meta["lang"] == "ja":
        m = len("".join(body.split()))
        if not 600 <= m <= 700:
            bad(f"{name}: source {m} chars")
    else:
        m = len(body.split())
        if not 300 <= m <= 350:
            bad(f"{name}: source {m} words")
    # page
    for needle in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"NewsArticle"', "<nav>", "cookie-banner",
                   'class="related"', "<footer>", "<article>"):
        if needle not in src:
            bad(f"{name}: source.html lacks {needle}")
    if f'content="{meta["published"]}"' not in src:
        bad(f"{name}: published_time missing")
    # sections
    for mark in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if mark not in digest:
            bad(f"{name}: digest lacks {mark}")
    # expected
    clean = name.startswith("clean-")
    if exp["clean"] != clean:
        bad(f"{name}: clean flag")
    f = exp["findings"]
    if clean and f:
        bad(f"{name}: clean case with findings")
    if not clean:
        if len(f) != 3:
            bad(f"{name}: {len(f)} findings")
        if sorted(x["severity"] for x in f) != ["error", "error", "warning"]:
            bad(f"{name}: severities {[x['severity'] for x in f]}")
        for x in f:
            if x["span"] not in digest:
                bad(f"{name}: span not verbatim: {x['span']}")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning"}
            if ok.get(x["kind"]) != x["severity"]:
                bad(f"{name}: kind/severity {x}")
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
    # citation of clean cases: canonical URL and the outlet's local date
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    if clean:
        date = meta["published"][:10].replace("-", ".")
        want = f'{meta["title"]} {meta["outlet"]} {date}'
        if cit[0] != want:
            bad(f"{name}: citation line {cit[0]!r} != {want!r}")
        if cit[1] != meta["url"]:
            bad(f"{name}: citation url")
    # yoten parse
    if have_yoten:
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
        else:
            parsed += 1

print(f"cases: {len(names)} (clean {sum(n.startswith('clean-') for n in names)}, "
      f"err {sum(n.startswith('err-') for n in names)})")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {sum(kinds.values())}; severities {dict(sorted(sev.items()))}; kinds {dict(sorted(kinds.items()))}")
print(f"yoten parse ok: {parsed}/{len(names)}" if have_yoten else "yoten parse: not available, skipped")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
