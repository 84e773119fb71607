#!/usr/bin/env python3
"""Checks for check-holdout-398. Run: python3 verify.py [path-to-yoten]

- 24 cases: 12 clean-*, 12 err-*; each has source.html, digest.txt, expected.json
- clean: {"clean": true, "findings": []}; err: 3 findings, 2 mismatch/error + 1 warning
- every span stands verbatim in digest.txt, exactly once
- `yoten parse` accepts every digest; its citation matches the spec (title, outlet,
  outlet-local date, canonical URL) except where a citation finding is planted
- every URL is under .example (schema.org in the JSON-LD @context aside)
- posted time of the digest (JST) is after the source's publication
- sizes: sources 300-350 words (Japanese 600-700 characters), digests 950-1400 characters
- totals by kind / severity; languages 14 en, 3 fr, 3 de, 2 es, 2 ja
- source.html is what gen.py makes from specs/<name>.txt; every URL is under .example
"""
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv398/bin/yoten")
JST = ZoneInfo("Asia/Tokyo")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
names = [c.name for c in cases]
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases and specs differ: {set(names) ^ set(specs)}")
n_clean = sum(n.startswith("clean-") for n in names)
n_err = sum(n.startswith("err-") for n in names)
if (len(names), n_clean, n_err) != (24, 12, 12):
    bad(f"expected 24 cases (12 clean, 12 err), got {len(names)} ({n_clean}, {n_err})")

langs = Counter()
kinds = Counter()
sev = Counter()
rows = []
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            bad(f"{name}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    # labels
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case must have no findings")
    else:
        fs = exp.get("findings", [])
        if exp.get("clean") is not False or len(fs) != 3:
            bad(f"{name}: err case needs clean=false and 3 findings")
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            bad(f"{name}: needs 2 mismatch/error findings")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(f"{name}: needs 1 warning of kind {sorted(WARN_KINDS)}")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            bad(f"{name}: duplicate spans")
        for f in fs:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c != 1:
                bad(f"{name}: span {f['span']!r} occurs {c} times in digest.txt")
    # sizes
    body = "".join(paras) if meta["lang"] == "ja" else " ".join(paras)
    size = len(body) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(f"{name}: source size {size} outside {lo}-{hi}")
    dlen = len(digest.strip())
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest length {dlen} outside 950-1400")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        continue
    d = json.loads(r.stdout)
    if not d.get("key_points") or not d.get("details") or not d.get("overview"):
        bad(f"{name}: parsed digest lacks a section")
    src = (d.get("sources") or [{}])[0]
    pub = datetime.fromisoformat(meta["published"])
    want = {"title": meta["title"], "outlet": meta["outlet"],
            "date": pub.date().isoformat(), "url": meta["url"]}
    diff = {k: (src.get(k), v) for k, v in want.items() if src.get(k) != v}
    has_cit = any(f["kind"] == "citation" for f in exp.get("findings", []))
    if diff and not has_cit:
        bad(f"{name}: citation differs from the source: {diff}")
    if has_cit and len(diff) != 1:
        bad(f"{name}: planted citation slip should change exactly one field, got {diff}")
    posted = datetime.fromisoformat(d["posted_at"]).replace(tzinfo=JST)
    if posted <= pub.astimezone(JST):
        bad(f"{name}: digest posted {posted} before the source {pub.astimezone(JST)}")
    if ".example" not in meta["url"]:
        bad(f"{name}: URL not under .example")
    for u in re.findall(r"https?://[^\s\"<>]+", digest + (case / "source.html").read_text(encoding="utf-8")):
        host = u.split("/")[2]
        if not host.endswith(".example") and host != "schema.org":
            bad(f"{name}: non-.example URL {u}")
    rows.append((name, meta["lang"], size, dlen, len(exp.get("findings", []))))

stale = gen.build(check=True)
if stale:
    bad(f"source.html not up to date for {stale}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"languages {dict(langs)}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"totals {dict(kinds)} {dict(sev)}")
if not (kinds["unsupported"] == 4 and kinds["name"] in (2, 3) and kinds["spelling"] == 2
        and kinds["citation"] in (3, 4)):
    bad(f"warning mix {dict(kinds)}")

for r in rows:
    print(f"{r[0]:34s} {r[1]}  source {r[2]:4d}  digest {r[3]:4d}  findings {r[4]}")
print(f"languages: {dict(sorted(langs.items()))}")
print(f"findings by kind: {dict(sorted(kinds.items()))}; by severity: {dict(sorted(sev.items()))}")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: 24 cases (12 clean, 12 err), 36 planted findings (24 error, 12 warning)")
