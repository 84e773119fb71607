#!/usr/bin/env python3
"""Sanity checks for check-holdout-152 (run from anywhere).

Checks every case: the three files exist and come from a spec; expected.json
follows LABELS-v2 (kinds/severities, clean cases have no findings, err cases
three); every span stands verbatim in its digest, once per distinct span; the
digest parses with `yoten parse`; digest and article lengths; the page
metadata; the citation against the page (clean cases must match exactly);
all domains end in .example. Prints counts by language and kind.

Usage: python verify.py [--yoten PATH]
"""
import collections
import datetime as dt
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
KIND_SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "citation": "warning"}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


def yoten_bin():
    if "--yoten" in sys.argv:
        return sys.argv[sys.argv.index("--yoten") + 1]
    for cand in ("/tmp/bcv152/bin/yoten", shutil.which("yoten")):
        if cand and pathlib.Path(cand).exists():
            return cand
    return None


def meta(page, prop, attr="property"):
    m = re.search(rf'<meta {attr}="{re.escape(prop)}" content="([^"]*)"', page)
    return html.unescape(m.group(1)) if m else None


def article_text(page):
    m = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', page, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S) if m else []
    return "\n".join(html.unescape(p) for p in paras)


def main():
    problems = []
    yoten = yoten_bin()
    if not yoten:
        problems.append("yoten not found: digests not parsed")
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    by_lang = collections.Counter()
    by_lang_kind = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    urls = set()
    rows = []
    for case in cases:
        name = case.name
        err = lambda msg: problems.append(f"{name}: {msg}")
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).exists():
                err(f"missing {f}")
        spec = HERE / "specs" / f"{name}.txt"
        if not spec.exists():
            err("no spec")
        page = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', page).group(1)
        by_lang[lang] += 1
        is_clean = name.startswith("clean-")
        by_lang_kind[(lang, "clean" if is_clean else "err")] += 1
        # expected.json
        if exp.get("clean") is not is_clean:
            err("clean flag does not match the case name")
        fs = exp.get("findings", [])
        if is_clean and fs:
            err("clean case with findings")
        if not is_clean and len(fs) != 3:
            err(f"err case with {len(fs)} findings (want 3)")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            err("duplicate spans")
        for f in fs:
            if KIND_SEV.get(f["kind"]) != f["severity"]:
                err(f"kind/severity {f['kind']}/{f['severity']} not per LABELS-v2")
            if f["span"] not in digest:
                err(f"span not verbatim in digest: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        # digest structure
        for mk in MARKERS:
            if digest.count(mk) != 1:
                err(f"marker {mk} count {digest.count(mk)}")
        body = digest.split("【引用・参照・底本】")[0]
        nchar = len(re.sub(r"\s", "", body))
        if not 900 <= nchar <= 1600:
            err(f"digest length {nchar} outside 900-1600")
        if yoten:
            r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                err(f"yoten parse failed: {r.stderr.strip()[:200]}")
            else:
                d = json.loads(r.stdout)
                if not d.get("headline"):
                    err("parse: no headline")
        # page metadata
        title = html.unescape(re.search(r"<title>(.*?)</title>", page).group(1))
        site = meta(page, "og:site_name")
        ogt = meta(page, "og:title")
        pub = meta(page, "article:published_time")
        canon = re.search(r'<link rel="canonical" href="([^"]*)"', page).group(1)
        canon = html.unescape(canon)
        if title != f"{ogt} - {site}":
            err("title is not og:title + outlet suffix")
        for need in ('"@type": "NewsArticle"', 'id="consent"', "<nav", "<footer", "<article", 'class="related"'):
            if need not in page:
                err(f"page lacks {need}")
        if not re.search(r"[+-]\d\d:\d\d$", pub or ""):
            err("published_time without UTC offset")
        for u in re.findall(r"https?://([^/\"\s]+)", page + digest):
            host = u.split("?")[0]
            if host != "schema.org" and not host.endswith(".example"):
                err(f"domain not .example: {host}")
        if canon in urls:
            err("source reused")
        urls.add(canon)
        text = article_text(page)
        if lang == "ja":
            n = len(re.sub(r"\s", "", text))
            if not 750 <= n <= 1625:
                err(f"ja article length {n} chars outside 750-1625")
            size = f"{n} chars"
        else:
            n = len(text.split())
            if not 300 <= n <= 650:
                err(f"article length {n} words outside 300-650")
            size = f"{n} words"
        # citation
        cite = digest.split("【引用・参照・底本】")[1].strip().splitlines()
        cite = [c for c in cite if c.strip()]
        local_date = dt.datetime.fromisoformat(pub).strftime("%Y.%m.%d")
        sep = "  " if " " in site else " "
        want_line = f"{ogt}{sep}{site} {local_date}"
        cite_ok = cite[0] == want_line and cite[1] == canon
        cite_flagged = any(f["kind"] == "citation" for f in fs)
        if is_clean and not cite_ok:
            err(f"clean citation differs: {cite[:2]} vs {[want_line, canon]}")
        if not is_clean and not cite_ok and not cite_flagged:
            err("citation differs but no citation finding")
        if not is_clean and cite_ok and cite_flagged:
            err("citation finding but citation matches the page")
        rows.append((name, lang, nchar, size))
    print(f"cases: {len(cases)}")
    for name, lang, nchar, size in rows:
        print(f"  {name:36s} {lang}  digest {nchar:4d} chars  article {size}")
    print("by language:", dict(sorted(by_lang.items())))
    print("by language and type:", {f"{l}/{k}": v for (l, k), v in sorted(by_lang_kind.items())})
    print("planted findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
          "by severity:", dict(sorted(sev.items())))
    want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(by_lang) != want:
        problems.append(f"language counts {dict(by_lang)} != {want}")
    if sum(1 for c in cases if c.name.startswith("clean-")) != 12 or len(cases) != 24:
        problems.append("want 12 clean + 12 err")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
