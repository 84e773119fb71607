#!/usr/bin/env python3
"""Check the set: spans verbatim; clean = no findings; err = 3 (2 error + 1
warning); `yoten parse` succeeds; sizes; counts; languages; citation against
the spec; source.html up to date with gen.py.

Usage: python3 verify.py [path/to/yoten]   (default /tmp/bcv363/bin/yoten, then `yoten` on PATH)
Exit status 0 when every check passes.
"""
import collections
import datetime
import json
import pathlib
import re
import shutil
import subprocess
import sys

import gen

HERE = pathlib.Path(__file__).resolve().parent
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def source_size(meta, paras):
    if meta["lang"] == "ja":
        return sum(len(p) for p in paras), (600, 700), "chars"
    return sum(len(p.split()) for p in paras), (300, 350), "words"


def main():
    yoten = sys.argv[1] if len(sys.argv) > 1 else (
        "/tmp/bcv363/bin/yoten" if pathlib.Path("/tmp/bcv363/bin/yoten").exists() else shutil.which("yoten"))
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if specs != cases:
        bad("set", f"specs and cases differ: {sorted(set(specs) ^ set(cases))}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for name in cases:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                bad(name, f"missing {f}")
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        # source.html up to date
        if (d / "source.html").read_text(encoding="utf-8") != gen.build(name):
            bad(name, "source.html is stale (run gen.py)")
        if not re.match(r"^https://[a-z0-9.-]+\.example/", meta["url"]):
            bad(name, f"url not under .example: {meta['url']}")
        size, (lo, hi), unit = source_size(meta, paras)
        if not lo <= size <= hi:
            bad(name, f"source {size} {unit}, want {lo}-{hi}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            bad(name, f"digest {dlen} chars, want 950-1400")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        finds = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or finds:
                bad(name, "clean case must be {clean: true, findings: []}")
        elif name.startswith("err-"):
            n_err += 1
            errs = [f for f in finds if f["severity"] == "error"]
            warns = [f for f in finds if f["severity"] == "warning"]
            if exp["clean"] is not False or len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
                bad(name, "err case must have 3 findings: 2 error + 1 warning")
            if any(f["kind"] != "mismatch" for f in errs):
                bad(name, "errors must be kind mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                bad(name, "warning of unexpected kind")
        else:
            bad(name, "name must start with clean- or err-")
        spans = [f["span"] for f in finds]
        if len(set(spans)) != len(spans):
            bad(name, "duplicate span")
        for f in finds:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                bad(name, f"span not verbatim in digest: {f['span']!r}")
            elif c > 1:
                bad(name, f"span occurs {c} times: {f['span']!r}")
        # yoten parse
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, f"yoten parse failed: {r.stderr.strip()[:200]}")
            continue
        parsed = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "sources"):
            if not parsed.get(key):
                bad(name, f"parsed digest lacks {key}")
        # citation against the spec: title, outlet, outlet-local date, canonical URL
        local_date = datetime.datetime.fromisoformat(meta["published"]).date().isoformat()
        want = {"title": meta["title"], "outlet": meta["outlet"], "date": local_date, "url": meta["url"]}
        src = (parsed.get("sources") or [{}])[0]
        diff = {k: src.get(k) for k in want if src.get(k) != want[k]}
        cit_spans = [f["span"] for f in finds if f["kind"] == "citation"]
        if name.startswith("clean-") and diff:
            bad(name, f"citation differs from spec: {diff}")
        if cit_spans:
            if len(diff) != 1 or not any(s in str(v) or str(v).replace("-", ".") in s
                                         for v in diff.values() for s in cit_spans):
                bad(name, f"citation finding {cit_spans} does not match the one citation slip {diff}")
        elif name.startswith("err-") and diff:
            bad(name, f"citation differs but no citation finding: {diff}")
        rows.append((name, meta["lang"], size, unit, dlen, len(finds)))
    if langs != collections.Counter(WANT_LANGS):
        bad("set", f"languages {dict(langs)}, want {WANT_LANGS}")
    if (n_clean, n_err) != (12, 12):
        bad("set", f"{n_clean} clean / {n_err} err, want 12 / 12")
    if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
        bad("set", f"findings {dict(sev)}, want 24 error + 12 warning")
    for name, lang, size, unit, dlen, nf in rows:
        print(f"{name:40s} {lang}  source {size:4d} {unit:5s}  digest {dlen:4d} chars  findings {nf}")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print(f"findings: {sum(kinds.values())}; by severity: {dict(sorted(sev.items()))}; by kind: {dict(sorted(kinds.items()))}")
    if problems:
        print("FAIL")
        for p in problems:
            print("  " + p)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
