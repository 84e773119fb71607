#!/usr/bin/env python3
"""Checks the set: spans verbatim; clean = no findings; err = 3 (2 error + 1 warning);
yoten parse ok; sizes; counts; languages; citation; source.html up to date."""
import collections, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "/tmp/bcv387/bin/yoten")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
MARKERS = ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]

problems, notes = [], []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    problems.append(f"cases {names} != specs {specs}")

for n in names:
    d = HERE / "cases" / n
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            problems.append(f"{n}: missing {f}")
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        problems.append(f"{n}: source.html out of date (run gen.py)")
    # source size
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len("".join(body.split()))
        ok = 600 <= size <= 700
        unit = "chars"
    else:
        size = len(body.split())
        ok = 300 <= size <= 350
        unit = "words"
    if not ok:
        problems.append(f"{n}: source {size} {unit}")
    if ".example/" not in meta["url"]:
        problems.append(f"{n}: url not under .example")
    # digest
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dg) <= 1400:
        problems.append(f"{n}: digest {len(dg)} chars")
    for m in MARKERS:
        if m not in dg:
            problems.append(f"{n}: digest lacks {m}")
    for url in re.findall(r"https?://\S+", dg):
        if ".example/" not in url:
            problems.append(f"{n}: non-.example URL {url}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
    # expected
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    for f in fs:
        c = dg.count(f["span"])
        if c == 0:
            problems.append(f"{n}: span not in digest: {f['span']!r}")
        elif c > 1:
            notes.append(f"{n}: span occurs {c}x: {f['span']!r}")
        kinds[(f["kind"], f["severity"])] += 1
        sev[f["severity"]] += 1
    if len({f["span"] for f in fs}) != len(fs):
        problems.append(f"{n}: duplicate spans")
    # citation
    local_date = meta["published"][:10].replace("-", ".")
    want_line = f"{meta['title']} {meta['outlet']} {local_date}"
    cit = dg.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    cite_ok = len(cit) >= 2 and cit[0] == want_line and cit[1] == meta["url"]
    has_cit_finding = any(f["kind"] == "citation" for f in fs)
    if n.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{n}: clean case must be {{clean: true, findings: []}}")
        if not cite_ok:
            problems.append(f"{n}: citation differs from title/outlet/local date/canonical URL")
    elif n.startswith("err-"):
        if exp.get("clean") is not False or len(fs) != 3:
            problems.append(f"{n}: err case needs clean=false and 3 findings")
        errs = [f for f in fs if f["severity"] == "error"]
        warns = [f for f in fs if f["severity"] == "warning"]
        if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
            problems.append(f"{n}: needs 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            problems.append(f"{n}: needs 1 warning of {sorted(WARN_KINDS)}")
        if has_cit_finding == cite_ok:
            problems.append(f"{n}: citation finding {has_cit_finding} but citation ok={cite_ok}")
    else:
        problems.append(f"{n}: name must start clean- or err-")

n_clean = sum(x.startswith("clean-") for x in names)
n_err = sum(x.startswith("err-") for x in names)
if (n_clean, n_err) != (12, 12):
    problems.append(f"cases: {n_clean} clean, {n_err} err (want 12/12)")
if dict(langs) != WANT_LANGS:
    problems.append(f"languages {dict(langs)} != {WANT_LANGS}")
total = sum(kinds.values())
if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"planted {total}: {dict(sev)}")

print(f"cases: {len(names)} ({n_clean} clean, {n_err} err)")
print("languages:", ", ".join(f"{k} {langs[k]}" for k in WANT_LANGS))
print(f"planted findings: {total} (error {sev['error']}, warning {sev['warning']})")
for (k, s), c in sorted(kinds.items()):
    print(f"  {k}/{s}: {c}")
for x in notes:
    print("note:", x)
for x in problems:
    print("PROBLEM:", x)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
