#!/usr/bin/env python3
"""Checks the check-holdout-381 set. Exit 1 on any failure."""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv381/bin/yoten"
fails = []
def fail(msg):
    fails.append(msg)

names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    fail(f"cases/specs differ: {set(names) ^ set(specs)}")
langs, kinds, sev = Counter(), Counter(), Counter()
n_clean = n_err = 0
for n in names:
    d = HERE / "cases" / n
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        fail(f"{n}: source.html out of date (run gen.py)")
    # source size
    body = "\n".join(paras)
    size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail(f"{n}: source size {size} not in {lo}-{hi}")
    # published with UTC offset
    dt = datetime.fromisoformat(meta["published"])
    if dt.utcoffset() is None:
        fail(f"{n}: published has no UTC offset")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        fail(f"{n}: digest {len(digest)} chars not in 950-1400")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in digest:
            fail(f"{n}: missing {m}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    spans = [f["span"] for f in exp["findings"]]
    for f in exp["findings"]:
        if set(f) != {"kind", "severity", "span"}:
            fail(f"{n}: bad finding keys {f}")
        c = digest.count(f["span"])
        if c == 0:
            fail(f"{n}: span not verbatim: {f['span']!r}")
        elif c > 1:
            fail(f"{n}: span occurs {c} times: {f['span']!r}")
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
    if len(set(spans)) != len(spans):
        fail(f"{n}: duplicate spans")
    citation_date = dt.strftime("%Y.%m.%d")
    expected_line = f"{meta['title']}  {meta['outlet']} {citation_date}"
    if n.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            fail(f"{n}: clean case must have no findings")
        if expected_line not in digest or meta["url"] not in digest.split("\n"):
            fail(f"{n}: citation line or canonical URL wrong")
    elif n.startswith("err-"):
        n_err += 1
        s = Counter(f["severity"] for f in exp["findings"])
        if exp["clean"] is not False or s != Counter({"error": 2, "warning": 1}):
            fail(f"{n}: err case must have 2 errors + 1 warning, got {dict(s)}")
        for f in exp["findings"]:
            if f["severity"] == "error" and f["kind"] != "mismatch":
                fail(f"{n}: error finding must be mismatch")
        if not any(f["kind"] == "citation" for f in exp["findings"]):
            if expected_line not in digest or meta["url"] not in digest.split("\n"):
                fail(f"{n}: citation wrong but not labelled")
    else:
        fail(f"{n}: bad name")
    # yoten parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            fail(f"{n}: yoten parse output is not JSON")
    print(f"{n:34s} {meta['lang']}  src {size:4d}  digest {len(digest):4d}  findings {len(spans)}")

if (n_clean, n_err) != (12, 12):
    fail(f"need 12 clean + 12 err, got {n_clean} + {n_err}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail(f"languages {dict(langs)}")
if sum(kinds.values()) != 36 or dict(sev) != {"error": 24, "warning": 12}:
    fail(f"findings {dict(kinds)} {dict(sev)}")
w = kinds
if not (w["unsupported"] == 4 and 2 <= w["name"] <= 3 and w["spelling"] == 2 and 3 <= w["citation"] <= 4):
    fail(f"warning mix {dict(kinds)}")
print(f"cases {len(names)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(kinds.values())}: {dict(sorted(kinds.items()))}; severities {dict(sorted(sev.items()))}")
if fails:
    print("FAIL")
    for f in fails:
        print("  -", f)
    sys.exit(1)
print("OK")
