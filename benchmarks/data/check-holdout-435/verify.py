#!/usr/bin/env python3
"""Checks for check-holdout-435. Exit status 0 only when every check passes.

- every case has source.html, digest.txt, expected.json; names match specs/;
- source.html is up to date with gen.py + specs/<name>.txt;
- clean-* : {"clean": true, "findings": []};
- err-*   : clean false, exactly 3 findings: 2 mismatch/error + 1 warning
            (unsupported, name, spelling or citation);
- every span stands verbatim in digest.txt, exactly once;
- `yoten parse` accepts every digest;
- sizes: digests 950-1,400 characters; sources 300-350 words (ja: 600-700
  non-space characters);
- the citation of a clean digest is "<title> <outlet> <local date>" plus the
  canonical URL; an err digest's citation differs only where a citation
  finding says so;
- totals: 24 cases (12 clean, 12 err), 36 findings (24 error, 12 warning),
  warning kinds 4 unsupported / 2 name / 2 spelling / 4 citation;
  languages 14 en, 3 fr, 3 de, 2 es, 2 ja.
"""
import collections
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv435/bin/yoten"
problems = []
notes = []


def bad(msg):
    problems.append(msg)


specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
if specs != cases:
    bad(f"specs and cases differ: {set(specs) ^ set(cases)}")

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for name in cases:
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad(f"{name}: missing {f}")
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        bad(f"{name}: source.html is stale (run gen.py)")
    lang = meta["lang"]
    langs[lang] += 1
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(f"{name}: source size {size} outside {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        bad(f"{name}: digest length {len(digest)} outside 950-1400")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case must be {{clean: true, findings: []}}")
    elif name.startswith("err-"):
        n_err += 1
        errs = [f for f in finds if f["severity"] == "error"]
        warns = [f for f in finds if f["severity"] == "warning"]
        if exp["clean"] is not False or len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(f"{name}: need clean false and 3 findings (2 error + 1 warning)")
        if any(f["kind"] != "mismatch" for f in errs):
            bad(f"{name}: error findings must be kind mismatch")
        if any(f["kind"] not in {"unsupported", "name", "spelling", "citation"} for f in warns):
            bad(f"{name}: unexpected warning kind")
    else:
        bad(f"{name}: name must start with clean- or err-")
    for f in finds:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        c = digest.count(f["span"])
        if c != 1:
            bad(f"{name}: span {f['span']!r} occurs {c} times in digest.txt")
    # citation
    ts = dt.datetime.fromisoformat(meta["published"])
    want_line = f"{meta['title']} {meta['outlet']} {ts:%Y.%m.%d}"
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [x.strip() for x in cit if x.strip()]
    cit_spans = [f["span"] for f in finds if f["kind"] == "citation"]
    line_ok = cit[0] == want_line or any(s in cit[0] for s in cit_spans)
    url_ok = cit[1] == meta["url"] or any(s in cit[1] for s in cit_spans)
    if not (line_ok and url_ok):
        bad(f"{name}: citation {cit[:2]} != {want_line!r} / {meta['url']}")
    if cit_spans and cit[0] == want_line and cit[1] == meta["url"]:
        bad(f"{name}: citation finding but the citation is correct")
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        parsed = json.loads(r.stdout)
        if not isinstance(parsed, dict) or not parsed.get("overview"):
            bad(f"{name}: yoten parse gave no overview")
    rows.append((name, lang, meta["outlet"], ts.strftime("%z"), len(digest), size, len(finds)))

if (n_clean, n_err) != (12, 12):
    bad(f"cases: {n_clean} clean, {n_err} err (want 12/12)")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"findings by severity {dict(sev)} (want 24 error + 12 warning)")
want_kinds = {"mismatch": 24, "unsupported": 4, "name": 2, "spelling": 2, "citation": 4}
if dict(kinds) != want_kinds:
    bad(f"findings by kind {dict(kinds)} != {want_kinds}")
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    bad(f"languages {dict(langs)} != {want_langs}")

for r in rows:
    print(f"{r[0]:38} {r[1]}  UTC{r[3]}  digest {r[4]:4}  source {r[5]:3}  findings {r[6]}")
print(f"cases: {n_clean} clean + {n_err} err; findings: {dict(sev)}; kinds: {dict(kinds)}")
print(f"languages: {dict(langs)}")
for n in notes:
    print("note:", n)
if problems:
    print(f"FAIL ({len(problems)})")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
