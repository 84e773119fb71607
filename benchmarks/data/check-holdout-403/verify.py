#!/usr/bin/env python3
"""Checks the check-holdout-403 set. Exit status 0 only if every check passes.

Usage: python3 verify.py [--yoten PATH]   (default: yoten on PATH, else /tmp/bcv403/bin/yoten)
"""
import collections
import datetime as dt
import json
import pathlib
import re
import shutil
import subprocess
import sys
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WANT_WARN = {"unsupported": 4, "name": 2, "spelling": 2, "citation": 4}
MARKERS = ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]
FORBIDDEN_NAMES = ["LatAmFinance", "Nogueira", "Beatriz Almeida", "FRANCE24", "Archipelago",
                   "名所江戸百景", "浪華百景", "Selic"]

problems, notes = [], []


def fail(msg):
    problems.append(msg)


def yoten_bin():
    if "--yoten" in sys.argv:
        return sys.argv[sys.argv.index("--yoten") + 1]
    return shutil.which("yoten") or "/tmp/bcv403/bin/yoten"


def body_size(meta):
    text = " ".join(meta["paragraphs"])
    if meta["lang"] == "ja":
        return len(re.sub(r"\s", "", text)), (600, 700), "chars"
    return len(text.split()), (300, 350), "words"


def main():
    yb = yoten_bin()
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if cases != specs:
        fail(f"cases and specs differ: {set(cases) ^ set(specs)}")
    clean = [c for c in cases if c.startswith("clean-")]
    err = [c for c in cases if c.startswith("err-")]
    if len(cases) != 24 or len(clean) != 12 or len(err) != 12:
        fail(f"want 24 cases (12 clean, 12 err), have {len(cases)} ({len(clean)}, {len(err)})")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    rows = []
    for name in cases:
        d = HERE / "cases" / name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                fail(f"{name}: missing {f}")
        meta = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        if (d / "source.html").read_text(encoding="utf-8") != gen.render(meta):
            fail(f"{name}: source.html is not up to date with its spec (run gen.py)")
        n, (lo, hi), unit = body_size(meta)
        if not lo <= n <= hi:
            fail(f"{name}: source has {n} {unit}, want {lo}-{hi}")
        host = urlparse(meta["url"]).hostname or ""
        if not host.endswith(".example"):
            fail(f"{name}: url host {host} not under .example")
        for _, u in meta["related"]:
            if not (urlparse(u).hostname or "").endswith(".example"):
                fail(f"{name}: related link {u} not under .example")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        size = len(digest)
        if not 950 <= size <= 1400:
            fail(f"{name}: digest has {size} characters, want 950-1400")
        for m in MARKERS:
            if m not in digest:
                fail(f"{name}: digest lacks {m}")
        src_text = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
        for bad in FORBIDDEN_NAMES:
            if bad in digest or bad in src_text:
                fail(f"{name}: reuses a name from the examples: {bad}")
        # yoten parse
        r = subprocess.run([yb, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            continue
        parsed = json.loads(r.stdout)
        srcs = parsed.get("sources") or []
        if len(srcs) != 1:
            fail(f"{name}: parse found {len(srcs)} sources")
            continue
        cit = srcs[0]
        pub = dt.datetime.fromisoformat(meta["published"])
        posted = dt.datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=ZoneInfo("Asia/Tokyo"))
        if posted <= pub:
            fail(f"{name}: digest posted_at {parsed['posted_at']} JST is not after publication {meta['published']}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        finds = exp["findings"]
        cit_slip = [f for f in finds if f["kind"] == "citation"]
        want = {"title": meta["title"], "outlet": meta["outlet"],
                "date": pub.date().isoformat(), "url": meta["url"]}
        diffs = [k for k in want if cit.get(k) != want[k]]
        if cit_slip:
            if len(diffs) != 1:
                fail(f"{name}: citation slip should change exactly one field, changed {diffs}")
            elif cit_slip[0]["span"].replace(".", "-") not in str(cit.get(diffs[0])).replace(".", "-"):
                fail(f"{name}: citation span not in the changed field {diffs[0]}")
        elif diffs:
            fail(f"{name}: citation differs from the source in {diffs}: {cit}")
        # expected.json
        if name.startswith("clean-"):
            if exp != {"clean": True, "findings": []}:
                fail(f"{name}: clean case must be {{clean: true, findings: []}}")
        else:
            if exp.get("clean") is not False or len(finds) != 3:
                fail(f"{name}: err case must have clean false and 3 findings")
            errs = [f for f in finds if f["severity"] == "error"]
            warns = [f for f in finds if f["severity"] == "warning"]
            if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
                fail(f"{name}: want 2 mismatch/error findings")
            if len(warns) != 1 or warns[0]["kind"] not in WARN_KINDS:
                fail(f"{name}: want 1 warning of kind {sorted(WARN_KINDS)}")
            spans = [f["span"] for f in finds]
            if len(set(spans)) != len(spans):
                fail(f"{name}: duplicate spans")
            for f in finds:
                c = digest.count(f["span"])
                if c == 0:
                    fail(f"{name}: span {f['span']!r} not verbatim in digest")
                elif c > 1:
                    notes.append(f"{name}: span {f['span']!r} occurs {c} times")
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
        rows.append((name, meta["lang"], n, unit, size, len(finds)))
    if dict(langs) != WANT_LANGS:
        fail(f"languages {dict(langs)}, want {WANT_LANGS}")
    warn_kinds = {k: v for k, v in kinds.items() if k != "mismatch"}
    if warn_kinds != WANT_WARN:
        fail(f"warning kinds {warn_kinds}, want {WANT_WARN}")
    if sev["error"] != 24 or sev["warning"] != 12:
        fail(f"severities {dict(sev)}, want 24 error + 12 warning")
    for r in rows:
        print(f"{r[0]:34s} {r[1]}  source {r[2]:4d} {r[3]:5s}  digest {r[4]:4d} chars  findings {r[5]}")
    print(f"cases {len(cases)} (clean {len(clean)}, err {len(err)}); languages {dict(sorted(langs.items()))}")
    print(f"planted {sum(sev.values())}: {dict(sev)}; kinds {dict(sorted(kinds.items()))}")
    for n in notes:
        print("note:", n)
    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
