#!/usr/bin/env python3
"""Checks for check-holdout-418. Exit status 0 when every check passes."""
import collections
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv418/bin/yoten"
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": (4, 4), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}
problems = []


def bad(msg):
    problems.append(msg)


def body_size(meta, paras):
    if meta["lang"] == "ja":
        return sum(len("".join(p.split())) for p in paras), (600, 700), "chars"
    return sum(len(p.split()) for p in paras), (300, 350), "words"


langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    html = (case / "source.html").read_text(encoding="utf-8")
    if html != gen.render(meta, paras):
        bad(f"{name}: source.html out of date (run gen.py)")
    size, (lo, hi), unit = body_size(meta, paras)
    if not lo <= size <= hi:
        bad(f"{name}: source {size} {unit}, want {lo}-{hi}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    dlen = len(digest)
    if not 950 <= dlen <= 1400:
        bad(f"{name}: digest {dlen} chars, want 950-1400")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    finds = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or finds:
            bad(f"{name}: clean case must be clean with no findings")
    elif name.startswith("err-"):
        n_err += 1
        errs = [f for f in finds if f["severity"] == "error"]
        warns = [f for f in finds if f["severity"] == "warning"]
        if exp["clean"] is not False or len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
            bad(f"{name}: want 3 findings (2 error + 1 warning), clean false")
        for f in errs:
            if f["kind"] != "mismatch":
                bad(f"{name}: error with kind {f['kind']}")
        if len({f["span"] for f in finds}) != len(finds):
            bad(f"{name}: duplicate spans")
    else:
        bad(f"{name}: bad case name")
    for f in finds:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        c = digest.count(f["span"])
        if c == 0:
            bad(f"{name}: span not in digest: {f['span']!r}")
        elif c > 1:
            bad(f"{name}: span occurs {c} times: {f['span']!r}")
    # parse with yoten
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        continue
    d = json.loads(r.stdout)
    srcs = d.get("sources") or []
    if len(srcs) != 1:
        bad(f"{name}: {len(srcs)} sources parsed")
        continue
    s = srcs[0]
    if name.startswith("clean-"):
        if s["url"] != meta["url"]:
            bad(f"{name}: citation URL is not canonical")
        if s["title"] != meta["title"]:
            bad(f"{name}: citation title differs: {s['title']!r}")
        if s["outlet"] != meta["outlet"]:
            bad(f"{name}: citation outlet differs: {s['outlet']!r}")
        if s["date"] != meta["published"][:10]:
            bad(f"{name}: citation date {s['date']} != local {meta['published'][:10]}")
    for sec in ("overview", "details", "key_points"):
        if not d.get(sec):
            bad(f"{name}: parsed digest lacks {sec}")
    rows.append(f"{name:32} {meta['lang']}  source {size:4} {unit:5}  digest {dlen:4} chars  findings {len(finds)}")

for k, v in WANT_LANGS.items():
    if langs[k] != v:
        bad(f"language {k}: {langs[k]} cases, want {v}")
if (n_clean, n_err) != (12, 12):
    bad(f"{n_clean} clean / {n_err} err cases, want 12 / 12")
if sev["error"] != 24 or sev["warning"] != 12 or sum(sev.values()) != 36:
    bad(f"severities {dict(sev)}, want 24 error + 12 warning")
for k, (lo, hi) in WANT_WARN.items():
    if not lo <= kinds[k] <= hi:
        bad(f"kind {k}: {kinds[k]}, want {lo}-{hi}")

print("\n".join(rows))
print(f"cases: {n_clean} clean + {n_err} err; languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(sev.values())} ({dict(sorted(sev.items()))}); kinds: {dict(sorted(kinds.items()))}")
if problems:
    print("\nFAIL")
    print("\n".join(problems))
    sys.exit(1)
print("\nPASS")
