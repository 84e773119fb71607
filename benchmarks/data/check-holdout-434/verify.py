#!/usr/bin/env python3
"""Checks for check-holdout-434. Exit 0 when everything passes."""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv434/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases and specs differ: {set(names) ^ set(specs)}")
clean = [n for n in names if n.startswith("clean-")]
err = [n for n in names if n.startswith("err-")]
if len(clean) != 12 or len(err) != 12 or len(names) != 24:
    bad(f"counts: {len(clean)} clean, {len(err)} err, {len(names)} total")

langs = Counter()
kinds = Counter()
sev = Counter()
rows = []
for n in names:
    d = HERE / "cases" / n
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    # source size
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(f"{n}: ja source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{n}: source {size} words")
    # source.html up to date
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != gen.build(n):
        bad(f"{n}: source.html out of date (run gen.py)")
    # digest
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(f"{n}: digest {dlen} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if digest.count(marker) != 1:
            bad(f"{n}: marker {marker} x{digest.count(marker)}")
    # citation: canonical URL present (err cases may deviate on purpose)
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    cit_slip = any(f["kind"] == "citation" for f in exp["findings"])
    if not cit_slip:
        line = f'{meta["title"]} {meta["outlet"]} {meta["published"][:10].replace("-", ".")}'
        if line not in digest or meta["url"] not in digest.split("【引用・参照・底本】")[1]:
            bad(f"{n}: citation line or canonical URL not as expected")
    # labels
    if n.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad(f"{n}: clean case must have no findings")
    else:
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            bad(f"{n}: err case needs clean=false and 3 findings")
        errs = [f for f in exp["findings"] if f["severity"] == "error"]
        warns = [f for f in exp["findings"] if f["severity"] == "warning"]
        if len(errs) != 2 or len(warns) != 1:
            bad(f"{n}: want 2 errors + 1 warning")
        if any(f["kind"] != "mismatch" for f in errs):
            bad(f"{n}: errors must be mismatch")
        if any(f["kind"] not in WARN_KINDS for f in warns):
            bad(f"{n}: bad warning kind")
        if len(set(spans)) != len(spans):
            bad(f"{n}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                bad(f"{n}: span not verbatim: {f['span']!r}")
            elif c > 1:
                bad(f"{n}: span occurs {c}x: {f['span']!r}")
    # yoten parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{n}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            bad(f"{n}: yoten parse output is not JSON")
    rows.append((n, meta["lang"], size, dlen, len(exp["findings"])))

if dict(langs) != WANT_LANG:
    bad(f"languages {dict(langs)} != {WANT_LANG}")
if sum(kinds.values()) != 36:
    bad(f"planted findings {sum(kinds.values())} != 36")
if sev != Counter({"error": 24, "warning": 12}):
    bad(f"severities {dict(sev)}")

for n, lang, size, dlen, nf in rows:
    unit = "chars" if lang == "ja" else "words"
    print(f"{n:40s} {lang}  source {size:4d} {unit:5s}  digest {dlen:4d} chars  findings {nf}")
print(f"cases: {len(names)} ({len(clean)} clean, {len(err)} err)")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"planted: {sum(kinds.values())}  severity: {dict(sorted(sev.items()))}  kinds: {dict(sorted(kinds.items()))}")
if problems:
    print("FAIL")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
