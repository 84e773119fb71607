#!/usr/bin/env python3
"""Check check-holdout-416: layout, labels, spans, sizes, languages, parsing,
citations and that every source.html is what gen.py builds from its spec."""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv416/bin/yoten"
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)
    print("FAIL", msg)


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        bad(f"cases and specs differ: {set(names) ^ set(specs)}")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    if (len(names), len(clean), len(err)) != (24, 12, 12):
        bad(f"expected 24 cases (12 clean, 12 err), got {len(names)} ({len(clean)}, {len(err)})")
    langs = Counter()
    kinds = Counter()
    sev = Counter()
    for name in names:
        d = HERE / "cases" / name
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                bad(f"{name}: missing {f}")
        if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
            bad(f"{name}: source.html is not up to date with its spec (run gen.py)")
        body = " ".join(paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                bad(f"{name}: Japanese source has {size} characters (600-700)")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                bad(f"{name}: source has {size} words (300-350)")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            bad(f"{name}: digest has {dlen} characters (950-1400)")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        fnd = exp["findings"]
        if name.startswith("clean-"):
            if exp["clean"] is not True or fnd:
                bad(f"{name}: clean case must be {{clean: true, findings: []}}")
        else:
            if exp["clean"] is not False or len(fnd) != 3:
                bad(f"{name}: err case must have clean false and 3 findings")
            errs = [f for f in fnd if f["severity"] == "error"]
            warns = [f for f in fnd if f["severity"] == "warning"]
            if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
                bad(f"{name}: need 2 mismatch/error findings")
            if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
                bad(f"{name}: need 1 warning of kind {sorted(WARN_KINDS)}")
            if len({f["span"] for f in fnd}) != len(fnd):
                bad(f"{name}: duplicate spans")
        for f in fnd:
            kinds[(f["kind"], f["severity"])] += 1
            sev[f["severity"]] += 1
            n = digest.count(f["span"])
            if n == 0:
                bad(f"{name}: span not verbatim in digest: {f['span']!r}")
            elif n > 1:
                print(f"note {name}: span occurs {n} times: {f['span']!r}")
        # parse
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            continue
        post = json.loads(r.stdout)
        for sec in ("overview", "details", "key_points", "sources"):
            if not post.get(sec):
                bad(f"{name}: parsed post lacks {sec}")
        src = post["sources"][0]
        local = datetime.fromisoformat(meta["published"]).date().isoformat()
        cite = {"title": meta["title"], "outlet": meta["outlet"], "date": local, "url": meta["url"]}
        diffs = [k for k in cite if src.get(k) != cite[k]]
        planted_cite = [f for f in fnd if f["kind"] == "citation"]
        if name.startswith("clean-") and diffs:
            bad(f"{name}: citation differs from source in {diffs}")
        if name.startswith("err-"):
            if planted_cite and len(diffs) != 1:
                bad(f"{name}: planted citation slip should make exactly one field differ, got {diffs}")
            if not planted_cite and diffs:
                bad(f"{name}: unplanted citation difference in {diffs}")
        print(f"ok   {name:34s} {lang}  source {size:4d}  digest {dlen:4d}  findings {len(fnd)}")
    if dict(langs) != WANT_LANGS:
        bad(f"languages {dict(langs)} != {WANT_LANGS}")
    total = sum(sev.values())
    print()
    print("languages:", dict(sorted(langs.items())))
    print("planted findings:", total, dict(sev))
    for (k, s), c in sorted(kinds.items()):
        print(f"  {k}/{s}: {c}")
    if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad("need 36 planted findings: 24 error + 12 warning")
    print()
    print("FAILED:" if problems else "PASSED", len(problems), "problem(s)" if problems else "")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
