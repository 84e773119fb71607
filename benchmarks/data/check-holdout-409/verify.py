#!/usr/bin/env python3
"""Check the check-holdout-409 set: spans verbatim; clean = no findings; err = 3
(2 error + 1 warning); yoten parse ok; sizes; counts; languages; source.html up to date;
citations of clean digests match the page (title, outlet, local date, canonical URL)."""
import collections
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv409/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}


def main():
    problems, notes = [], []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted((HERE / "specs").glob("*.txt"))
    if [c.name for c in cases] != [s.stem for s in specs]:
        problems.append("cases/ and specs/ differ")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    for c in cases:
        name = c.name
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        html = (c / "source.html").read_text(encoding="utf-8")
        if html != gen.render(meta, paras):
            problems.append(f"{name}: source.html out of date (run gen.py)")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        # sizes
        if meta["lang"] == "ja":
            size = sum(len(p) for p in paras)
            if not 600 <= size <= 700:
                problems.append(f"{name}: ja source {size} chars (600-700)")
        else:
            size = sum(len(p.split()) for p in paras)
            if not 300 <= size <= 350:
                problems.append(f"{name}: source {size} words (300-350)")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            problems.append(f"{name}: digest {dlen} chars (950-1400)")
        # labels
        f = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or f:
                problems.append(f"{name}: clean case must be clean with no findings")
        elif name.startswith("err-"):
            n_err += 1
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if exp["clean"] is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{name}: err case needs 2 errors + 1 warning")
            if any(x["kind"] != "mismatch" for x in errs):
                problems.append(f"{name}: errors must be kind mismatch")
        else:
            problems.append(f"{name}: bad name")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            k = digest.count(x["span"])
            if k == 0:
                problems.append(f"{name}: span not in digest: {x['span']!r}")
            elif k > 1:
                notes.append(f"{name}: span occurs {k}x: {x['span']!r}")
        # parse
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
            continue
        d = json.loads(r.stdout)
        src = (d.get("sources") or [{}])[0]
        local_date = meta["published"][:10]
        want = {"title": meta["title"], "outlet": meta["outlet"], "date": local_date, "url": meta["url"]}
        diff = {k: (src.get(k), v) for k, v in want.items() if src.get(k) != v}
        cit_planted = any(x["kind"] == "citation" for x in f)
        if diff and not cit_planted:
            problems.append(f"{name}: citation differs from page: {diff}")
        if cit_planted and not diff:
            problems.append(f"{name}: citation finding planted but citation matches page")
        for sec in ("overview", "details", "key_points"):
            if not d.get(sec):
                problems.append(f"{name}: parsed digest lacks {sec}")
        print(f"{name:34s} {meta['lang']}  src={size:4d}  digest={dlen:4d}  findings={len(f)}  parse=ok")
    if n_clean != 12 or n_err != 12:
        problems.append(f"need 12 clean + 12 err, have {n_clean} + {n_err}")
    if dict(langs) != WANT_LANG:
        problems.append(f"languages {dict(langs)} != {WANT_LANG}")
    warn_kinds = {k: v for k, v in kinds.items() if k != "mismatch"}
    if warn_kinds != WANT_WARN or kinds["mismatch"] != 24:
        problems.append(f"kinds {dict(kinds)}")
    print(f"\ncases: {n_clean} clean + {n_err} err; languages: {dict(sorted(langs.items()))}")
    print(f"findings: {sum(kinds.values())} ({dict(sev)}); kinds: {dict(sorted(kinds.items()))}")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
