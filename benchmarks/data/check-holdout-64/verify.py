#!/usr/bin/env python3
"""Self-checks for check-holdout-64 (does not run the checker).

usage: python verify.py [--yoten PATH_TO_YOTEN]
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.urls = {}, {}, []
        self.title, self.body, self.ld = "", [], []
        self._in, self._stack = None, []
        self.tags = collections.Counter()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "div" and a.get("id") == "cookie-banner":
            self.tags["cookie-banner"] += 1
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.links["canonical"] = a["href"]
        for k in ("href", "src"):
            if a.get(k, "").startswith("http"):
                self.urls.append(a[k])
        if tag == "title":
            self._in = "title"
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld"
        if tag == "div" and a.get("class") == "article-body":
            self._stack.append("body")
        if tag == "p" and self._stack:
            self._in = "p"
            self.body.append("")

    def handle_endtag(self, tag):
        if tag in ("title", "script", "p"):
            self._in = None
        if tag == "div" and self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "ld":
            self.ld.append(data)
        elif self._in == "p":
            self.body[-1] += data


def check_case(d, yoten, problems):
    name = d.name
    src = (d / "source.html").read_text(encoding="utf-8")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    p = Page()
    p.feed(src)
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    ld = json.loads("".join(p.ld))
    outlet, title = p.meta["og:site_name"], p.meta["og:title"]
    pub = p.meta["article:published_time"]
    canon = p.links["canonical"]
    err = lambda m: problems.append(f"{name}: {m}")
    # page furniture
    if ld.get("@type") != "NewsArticle":
        err("JSON-LD is not a NewsArticle")
    if not p.title.endswith(outlet) or title not in p.title:
        err("<title> lacks the og:title plus outlet suffix")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub):
        err(f"published_time without UTC offset: {pub}")
    for need in ("nav", "footer", "article", "cookie-banner"):
        if not p.tags[need]:
            err(f"page lacks {need}")
    if " " not in outlet.strip():
        err(f"outlet is one word: {outlet}")
    # .example domains everywhere
    for u in p.urls + [canon, p.meta.get("og:url", ""), ld["mainEntityOfPage"]]:
        host = re.match(r"https?://([^/]+)", u).group(1)
        if not host.endswith(".example"):
            err(f"non-.example URL {u}")
    for u in re.findall(r"https?://[^\s]+", digest):
        if not re.match(r"https?://[^/]+\.example/", u):
            err(f"non-.example URL in digest {u}")
    # body length
    blen = len("".join(p.body))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= blen <= 3000:
        err(f"body length {blen} outside {lo}-3000")
    # labels
    clean = name.startswith("clean-")
    if exp["clean"] != clean:
        err("clean flag disagrees with case name")
    n = len(exp["findings"])
    if clean and n:
        err("clean case with findings")
    if not clean and not 2 <= n <= 3:
        err(f"err case with {n} findings")
    spans = set()
    for f in exp["findings"]:
        if SEVERITY.get(f["kind"]) != f["severity"]:
            err(f"kind/severity {f['kind']}/{f['severity']} off LABELS-v2")
        if f["span"] not in digest:
            err(f"span not verbatim in digest: {f['span']}")
        if f["span"] in spans:
            err(f"duplicate span {f['span']}")
        spans.add(f["span"])
    # structure and citation
    pos = [digest.find(m) for m in MARKERS]
    if min(pos) < 0 or pos != sorted(pos):
        err("section markers missing or out of order")
    cit = digest[digest.find(MARKERS[-1]) + len(MARKERS[-1]):].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    want = f"{title}  {outlet}  {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    citation_labelled = any(f["kind"] == "citation" for f in exp["findings"])
    if (cit[0].strip() != want or cit[1].strip() != canon) and not citation_labelled:
        err(f"citation differs from source without a citation label: {cit[:2]}")
    # yoten parse
    if yoten:
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            json.loads(r.stdout)
    return lang, outlet, pub, blen, exp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default=None)
    a = ap.parse_args()
    problems = []
    langs, kinds = collections.Counter(), collections.Counter()
    rows = []
    cases = sorted(d for d in (HERE / "cases").iterdir() if d.is_dir())
    for d in cases:
        lang, outlet, pub, blen, exp = check_case(d, a.yoten, problems)
        langs[lang] += 1
        for f in exp["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
        rows.append(f"  {d.name:36} {lang}  {pub[-6:]}  body={blen:5d}  findings={len(exp['findings'])}")
    print("\n".join(rows))
    nclean = sum(d.name.startswith("clean-") for d in cases)
    print(f"cases: {len(cases)} (clean {nclean}, err {len(cases) - nclean})")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings:", sum(kinds.values()))
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k:12} {s:8} {v}")
    sev = collections.Counter()
    for (k, s), v in kinds.items():
        sev[s] += v
    print("by severity:", ", ".join(f"{s} {v}" for s, v in sorted(sev.items())))
    print("yoten parse:", "run on every digest" if a.yoten else "skipped")
    if problems:
        print("PROBLEMS:")
        print("\n".join("  " + p for p in problems))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
