#!/usr/bin/env python3
"""Checks for check-holdout-393. Exit 1 on any failure."""
import collections
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv393/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": (4, 4), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}
SECTIONS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]

fails = []
def fail(msg):
    fails.append(msg)

cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    fail(f"cases/specs differ: {set(cases) ^ set(specs)}")
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for name in cases:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    # source up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        fail(f"{name}: source.html out of date")
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail(f"{name}: source size {size} not in {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        fail(f"{name}: digest {dlen} chars")
    for s in SECTIONS:
        if digest.count(s) != 1:
            fail(f"{name}: section {s} count {digest.count(s)}")
    # citation: title, outlet, date, url
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fnd = exp["findings"]
    if name.startswith("clean-") or all(f["kind"] != "citation" for f in fnd):
        date_local = meta["published"][:10].replace("-", ".")
        want = f"{meta['title']} {meta['outlet']} {date_local}"
        if cit[0].strip() != want or cit[1].strip() != meta["url"]:
            fail(f"{name}: citation {cit[:2]!r} != {want!r}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            fail(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(fnd) != 3:
            fail(f"{name}: err case needs clean=false and 3 findings")
        errs = [f for f in fnd if f["severity"] == "error"]
        warns = [f for f in fnd if f["severity"] == "warning"]
        if len(errs) != 2 or len(warns) != 1:
            fail(f"{name}: want 2 errors + 1 warning")
        if any(f["kind"] != "mismatch" for f in errs):
            fail(f"{name}: errors must be mismatch")
        for f in fnd:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                fail(f"{name}: span not in digest: {f['span']!r}")
            elif c > 1:
                fail(f"{name}: span appears {c} times: {f['span']!r}")
            rows.append((name, f["kind"], f["severity"], f["span"]))
        if len({f["span"] for f in fnd}) != 3:
            fail(f"{name}: duplicate spans")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        j = json.loads(r.stdout)
        if not j.get("headline"):
            fail(f"{name}: parse gave no headline")
    print(f"{name:40s} {lang} source={size:4d} digest={dlen:4d} "
          f"{'clean' if name.startswith('clean-') else 'err  '} parse={'ok' if r.returncode == 0 else 'FAIL'}")

if n_clean != 12 or n_err != 12:
    fail(f"clean={n_clean} err={n_err}")
if dict(langs) != WANT_LANG:
    fail(f"languages {dict(langs)}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    fail(f"findings {dict(kinds)} {dict(sev)}")
for k, (lo, hi) in WANT_WARN.items():
    if not lo <= kinds[k] <= hi:
        fail(f"warning kind {k}: {kinds[k]} not in {lo}-{hi}")
print()
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); languages: {dict(sorted(langs.items()))}")
print(f"planted findings: {sum(kinds.values())}; by kind: {dict(sorted(kinds.items()))}; by severity: {dict(sorted(sev.items()))}")
if fails:
    print("\nFAIL")
    for f in fails:
        print(" -", f)
    sys.exit(1)
print("OK")
