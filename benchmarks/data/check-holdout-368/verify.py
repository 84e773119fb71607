#!/usr/bin/env python3
"""Checks for check-holdout-368.  Exit 0 only when every check passes.

- 24 cases (12 clean-*, 12 err-*), each with source.html, digest.txt, expected.json
  and a spec; source.html equals what gen.py renders from the spec;
- clean: {"clean": true, "findings": []}; err: 3 findings, 2 mismatch/error + 1 warning;
- every span stands verbatim in digest.txt, exactly once;
- `yoten parse` reads every digest; for clean digests the citation (title, outlet,
  outlet-local date, canonical URL) equals the spec; posted_at is after publication;
- sizes: sources 300-350 words (Japanese 600-700 characters without spaces),
  digests 950-1400 characters;
- totals: 36 planted findings (24 error, 12 warning: 4 unsupported, 2 name,
  2 spelling, 4 citation); languages en 14, fr 3, de 3, es 2, ja 2;
- every URL in specs and digests is under .example.
"""
import collections
import datetime as dt
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
from zoneinfo import ZoneInfo

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv368/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
EXPECT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
EXPECT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}
FORBIDDEN_NAMES = ["名所江戸百景", "浪華百景"]

problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def main():
    names = gen.names()
    case_dirs = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if names != case_dirs:
        bad("set", f"specs {names} != cases {case_dirs}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for name in names:
        d = HERE / "cases" / name
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        html_text = (d / "source.html").read_text(encoding="utf-8")
        if html_text != gen.render(name):
            bad(name, "source.html out of date (run gen.py)")
        body = " ".join(paras)
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                bad(name, f"Japanese source has {size} characters")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                bad(name, f"source has {size} words")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            bad(name, f"digest has {len(digest)} characters")
        for f in FORBIDDEN_NAMES:
            if f in digest:
                bad(name, f"reuses example name {f}")
        for url in re.findall(r"https?://[^\s\"<>]+", digest + meta["url"]):
            host = url.split("/")[2].split("?")[0]
            if not host.endswith(".example"):
                bad(name, f"non-.example URL {url}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        finds = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad(name, "clean case must be {clean: true, findings: []}")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False or len(finds) != 3:
                bad(name, "err case must have clean false and 3 findings")
            errs = [f for f in finds if f["severity"] == "error"]
            warns = [f for f in finds if f["severity"] == "warning"]
            if len(errs) != 2 or len(warns) != 1:
                bad(name, "need 2 errors + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(name, "errors must be kind mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                bad(name, "bad warning kind")
            if len({f["span"] for f in finds}) != len(finds):
                bad(name, "duplicate spans")
        else:
            bad(name, "name must start with clean- or err-")
        for f in finds:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c != 1:
                bad(name, f"span {f['span']!r} occurs {c} times in digest.txt")
        # yoten parse
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, f"yoten parse failed: {r.stderr.strip()[:200]}")
            continue
        parsed = json.loads(r.stdout)
        src = (parsed.get("sources") or [{}])[0]
        pub = dt.datetime.fromisoformat(meta["published"])
        want = {"title": meta["title"], "outlet": meta["outlet"],
                "date": pub.date().isoformat(), "url": meta["url"]}
        diffs = [k for k in want if src.get(k) != want[k]]
        citation_planted = any(f["kind"] == "citation" for f in finds)
        if name.startswith("clean-") and diffs:
            bad(name, f"citation differs from spec in {diffs}: {src}")
        if name.startswith("err-") and bool(diffs) != citation_planted:
            bad(name, f"citation diffs {diffs} but citation planted={citation_planted}")
        posted = dt.datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=ZoneInfo("Asia/Tokyo"))
        if posted <= pub:
            bad(name, f"posted_at {posted} not after publication {pub}")
        for sec in ("overview", "details"):
            if not parsed.get(sec):
                bad(name, f"parsed digest lacks {sec}")
        rows.append((name, meta["lang"], size, len(digest), len(finds)))
    if n_clean != 12 or n_err != 12:
        bad("set", f"{n_clean} clean / {n_err} err, want 12 / 12")
    if dict(langs) != EXPECT_LANG:
        bad("set", f"languages {dict(langs)} != {EXPECT_LANG}")
    if sev["error"] != 24 or sev["warning"] != 12 or sum(sev.values()) != 36:
        bad("set", f"severities {dict(sev)}")
    for k, v in EXPECT_WARN.items():
        if kinds[k] != v:
            bad("set", f"{k}: {kinds[k]} != {v}")
    print(f"{'case':40} lang  src  digest  findings")
    for r in rows:
        print(f"{r[0]:40} {r[1]:4} {r[2]:4} {r[3]:7} {r[4]:9}")
    print(f"cases: {n_clean} clean + {n_err} err; findings: {sum(sev.values())} "
          f"({dict(sorted(sev.items()))}); kinds: {dict(sorted(kinds.items()))}")
    print(f"languages: {dict(sorted(langs.items()))}")
    if problems:
        print("FAIL")
        for p in problems:
            print("  " + p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
