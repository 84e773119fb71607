#!/usr/bin/env python3
"""Checks the check-holdout-413 set. Exit status 0 when everything passes.

spans verbatim; clean = no findings; err = 3 (2 mismatch/error + 1 warning);
yoten parse ok; citation consistent with the spec unless a citation finding is
planted; sizes; counts; languages; source.html up to date (gen.py).
"""
import collections
import json
import os
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv413/bin/yoten"

problems = []
notes = []


def bad(msg):
    problems.append(msg)


def main():
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if specs != cases:
        bad(f"specs and cases differ: {set(specs) ^ set(cases)}")
    langs = collections.Counter()
    kinds = collections.Counter()
    n_clean = n_err = 0
    for name in cases:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                bad(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        # source.html up to date
        if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
            bad(f"{name}: source.html out of date (run gen.py)")
        # source size
        body = "\n".join(paras)
        size = len("".join(body.split())) if lang == "ja" else len(body.split())
        lo, hi = (600, 700) if lang == "ja" else (300, 350)
        if not lo <= size <= hi:
            bad(f"{name}: source size {size} not in {lo}-{hi}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            bad(f"{name}: digest length {len(digest)} not in 950-1400")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        findings = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or findings:
                bad(f"{name}: clean case must be clean with no findings")
        elif name.startswith("err-"):
            n_err += 1
            if exp["clean"] is not False:
                bad(f"{name}: err case must have clean false")
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(f"{name}: want 2 errors + 1 warning, got {len(errs)} + {len(warns)} of {len(findings)}")
            for f in errs:
                if f["kind"] != "mismatch":
                    bad(f"{name}: error kind {f['kind']} is not mismatch")
            for f in warns:
                if f["kind"] not in WARN_KINDS:
                    bad(f"{name}: warning kind {f['kind']} not allowed")
            spans = [f["span"] for f in findings]
            if len(set(spans)) != len(spans):
                bad(f"{name}: duplicate spans")
            for a in spans:
                for b in spans:
                    if a != b and a in b:
                        bad(f"{name}: span {a!r} inside {b!r}")
        else:
            bad(f"{name}: name must start clean- or err-")
        for f in findings:
            kinds[(f["kind"], f["severity"])] += 1
            c = digest.count(f["span"])
            if c == 0:
                bad(f"{name}: span not in digest: {f['span']!r}")
            elif c > 1:
                notes.append(f"{name}: span {f['span']!r} occurs {c} times")
        # yoten parse
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            continue
        parsed = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "sources"):
            if not parsed.get(key):
                bad(f"{name}: parsed digest lacks {key}")
        src = (parsed.get("sources") or [{}])[0]
        planted_cit = [f["span"] for f in findings if f["kind"] == "citation"]
        want = {"title": meta["title"], "outlet": meta["outlet"],
                "date": meta["published"][:10], "url": meta["url"]}
        for k, v in want.items():
            if src.get(k) != v:
                got = str(src.get(k))
                got_dot = got.replace("-", ".") if k == "date" else got
                if any(s in got or got in s or s == got_dot for s in planted_cit):
                    continue
                bad(f"{name}: citation {k} {src.get(k)!r} != {v!r}")
        if name.startswith("clean-") and planted_cit:
            bad(f"{name}: clean case with citation finding")
        posted = parsed.get("posted_at", "")
        if not posted:
            bad(f"{name}: no posted_at")
    if n_clean != 12 or n_err != 12:
        bad(f"want 12 clean + 12 err, got {n_clean} + {n_err}")
    if dict(langs) != WANT_LANGS:
        bad(f"languages {dict(langs)} != {WANT_LANGS}")
    total = sum(kinds.values())
    if total != 36:
        bad(f"planted findings {total} != 36")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings:", total)
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k}/{s}: {v}")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("FAIL:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
