#!/usr/bin/env python3
"""Sanity checks for check-holdout-33 (no checker involved).

usage: python verify.py [--yoten PATH]   (default: `yoten` on PATH)
"""
import argparse
import collections
import html.parser
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []
        self.lang = None
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "article":
            self.depth += 1
        for k in ("href", "content", "src"):
            v = a.get(k) or ""
            if v.startswith("http"):
                self.urls.append(v)

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def body_of(src):
    p = Body()
    p.feed(src)
    # paragraphs only: the text inside <p> within <article>, minus header lines
    m = re.search(r'<div class="article-body">(.*?)</div>', src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S) if m else []
    import html as h
    text = "".join(h.unescape(x) for x in paras)
    return p, text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    args = ap.parse_args()
    problems = []
    totals = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for d in sorted((HERE / "cases").iterdir()):
        name = d.name
        src = (d / "source.html").read_text(encoding="utf-8")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        p, text = body_of(src)
        langs[p.lang] += 1
        n = len(text)
        lo = 2000 if p.lang == "ja" else 1500
        if not (lo <= n <= 3000):
            problems.append(f"{name}: body {n} chars outside {lo}-3000")
        for u in p.urls + re.findall(r"https?://\S+", digest):
            host = re.match(r"https?://([^/?#]+)", u).group(1)
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: non-.example host {host}")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        if canon not in digest:
            problems.append(f"{name}: canonical URL not in digest")
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if exp["clean"] is not False or not (2 <= len(exp["findings"]) <= 3):
                problems.append(f"{name}: err case needs 2-3 findings, has {len(exp['findings'])}")
        spans = set()
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not verbatim: {f['span']!r}")
            if f["span"] in spans:
                problems.append(f"{name}: duplicate span {f['span']!r}")
            spans.add(f["span"])
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']} off LABELS-v2")
            totals[(f["kind"], f["severity"])] += 1
        r = subprocess.run([args.yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        ok = r.returncode == 0
        if ok:
            parsed = json.loads(r.stdout)
            ok = bool(parsed.get("headline"))
        if not ok:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:40s} {p.lang}  body={n:5d}  findings={len(exp['findings'])}  parse={'ok' if ok else 'FAIL'}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings:", sum(totals.values()))
    for (k, s), v in sorted(totals.items()):
        print(f"  {k:12s} {s:8s} {v}")
    by_sev = collections.Counter()
    for (k, s), v in totals.items():
        by_sev[s] += v
    print("  by severity:", ", ".join(f"{s} {v}" for s, v in sorted(by_sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for x in problems:
            print("  " + x)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
