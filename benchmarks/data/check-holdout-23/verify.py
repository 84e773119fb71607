#!/usr/bin/env python3
"""Sanity checks for check-holdout-23 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import collections
import html.parser
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning",
         "structure": "warning", "date": None}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.title, self.ld = {}, {}, "", ""
        self.stack, self.in_article, self.paras, self.cur = [], 0, [], None
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link":
            self.links[a.get("rel")] = a.get("href")
        if tag == "article":
            self.in_article += 1
        if tag == "p" and self.in_article:
            self.cur = ""
        if tag == "script" and a.get("type") == "application/ld+json":
            self.stack.append("ld")
        elif tag == "title":
            self.stack.append("title")
        else:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article -= 1
        if tag == "p" and self.cur is not None:
            self.paras.append(self.cur)
            self.cur = None
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        top = self.stack[-1] if self.stack else None
        if top == "title":
            self.title += data
        elif top == "ld":
            self.ld += data
        if self.cur is not None:
            self.cur += data


def main():
    yoten = "yoten"
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    problems = []
    totals = collections.Counter()
    per_kind = collections.Counter()
    langs = collections.Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        def bad(msg):
            problems.append(f"{name}: {msg}")
        try:
            src = (case / "source.html").read_text(encoding="utf-8")
            digest = (case / "digest.txt").read_text(encoding="utf-8")
            exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001
            bad(f"missing/invalid file: {exc}")
            continue
        page = Page()
        page.feed(src)
        langs[page.lang] += 1
        m = page.meta
        for key in ("og:site_name", "og:title", "article:published_time", "description"):
            if not m.get(key):
                bad(f"no {key}")
        canon = page.links.get("canonical")
        if not canon:
            bad("no canonical link")
            canon = ""
        if not re.search(r"[+-]\d\d:\d\d$", m.get("article:published_time") or ""):
            bad("published_time without UTC offset")
        try:
            ld = json.loads(page.ld)
            if ld.get("mainEntityOfPage") != canon or ld.get("datePublished") != m.get("article:published_time"):
                bad("JSON-LD disagrees with meta")
        except ValueError:
            bad("no/invalid JSON-LD")
        if not page.title.endswith(m.get("og:site_name") or "\0"):
            bad("<title> lacks outlet suffix")
        for tag in ("<nav", 'id="cookie-banner"', 'class="share"', "<aside", "<footer"):
            if tag not in src:
                bad(f"page chrome missing: {tag}")
        body = sum(len(p) for p in page.paras)
        lo = 2500 if page.lang == "ja" else 2000
        if not lo <= body <= 5000:
            bad(f"body length {body} outside {lo}-5000")
        for url in re.findall(r"https?://([^/\s\"'<>]+)", src + digest):
            if not url.endswith(".example") and url != "schema.org":  # JSON-LD vocabulary
                bad(f"domain not .example: {url}")
        if canon and canon not in digest:
            bad("canonical URL not in digest")
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"yoten parse failed: {r.stderr.strip()[-300:]}")
        is_clean = name.startswith("clean-")
        f = exp.get("findings", [])
        if exp.get("clean") is not is_clean:
            bad("clean flag does not match name")
        if is_clean and f:
            bad("clean case with findings")
        if not is_clean and not 2 <= len(f) <= 3:
            bad(f"err case with {len(f)} findings")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            bad("duplicate span")
        for x in f:
            if x["kind"] not in KINDS or x["severity"] not in ("error", "warning"):
                bad(f"bad kind/severity {x}")
            if KINDS.get(x["kind"]) and KINDS[x["kind"]] != x["severity"]:
                bad(f"severity does not follow LABELS-v2: {x}")
            if x["span"] not in digest:
                bad(f"span not verbatim in digest: {x['span']!r}")
            per_kind[(x["kind"], x["severity"])] += 1
        totals["clean" if is_clean else "err"] += 1
        totals["findings"] += len(f)
    print(f"cases: {len(cases)} (clean {totals['clean']}, err {totals['err']})")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {totals['findings']}")
    for (k, s), n in sorted(per_kind.items()):
        print(f"  {k:12s} {s:8s} {n}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
