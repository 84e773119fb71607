#!/usr/bin/env python3
"""Sanity checks for check-holdout-31 (labels and files only; never runs the checker).

Usage: python verify.py [--yoten PATH]   (default: `yoten` on PATH)
"""
import argparse
import collections
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}
BODY_LIMITS = {"ja": (2000, 3000)}
DEFAULT_LIMITS = (1500, 3000)


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.urls = {}, {}, []
        self.lang = None
        self.in_article = 0
        self.in_p = False
        self.paras = []
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "src", "content"):
            v = a.get(k) or ""
            if v.startswith("http"):
                self.urls.append(v)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link":
            self.links[a.get("rel")] = a.get("href")
        elif tag == "article":
            self.in_article += 1
        elif tag == "p" and self.in_article:
            self.in_p = True
            self.paras.append("")
        elif tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article -= 1
        elif tag == "p":
            self.in_p = False
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_p and self.in_article:
            self.paras[-1] += data
        if self.in_title:
            self.title += data


def citation(digest):
    lines = [l.strip() for l in digest.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    return lines[0], lines[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default=shutil.which("yoten") or "yoten")
    args = ap.parse_args()
    problems = []
    kinds = collections.Counter()
    sev = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = Page()
        page.feed(src)
        langs[page.lang] += 1
        # expected.json
        if exp.get("clean") != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match the case name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings (want 2-3)")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
            if f["span"] not in digest:
                problems.append(f"{name}: span not verbatim in digest: {f['span']!r}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
        # domains
        urls = page.urls + re.findall(r"https?://[^\s\"'<>]+", digest)
        for u in urls:
            host = re.match(r"https?://([^/?#]+)", u).group(1)
            if not (host.endswith(".example") or host == "schema.org"):
                problems.append(f"{name}: non-.example domain {host}")
        # page furniture
        for key in ("og:site_name", "og:title", "article:published_time", "og:url"):
            if not page.meta.get(key):
                problems.append(f"{name}: missing meta {key}")
        if "canonical" not in page.links:
            problems.append(f"{name}: no canonical link")
        for needle in ('"@type": "NewsArticle"', "<nav", "cookie-banner", "<footer", "<article"):
            if needle not in src:
                problems.append(f"{name}: page lacks {needle}")
        outlet = page.meta.get("og:site_name", "")
        if not html.unescape(page.title).endswith(" - " + outlet):
            problems.append(f"{name}: <title> lacks the outlet suffix")
        if " " not in outlet and page.lang != "ja":
            problems.append(f"{name}: outlet name is one word")
        # body length
        body = sum(len(p.strip()) for p in page.paras)
        lo, hi = BODY_LIMITS.get(page.lang, DEFAULT_LIMITS)
        if not lo <= body <= hi:
            problems.append(f"{name}: body {body} chars outside {lo}-{hi}")
        # citation against the page (clean cases must be exact; err cases may carry a planted citation slip)
        (cite, url) = citation(digest)
        pub = page.meta.get("article:published_time", "")
        want_cite = f"{page.meta.get('og:title')}  {outlet}  {pub[:10].replace('-', '.')}"
        cite_ok = cite == want_cite and url == page.links.get("canonical")
        cite_labelled = any(f["kind"] == "citation" for f in exp["findings"])
        if cite_ok == cite_labelled:
            problems.append(f"{name}: citation {'exact but labelled' if cite_ok else 'differs but not labelled'}: {cite!r} {url!r}")
        # parse
        r = subprocess.run([args.yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            d = json.loads(r.stdout)
            s = d.get("sources") or []
            if not s or s[0].get("url") != url:
                problems.append(f"{name}: parsed citation URL differs")
        print(f"{name:32s} {page.lang}  body {body:5d}  findings {len(exp['findings'])}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: " +
          ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"findings: {sum(kinds.values())}; by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
          "; by severity: " + ", ".join(f"{k} {v}" for k, v in sorted(sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
