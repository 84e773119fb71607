#!/usr/bin/env python3
"""Checks the check-holdout-391 set. Exit 0 only when every check passes."""
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv391/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    bad(f"cases and specs differ: {set(cases) ^ set(specs)}")

langs = Counter()
kinds = Counter()
sev = Counter()
n_clean = n_err = 0
rows = []
for name in cases:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    # source.html up to date
    page = gen.render(meta, paras)
    if (d / "source.html").read_text(encoding="utf-8") != page:
        bad(f"{name}: source.html is stale")
    if ".example/" not in meta["url"]:
        bad(f"{name}: url not under .example")
    # source size
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text)); lo, hi, unit = 600, 700, "chars"
    else:
        size = len(text.split()); lo, hi, unit = 300, 350, "words"
    if not lo <= size <= hi:
        bad(f"{name}: source {size} {unit}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest {dlen} chars")
    # parses
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        parsed = None
    else:
        parsed = json.loads(r.stdout)
    # posted_at (JST) not before publication
    pub = dt.datetime.fromisoformat(meta["published"])
    m = re.search(r"(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})$", digest.splitlines()[0])
    if not m:
        bad(f"{name}: headline line lacks posting time")
    else:
        posted = dt.datetime(*map(int, m.groups()), tzinfo=dt.timezone(dt.timedelta(hours=9)))
        if posted < pub:
            bad(f"{name}: posted {posted} before published {pub}")
    # citation
    lines = [l.strip() for l in digest.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    cite_ok = (lines[0] == f"{meta['title']} {meta['outlet']} {pub.strftime('%Y.%m.%d')}" and lines[1] == meta["url"])
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    has_cite = any(x["kind"] == "citation" for x in f)
    if cite_ok == has_cite:
        bad(f"{name}: citation correct={cite_ok} but citation finding={has_cite}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(f) != 3:
            bad(f"{name}: err case needs clean=false and 3 findings")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(errs) != 2 or any(x["kind"] != "mismatch" for x in errs):
            bad(f"{name}: needs 2 mismatch/error")
        if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
            bad(f"{name}: needs 1 warning of {WARN_KINDS}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != 3:
            bad(f"{name}: duplicate spans")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            c = digest.count(x["span"])
            if c == 0:
                bad(f"{name}: span not in digest: {x['span']}")
            elif c > 1:
                bad(f"{name}: span occurs {c} times: {x['span']}")
            rows.append((name, x["kind"], x["severity"], x["span"], c))
    else:
        bad(f"{name}: bad case name")
    print(f"{name:36s} {meta['lang']}  source {size:4d} {unit:5s}  digest {dlen:4d} chars  "
          f"parse {'ok' if parsed else 'FAIL'}  citation {'canonical' if cite_ok else 'slip'}")

print()
print(f"cases {len(cases)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(kinds.values())}: by severity {dict(sorted(sev.items()))}; by kind {dict(sorted(kinds.items()))}")
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    bad(f"languages {dict(langs)} != {want_langs}")
if (len(cases), n_clean, n_err) != (24, 12, 12):
    bad("need 24 cases, 12 clean, 12 err")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad("need 36 findings: 24 error, 12 warning")
if not (3 <= kinds["unsupported"] <= 5 and 2 <= kinds["name"] <= 3 and kinds["spelling"] == 2 and 3 <= kinds["citation"] <= 4):
    bad(f"warning mix off: {dict(kinds)}")
if problems:
    print("\nFAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nPASS")
