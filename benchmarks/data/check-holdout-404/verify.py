#!/usr/bin/env python3
"""Checks for check-holdout-404 (run from anywhere; exits 1 on any failure)."""
import collections
import datetime as dt
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
WANT_LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems, notes = [], []


def fail(msg):
    problems.append(msg)


def yoten_bin():
    for cand in ("/tmp/bcv404/bin/yoten", shutil.which("yoten")):
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


def main():
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if names != specs:
        fail(f"cases and specs differ: {set(names) ^ set(specs)}")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    if len(names) != 24 or len(clean) != 12 or len(err) != 12:
        fail(f"want 24 cases (12 clean, 12 err), have {len(names)} ({len(clean)} clean, {len(err)} err)")
    ybin = yoten_bin()
    if not ybin:
        notes.append("yoten not found: parse check skipped")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    dsizes, ssizes = [], []
    for n in names:
        d = HERE / "cases" / n
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (d / f).is_file():
                fail(f"{n}: missing {f}")
        meta, paras = gen.read_spec(HERE / "specs" / f"{n}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        # source.html up to date
        if (d / "source.html").read_text(encoding="utf-8") != gen.build(n):
            fail(f"{n}: source.html is stale (run gen.py)")
        html = (d / "source.html").read_text(encoding="utf-8")
        for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                       '"NewsArticle"', "<article", "<nav", "cookie", "<footer", "related"):
            if needle not in html:
                fail(f"{n}: source.html lacks {needle}")
        # source size
        body = " ".join(paras)
        size = len("".join(body.split())) if lang == "ja" else len(body.split())
        lo, hi = (600, 700) if lang == "ja" else (300, 350)
        ssizes.append((n, lang, size))
        if not lo <= size <= hi:
            fail(f"{n}: source size {size} outside {lo}-{hi} ({'chars' if lang == 'ja' else 'words'})")
        # digest
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        dsize = len(digest)
        dsizes.append((n, dsize))
        if not 950 <= dsize <= 1400:
            fail(f"{n}: digest has {dsize} characters (want 950-1400)")
        for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                fail(f"{n}: digest lacks {marker}")
        if ybin:
            r = subprocess.run([ybin, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
            else:
                parsed = json.loads(r.stdout)
                src = parsed["sources"][0] if parsed.get("sources") else None
                if not src:
                    fail(f"{n}: parse found no citation")
                elif n.startswith("clean-"):
                    local = dt.datetime.fromisoformat(meta["published"]).date().isoformat()
                    want = {"title": meta["title"], "outlet": meta["outlet"], "date": local, "url": meta["url"]}
                    for k, v in want.items():
                        if src.get(k) != v:
                            fail(f"{n}: citation {k} {src.get(k)!r} != {v!r}")
        # expected
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        f = exp["findings"]
        if n.startswith("clean-"):
            if exp != {"clean": True, "findings": []}:
                fail(f"{n}: clean case must be {{clean: true, findings: []}}")
            continue
        if exp.get("clean") is not False:
            fail(f"{n}: err case must have clean: false")
        errs = [x for x in f if x["severity"] == "error"]
        warns = [x for x in f if x["severity"] == "warning"]
        if len(f) != 3 or len(errs) != 2 or len(warns) != 1:
            fail(f"{n}: want 3 findings (2 error + 1 warning), have {len(errs)} + {len(warns)} of {len(f)}")
        for x in errs:
            if x["kind"] != "mismatch":
                fail(f"{n}: error finding of kind {x['kind']}")
        for x in warns:
            if x["kind"] not in WARN_KINDS:
                fail(f"{n}: warning of kind {x['kind']}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            fail(f"{n}: duplicate spans")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            c = digest.count(x["span"])
            if c == 0:
                fail(f"{n}: span {x['span']!r} not in digest.txt")
            elif c > 1:
                fail(f"{n}: span {x['span']!r} occurs {c} times")
    if dict(langs) != WANT_LANGS:
        fail(f"languages {dict(langs)} != {WANT_LANGS}")
    if sum(kinds.values()) != 36:
        fail(f"{sum(kinds.values())} planted findings, want 36")
    if sev["error"] != 24 or sev["warning"] != 12:
        fail(f"severities {dict(sev)}")
    if not (kinds["unsupported"] == 4 and 2 <= kinds["name"] <= 3 and kinds["spelling"] == 2 and 3 <= kinds["citation"] <= 4):
        fail(f"warning kinds {dict(kinds)}")
    print(f"cases: {len(names)} ({len(clean)} clean, {len(err)} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
          f" | error {sev['error']}, warning {sev['warning']}, total {sum(sev.values())}")
    ds = [s for _, s in dsizes]
    print(f"digest characters: min {min(ds)}, max {max(ds)}")
    for lg in sorted(langs):
        ss = [s for _, l, s in ssizes if l == lg]
        print(f"source size {lg}: min {min(ss)}, max {max(ss)} {'chars' if lg == 'ja' else 'words'}")
    print(f"yoten parse: {'ok for all digests' if ybin and not any('parse' in p for p in problems) else 'see problems'}")
    for x in notes:
        print("note:", x)
    if problems:
        print(f"FAIL ({len(problems)} problems)")
        for p in problems:
            print("  -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
