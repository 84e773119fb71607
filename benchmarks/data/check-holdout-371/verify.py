#!/usr/bin/env python3
"""Checks for check-holdout-371. Exit 0 only when every check passes.

- every case has source.html, digest.txt, expected.json; names clean-*/err-*;
- clean cases: {"clean": true, "findings": []};
- err cases: exactly 3 findings, 2 error (mismatch) + 1 warning; spans verbatim in
  digest.txt (reports how often each occurs);
- totals: 12 clean, 12 err, 36 findings, warning kinds within the brief's ranges;
- languages 14 en / 3 fr / 3 de / 2 es / 2 ja;
- source sizes (300-350 words; ja 600-700 chars), digest sizes (950-1,400 chars);
- digest citation line carries the outlet's local date for clean cases and the
  canonical URL; `yoten parse` accepts every digest;
- source.html is what gen.py builds from the spec now.
"""
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv371/bin/yoten"
problems = []


def bad(msg):
    problems.append(msg)


def main():
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if cases != specs:
        bad(f"cases and specs differ: {set(cases) ^ set(specs)}")
    langs, kinds, sev = Counter(), Counter(), Counter()
    n_clean = n_err = n_find = 0
    rows = []
    for name in cases:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                bad(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
            bad(f"{name}: source.html out of date (run gen.py)")
        body = " ".join(paras)
        size = len("".join(body.split())) if meta["lang"] == "ja" else len(body.split())
        lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
        if not lo <= size <= hi:
            bad(f"{name}: source size {size} not in {lo}-{hi}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dsize = len(digest)
        if not 950 <= dsize <= 1400:
            bad(f"{name}: digest size {dsize} not in 950-1400")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [c.strip() for c in cite if c.strip()]
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad(f"{name}: clean case must have no findings")
            want = f"{meta['title']} {meta['outlet']} {local}"
            if cite[0] != want:
                bad(f"{name}: citation line {cite[0]!r} != {want!r}")
            if cite[1] != meta["url"]:
                bad(f"{name}: citation URL is not the canonical URL")
        elif name.startswith("err-"):
            n_err += 1
            f = exp["findings"]
            if exp.get("clean") is not False or len(f) != 3:
                bad(f"{name}: err case needs clean=false and 3 findings")
            c = Counter(x["severity"] for x in f)
            if c != Counter({"error": 2, "warning": 1}):
                bad(f"{name}: severities {dict(c)}")
            for x in f:
                n_find += 1
                kinds[x["kind"]] += 1
                sev[x["severity"]] += 1
                if x["severity"] == "error" and x["kind"] != "mismatch":
                    bad(f"{name}: error finding must be mismatch")
                n = digest.count(x["span"])
                if n == 0:
                    bad(f"{name}: span {x['span']!r} not in digest")
                rows.append(f"  {name:32s} {x['kind']:11s} {x['severity']:7s} x{n} {x['span'][:60]}")
            if len({x["span"] for x in f}) != 3:
                bad(f"{name}: duplicate spans")
        else:
            bad(f"{name}: bad name")
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            try:
                json.loads(r.stdout)
            except ValueError:
                bad(f"{name}: yoten parse output is not JSON")
        print(f"{name:32s} {meta['lang']}  source {size:4d}  digest {dsize:5d}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print("\nplanted findings (span occurrences in digest):")
    print("\n".join(rows))
    if (n_clean, n_err, n_find) != (12, 12, 36):
        bad(f"counts clean={n_clean} err={n_err} findings={n_find}")
    if langs != Counter({"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}):
        bad(f"languages {dict(langs)}")
    if sev != Counter({"error": 24, "warning": 12}):
        bad(f"severities {dict(sev)}")
    ranges = {"unsupported": (3, 5), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}
    for k, (lo, hi) in ranges.items():
        if not lo <= kinds[k] <= hi:
            bad(f"{k}: {kinds[k]} not in {lo}-{hi}")
    print(f"\ncases: {n_clean} clean + {n_err} err; findings: {n_find}; severities: {dict(sev)}")
    print(f"kinds: {dict(sorted(kinds.items()))}")
    print(f"languages: {dict(sorted(langs.items()))}")
    if problems:
        print("\nFAIL")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
