#!/usr/bin/env python3
"""Checks for check-holdout-376. Exit 1 on any failure."""
import collections, json, pathlib, subprocess, sys, shutil

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv376/bin/yoten"
problems = []
def bad(msg):
    problems.append(msg)

names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases/specs differ: {set(names) ^ set(specs)}")

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for n in names:
    d = HERE / "cases" / n
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        bad(f"{n}: source.html out of date (run gen.py)")
    # source size
    if meta["lang"] == "ja":
        size = len("".join("".join(paras).split()))
        if not 600 <= size <= 700:
            bad(f"{n}: Japanese source {size} chars (600-700)")
    else:
        size = sum(len(p.split()) for p in paras)
        if not 300 <= size <= 350:
            bad(f"{n}: source {size} words (300-350)")
    # digest size
    if not 950 <= len(digest) <= 1400:
        bad(f"{n}: digest {len(digest)} chars (950-1400)")
    # citation: canonical URL present unless a planted citation slip replaces it
    f = exp["findings"]
    if n.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{n}: clean case must be {{clean: true, findings: []}}")
        if meta["url"] not in digest.splitlines():
            bad(f"{n}: canonical URL line missing")
    elif n.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False:
            bad(f"{n}: clean must be false")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(f"{n}: need 2 errors + 1 warning, got {len(errs)}+{len(warns)} of {len(f)}")
        if any(x["kind"] != "mismatch" for x in errs):
            bad(f"{n}: errors must be mismatch")
        if len({x['span'] for x in f}) != len(f):
            bad(f"{n}: duplicate spans")
    else:
        bad(f"{n}: name must start clean- or err-")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = digest.count(x["span"])
        if c == 0:
            bad(f"{n}: span not verbatim: {x['span']!r}")
        elif c > 1:
            print(f"note {n}: span {x['span']!r} occurs {c}x")
    # parses
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        j = json.loads(r.stdout)
        src = j.get("sources") or []
        if not src or not all(j.get(k) for k in ("overview", "details", "key_points")):
            bad(f"{n}: parsed digest lacks a section")
    print(f"ok {n:32} lang={meta['lang']} src={size} digest={len(digest)}")

if (n_clean, n_err) != (12, 12):
    bad(f"need 12 clean + 12 err, got {n_clean} + {n_err}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"languages {dict(langs)}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"planted totals {dict(kinds)} {dict(sev)}")
w = {k: kinds[k] for k in ("unsupported", "name", "spelling", "citation")}
if not (w["unsupported"] == 4 and 2 <= w["name"] <= 3 and w["spelling"] == 2 and 3 <= w["citation"] <= 4):
    bad(f"warning mix {w}")
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sev.items())))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print(f"PASS: {len(names)} cases, {sum(kinds.values())} planted findings")
