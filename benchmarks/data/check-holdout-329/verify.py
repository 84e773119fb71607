#!/usr/bin/env python3
"""Sanity checks for check-holdout-329. Run: python3 verify.py"""
import collections
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases and specs differ: {set(names) ^ set(specs)}")
clean = [n for n in names if n.startswith("clean-")]
err = [n for n in names if n.startswith("err-")]
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()

yoten = shutil.which("yoten") or ("/tmp/bcv329/bin/yoten" if Path("/tmp/bcv329/bin/yoten").exists() else None)
parsed = 0

for n in names:
    d = HERE / "cases" / n
    m = gen.read_spec(HERE / "specs" / f"{n}.txt")
    langs[m["lang"]] += 1
    body = "\n\n".join(m["paragraphs"])
    if m["lang"] == "ja":
        size = len(body.replace("\n", ""))
        if not 600 <= size <= 700:
            bad(f"{n}: Japanese source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{n}: source {size} words")
    src = (d / "source.html").read_text(encoding="utf-8")
    for need in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                 'property="article:published_time"', '"NewsArticle"', "<article>", "<nav", "cookie", "<footer>",
                 m["published"]):
        if need not in src:
            bad(f"{n}: source.html lacks {need}")
    for host in re.findall(r"https?://([^/\"'\s]+)", src):
        if not host.endswith(".example") and host != "schema.org":
            bad(f"{n}: non-.example host {host}")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dg) <= 1400:
        bad(f"{n}: digest {len(dg)} chars")
    for mark in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if mark not in dg:
            bad(f"{n}: digest lacks {mark}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    cite = dg.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    date_local = m["published"][:10].replace("-", ".")
    cite_ok = cite[0] == f'{m["title"]} {m["outlet"]} {date_local}' and cite[1] == m["url"]
    if n.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad(f"{n}: clean case has findings")
        if not cite_ok:
            bad(f"{n}: clean citation differs from title/outlet/date/canonical")
    else:
        f = exp["findings"]
        if exp["clean"] or len(f) != 3:
            bad(f"{n}: err case needs 3 findings, has {len(f)}")
        if [x["severity"] for x in f].count("error") != 2:
            bad(f"{n}: err case needs 2 errors")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            if x["span"] not in dg:
                bad(f"{n}: span not verbatim in digest: {x['span']}")
            if x["kind"] == "mismatch" and x["severity"] != "error":
                bad(f"{n}: mismatch must be error")
        if cite_ok and not any(x["kind"] == "citation" for x in f):
            pass
        if not cite_ok and not any(x["kind"] == "citation" for x in f):
            bad(f"{n}: citation differs but no citation finding")
    if yoten:
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            parsed += 1

if len(names) != 24 or len(clean) != 12 or len(err) != 12:
    bad(f"counts: {len(names)} cases, {len(clean)} clean, {len(err)} err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"languages: {dict(langs)}")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"severities: {dict(sev)}")

print(f"cases: {len(names)} ({len(clean)} clean, {len(err)} err)")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"planted findings: {sum(sev.values())} ({sev['error']} error, {sev['warning']} warning)")
print(f"kinds: {dict(sorted(kinds.items()))}")
print(f"yoten parse ok: {parsed}/{len(names)}" if yoten else "yoten parse: skipped (yoten not found)")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("OK")
