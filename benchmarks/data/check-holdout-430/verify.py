#!/usr/bin/env python3
"""Check the set: spans, labels, parse, sizes, counts, languages, generated HTML."""
import json, re, subprocess, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen

HERE = Path(__file__).resolve().parent
YOTEN = "/tmp/bcv430/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []
langs = Counter()
kinds = Counter()
sev = Counter()


def bad(case, msg):
    problems.append(f"{case}: {msg}")


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad("set", f"cases {names} != specs {specs}")
clean = [n for n in names if n.startswith("clean-")]
err = [n for n in names if n.startswith("err-")]
if len(names) != 24 or len(clean) != 12 or len(err) != 12:
    bad("set", f"{len(names)} cases, {len(clean)} clean, {len(err)} err")

for n in names:
    d = HERE / "cases" / n
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.build(n):
        bad(n, "source.html out of date")
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text))
        if not 600 <= size <= 700:
            bad(n, f"source {size} chars (600-700)")
    else:
        size = len(text.split())
        if not 300 <= size <= 350:
            bad(n, f"source {size} words (300-350)")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    dsize = len(re.sub(r"\s", "", dig))
    if not 950 <= dsize <= 1400:
        bad(n, f"digest {dsize} chars (950-1400)")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if n.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            bad(n, "clean case with findings")
    else:
        if exp["clean"] is not False or len(f) != 3:
            bad(n, "err case needs clean=false and 3 findings")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(errs) != 2 or len(warns) != 1:
            bad(n, "need 2 errors + 1 warning")
        if any(x["kind"] != "mismatch" for x in errs):
            bad(n, "errors must be mismatch")
        if any(x["kind"] not in WARN_KINDS for x in warns):
            bad(n, "bad warning kind")
        if len({x["span"] for x in f}) != 3:
            bad(n, "duplicate spans")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = dig.count(x["span"])
        if c == 0:
            bad(n, f"span not verbatim: {x['span']!r}")
        elif c > 1:
            print(f"note {n}: span {x['span']!r} occurs {c} times")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    parsed = None
    if r.returncode != 0:
        bad(n, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            parsed = json.loads(r.stdout)
        except ValueError:
            bad(n, "yoten parse output is not JSON")
    # citation of the canonical page, local date (unless a citation slip is planted)
    if parsed and not any(x["kind"] == "citation" for x in f):
        want = {"title": meta["title"], "outlet": meta["outlet"],
                "date": meta["published"][:10], "url": meta["url"]}
        got = (parsed.get("sources") or [{}])[0]
        if {k: got.get(k) for k in want} != want:
            bad(n, f"citation {got} != {want}")
    print(f"{n:40s} {meta['lang']}  source {size:4d}  digest {dsize:4d}  findings {len(f)}")

print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
want_l = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_l:
    bad("set", f"languages {dict(langs)} != {want_l}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad("set", f"totals {dict(kinds)} {dict(sev)}")
if kinds["mismatch"] != 24 or kinds["unsupported"] != 4 or not 2 <= kinds["name"] <= 3 \
        or kinds["spelling"] != 2 or not 3 <= kinds["citation"] <= 4:
    bad("set", f"warning mix {dict(kinds)}")
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: 24 cases, 36 planted findings, all checks pass")
