#!/usr/bin/env python3
"""Sanity checks for check-holdout-333 (no checker involved)."""
import collections
import datetime as dt
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []


def bad(msg):
    problems.append(msg)


def yoten_bin():
    for c in (shutil.which("yoten"), "/tmp/bcv333/bin/yoten"):
        if c and pathlib.Path(c).exists():
            return c
    return None


def main():
    yoten = yoten_bin()
    specs = sorted((HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if [s.stem for s in specs] != cases:
        bad("specs and cases differ")
    langs = collections.Counter()
    kinds = collections.Counter()
    n_clean = n_err = 0
    outlets = set()
    for spec in specs:
        name = spec.stem
        meta, paras = parse_spec(spec)
        langs[meta["lang"]] += 1
        outlets.add(meta["outlet"])
        for u in re.findall(r"https?://[^\s\"<>]+", spec.read_text(encoding="utf-8")):
            host = u.split("/")[2]
            if not host.endswith(".example"):
                bad(f"{name}: non-.example url {u}")
        body = " ".join(paras)
        if meta["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 600 <= size <= 700:
                bad(f"{name}: ja body {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 350:
                bad(f"{name}: body {size} words")
        d = HERE / "cases" / name
        src = (d / "source.html").read_text(encoding="utf-8")
        for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                       '"NewsArticle"', "<article>", "<nav", "cookie", "<footer>", "related"):
            if needle not in src:
                bad(f"{name}: source.html lacks {needle}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 950 <= len(digest) <= 1400:
            bad(f"{name}: digest {len(digest)} chars")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
            if marker not in digest:
                bad(f"{name}: digest lacks {marker}")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        findings = exp["findings"]
        cite_date = dt.datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
        cite = f"{meta['title']} {meta['outlet']} {cite_date}"
        if name.startswith("clean-"):
            n_clean += 1
            if not exp["clean"] or findings:
                bad(f"{name}: clean case with findings")
            if cite not in digest:
                bad(f"{name}: citation line differs: {cite}")
            if "\n" + meta["url"] + "\n" not in digest + "\n":
                bad(f"{name}: canonical url missing")
        else:
            n_err += 1
            if exp["clean"] or len(findings) != 3:
                bad(f"{name}: err case must have 3 findings")
            sev = collections.Counter(f["severity"] for f in findings)
            if sev != {"error": 2, "warning": 1}:
                bad(f"{name}: severities {dict(sev)}")
            for f in findings:
                kinds[(f["kind"], f["severity"])] += 1
                n = digest.count(f["span"])
                if n != 1:
                    bad(f"{name}: span {f['span']!r} occurs {n} times")
        if yoten:
            r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                bad(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            else:
                doc = json.loads(r.stdout)
                if not doc.get("headline"):
                    bad(f"{name}: parse has no headline")
    if dict(langs) != WANT_LANG:
        bad(f"languages {dict(langs)} != {WANT_LANG}")
    if (n_clean, n_err) != (12, 12):
        bad(f"clean/err {n_clean}/{n_err}")
    total = sum(kinds.values())
    errors = sum(v for (k, s), v in kinds.items() if s == "error")
    if (total, errors) != (36, 24):
        bad(f"findings {total}, errors {errors}")
    if len(outlets) != len(specs):
        bad("outlets repeat")
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {total} ({errors} error, {total - errors} warning)")
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k}/{s}: {v}")
    print("yoten parse:", "checked" if yoten else "NOT AVAILABLE (skipped)")
    if problems:
        print("FAIL")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
