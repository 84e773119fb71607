#!/usr/bin/env python3
"""Checks the check-holdout-397 set: spans, counts, sizes, languages, parse, freshness."""
import json, re, subprocess, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv397/bin/yoten"
problems = []
kinds, sevs, langs = Counter(), Counter(), Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    n = c.name
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    if (c / "source.html").read_text(encoding="utf-8") != gen.build(n):
        problems.append(f"{n}: source.html out of date")
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{n}: source size {size} outside {lo}-{hi}")
    if not 950 <= len(digest) <= 1400:
        problems.append(f"{n}: digest {len(digest)} chars outside 950-1400")
    if meta["url"] not in digest and n.startswith("clean-"):
        problems.append(f"{n}: canonical URL missing from citation")
    for s in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if s not in digest:
            problems.append(f"{n}: missing {s}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
    f = exp["findings"]
    if n.startswith("clean-"):
        if exp["clean"] is not True or f:
            problems.append(f"{n}: clean case must have no findings")
    else:
        if exp["clean"] is not False or len(f) != 3:
            problems.append(f"{n}: err case must have 3 findings")
        s = Counter(x["severity"] for x in f)
        if s != Counter({"error": 2, "warning": 1}):
            problems.append(f"{n}: severities {dict(s)}")
        for x in f:
            kinds[x["kind"]] += 1
            sevs[x["severity"]] += 1
            cnt = digest.count(x["span"])
            if cnt == 0:
                problems.append(f"{n}: span not in digest: {x['span']}")
            elif cnt > 1:
                problems.append(f"{n}: span occurs {cnt} times: {x['span']}")
            ok = {"error": {"mismatch"}, "warning": {"unsupported", "name", "spelling", "citation"}}
            if x["kind"] not in ok[x["severity"]]:
                problems.append(f"{n}: kind/severity {x['kind']}/{x['severity']}")
    print(f"{n:40s} {meta['lang']}  src={size:4d}  digest={len(digest):4d}  findings={len(f)}")

nc = sum(1 for c in cases if c.name.startswith("clean-"))
ne = sum(1 for c in cases if c.name.startswith("err-"))
print(f"cases: {len(cases)} (clean {nc}, err {ne})")
print("languages:", dict(sorted(langs.items())))
print("planted:", sum(sevs.values()), "severity:", dict(sevs), "kind:", dict(sorted(kinds.items())))
if nc != 12 or ne != 12:
    problems.append("need 12 clean + 12 err")
if langs != Counter({"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}):
    problems.append(f"languages {dict(langs)}")
if sum(sevs.values()) != 36:
    problems.append("need 36 planted findings")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
