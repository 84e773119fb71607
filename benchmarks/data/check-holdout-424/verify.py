#!/usr/bin/env python3
"""Checks for check-holdout-424. Usage: python3 verify.py [--yoten PATH]

- every case has source.html, digest.txt, expected.json; source.html equals gen.py's output for its spec;
- clean-* : {"clean": true, "findings": []};  err-* : clean false, exactly 3 findings, 2 mismatch/error + 1 warning;
- every span stands verbatim in digest.txt, exactly once;
- the digest parses with `yoten parse`, has the four section markers, and the citation date is the
  outlet's local date of article:published_time, the citation URL (tracking stripped) is the canonical URL;
- sizes: source article 300-350 words (ja: 600-700 characters without whitespace), digest 950-1,400
  characters (len of the stripped file);
- counts: 24 cases, 12 clean, 12 err, 36 planted findings (24 error, 12 warning), languages 14 en / 3 fr /
  3 de / 2 es / 2 ja, and the warning kinds.
"""
import argparse, collections, json, re, subprocess, sys
from datetime import datetime
from pathlib import Path

sys.dont_write_bytecode = True
import gen  # noqa: E402

HERE = Path(__file__).resolve().parent
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 3, "spelling": 2, "citation": 3}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="/tmp/bcv424/bin/yoten")
    args = ap.parse_args()
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if specs != cases:
        problems.append(f"specs and cases differ: {set(specs) ^ set(cases)}")
    for name in cases:
        d = HERE / "cases" / name
        bad = lambda m: problems.append(f"{name}: {m}")
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                bad(f"missing {f}")
        meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
            bad("source.html is not up to date with specs (run gen.py)")
        body = "\n".join(paras)
        size = len(re.sub(r"\s", "", body)) if meta["lang"] == "ja" else len(body.split())
        lo, hi = (600, 700) if meta["lang"] == "ja" else (300, 350)
        if not lo <= size <= hi:
            bad(f"source size {size} not in {lo}-{hi}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest.strip()) <= 1400:
            bad(f"digest size {len(digest.strip())} not in 950-1400")
        for m in MARKERS:
            if digest.count(m) != 1:
                bad(f"marker {m} count {digest.count(m)}")
        r = subprocess.run([args.yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            json.loads(r.stdout)
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        for f in exp["findings"]:
            c = digest.count(f["span"])
            if c != 1:
                bad(f"span {f['span']!r} occurs {c} times")
        # citation: date and URL
        cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [c.strip() for c in cite if c.strip()]
        local = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        want_line = f"{meta['title']} {meta['outlet']} {local}"
        spans = {f["span"] for f in exp["findings"]}
        cite_ok = cite[0] == want_line and cite[1] == meta["url"]
        cite_planted = any(s in cite[0] or s in cite[1] for s in spans)
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                bad("clean case must have no findings")
            if not cite_ok:
                bad(f"citation differs: {cite[:2]} vs {want_line!r} {meta['url']}")
        elif name.startswith("err-"):
            n_err += 1
            fs = exp["findings"]
            if exp.get("clean") is not False or len(fs) != 3:
                bad("err case must have clean false and 3 findings")
            errs = [f for f in fs if f["severity"] == "error"]
            warns = [f for f in fs if f["severity"] == "warning"]
            if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs) or len(warns) != 1:
                bad("err case must have 2 mismatch/error + 1 warning")
            for f in fs:
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
            if not cite_ok and not cite_planted:
                bad(f"citation differs without a planted citation finding: {cite[:2]}")
            if cite_ok and any(f["kind"] == "citation" for f in fs):
                bad("citation finding planted but citation is correct")
        else:
            bad("name must start with clean- or err-")
    total = sum(sev.values())
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        problems.append(f"case counts: {len(cases)} total, {n_clean} clean, {n_err} err")
    if dict(langs) != WANT_LANG:
        problems.append(f"languages {dict(langs)} != {WANT_LANG}")
    if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        problems.append(f"planted {total} ({dict(sev)})")
    warn_kinds = {k: v for k, v in kinds.items() if k != "mismatch"}
    if warn_kinds != WANT_WARN:
        problems.append(f"warning kinds {warn_kinds} != {WANT_WARN}")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print(f"languages: {dict(sorted(langs.items()))}")
    print(f"planted findings: {total} (error {sev['error']}, warning {sev['warning']})")
    print(f"kinds: {dict(sorted(kinds.items()))}")
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        return 1
    print("OK: spans verbatim and unique, clean = no findings, err = 2 error + 1 warning, yoten parse ok, sizes, counts, languages, citations, source.html up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
