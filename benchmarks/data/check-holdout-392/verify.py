#!/usr/bin/env python3
"""Checks for check-holdout-392. Exit 1 on any failure."""
import json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv392/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def source_size(meta, paras):
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        return len(re.sub(r"\s", "", body))
    return len(body.split())


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    fail(f"cases and specs differ: {set(names) ^ set(specs)}")
langs, kinds, sev = Counter(), Counter(), Counter()
n_clean = n_err = planted = 0
for n in names:
    d = HERE / "cases" / n
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != gen.build(n):
        fail(f"{n}: source.html out of date (run gen.py)")
    size = source_size(meta, paras)
    lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi:
        fail(f"{n}: source size {size} not in {lo}-{hi}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(digest) <= 1400:
        fail(f"{n}: digest {len(digest)} chars")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{n}: yoten parse failed: {r.stderr[-300:]}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    for x in f:
        if x["span"] not in digest:
            fail(f"{n}: span not in digest: {x['span']!r}")
        elif digest.count(x["span"]) > 1:
            fail(f"{n}: span occurs {digest.count(x['span'])} times: {x['span']!r}")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        fail(f"{n}: duplicate spans")
    # citation: title, outlet, local date, canonical URL
    local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want_cite = f"{meta['title']} {meta['outlet']} {local}"
    cite_ok = want_cite in digest and ("\n" + meta["url"] + "\n") in digest + "\n"
    if n.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            fail(f"{n}: clean case must have no findings")
        if not cite_ok:
            fail(f"{n}: citation not exact (title/outlet/local date/canonical URL)")
    elif n.startswith("err-"):
        n_err += 1
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if exp.get("clean") is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            fail(f"{n}: err case needs 2 error + 1 warning")
        if any(x["kind"] != "mismatch" for x in errs):
            fail(f"{n}: errors must be mismatch")
        if warns and warns[0]["kind"] not in WANT_WARN:
            fail(f"{n}: bad warning kind")
        if (warns and warns[0]["kind"] != "citation") and not cite_ok:
            fail(f"{n}: citation wrong but not labelled")
        if warns and warns[0]["kind"] == "citation" and cite_ok:
            fail(f"{n}: citation labelled but exact")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            planted += 1
    else:
        fail(f"{n}: bad name")
    print(f"ok? {n:42s} {meta['lang']} src={size:4d} digest={len(digest):4d} findings={len(f)}")

if (n_clean, n_err) != (12, 12):
    fail(f"clean/err = {n_clean}/{n_err}")
if dict(langs) != WANT_LANG:
    fail(f"languages {dict(langs)}")
if planted != 36 or sev["error"] != 24 or sev["warning"] != 12:
    fail(f"planted {planted}, severities {dict(sev)}")
for k, v in WANT_WARN.items():
    if kinds[k] != v:
        fail(f"warning kind {k}: {kinds[k]} != {v}")
print(f"cases {len(names)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"planted {planted}: {dict(sorted(kinds.items()))}; severities {dict(sorted(sev.items()))}")
print("PASS" if not fails else f"{len(fails)} FAILURES")
sys.exit(1 if fails else 0)
