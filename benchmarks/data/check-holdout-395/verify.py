#!/usr/bin/env python3
"""Sanity checks for check-holdout-395. Exit status 0 only if every check passes.

- every case has source.html, digest.txt, expected.json and a spec; source.html
  is what gen.py makes of the spec (up to date);
- clean-* = {"clean": true, "findings": []}; err-* = 3 findings, 2 mismatch/error
  and 1 warning (unsupported, name, spelling or citation);
- every span stands verbatim in digest.txt (a span found more than once is listed);
- `yoten parse` reads every digest; its citation matches the source page (title,
  outlet, outlet-local date, canonical URL) except where a citation finding is planted;
- the post's own timestamp (Japan time) is later than the article's publication;
- sizes: sources 300-350 words (Japanese 600-700 characters without spaces),
  digests 950-1,400 characters;
- counts: 24 cases, 12 clean, 12 err, 36 findings, warnings by kind, languages.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
SPECS = HERE / "specs"
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

JST = ZoneInfo("Asia/Tokyo")
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": (4, 4), "name": (2, 3), "spelling": (2, 2), "citation": (3, 4)}


def yoten() -> list[str]:
    exe = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv395/bin/yoten"
    return [exe]


def main() -> int:
    problems: list[str] = []
    notes: list[str] = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0

    if subprocess.run([sys.executable, str(HERE / "gen.py"), "--check"]).returncode != 0:
        problems.append("source.html out of date (run gen.py)")

    names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
    specs = sorted(p.stem for p in SPECS.glob("*.txt"))
    if names != specs:
        problems.append(f"cases and specs differ: {sorted(set(names) ^ set(specs))}")

    for name in names:
        d = CASES / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).exists():
                problems.append(f"{name}: missing {f}")
        meta, paras = gen.parse_spec(SPECS / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        body = "\n".join(paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", body))
            lo, hi, unit = 600, 700, "chars"
        else:
            size = len(body.split())
            lo, hi, unit = 300, 350, "words"
        if not lo <= size <= hi:
            problems.append(f"{name}: source {size} {unit}, want {lo}-{hi}")

        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dlen = len(digest)
        if not 950 <= dlen <= 1400:
            problems.append(f"{name}: digest {dlen} chars, want 950-1400")

        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        findings = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case must be {{clean: true, findings: []}}")
        elif name.startswith("err-"):
            n_err += 1
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if exp.get("clean") is not False or len(findings) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{name}: want clean=false and 3 findings (2 error, 1 warning)")
            for f in errs:
                if f["kind"] != "mismatch":
                    problems.append(f"{name}: error finding of kind {f['kind']}")
            for f in warns:
                if f["kind"] not in WARN_KINDS:
                    problems.append(f"{name}: warning of kind {f['kind']}")
            spans = [f["span"] for f in findings]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
        else:
            problems.append(f"{name}: name must start with clean- or err-")
        for f in findings:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            elif c > 1:
                notes.append(f"{name}: span occurs {c} times: {f['span']!r}")

        # parse
        r = subprocess.run(yoten() + ["parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            continue
        parsed = json.loads(r.stdout)
        for part in ("overview", "details", "key_points", "sources"):
            if not parsed.get(part):
                problems.append(f"{name}: parsed digest lacks {part}")
        src = (parsed.get("sources") or [{}])[0]
        pub = dt.datetime.fromisoformat(meta["published"])
        want = {
            "title": re.sub(r"\s+", " ", meta["title"].replace("\u3000", " ")),
            "outlet": meta["outlet"],
            "date": pub.date().isoformat(),
            "url": meta["url"],
        }
        got = {k: re.sub(r"\s+", " ", str(src.get(k, "")).replace("\u3000", " ")) for k in want}
        citation_spans = [f["span"] for f in findings if f["kind"] == "citation"]
        wrong = []
        for k in want:
            if got[k] != want[k]:
                wrong.append(k)
                planted = any(s == got[k] or s.replace(".", "-") == got[k] for s in citation_spans)
                if not planted:
                    problems.append(f"{name}: citation {k} {got[k]!r} != source {want[k]!r}")
        if citation_spans and not wrong:
            problems.append(f"{name}: citation finding planted but the citation matches the source")
        posted = parsed.get("posted_at")
        if posted:
            posted_t = dt.datetime.fromisoformat(posted).replace(tzinfo=JST)
            if posted_t <= pub:
                problems.append(f"{name}: post time {posted} (JST) not after publication {meta['published']}")

    total = sum(kinds.values())
    if (len(names), n_clean, n_err) != (24, 12, 12):
        problems.append(f"want 24 cases (12 clean, 12 err), have {len(names)} ({n_clean}, {n_err})")
    if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        problems.append(f"want 36 findings (24 error, 12 warning), have {total} ({dict(sev)})")
    for k, (lo, hi) in WANT_WARN.items():
        if not lo <= kinds[k] <= hi:
            problems.append(f"warning kind {k}: {kinds[k]}, want {lo}-{hi}")
    if dict(langs) != WANT_LANGS:
        problems.append(f"languages {dict(langs)}, want {WANT_LANGS}")

    print(f"cases: {len(names)} (clean {n_clean}, err {n_err})")
    print(f"languages: {dict(sorted(langs.items()))}")
    print(f"findings: {total} ({dict(sorted(sev.items()))})")
    print(f"kinds: {dict(sorted(kinds.items()))}")
    for n in notes:
        print(f"note: {n}")
    for p in problems:
        print(f"FAIL: {p}")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
