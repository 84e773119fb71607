#!/usr/bin/env python3
"""Checks check-holdout-382: spans verbatim, labels, parse, sizes, counts, languages,
citations of clean digests, source.html up to date. Exit 1 on any failure."""
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv382/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
SECTIONS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]

fails = []
notes = []


def fail(msg):
    fails.append(msg)


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
names = [c.name for c in cases]
if set(names) != specs:
    fail(f"cases/specs differ: {set(names) ^ specs}")
clean = [n for n in names if n.startswith("clean-")]
err = [n for n in names if n.startswith("err-")]
if len(clean) != 12 or len(err) != 12 or len(names) != 24:
    fail(f"want 12 clean + 12 err, got {len(clean)} + {len(err)} of {len(names)}")

langs = Counter()
kinds = Counter()
sev = Counter()
dsizes, ssizes = [], []
for case in cases:
    n = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            fail(f"{n}: missing {f}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    # sizes
    dlen = len(digest)
    dsizes.append(dlen)
    if not 950 <= dlen <= 1400:
        fail(f"{n}: digest {dlen} chars (want 950-1400)")
    if meta["lang"] == "ja":
        slen = sum(len(p) for p in paras)
        if not 600 <= slen <= 700:
            fail(f"{n}: ja source {slen} chars (want 600-700)")
    else:
        slen = sum(len(p.split()) for p in paras)
        if not 300 <= slen <= 350:
            fail(f"{n}: source {slen} words (want 300-350)")
    ssizes.append((n, meta["lang"], slen, dlen))
    # structure
    pos = [digest.find(s) for s in SECTIONS]
    if -1 in pos or pos != sorted(pos):
        fail(f"{n}: sections missing or out of order {pos}")
    for s in ("主なハイライト", "文脈"):
        if s not in digest:
            fail(f"{n}: no {s}")
    # labels
    fl = exp.get("findings")
    if n.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            fail(f"{n}: clean case must be {{clean: true, findings: []}}")
    else:
        if exp.get("clean") is not False or len(fl) != 3:
            fail(f"{n}: err case needs clean=false and 3 findings")
        errs = [f for f in fl if f["severity"] == "error"]
        warns = [f for f in fl if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            fail(f"{n}: want 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            fail(f"{n}: want 1 warning of {sorted(WARN_KINDS)}")
        spans = [f["span"] for f in fl]
        if len(set(spans)) != len(spans):
            fail(f"{n}: duplicate spans")
        for f in fl:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                fail(f"{n}: span not verbatim: {f['span']!r}")
            elif c > 1:
                notes.append(f"{n}: span {f['span']!r} occurs {c}x")
    # citation
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want_line = f"{meta['title']} {meta['outlet']} {local}"
    cit_kind = n.startswith("err-") and any(f["kind"] == "citation" for f in fl)
    if not cit_kind:
        if cit[0] != want_line:
            fail(f"{n}: citation line {cit[0]!r} != {want_line!r}")
        if cit[1] != meta["url"]:
            fail(f"{n}: citation URL {cit[1]!r} != {meta['url']!r}")
    elif cit[0] == want_line and cit[1] == meta["url"]:
        fail(f"{n}: citation finding labelled but citation is correct")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        d = json.loads(r.stdout)
        if not d:
            fail(f"{n}: empty parse")

if dict(langs) != WANT_LANGS:
    fail(f"languages {dict(langs)} != {WANT_LANGS}")
r = subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"], capture_output=True, text=True)
if r.returncode != 0:
    fail("gen.py --check: " + r.stdout.strip())

print(f"cases: {len(names)} ({len(clean)} clean, {len(err)} err)")
print("languages:", dict(sorted(langs.items())))
print("planted:", sum(kinds.values()), "| by severity:", dict(sorted(sev.items())),
      "| by kind:", dict(sorted(kinds.items())))
print(f"digest chars: min {min(dsizes)} max {max(dsizes)}")
for n, lang, s, d in ssizes:
    unit = "chars" if lang == "ja" else "words"
    print(f"  {n:34s} {lang}  source {s} {unit}  digest {d} chars")
for m in notes:
    print("note:", m)
print("yoten parse: all ok" if not any("parse" in f for f in fails) else "yoten parse: FAILURES")
print(r.stdout.strip())
if fails:
    print("FAIL")
    for f in fails:
        print("  -", f)
    sys.exit(1)
print("PASS")
