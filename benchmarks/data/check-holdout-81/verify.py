#!/usr/bin/env python3
"""Sanity checks for check-holdout-81 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import collections
import html.parser
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.hrefs = {}, {}, []
        self.lang = None
        self.in_article = self.in_p = False
        self.paras, self.buf = [], []
        self.title, self.in_title = "", False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        if tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href", "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "title":
            self.in_title = True
        if tag == "article":
            self.in_article = True
        if tag == "p" and self.in_article:
            self.in_p, self.buf = True, []

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "article":
            self.in_article = False
        if tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append("".join(self.buf))

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)
        if self.in_title:
            self.title += data


def main():
    yoten = "yoten"
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    if not shutil.which(yoten) and not pathlib.Path(yoten).exists():
        sys.exit(f"yoten not found: {yoten}")
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        def bad(msg):
            problems.append(f"{name}: {msg}")
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).exists():
                bad(f"missing {f}")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = Page()
        page.feed((case / "source.html").read_text(encoding="utf-8"))
        langs[page.lang] += 1

        # labels
        if set(exp) != {"clean", "findings"}:
            bad("expected.json keys")
        if exp["clean"] != name.startswith("clean-"):
            bad("clean flag does not match case name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                bad("clean case has findings")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                bad(f"err case has {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            bad("duplicate span")
        for f in exp["findings"]:
            if set(f) != {"kind", "severity", "span"}:
                bad(f"finding keys {sorted(f)}")
            if SEVERITY.get(f["kind"]) != f["severity"]:
                bad(f"kind/severity {f['kind']}/{f['severity']} not per LABELS-v2")
            if f["span"] not in digest:
                bad(f"span not verbatim in digest: {f['span']!r}")
            kinds[(f["kind"], f["severity"])] += 1

        # source page
        canon = page.links.get("canonical", "")
        for key in ("og:site_name", "og:title", "og:url", "article:published_time"):
            if not page.meta.get(key):
                bad(f"source lacks {key}")
        if not re.search(r"[+-]\d\d:\d\d$", page.meta.get("article:published_time", "")):
            bad("published_time lacks UTC offset")
        urls = [canon, page.meta.get("og:url", "")] + [h for h in page.hrefs if h.startswith("http")]
        urls += re.findall(r"https?://[^\s\"'<>]+", digest)
        for u in urls:
            host = re.sub(r"^https?://", "", u).split("/")[0].split("?")[0]
            if not host.endswith(".example"):
                bad(f"non-.example domain: {u}")
        if len(page.meta.get("og:site_name", "").split()) < 2:
            bad("outlet name is a single word")
        body = sum(len(p) for p in page.paras)
        low = 2000 if page.lang == "ja" else 1500
        if not low <= body <= 3000:
            bad(f"body length {body} outside {low}-3000")
        if '"@type": "NewsArticle"' not in (case / "source.html").read_text(encoding="utf-8"):
            bad("no JSON-LD NewsArticle")
        if 'cookie' not in (case / "source.html").read_text(encoding="utf-8").lower():
            bad("no cookie banner")

        # citation of clean cases must be exact
        lines = [l.strip() for l in digest.strip().splitlines() if l.strip()]
        date = page.meta.get("article:published_time", "")[:10].replace("-", ".")
        cite = f"{page.meta.get('og:title')} {page.meta.get('og:site_name')} {date}"
        if exp["clean"]:
            if lines[-1] != canon:
                bad("clean citation URL is not the canonical URL")
            if lines[-2] != cite:
                bad(f"clean citation line differs: {lines[-2]!r} != {cite!r}")

        # yoten parse
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            if not parsed.get("headline"):
                bad("parsed digest has no headline")
        print(f"{name:32s} {page.lang}  body={body:5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

    print()
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings:", sum(kinds.values()))
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {v}")
    sev = collections.Counter()
    for (k, s), v in kinds.items():
        sev[s] += v
    print("  by severity:", ", ".join(f"{s} {v}" for s, v in sorted(sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
