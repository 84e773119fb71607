#!/usr/bin/env python3
"""Sanity checks for check-holdout-265.

python3 benchmarks/data/check-holdout-265/verify.py [--yoten PATH]
Checks: 24 cases (12 clean, 12 err), languages, source sizes, digest sizes,
house-format sections, citation line and canonical URL handling, spans verbatim
in digest.txt, clean cases without findings, err cases with 2 errors + 1 warning,
totals, and `yoten parse` on every digest (when a yoten executable is found).
"""
import collections
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
SECTIONS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def find_yoten():
    if "--yoten" in sys.argv:
        return sys.argv[sys.argv.index("--yoten") + 1]
    for c in (shutil.which("yoten"), "/tmp/bcv265/bin/yoten"):
        if c and os.path.exists(c):
            return c
    return None


def main():
    errors = []
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    if cases != specs:
        errors.append(f"cases and specs differ: {set(cases) ^ set(specs)}")
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    yoten = find_yoten()
    parsed = 0
    rows = []
    for name in cases:
        d = HERE / "cases" / name
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        body = " ".join(paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", body))
            ok = 600 <= size <= 700
            unit = "chars"
        else:
            size = len(body.split())
            ok = 300 <= size <= 350
            unit = "words"
        if not ok:
            errors.append(f"{name}: source {size} {unit} out of range")
        src = (d / "source.html").read_text(encoding="utf-8")
        for needle in ('<link rel="canonical"', 'og:site_name', 'og:title', 'article:published_time',
                       '"NewsArticle"', "<nav>", "cookie-banner", "<footer>", "<article>"):
            if needle not in src:
                errors.append(f"{name}: source.html lacks {needle}")
        if not re.search(r"article:published_time\" content=\"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\"", src):
            errors.append(f"{name}: published_time without UTC offset")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        dsize = len(dig)
        if not 950 <= dsize <= 1400:
            errors.append(f"{name}: digest {dsize} chars out of range")
        pos = [dig.find(s) for s in SECTIONS]
        if -1 in pos or pos != sorted(pos):
            errors.append(f"{name}: house-format sections missing or out of order")
        for s in ("主なハイライト", "文脈"):
            if s not in dig:
                errors.append(f"{name}: no {s}")
        cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [c for c in cit if c.strip()]
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        spans = [f["span"] for f in exp["findings"]]
        cite_finding = any(f["kind"] == "citation" for f in exp["findings"])
        want_line = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
        if not cite_finding:
            if cit[0].strip() != want_line:
                errors.append(f"{name}: citation line {cit[0]!r} != {want_line!r}")
            if cit[1].strip() != meta["url"]:
                errors.append(f"{name}: citation URL is not the canonical URL")
        for s in spans:
            if s not in dig:
                errors.append(f"{name}: span {s!r} not verbatim in digest.txt")
        if len(set(spans)) != len(spans):
            errors.append(f"{name}: duplicate spans")
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or exp["findings"]:
                errors.append(f"{name}: clean case must have clean=true and no findings")
        else:
            n_err += 1
            s = collections.Counter(f["severity"] for f in exp["findings"])
            if exp["clean"] is not False or s != {"error": 2, "warning": 1}:
                errors.append(f"{name}: err case must have 2 errors + 1 warning, has {dict(s)}")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            okpair = (f["kind"] == "mismatch") == (f["severity"] == "error")
            if not okpair or f["kind"] not in ("mismatch", "unsupported", "name", "spelling", "citation"):
                errors.append(f"{name}: bad kind/severity {f}")
        if yoten:
            r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                errors.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            else:
                try:
                    json.loads(r.stdout)
                    parsed += 1
                except ValueError:
                    errors.append(f"{name}: yoten parse gave no JSON")
        rows.append(f"  {name:32s} {lang}  source {size:4d} {unit:5s}  digest {dsize:4d} chars  findings {len(spans)}")
    print("\n".join(rows))
    if dict(langs) != WANT_LANG:
        errors.append(f"languages {dict(langs)} != {WANT_LANG}")
    if (n_clean, n_err) != (12, 12):
        errors.append(f"clean/err = {n_clean}/{n_err}, want 12/12")
    total = sum(sev.values())
    if total != 36 or sev["error"] != 24 or sev["warning"] != 12:
        errors.append(f"findings {total} ({dict(sev)}), want 36 (24 error, 12 warning)")
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print(f"findings: {total}; severity: {dict(sorted(sev.items()))}; kind: {dict(sorted(kinds.items()))}")
    print(f"yoten parse: {parsed}/{len(cases)} ok" if yoten else "yoten parse: skipped (no yoten found)")
    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
