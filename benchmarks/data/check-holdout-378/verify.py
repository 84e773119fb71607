#!/usr/bin/env python3
"""Checks for check-holdout-378. Exit 1 on any failure.

spans verbatim; clean = no findings; err = 3 (2 mismatch/error + 1 warning);
`yoten parse` ok; sizes; counts; languages; source.html up to date;
citation date/URL agree with the spec unless a citation finding is planted.
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

YOTEN = "/tmp/bcv378/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}

fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        fail(f"cases and specs differ: {set(names) ^ set(specs)}")
    langs = Counter()
    sev = Counter()
    kinds = Counter()
    nclean = nerr = 0
    for name in names:
        d = HERE / "cases" / name
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        src = (d / "source.html").read_text(encoding="utf-8")
        if src != gen.build(name):
            fail(f"{name}: source.html out of date")
        body = "\n".join(paras)
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                fail(f"{name}: ja source {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                fail(f"{name}: source {size} words")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(dig) <= 1400:
            fail(f"{name}: digest {len(dig)} chars")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        f = exp["findings"]
        for x in f:
            n = dig.count(x["span"])
            if n == 0:
                fail(f"{name}: span not verbatim: {x['span']!r}")
            elif n > 1:
                print(f"note {name}: span occurs {n}x: {x['span']!r}")
            sev[x["severity"]] += 1
            kinds[(x["kind"], x["severity"])] += 1
        if name.startswith("clean-"):
            nclean += 1
            if exp != {"clean": True, "findings": []}:
                fail(f"{name}: clean case has findings")
        elif name.startswith("err-"):
            nerr += 1
            e = [x for x in f if x["severity"] == "error"]
            w = [x for x in f if x["severity"] == "warning"]
            if exp["clean"] is not False or len(f) != 3 or len(e) != 2 or len(w) != 1:
                fail(f"{name}: want 2 error + 1 warning")
            if any(x["kind"] != "mismatch" for x in e):
                fail(f"{name}: errors must be mismatch")
            if any(x["kind"] not in WARN_KINDS for x in w):
                fail(f"{name}: bad warning kind")
            if len({x["span"] for x in f}) != 3:
                fail(f"{name}: duplicate spans")
        else:
            fail(f"{name}: bad prefix")
        # citation block
        cit = dig.split("【引用・参照・底本】", 1)
        if len(cit) != 2:
            fail(f"{name}: no citation section")
            continue
        lines = [l.strip() for l in cit[1].splitlines() if l.strip()]
        cited = {x["kind"] for x in f}
        local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        planted_cit = [x["span"] for x in f if x["kind"] == "citation"]
        ok_line = f"{meta['title']}  {meta['outlet']} {local}"
        if lines[0] != ok_line and not any(s in lines[0] for s in planted_cit):
            fail(f"{name}: citation line {lines[0]!r} != {ok_line!r}")
        if lines[1] != meta["url"] and not any(s == lines[1] for s in planted_cit):
            fail(f"{name}: citation URL differs from canonical")
        # yoten parse
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
        print(f"ok {name:40s} {meta['lang']}  src={size:4d}  digest={len(dig):4d}  findings={len(f)}")
    if dict(langs) != WANT_LANG:
        fail(f"languages {dict(langs)} != {WANT_LANG}")
    if nclean != 12 or nerr != 12:
        fail(f"cases: {nclean} clean, {nerr} err")
    if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        fail(f"severities {dict(sev)}")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", dict(sorted((f"{k}/{s}", n) for (k, s), n in kinds.items())),
          "total", sum(sev.values()))
    print("FAILED" if fails else "PASS", len(fails), "failure(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
