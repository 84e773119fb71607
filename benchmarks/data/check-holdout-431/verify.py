#!/usr/bin/env python3
"""Check the check-holdout-431 set: spans, labels, parse, sizes, counts, languages, generated HTML."""
import collections
import datetime as dt
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import gen

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv431/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)


def main():
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if specs != cases:
        bad(f"specs/cases differ: {set(specs) ^ set(cases)}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for name in cases:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                bad(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        html = (d / "source.html").read_text(encoding="utf-8")
        if html != gen.build(name):
            bad(f"{name}: source.html out of date (run gen.py)")
        body = " ".join(paras)
        if meta["lang"] == "ja":
            size = len("".join(body.split()))
            if not 600 <= size <= 700:
                bad(f"{name}: ja source {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                bad(f"{name}: source {size} words")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            bad(f"{name}: digest {len(digest)} chars")
        for url in re.findall(r"https?://[^\s\"<>]+", digest + meta["url"]):
            host = url.split("/")[2].split("?")[0]
            if not host.endswith(".example"):
                bad(f"{name}: non-.example host {host}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        fs = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or fs:
                bad(f"{name}: clean case must be clean with no findings")
        elif name.startswith("err-"):
            n_err += 1
            if exp["clean"] is not False:
                bad(f"{name}: err case marked clean")
            errs = [f for f in fs if f["severity"] == "error"]
            warns = [f for f in fs if f["severity"] == "warning"]
            if len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(f"{name}: want 2 errors + 1 warning, got {len(errs)}+{len(warns)} of {len(fs)}")
            for f in errs:
                if f["kind"] != "mismatch":
                    bad(f"{name}: error kind {f['kind']}")
            for f in warns:
                if f["kind"] not in WARN_KINDS:
                    bad(f"{name}: warning kind {f['kind']}")
        else:
            bad(f"{name}: bad name")
        for f in fs:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                bad(f"{name}: span not verbatim: {f['span']!r}")
            elif c > 1:
                print(f"note: {name}: span {f['span']!r} occurs {c} times")
        # parse
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            continue
        parsed = json.loads(r.stdout)
        src = parsed["sources"][0]
        local_date = dt.datetime.fromisoformat(meta["published"]).date().isoformat()
        cit_ok = (src["url"] == meta["url"] and src["outlet"] == meta["outlet"]
                  and src["title"] == meta["title"] and src["date"] == local_date)
        has_cit = any(f["kind"] == "citation" for f in fs)
        if cit_ok == has_cit:
            bad(f"{name}: citation ok={cit_ok} but citation finding={has_cit}: {src}")
        rows.append((name, meta["lang"], len(digest), size, len(fs)))
    for r in rows:
        print(f"{r[0]:36s} {r[1]}  digest={r[2]:4d}  source={r[3]:3d}  findings={r[4]}")
    want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want_langs:
        bad(f"languages {dict(langs)} != {want_langs}")
    if n_clean != 12 or n_err != 12:
        bad(f"clean={n_clean} err={n_err}")
    if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad(f"totals {dict(kinds)} {dict(sev)}")
    if not (3 <= kinds["unsupported"] <= 5 and 2 <= kinds["name"] <= 3
            and kinds["spelling"] == 2 and 3 <= kinds["citation"] <= 4):
        bad(f"warning mix {dict(kinds)}")
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); languages: {dict(sorted(langs.items()))}")
    print(f"findings: {sum(kinds.values())}; by severity: {dict(sorted(sev.items()))}; by kind: {dict(sorted(kinds.items()))}")
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
