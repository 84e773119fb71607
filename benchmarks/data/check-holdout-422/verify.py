#!/usr/bin/env python3
"""Checks for check-holdout-422; prints a summary and exits 1 on any problem."""
import collections
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv422/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad("-", f"cases and specs differ: {set(names) ^ set(specs)}")
langs = collections.Counter()
kinds = collections.Counter()
n_clean = n_err = 0
for name in names:
    d = HERE / "cases" / name
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        bad(name, "source.html out of date (run gen.py)")
    # sizes
    if lang == "ja":
        n = sum(len(p) for p in paras)
        if not 600 <= n <= 700:
            bad(name, f"source {n} chars (want 600-700)")
    else:
        n = sum(len(p.split()) for p in paras)
        if not 300 <= n <= 350:
            bad(name, f"source {n} words (want 300-350)")
    if not 950 <= len(digest) <= 1400:
        bad(name, f"digest {len(digest)} chars (want 950-1400)")
    # format
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            bad(name, f"missing {marker}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-300:]}")
    # labels
    f = exp["findings"]
    spans = [x["span"] for x in f]
    for x in f:
        kinds[(x["kind"], x["severity"])] += 1
        c = digest.count(x["span"])
        if c == 0:
            bad(name, f"span not in digest: {x['span']!r}")
        elif c > 1:
            print(f"note: {name}: span {x['span']!r} occurs {c} times")
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want_cite = f"{meta['title']} {meta['outlet']} {local}"
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(name, "clean case must be {clean: true, findings: []}")
        if cite[:2] != [want_cite, meta["url"]]:
            bad(name, f"citation {cite[:2]} != {[want_cite, meta['url']]}")
    elif name.startswith("err-"):
        n_err += 1
        errs = [x for x in f if x["kind"] == "mismatch" and x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning" and x["kind"] in WARN_KINDS]
        if exp.get("clean") is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(name, "err case must have 2 mismatch/error + 1 warning")
        if not any(x["kind"] == "citation" for x in f) and cite[:2] != [want_cite, meta["url"]]:
            bad(name, f"unlabelled citation difference {cite[:2]}")
    else:
        bad(name, "name must start clean- or err-")
    if re.search(r'https?://(?!schema\.org)(?![\w.-]+\.example[/\s"])', digest + (d / "source.html").read_text()):
        bad(name, "non-.example URL")

if n_clean != 12 or n_err != 12:
    bad("-", f"{n_clean} clean, {n_err} err (want 12/12)")
if dict(langs) != WANT_LANGS:
    bad("-", f"languages {dict(langs)} != {WANT_LANGS}")
total = sum(kinds.values())
if total != 36:
    bad("-", f"{total} planted findings (want 36)")
print(f"cases: {len(names)} ({n_clean} clean, {n_err} err)")
print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print("planted:", ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())), f"= {total}")
for p in problems:
    print("PROBLEM", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
