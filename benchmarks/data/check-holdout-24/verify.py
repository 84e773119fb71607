#!/usr/bin/env python3
"""Sanity checks for check-holdout-24 (does not run the checker).

Checks per case: the three files exist; expected.json follows LABELS-v2
(clean cases no findings, err cases 2-3, allowed kind/severity pairs, one
finding per span, every span verbatim in digest.txt); the digest passes
`yoten parse`; the body inside <article> is 2,000-5,000 characters (Japanese
2,500+); the page carries the required metadata and chrome; the canonical URL
is a line of the digest; every domain ends in .example; for clean cases the
citation line is title, outlet and the outlet's own date. Prints totals.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ALLOWED = {"mismatch": "error", "unsupported": "warning", "name": "warning",
           "spelling": "warning", "glossary": "warning", "citation": "warning",
           "structure": "warning"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.tags = {}, {}, Counter()
        self.title, self.in_title, self.ld = "", False, []
        self.in_ld, self.depth_article, self.in_p, self.paras = False, 0, False, []
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content", "")
        if tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href", "")
        if tag == "title":
            self.in_title = True
        if tag == "script" and a.get("type") == "application/ld+json":
            self.in_ld = True
            self.ld.append("")
        if tag == "article":
            self.depth_article += 1
        if tag == "p" and self.depth_article:
            self.in_p = True
            self.paras.append("")
        if a.get("id") == "cookie-banner":
            self.tags["#cookie"] += 1
        if "share" in (a.get("class") or ""):
            self.tags["#share"] += 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_ld = False
        if tag == "article":
            self.depth_article -= 1
        if tag == "p":
            self.in_p = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_ld:
            self.ld[-1] += data
        if self.in_p:
            self.paras[-1] += data


def local_date(iso):
    return iso[:10].replace("-", ".")


def main():
    yoten = shutil.which("yoten") or "/tmp/bcv24/bin/yoten"
    problems, totals = [], Counter()
    kinds, langs = Counter(), Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        def bad(msg):
            problems.append(f"{name}: {msg}")
        files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
        if not all(p.exists() for p in files.values()):
            bad("missing file")
            continue
        src = files["source.html"].read_text(encoding="utf-8")
        dig = files["digest.txt"].read_text(encoding="utf-8")
        exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
        # labels
        is_clean = name.startswith("clean-")
        if exp.get("clean") is not is_clean:
            bad("clean flag does not match the case name")
        f = exp.get("findings", [])
        if is_clean and f:
            bad("clean case with findings")
        if not is_clean and not 2 <= len(f) <= 3:
            bad(f"err case with {len(f)} findings")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            bad("duplicate span")
        for x in f:
            if ALLOWED.get(x["kind"]) != x["severity"]:
                bad(f"kind/severity {x['kind']}/{x['severity']}")
            if x["span"] not in dig:
                bad(f"span not in digest: {x['span']!r}")
            kinds[(x["kind"], x["severity"])] += 1
        # parse
        r = subprocess.run([yoten, "parse", str(files["digest.txt"])], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"yoten parse failed: {(r.stderr or r.stdout).strip()[:300]}")
        # page
        pg = Page()
        pg.feed(src)
        body = "".join(pg.paras)
        lang = pg.html_lang
        langs[lang] += 1
        lo = 2500 if lang == "ja" else 2000
        if not lo <= len(body) <= 5000:
            bad(f"body {len(body)} chars")
        site = pg.meta.get("og:site_name", "")
        for key in ("og:site_name", "og:title", "article:published_time"):
            if not pg.meta.get(key):
                bad(f"missing {key}")
        if not re.search(r"[+-]\d\d:\d\d$", pg.meta.get("article:published_time", "")):
            bad("published_time without UTC offset")
        canon = pg.links.get("canonical", "")
        if not canon:
            bad("missing canonical")
        if not pg.title.endswith(site) or pg.meta.get("og:title", "") not in pg.title:
            bad("title without outlet suffix")
        if not pg.ld or not all(json.loads(s) for s in pg.ld):
            bad("missing JSON-LD")
        for t in ("nav", "aside", "footer", "#cookie", "#share"):
            if not pg.tags[t]:
                bad(f"missing {t}")
        lines = [l.strip() for l in dig.splitlines()]
        if canon not in lines and not any(l.startswith(canon + "?") for l in lines):
            bad("canonical URL not in digest")
        for dom in re.findall(r"https?://([^/\"'\s?#]+)", src + dig):
            if not dom.endswith(".example") and dom not in ("schema.org",):
                bad(f"domain {dom}")
        if is_clean:
            want = f"{pg.meta.get('og:title')} {site} {local_date(pg.meta['article:published_time'])}"
            if want not in lines and canon not in lines:
                bad("citation")
            if want not in lines:
                bad(f"citation line is not {want!r}")
        totals["clean" if is_clean else "err"] += 1
        totals["findings"] += len(f)
        print(f"{name:34s} {lang}  body {len(body):5d}  findings {len(f)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases {len(cases)}: clean {totals['clean']}, err {totals['err']}; planted findings {totals['findings']}")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("findings:", ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
