#!/usr/bin/env python3
"""Checks for check-holdout-394.

- every case has source.html, digest.txt, expected.json; source.html is what
  gen.py makes from specs/<name>.txt (up to date);
- clean-* : {"clean": true, "findings": []};
- err-*   : exactly 3 findings, 2 mismatch/error + 1 warning of an allowed kind;
- every span stands verbatim in digest.txt, exactly once;
- `yoten parse` reads every digest; its citation has the spec's title, outlet
  and local date and the canonical URL (except where a citation slip is planted);
- sizes: digest 950-1400 characters, source 300-350 words (ja 600-700 chars);
- counts: 12 clean, 12 err, 36 findings, warning kinds 4/3/2/3;
  languages 14 en, 3 fr, 3 de, 2 es, 2 ja.
Run: python3 verify.py [path to yoten]
"""
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv394/bin/yoten"
WARN_KINDS = {"unsupported": 4, "name": 3, "spelling": 2, "citation": 3}
LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}

problems = []
def bad(case, msg):
    problems.append(f"{case}: {msg}")

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()

names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad("set", f"cases {names} != specs {specs}")

langs = Counter()
kinds = Counter()
sev = Counter()
n_clean = n_err = 0
rows = []
for name in names:
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            bad(name, f"missing {f}")
    meta, paras, _ = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        bad(name, "source.html out of date (run gen.py)")
    lang = meta["lang"]
    langs[lang] += 1
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        bad(name, f"source size {size} not in {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(name, f"digest {dlen} chars not in 950-1400")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(name, "clean case must have no findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(f) != 3:
            bad(name, "err case must have clean=false and 3 findings")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(errs) != 2 or any(x["kind"] != "mismatch" for x in errs):
            bad(name, "need 2 mismatch/error findings")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(name, "need 1 warning of kind unsupported/name/spelling/citation")
        if len({x["span"] for x in f}) != len(f):
            bad(name, "duplicate spans")
    else:
        bad(name, "name must start with clean- or err-")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = digest.count(x["span"])
        if c != 1:
            bad(name, f"span {x['span']!r} occurs {c} times in digest")
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
        continue
    parsed = json.loads(r.stdout)
    src = (parsed.get("sources") or [{}])[0]
    local_date = datetime.fromisoformat(meta["published"]).date().isoformat()
    cit_slip = [x["span"] for x in f if x["kind"] == "citation"]
    checks = {"title": (norm(src.get("title", "")), norm(meta["title"])),
              "outlet": (src.get("outlet"), meta["outlet"]),
              "date": (src.get("date"), local_date),
              "url": (src.get("url"), meta["url"])}
    for key, (got, want) in checks.items():
        if got != want:
            planted = any(s in (got or "") or (got or "") in s for s in cit_slip) or \
                any(s.replace(".", "-") == got for s in cit_slip)
            if not planted:
                bad(name, f"citation {key}: {got!r} != {want!r}")
    if cit_slip and all(v[0] == v[1] for v in checks.values()):
        bad(name, "citation slip planted but citation matches the source")
    rows.append(f"{name:28} {lang}  digest {dlen:4} chars  source {size:3} {'chars' if lang == 'ja' else 'words'}  findings {len(f)}")

print("\n".join(rows))
if n_clean != 12 or n_err != 12:
    bad("set", f"{n_clean} clean / {n_err} err, want 12/12")
if dict(langs) != LANGS:
    bad("set", f"languages {dict(langs)} != {LANGS}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad("set", f"findings {dict(kinds)} severities {dict(sev)}")
for k, n in WARN_KINDS.items():
    if kinds[k] != n:
        bad("set", f"{k}: {kinds[k]} != {n}")
print(f"\ncases: {n_clean} clean + {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(kinds.values())} ({dict(sorted(kinds.items()))}); severities: {dict(sorted(sev.items()))}")
if problems:
    print("\nFAIL")
    print("\n".join(problems))
    sys.exit(1)
print("OK")
