#!/usr/bin/env python3
"""Check the check-holdout-415 set: structure, spans, counts, sizes, parse, up-to-date HTML."""
import collections
import datetime as dt
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv415/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}

problems = []
def bad(msg):
    problems.append(msg)

cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    bad(f"cases and specs differ: {set(cases) ^ set(specs)}")
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
    langs[meta["lang"]] += 1
    html_now = (d / "source.html").read_text(encoding="utf-8")
    if html_now != gen.build(name):
        bad(f"{name}: source.html out of date (run gen.py)")
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text)); lo, hi, unit = 600, 700, "chars"
    else:
        size = len(text.split()); lo, hi, unit = 300, 350, "words"
    if not lo <= size <= hi:
        bad(f"{name}: source {size} {unit}, want {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest {dlen} chars, want 950-1400")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            bad(f"{name}: digest lacks {marker}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    # citation check against the spec
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    local = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want_cit = f'{meta["title"]} {meta["outlet"]} {local}'
    cit_ok = cit[0] == want_cit and cit[1] == meta["url"]
    planted_cit = any(f["kind"] == "citation" for f in finds)
    if cit_ok == planted_cit:
        bad(f"{name}: citation ok={cit_ok} but planted citation={planted_cit}: {cit}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case must be {{clean: true, findings: []}}")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(finds) != 3:
            bad(f"{name}: err case needs clean=false and 3 findings")
        errs = [f for f in finds if f["severity"] == "error"]
        warns = [f for f in finds if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            bad(f"{name}: want 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(f"{name}: want 1 warning of {sorted(WARN_KINDS)}")
        spans = [f["span"] for f in finds]
        if len(set(spans)) != 3:
            bad(f"{name}: duplicate spans")
        for f in finds:
            n = digest.count(f["span"])
            if n == 0:
                bad(f"{name}: span not verbatim in digest: {f['span']!r}")
            kinds[(f["kind"], f["severity"])] += 1
            sev[f["severity"]] += 1
            rows.append((name, f["span"], n))
    else:
        bad(f"{name}: name must start clean- or err-")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            bad(f"{name}: yoten parse output is not JSON")
    print(f"{name:42s} {meta['lang']}  source {size:4d} {unit:5s} digest {dlen:5d} chars  findings {len(finds)}")

if n_clean != 12 or n_err != 12:
    bad(f"want 12 clean + 12 err, got {n_clean} + {n_err}")
if dict(langs) != WANT_LANGS:
    bad(f"languages {dict(langs)} != {WANT_LANGS}")
if sum(kinds.values()) != 36:
    bad(f"planted findings {sum(kinds.values())} != 36")
print()
print("languages:", dict(sorted(langs.items())))
print("planted by kind/severity:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
print("planted by severity:", dict(sev), "total", sum(kinds.values()))
multi = [(n, s, c) for n, s, c in rows if c > 1]
print("spans occurring more than once:", multi or "none")
if problems:
    print("\nFAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK: all checks passed")
