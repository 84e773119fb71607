#!/usr/bin/env python3
"""Sanity checks for check-holdout-32 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH: the yoten executable; default `yoten`)
"""
import collections
import html.parser
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
LANG_MIN = {"ja": 2000}
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "glossary": "warning", "citation": "warning",
         "structure": "warning", "date": "error"}


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_article = self.in_p = False
        self.skip = False
        self.paras, self.lang, self.meta, self.canonical = [], None, {}, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "article":
            self.in_article = True
        elif tag == "p" and self.in_article:
            self.in_p = True
            self.skip = a.get("class") == "byline"
            self.paras.append("")

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article = False
        elif tag == "p":
            self.in_p = False
            if self.skip and self.paras:
                self.paras.pop()
            self.skip = False

    def handle_data(self, data):
        if self.in_p and self.in_article and self.paras:
            self.paras[-1] += data


def main():
    yoten = "yoten"
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    problems, langs, tally = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        p = Body()
        p.feed(src)
        body = "".join(p.paras)
        langs[p.lang] += 1
        lo = LANG_MIN.get(p.lang, 1500)
        if not lo <= len(body) <= 3000:
            problems.append(f"{name}: body length {len(body)} outside {lo}-3000")
        for m in re.findall(r"https?://([^/\"'\s]+)", src + digest):
            if not m.endswith(".example") and m != "schema.org":
                problems.append(f"{name}: non-.example domain {m}")
        for key in ("og:site_name", "og:title", "article:published_time"):
            if key not in p.meta:
                problems.append(f"{name}: missing {key}")
        if not re.search(r"[+-]\d\d:\d\d$", p.meta.get("article:published_time", "")):
            problems.append(f"{name}: published_time without UTC offset")
        if p.meta.get("og:site_name", "").count(" ") < 1:
            problems.append(f"{name}: outlet name is one word")
        if "NewsArticle" not in src or "cookie" not in src:
            problems.append(f"{name}: page lacks JSON-LD or cookie banner")
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
            if p.canonical not in digest:
                problems.append(f"{name}: canonical URL not cited")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings (want 2-3)")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if KINDS.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
            tally[(f["kind"], f["severity"])] += 1
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("sources") or not d.get("key_points") or not d.get("details"):
                problems.append(f"{name}: parsed digest lacks a section")
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(tally.values())}")
    for (k, s), v in sorted(tally.items()):
        print(f"  {k:12s} {s:8s} {v}")
    print("yoten parse: all digests parsed" if not any("parse" in x for x in problems) else "yoten parse: FAILURES")
    for x in problems:
        print("PROBLEM:", x)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
