#!/usr/bin/env python3
"""Checks for check-holdout-429 (run from anywhere)."""
import collections
import datetime as dt
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv429/bin/yoten"
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
kinds = collections.Counter()
sev = collections.Counter()
langs = collections.Counter()
rows = []


def bad(name, msg):
    problems.append(f"{name}: {msg}")


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad("set", f"cases and specs differ: {set(names) ^ set(specs)}")
for name in names:
    d = HERE / "cases" / name
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    # source.html up to date
    if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
        bad(name, "source.html is stale (run gen.py)")
    # source size
    body = " ".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", body))
        if not 600 <= n <= 700:
            bad(name, f"ja source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            bad(name, f"source {n} words")
    # digest size
    m = len(digest.strip())
    if not 950 <= m <= 1400:
        bad(name, f"digest {m} chars")
    # parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, "yoten parse failed: " + r.stderr[-300:])
        parsed = None
    else:
        parsed = json.loads(r.stdout)
    # labels
    f = exp["findings"]
    if name.startswith("clean-"):
        if exp["clean"] is not True or f:
            bad(name, "clean case must have clean=true and no findings")
    else:
        if exp["clean"] is not False or len(f) != 3:
            bad(name, "err case must have clean=false and 3 findings")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(errs) != 2 or len(warns) != 1:
            bad(name, "need 2 error + 1 warning")
        if any(x["kind"] != "mismatch" for x in errs):
            bad(name, "errors must be kind mismatch")
        if len({x["span"] for x in f}) != 3:
            bad(name, "duplicate spans")
    for x in f:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        c = digest.count(x["span"])
        if c == 0:
            bad(name, f"span not verbatim: {x['span']!r}")
        elif c > 1:
            bad(name, f"span occurs {c} times: {x['span']!r}")
    # citation: for clean cases title/outlet/date/url must match the source
    pub = dt.datetime.fromisoformat(meta["published"])
    if parsed and name.startswith("clean-"):
        s = parsed["sources"][0]
        want = (meta["title"], meta["outlet"], pub.date().isoformat(), meta["url"])
        got = (s["title"], s["outlet"], s["date"], s["url"])
        if want != got:
            bad(name, f"citation {got} != {want}")
    if parsed:
        posted = dt.datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=dt.timezone(dt.timedelta(hours=9)))
        if posted <= pub:
            bad(name, "posted_at is not after the source's publication")
    rows.append((name, meta["lang"], n, m, len(f)))

for lang, k in WANT_LANGS.items():
    if langs[lang] != k:
        bad("set", f"{lang}: {langs[lang]} cases, want {k}")
clean = sum(1 for n in names if n.startswith("clean-"))
err = sum(1 for n in names if n.startswith("err-"))
if (clean, err) != (12, 12):
    bad("set", f"clean={clean} err={err}")
if sum(kinds.values()) != 36:
    bad("set", f"{sum(kinds.values())} planted findings, want 36")

for name, lang, n, m, k in rows:
    unit = "chars" if lang == "ja" else "words"
    print(f"{name:34s} {lang}  source {n:3d} {unit:5s}  digest {m:4d} chars  findings {k}")
print("cases:", len(names), "clean:", clean, "err:", err)
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())))
print("findings by severity:", dict(sorted(sev.items())))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
