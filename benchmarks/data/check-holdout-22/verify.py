#!/usr/bin/env python3
"""Sanity checks for the check-holdout-22 set (does not run the checker).

- every expected span stands verbatim in its digest;
- every digest passes `yoten parse` (YOTEN env var or `yoten` on PATH);
- article body length: 2,000-5,000 characters (Japanese sources 2,500+);
- clean cases have no findings, err cases 2-3; severities/kinds per LABELS-v2;
- required metadata in source.html (<title> with outlet suffix, og:site_name,
  og:title, canonical, article:published_time with UTC offset, JSON-LD, nav,
  cookie banner, aside, share bar, footer, <article>);
- the canonical URL appears in the digest;
- every domain in source and digest ends in `.example` (the JSON-LD
  vocabulary URL https://schema.org excepted);
- totals.
"""
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
         "glossary": "warning", "citation": "warning", "structure": "warning"}


def meta(src, prop, attr="property"):
    m = re.search(rf'<meta {attr}="{re.escape(prop)}" content="([^"]*)"', src)
    return html.unescape(m.group(1)) if m else None


def body_text(src):
    m = re.search(r"<article>(.*?)</article>", src, re.S)
    if not m:
        return None
    paras = re.findall(r"<(?:p|h2)>(.*?)</(?:p|h2)>", m.group(1), re.S)
    return "\n".join(html.unescape(p) for p in paras)


def main():
    problems, rows = [], []
    totals = Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        bad = lambda msg: problems.append(f"{name}: {msg}")  # noqa: E731
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        outlet = meta(src, "og:site_name")
        title = meta(src, "og:title")
        pub = meta(src, "article:published_time")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src)
        canon = html.unescape(canon.group(1)) if canon else None
        for what, ok in [("og:site_name", outlet), ("og:title", title), ("canonical", canon),
                         ("published_time with offset",
                          pub and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub)),
                         ("JSON-LD", 'application/ld+json' in src), ("nav", "<nav>" in src),
                         ("cookie banner", 'id="cookie-banner"' in src), ("aside", "<aside" in src),
                         ("share bar", 'class="share"' in src), ("footer", "<footer" in src)]:
            if not ok:
                bad(f"missing {what}")
        t = re.search(r"<title>(.*?)</title>", src)
        if not t or not html.unescape(t.group(1)).endswith(f" - {outlet}"):
            bad("<title> lacks the outlet suffix")
        body = body_text(src)
        n = len(body or "")
        lo = 2500 if lang == "ja" else 2000
        if not (lo <= n <= 5000):
            bad(f"body length {n} outside {lo}-5000")
        for u in re.findall(r"https?://([^/\s\"'<>?]+)", src + dig):
            if u != "schema.org" and not u.lower().endswith(".example"):
                bad(f"domain {u} does not end in .example")
        if canon and canon not in dig:
            bad("canonical URL not in digest")
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean:
            bad("expected.clean disagrees with the name")
        f = exp.get("findings", [])
        if clean and f:
            bad("clean case with findings")
        if not clean and not (2 <= len(f) <= 3):
            bad(f"err case with {len(f)} findings")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            bad("duplicate spans")
        for x in f:
            if x["span"] not in dig:
                bad(f"span not in digest: {x['span']!r}")
            if KINDS.get(x["kind"]) != x["severity"]:
                bad(f"kind/severity {x['kind']}/{x['severity']} not per LABELS-v2")
            totals[(x["kind"], x["severity"])] += 1
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"yoten parse failed: {(r.stderr or r.stdout).strip()[-300:]}")
        rows.append((name, lang, n, len(f), "ok" if r.returncode == 0 else "FAIL"))
        totals["cases"] += 1
        totals["clean" if clean else "err"] += 1
        totals[f"lang:{lang}"] += 1
    print(f"{'case':34} lang  body  findings  parse")
    for row in rows:
        print(f"{row[0]:34} {row[1]:4} {row[2]:5}  {row[3]:8}  {row[4]}")
    print()
    print(f"cases {totals['cases']}: clean {totals['clean']}, err {totals['err']}")
    print("languages: " + ", ".join(f"{k[5:]} {v}" for k, v in sorted(totals.items(), key=lambda kv: str(kv[0]))
                                    if isinstance(k, str) and k.startswith("lang:")))
    fk = {k: v for k, v in totals.items() if isinstance(k, tuple)}
    print(f"planted findings {sum(fk.values())}: " + ", ".join(
        f"{k}/{s} {v}" for (k, s), v in sorted(fk.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
