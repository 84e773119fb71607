#!/usr/bin/env python3
"""Sanity checks for check-holdout-315 (does not run the checker)."""
import collections
import html as htmlmod
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def yoten_bin():
    for cand in (os.environ.get("YOTEN"), "/tmp/bcv315/bin/yoten", shutil.which("yoten")):
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


def main():
    sys.path.insert(0, str(HERE))
    import gen

    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    names = [c.name for c in cases]
    if names != specs:
        fail(f"cases and specs differ: {set(names) ^ set(specs)}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    yb = yoten_bin()
    parsed = 0
    for c in cases:
        name = c.name
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] += 1
        body = " ".join(p for p in paras if not p.startswith("## "))
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                fail(f"{name}: Japanese source {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                fail(f"{name}: source {size} words")
        src = (c / "source.html").read_text(encoding="utf-8")
        for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                       '"@type": "NewsArticle"', "<nav>", "cookie-banner", "<article>", "<footer>", "related"):
            if needle not in src:
                fail(f"{name}: source.html lacks {needle}")
        if not re.search(r'article:published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"', src):
            fail(f"{name}: published_time without UTC offset")
        if ".example" not in meta["url"]:
            fail(f"{name}: url not under .example")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            fail(f"{name}: digest {len(digest)} chars")
        for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                fail(f"{name}: digest lacks {marker}")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cite = [l.strip() for l in cite if l.strip()]
        date = meta["published"][:10].replace("-", ".")
        good_cite = f"{meta['title']} {meta['outlet']} {date}"
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                fail(f"{name}: clean case with findings")
            if cite[0] != good_cite:
                fail(f"{name}: citation line {cite[0]!r} != {good_cite!r}")
            if cite[1] != meta["url"]:
                fail(f"{name}: citation URL differs from canonical")
        else:
            n_err += 1
            f = exp["findings"]
            if exp["clean"] or len(f) != 3:
                fail(f"{name}: err case needs 3 findings")
            if [x["severity"] for x in f].count("error") != 2 or [x["severity"] for x in f].count("warning") != 1:
                fail(f"{name}: err case needs 2 errors and 1 warning")
            for x in f:
                kinds[x["kind"]] += 1
                sev[x["severity"]] += 1
                if x["severity"] == "error" and x["kind"] != "mismatch":
                    fail(f"{name}: error that is not mismatch")
                if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                    fail(f"{name}: unexpected warning kind {x['kind']}")
                n = digest.count(x["span"])
                if n == 0:
                    fail(f"{name}: span {x['span']!r} not in digest")
                elif n > 1:
                    fail(f"{name}: span {x['span']!r} occurs {n} times")
                if x["kind"] != "citation" and x["span"] in htmlmod.unescape(src):
                    fail(f"{name}: planted span {x['span']!r} appears in source")
        if yb:
            r = subprocess.run([yb, "parse", str(c / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            else:
                parsed += 1
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        fail(f"counts: {len(cases)} cases, {n_clean} clean, {n_err} err")
    want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want:
        fail(f"languages {dict(langs)} != {want}")
    if sev["error"] != 24 or sev["warning"] != 12:
        fail(f"severities {dict(sev)}")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(sev.values())} (error {sev['error']}, warning {sev['warning']})")
    print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"yoten parse ok: {parsed}/{len(cases)}" + ("" if yb else " (yoten not found)"))
    if ERRORS:
        print("FAIL")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
