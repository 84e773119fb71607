#!/usr/bin/env python3
"""Checks for check-holdout-396.  Exit 1 on any failure.

spans verbatim; clean = no findings; err = 3 (2 error + 1 warning);
`yoten parse` ok; sizes; counts; languages; source.html up to date;
citation line = spec title + outlet + outlet-local date + canonical URL
unless a citation finding is planted; every URL under .example.
Set YOTEN to the yoten executable (default: yoten on PATH).
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN", "yoten")
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": (4, 4), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}
SECTIONS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]

fails, notes = [], []


def fail(msg):
    fails.append(msg)


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        fail(f"cases and specs differ: {set(names) ^ set(specs)}")
    langs = Counter()
    kinds = Counter()
    sev = Counter()
    n_clean = n_err = 0
    for n in names:
        d = HERE / "cases" / n
        meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
        langs[meta["lang"]] += 1
        html = (d / "source.html").read_text(encoding="utf-8")
        if html != gen.build(n):
            fail(f"{n}: source.html out of date (run gen.py)")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        body = " ".join(paras)
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                fail(f"{n}: Japanese source has {size} characters (600-700)")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                fail(f"{n}: source has {size} words (300-350)")
        if not 950 <= len(digest) <= 1400:
            fail(f"{n}: digest has {len(digest)} characters (950-1400)")
        for s in SECTIONS:
            if digest.count(s) != 1:
                fail(f"{n}: section {s} appears {digest.count(s)} times")
        if not meta["url"].startswith("https://") or ".example/" not in meta["url"]:
            fail(f"{n}: url not under .example")
        for u in re.findall(r"https?://[^\s\"'<>]+", digest + html):
            host = u.split("/")[2]
            if not (host.endswith(".example") or host == "schema.org"):
                fail(f"{n}: non-.example host {host}")
        findings = exp["findings"]
        spans = [f["span"] for f in findings]
        if len(set(spans)) != len(spans):
            fail(f"{n}: duplicate spans")
        for f in findings:
            c = digest.count(f["span"])
            if c == 0:
                fail(f"{n}: span not in digest: {f['span']!r}")
            elif c > 1:
                notes.append(f"{n}: span {f['span']!r} appears {c} times")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        if n.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                fail(f"{n}: clean case must be {{clean: true, findings: []}}")
        elif n.startswith("err-"):
            n_err += 1
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if exp.get("clean") is not False or len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
                fail(f"{n}: err case must have 3 findings, 2 error + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                fail(f"{n}: errors must be kind mismatch")
            if any(f["kind"] not in WANT_WARN for f in warns):
                fail(f"{n}: unexpected warning kind")
        else:
            fail(f"{n}: name must start with clean- or err-")
        # citation
        local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        want_line = f"{meta['title']} {meta['outlet']} {local}"
        tail = digest.split("【引用・参照・底本】", 1)[-1].strip().splitlines()
        tail = [t.strip() for t in tail if t.strip()]
        cit_planted = any(f["kind"] == "citation" for f in findings)
        ok = len(tail) >= 2 and tail[0] == want_line and tail[1] == meta["url"]
        if not ok and not cit_planted:
            fail(f"{n}: citation differs from spec: {tail[:2]!r}")
        if ok and cit_planted:
            fail(f"{n}: citation finding planted but citation is correct")
        # parse
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            try:
                json.loads(r.stdout)
            except ValueError:
                fail(f"{n}: yoten parse output is not JSON")
        print(f"{n:36s} {meta['lang']}  src={size:4d}  digest={len(digest):5d}  findings={len(findings)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    if len(names) != 24 or n_clean != 12 or n_err != 12:
        fail(f"want 24 cases (12 clean, 12 err), got {len(names)} ({n_clean}/{n_err})")
    if dict(langs) != WANT_LANG:
        fail(f"languages {dict(langs)} != {WANT_LANG}")
    total = sum(kinds.values())
    if total != 36:
        fail(f"want 36 planted findings, got {total}")
    for k, (lo, hi) in WANT_WARN.items():
        if not lo <= kinds[k] <= hi:
            fail(f"warning kind {k}: {kinds[k]} not in {lo}-{hi}")
    print()
    print(f"cases: {len(names)} (clean {n_clean}, err {n_err}); languages: {dict(sorted(langs.items()))}")
    print(f"planted: {total}; by severity: {dict(sorted(sev.items()))}; by kind: {dict(sorted(kinds.items()))}")
    for m in notes:
        print("note:", m)
    for m in fails:
        print("FAIL:", m)
    print("OK" if not fails else f"{len(fails)} failure(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
