#!/usr/bin/env python3
"""Checks the set: spans verbatim; clean = no findings; err = 3 (2 error + 1
warning); yoten parse ok; sizes; counts; languages; source.html up to date."""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv417/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
MARKERS = ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]

problems = []
kinds = Counter()
sev = Counter()
langs = Counter()
rows = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if cases != specs:
    problems.append(f"cases and specs differ: {set(cases) ^ set(specs)}")

for name in cases:
    d = HERE / "cases" / name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.build(name):
        bad(name, "source.html out of date (run gen.py)")
    text = " ".join(paras)
    if lang == "ja":
        size = len(re.sub(r"\s", "", text))
        ok = 600 <= size <= 700
        unit = "chars"
    else:
        size = len(text.split())
        ok = 300 <= size <= 350
        unit = "words"
    if not ok:
        bad(name, f"source {size} {unit}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest.strip())
    if not 950 <= dlen <= 1400:
        bad(name, f"digest {dlen} chars")
    for m in MARKERS:
        if m not in digest:
            bad(name, f"digest lacks {m}")
    cite = digest.split("【引用・参照・底本】", 1)[1]
    if name.startswith("clean-"):
        if meta["url"] not in cite.split():
            bad(name, "clean citation lacks canonical URL")
        date = meta["published"][:10].replace("-", ".")
        if date not in cite or meta["outlet"] not in cite or meta["title"] not in cite:
            bad(name, "clean citation title/outlet/local date")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        if exp["clean"] is not True or f:
            bad(name, "clean case must have clean=true and no findings")
    elif name.startswith("err-"):
        if exp["clean"] is not False:
            bad(name, "err case must have clean=false")
        c = Counter(x["severity"] for x in f)
        if len(f) != 3 or c["error"] != 2 or c["warning"] != 1:
            bad(name, f"err case needs 2 error + 1 warning, has {dict(c)}")
        for x in f:
            if x["severity"] == "error" and x["kind"] != "mismatch":
                bad(name, f"error finding of kind {x['kind']}")
            if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                bad(name, f"warning of kind {x['kind']}")
    else:
        bad(name, "name must start clean- or err-")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate span")
    for x in f:
        n = digest.count(x["span"])
        if n == 0:
            bad(name, f"span not verbatim: {x['span']!r}")
        kinds[(x["kind"], x["severity"])] += 1
        sev[x["severity"]] += 1
        rows.append((name, x["span"], n))
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[-200:]}")
    elif name.startswith("clean-"):
        srcs = json.loads(r.stdout).get("sources") or [{}]
        s0 = srcs[0]
        want = (meta["title"], meta["outlet"], meta["published"][:10], meta["url"])
        got = (s0.get("title"), s0.get("outlet"), s0.get("date"), s0.get("url"))
        if got != want:
            bad(name, f"parsed citation {got} != {want}")
    print(f"{name:38s} {lang}  source {size:4d} {unit:5s}  digest {dlen:5d} chars  findings {len(f)}")

n_clean = sum(1 for c in cases if c.startswith("clean-"))
n_err = sum(1 for c in cases if c.startswith("err-"))
if (n_clean, n_err) != (12, 12):
    problems.append(f"want 12 clean + 12 err, have {n_clean} + {n_err}")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
total = sum(sev.values())
if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
    problems.append(f"planted {total} ({dict(sev)}), want 36 (24 error + 12 warning)")
multi = [(c, s, n) for c, s, n in rows if n > 1]
print()
print("cases:", len(cases), f"({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("planted:", total, dict(sev))
for (k, s), n in sorted(kinds.items()):
    print(f"  {k}/{s}: {n}")
print("spans occurring more than once:", multi or "none")
if problems:
    print("\nFAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nOK")
