#!/usr/bin/env python3
"""Checks the set: spans verbatim; clean = no findings; err = 3 (2 error + 1 warning);
yoten parse ok; sizes; counts; languages; source.html up to date."""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv423/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems, notes = [], []
langs, kinds, sev = Counter(), Counter(), Counter()
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases/specs differ: {set(cases) ^ set(specs)}")

for name in cases:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.build(name):
        problems.append(f"{name}: source.html out of date (run gen.py)")
    text = " ".join(paras)
    if lang == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700:
            problems.append(f"{name}: ja source {n} chars (600-700)")
        size = f"{n} chars"
    else:
        n = len(text.split())
        if not 300 <= n <= 350:
            problems.append(f"{name}: source {n} words (300-350)")
        size = f"{n} words"
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    dl = len(dig)
    if not 950 <= dl <= 1400:
        problems.append(f"{name}: digest {dl} chars (950-1400)")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = dig.count(x["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {x['span']!r}")
        elif c > 1:
            notes.append(f"{name}: span {x['span']!r} occurs {c}x")
    # citation line: title, outlet, local date
    pub = datetime.fromisoformat(meta["published"])
    want_cite = f"{meta['title']} {meta['outlet']} {pub:%Y.%m.%d}"
    cite_ok = want_cite in dig and ("\n" + meta["url"] + "\n") in (dig + "\n")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case must be {{clean: true, findings: []}}")
        if not cite_ok:
            problems.append(f"{name}: citation differs from spec")
    elif name.startswith("err-"):
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if exp.get("clean") is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            problems.append(f"{name}: err case needs 3 findings (2 error + 1 warning)")
        if any(x["kind"] != "mismatch" for x in errs):
            problems.append(f"{name}: errors must be mismatch")
        if any(x["kind"] not in WARN_KINDS for x in warns):
            problems.append(f"{name}: bad warning kind")
        if not cite_ok and not any(x["kind"] == "citation" for x in warns):
            problems.append(f"{name}: citation differs from spec but no citation finding")
    else:
        problems.append(f"{name}: bad name")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        js = json.loads(r.stdout)
    print(f"{name:34s} {lang}  source {size:10s} digest {dl:5d} chars  findings {len(f)}  parse ok={r.returncode == 0}")

nclean = sum(c.startswith("clean-") for c in cases)
nerr = sum(c.startswith("err-") for c in cases)
total = sum(kinds.values())
if (len(cases), nclean, nerr, total) != (24, 12, 12, 36):
    problems.append(f"counts: {len(cases)} cases, {nclean} clean, {nerr} err, {total} findings")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"languages: {dict(langs)}")
print(f"\ncases {len(cases)} (clean {nclean}, err {nerr}); findings {total}: {dict(sorted(kinds.items()))}; severities {dict(sev)}")
print(f"languages {dict(sorted(langs.items()))}")
for n in notes:
    print("note:", n)
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
