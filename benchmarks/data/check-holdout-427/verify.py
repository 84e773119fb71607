#!/usr/bin/env python3
"""Check the set: spans verbatim, labels, sizes, counts, languages, parse, regenerated HTML."""
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv427/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": (3, 5), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    problems.append(f"cases/specs differ: {set(names) ^ set(specs)}")
for n in names:
    d = HERE / "cases" / n
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.render(n):
        problems.append(f"{n}: source.html out of date")
    if lang == "ja":
        size = sum(len(re.sub(r"\s", "", p)) for p in paras)
        if not 600 <= size <= 700:
            problems.append(f"{n}: ja source {size} chars")
    else:
        size = sum(len(p.split()) for p in paras)
        if not 300 <= size <= 350:
            problems.append(f"{n}: source {size} words")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        problems.append(f"{n}: digest {len(digest)} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if digest.count(marker) != 1:
            problems.append(f"{n}: marker {marker}")
    cite = digest.split("【引用・参照・底本】", 1)[1]
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if n.startswith("clean-"):
        if exp["clean"] is not True or f:
            problems.append(f"{n}: clean case must have no findings")
        # a clean citation: canonical URL, title, outlet, local date
        local = meta["published"][:10].replace("-", ".")
        line = f"{meta['title']} {meta['outlet']} {local}"
        if line not in cite or meta["url"] not in cite.split():
            problems.append(f"{n}: citation not canonical")
    elif n.startswith("err-"):
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if exp["clean"] is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            problems.append(f"{n}: want 2 errors + 1 warning")
        if any(x["kind"] != "mismatch" for x in errs):
            problems.append(f"{n}: errors must be mismatch")
        if len({x["span"] for x in f}) != 3:
            problems.append(f"{n}: duplicate spans")
    else:
        problems.append(f"{n}: bad name")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = digest.count(x["span"])
        if c == 0:
            problems.append(f"{n}: span not in digest: {x['span']}")
        elif c > 1:
            problems.append(f"{n}: span occurs {c} times: {x['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        json.loads(r.stdout)
    print(f"{n:42} {lang}  source {size:4}  digest {len(digest):4}  findings {len(f)}")

if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)}")
if len(names) != 24 or sum(n.startswith("clean-") for n in names) != 12:
    problems.append("want 24 cases, 12 clean")
if sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"severities {dict(sev)}")
for k, (lo, hi) in WANT_WARN.items():
    if not lo <= kinds[k] <= hi:
        problems.append(f"{k}: {kinds[k]}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("planted findings:", sum(sev.values()))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
