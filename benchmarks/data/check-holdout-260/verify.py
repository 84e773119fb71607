#!/usr/bin/env python3
"""Sanity checks for check-holdout-260."""
import json, pathlib, re, subprocess, sys, collections
HERE = pathlib.Path(__file__).resolve().parent
YOTEN = "/tmp/bcv260/bin/yoten"
fail = []
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
for c in cases:
    n = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            fail.append(f"{n}: missing {f}")
    spec = (HERE / "specs" / f"{n}.txt").read_text(encoding="utf-8")
    head, body = spec.split("\n---\n", 1)
    lang = re.search(r"^lang: (\w+)", head, re.M).group(1)
    langs[lang] += 1
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            fail.append(f"{n}: source {size} chars")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            fail.append(f"{n}: source {size} words")
    d = (c / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", d))
    if not 950 <= dsize <= 1400:
        fail.append(f"{n}: digest {dsize} chars")
    src = (c / "source.html").read_text(encoding="utf-8")
    url = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if n.startswith("clean-"):
        if not exp["clean"] or fs:
            fail.append(f"{n}: clean case has findings")
        if url not in d:
            fail.append(f"{n}: canonical URL not in digest")
    else:
        if exp["clean"] or len(fs) != 3:
            fail.append(f"{n}: err case needs 3 findings")
        if sum(f["severity"] == "error" for f in fs) != 2:
            fail.append(f"{n}: err case needs 2 errors")
    for f in fs:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in d:
            fail.append(f"{n}: span {f['span']!r} not verbatim in digest")
        if f["severity"] == "error" and f["kind"] != "mismatch":
            fail.append(f"{n}: error must be mismatch")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail.append(f"{n}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
    print(f"{n:34s} {lang}  src={size:4d}  digest={dsize:4d}  findings={len(fs)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
clean = sum(c.name.startswith("clean-") for c in cases)
print(f"cases={len(cases)} clean={clean} err={len(cases) - clean}")
print("languages:", dict(langs))
print("severities:", dict(sev), "kinds:", dict(kinds))
if len(cases) != 24 or clean != 12:
    fail.append("need 24 cases, 12 clean")
if sev["error"] != 24 or sev["warning"] != 12:
    fail.append("need 24 errors and 12 warnings")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail.append(f"language mix {dict(langs)}")
for f in fail:
    print("FAIL", f)
print("OK" if not fail else f"{len(fail)} failures")
sys.exit(1 if fail else 0)
