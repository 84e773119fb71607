#!/usr/bin/env python3
"""Checks for check-holdout-370 (run from anywhere; exit status 0 = pass).

- every case has source.html, digest.txt, expected.json; source.html == gen.py output;
- clean-* : {"clean": true, "findings": []};
- err-*   : clean false, exactly 3 findings = 2 mismatch/error + 1 warning;
- every span stands verbatim in digest.txt (reported: how often);
- `yoten parse` accepts every digest;
- digest 950-1400 characters; source body 300-350 words (ja: 600-700 characters);
- citation line: title/outlet/local date/canonical URL match the spec unless a
  citation finding is labelled; every URL uses a .example domain;
- post time in the digest header is not before the article's time in JST;
- counts: 24 cases (12 clean, 12 err), 36 findings, languages 14/3/3/2/2.
"""
import json
import os
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

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv370/bin/yoten"
JST = ZoneInfo("Asia/Tokyo")
problems = []


def bad(msg):
    problems.append(msg)
    print("FAIL", msg)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases/specs differ: {set(names) ^ set(specs)}")
langs = Counter()
kinds = Counter()
sev = Counter()
n_clean = n_err = 0
for n in names:
    d = HERE / "cases" / n
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            bad(f"{n}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        bad(f"{n}: source.html out of date (run gen.py)")
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        size = len("".join(body.split()))
        if not 600 <= size <= 700:
            bad(f"{n}: ja source {size} chars")
        ssize = f"{size} chars"
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{n}: source {size} words")
        ssize = f"{size} words"
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(f"{n}: digest {len(digest)} chars")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if n.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{n}: clean case with findings")
    elif n.startswith("err-"):
        n_err += 1
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if exp["clean"] is not False or len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(f"{n}: want 2 errors + 1 warning, got {fs}")
        if any(f["kind"] != "mismatch" for f in errs):
            bad(f"{n}: error findings must be mismatch")
        if len({f["span"] for f in fs}) != len(fs):
            bad(f"{n}: duplicate spans")
    else:
        bad(f"{n}: name must start with clean- or err-")
    span_note = []
    for f in fs:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        c = digest.count(f["span"])
        if c == 0:
            bad(f"{n}: span not in digest: {f['span']!r}")
        span_note.append(f"{f['span'][:24]}×{c}")
    # citation: parsed by `yoten parse`; must equal the spec unless a citation finding is labelled
    lines = [l.strip() for l in digest.splitlines() if l.strip()]
    local = datetime.fromisoformat(meta["published"])
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    ok = r.returncode == 0
    src = (json.loads(r.stdout).get("sources") or [{}])[0] if ok else {}
    ok = ok and bool(src)
    if not ok:
        bad(f"{n}: yoten parse failed: {r.stderr[-300:]}")
    got = (src.get("title"), src.get("outlet"), src.get("date"), src.get("url"))
    want = (meta["title"], meta["outlet"], f"{local:%Y-%m-%d}", meta["url"])
    has_cite = any(f["kind"] == "citation" for f in fs)
    if got != want and not has_cite:
        bad(f"{n}: citation differs from source but no citation label:\n  {got}\n  {want}")
    if has_cite and got == want:
        bad(f"{n}: citation label but parsed citation is correct")
    if has_cite and sum(a != b for a, b in zip(got, want)) != 1:
        bad(f"{n}: citation slip should touch exactly one field: {got}")
    for u in re.findall(r"https?://[^\s\"'<>]+", digest + meta["url"]):
        host = u.split("/")[2]
        if not host.endswith(".example"):
            bad(f"{n}: non-.example URL {u}")
    # post time vs article time
    m = re.search(r"(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})", lines[0])
    posted = datetime(*map(int, m.groups()), tzinfo=JST)
    if posted < local.astimezone(JST):
        bad(f"{n}: post time {posted} before article {local.astimezone(JST)}")
    print(f"ok {n:38} {meta['lang']} src {ssize:>10} digest {len(digest):4} chars parse={'ok' if ok else 'FAIL'} {' '.join(span_note)}")

print()
print("cases", len(names), "clean", n_clean, "err", n_err)
print("languages", dict(sorted(langs.items())))
print("findings", sum(kinds.values()), "by kind", dict(sorted(kinds.items())), "by severity", dict(sorted(sev.items())))
if len(names) != 24 or n_clean != 12 or n_err != 12:
    bad("want 24 cases, 12 clean + 12 err")
if langs != Counter(en=14, fr=3, de=3, es=2, ja=2):
    bad(f"language mix {langs}")
if sum(kinds.values()) != 36 or sev != Counter(error=24, warning=12):
    bad(f"want 36 findings (24 error, 12 warning): {sev}")
print("PASS" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
