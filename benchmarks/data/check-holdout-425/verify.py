#!/usr/bin/env python3
"""Check the check-holdout-425 set: files, labels, spans, sizes, counts, parse.

Usage: python3 verify.py [path/to/yoten]   (default /tmp/bcv425/bin/yoten)
"""
import collections
import json
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import build, parse_spec  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv425/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems, notes = [], []
kinds = collections.Counter()
langs = collections.Counter()
clean_langs = collections.Counter()


def bad(case, msg):
    problems.append(f"{case}: {msg}")


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if [c.name for c in cases] != specs:
    problems.append("cases/ and specs/ do not list the same names")

for d in cases:
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            bad(name, f"missing {f}")
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != build(name):
        bad(name, "source.html is stale (run gen.py)")
    # source size
    if lang == "ja":
        n = sum(len(re.sub(r"\s", "", p)) for p in paras)
        if not 600 <= n <= 700:
            bad(name, f"ja source {n} chars, want 600-700")
    else:
        n = sum(len(p.split()) for p in paras)
        if not 300 <= n <= 350:
            bad(name, f"source {n} words, want 300-350")
    # digest size
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dn = len(digest.strip())
    if not 950 <= dn <= 1400:
        bad(name, f"digest {dn} chars, want 950-1400")
    # labels
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if name.startswith("clean-"):
        clean_langs[lang] += 1
        if exp != {"clean": True, "findings": []}:
            bad(name, "clean case must be {clean: true, findings: []}")
    elif name.startswith("err-"):
        if exp.get("clean") is not False or len(fs) != 3:
            bad(name, "err case must have clean=false and 3 findings")
        errs = [f for f in fs if (f["kind"], f["severity"]) == ("mismatch", "error")]
        warns = [f for f in fs if f["severity"] == "warning" and f["kind"] in WARN_KINDS]
        if len(errs) != 2 or len(warns) != 1:
            bad(name, "want 2 mismatch/error + 1 warning")
        if len({f["span"] for f in fs}) != len(fs):
            bad(name, "duplicate spans")
    else:
        bad(name, "name must start with clean- or err-")
    for f in fs:
        kinds[(f["kind"], f["severity"])] += 1
        c = digest.count(f["span"])
        if c == 0:
            bad(name, f"span not verbatim in digest: {f['span']!r}")
        elif c > 1:
            bad(name, f"span {f['span']!r} occurs {c} times")
    # parses
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
        continue
    parsed = json.loads(r.stdout)
    for key in ("overview", "details", "key_points", "sources"):
        if not parsed.get(key):
            bad(name, f"parsed digest lacks {key}")
    # citation vs. page metadata (only a planted citation finding may differ)
    src = parsed["sources"][0]
    local_date = datetime.fromisoformat(meta["published"]).date().isoformat()
    want = {"title": meta["title"], "outlet": meta["outlet"], "date": local_date, "url": meta["url"]}
    diff = [k for k in want if src.get(k) != want[k]]
    planted_citation = any(f["kind"] == "citation" for f in fs)
    if diff and not planted_citation:
        bad(name, f"citation differs from the page in {diff}")
    if planted_citation and len(diff) != 1:
        bad(name, f"planted citation case should differ in exactly one field, differs in {diff}")
    posted = datetime.fromisoformat(parsed["posted_at"])
    pub_jst = datetime.fromisoformat(meta["published"]).astimezone(
        __import__("zoneinfo").ZoneInfo("Asia/Tokyo")).replace(tzinfo=None)
    if posted < pub_jst:
        bad(name, "post time (JST) is before the article's publication")

n_clean = sum(c.name.startswith("clean-") for c in cases)
n_err = sum(c.name.startswith("err-") for c in cases)
if (len(cases), n_clean, n_err) != (24, 12, 12):
    problems.append(f"want 24 cases (12 clean, 12 err), have {len(cases)} ({n_clean}, {n_err})")
if dict(langs) != WANT_LANGS:
    problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
total = sum(kinds.values())
if total != 36:
    problems.append(f"want 36 planted findings, have {total}")
warn = collections.Counter(k for (k, s) in kinds if s == "warning" for _ in range(kinds[(k, s)]))
if not (warn["unsupported"] == 4 and 2 <= warn["name"] <= 3 and warn["spelling"] == 2
        and 3 <= warn["citation"] <= 4):
    problems.append(f"warning mix off: {dict(warn)}")

print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())),
      "| clean:", ", ".join(f"{k} {v}" for k, v in sorted(clean_langs.items())))
print("planted:", total, "|", ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())))
for n in notes:
    print("note:", n)
if problems:
    for p in problems:
        print("FAIL:", p)
    sys.exit(1)
print("OK: all checks passed")
