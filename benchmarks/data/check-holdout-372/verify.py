#!/usr/bin/env python3
"""Checks the set: spans verbatim, labels, parse, sizes, counts, languages, source.html up to date."""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv372/bin/yoten"
problems, notes = [], []
langs, kinds, sev = Counter(), Counter(), Counter()
names = sorted(p.name for p in (HERE / "cases").iterdir())
spec_names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != spec_names:
    problems.append("cases/ and specs/ differ")
for n in names:
    d = HERE / "cases" / n
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
        problems.append(f"{n}: source.html out of date")
    # sizes
    if not 950 <= len(digest) <= 1400:
        problems.append(f"{n}: digest {len(digest)} chars")
    body = " ".join(paras)
    size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        problems.append(f"{n}: source size {size}")
    # labels
    f = exp["findings"]
    if n.startswith("clean-"):
        if exp["clean"] is not True or f:
            problems.append(f"{n}: clean case with findings")
    else:
        if exp["clean"] is not False or len(f) != 3:
            problems.append(f"{n}: err case needs 3 findings")
        s = Counter(x["severity"] for x in f)
        if s != Counter({"error": 2, "warning": 1}):
            problems.append(f"{n}: severities {dict(s)}")
        for x in f:
            ok = (x["severity"] == "error") == (x["kind"] == "mismatch")
            if not ok:
                problems.append(f"{n}: kind/severity {x}")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{n}: duplicate spans")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = digest.count(x["span"])
        if c == 0:
            problems.append(f"{n}: span not in digest: {x['span']}")
        elif c > 1:
            notes.append(f"{n}: span occurs {c}x: {x['span']}")
    # citation (clean cases must cite exactly)
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    cite = f"{meta['title']} {meta['outlet']} {local_date}"
    if n.startswith("clean-") and (cite not in digest or meta["url"] not in digest.split("【引用・参照・底本】")[1]):
        problems.append(f"{n}: citation differs from spec")
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{n}: yoten parse output not JSON")
    print(f"{n:38s} {meta['lang']}  digest {len(digest):4d} chars  source {size:3d} {'chars' if meta['lang']=='ja' else 'words'}  findings {len(f)}")

clean = sum(n.startswith("clean-") for n in names)
err = sum(n.startswith("err-") for n in names)
if (len(names), clean, err) != (24, 12, 12):
    problems.append(f"cases {len(names)} clean {clean} err {err}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"languages {dict(langs)}")
if sum(kinds.values()) != 36:
    problems.append(f"findings {sum(kinds.values())}")
print("cases", len(names), "clean", clean, "err", err)
print("languages", dict(sorted(langs.items())))
print("kinds", dict(sorted(kinds.items())), "severities", dict(sorted(sev.items())))
for x in notes:
    print("note:", x)
for x in problems:
    print("PROBLEM:", x)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
