#!/usr/bin/env python3
"""Checks for check-holdout-432. Exit 0 only when everything passes."""
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv432/bin/yoten"
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []
notes = []


def bad(msg):
    problems.append(msg)


def words(meta, paras):
    if meta["lang"] == "ja":
        return sum(len(re.sub(r"\s", "", p)) for p in paras)
    return sum(len(p.split()) for p in paras)


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        bad(f"cases and specs differ: {set(names) ^ set(specs)}")
    langs = Counter()
    kinds = Counter()
    sev = Counter()
    n_clean = n_err = 0
    for name in names:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                bad(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
            bad(f"{name}: source.html is not up to date with its spec")
        n = words(meta, paras)
        lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
        if not lo <= n <= hi:
            bad(f"{name}: source size {n} outside {lo}-{hi}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            bad(f"{name}: digest {len(digest)} chars outside 950-1400")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
            parsed = None
        else:
            parsed = json.loads(r.stdout)
        # citation as the source gives it
        pub = datetime.fromisoformat(meta["published"])
        want = {"title": meta["title"], "outlet": meta["outlet"],
                "date": pub.date().isoformat(), "url": meta["url"]}
        cit_planted = any(f["kind"] == "citation" for f in exp["findings"])
        if parsed is not None:
            srcs = parsed.get("sources") or []
            got = {k: (srcs[0].get(k) if srcs else None) for k in want}
            if got != want and not cit_planted:
                bad(f"{name}: citation {got} != {want}")
            if got == want and cit_planted:
                bad(f"{name}: citation finding planted but citation is correct")
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad(f"{name}: clean case must be {{clean: true, findings: []}}")
        elif name.startswith("err-"):
            n_err += 1
            fs = exp.get("findings", [])
            if exp.get("clean") is not False or len(fs) != 3:
                bad(f"{name}: err case needs clean false and 3 findings")
            errs = [f for f in fs if f["severity"] == "error"]
            warns = [f for f in fs if f["severity"] == "warning"]
            if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
                bad(f"{name}: needs 2 mismatch/error")
            if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
                bad(f"{name}: needs 1 warning of {sorted(WARN_KINDS)}")
            if len({f["span"] for f in fs}) != len(fs):
                bad(f"{name}: duplicate spans")
            for f in fs:
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                c = digest.count(f["span"])
                if c == 0:
                    bad(f"{name}: span not in digest: {f['span']!r}")
                elif c > 1:
                    notes.append(f"{name}: span {f['span']!r} occurs {c} times")
        else:
            bad(f"{name}: name must start with clean- or err-")
        print(f"{name:34s} {meta['lang']}  source {n:4d}  digest {len(digest):5d}  findings {len(exp['findings'])}")
    want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want_langs:
        bad(f"languages {dict(langs)} != {want_langs}")
    if (len(names), n_clean, n_err) != (24, 12, 12):
        bad(f"counts: {len(names)} cases, {n_clean} clean, {n_err} err")
    if sum(kinds.values()) != 36:
        bad(f"planted findings {sum(kinds.values())} != 36")
    print()
    print(f"cases {len(names)} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
    print(f"planted {sum(kinds.values())}: by severity {dict(sorted(sev.items()))}; by kind {dict(sorted(kinds.items()))}")
    for n in notes:
        print("note:", n)
    if problems:
        print(f"\nFAIL ({len(problems)})")
        for p in problems:
            print(" -", p)
        return 1
    print("\nOK: spans verbatim, clean cases empty, err cases 2 error + 1 warning, all digests parse, sizes, counts, languages, source.html up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
