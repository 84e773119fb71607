#!/usr/bin/env python3
"""Self-checks for check-holdout-52 (does not run the checker).

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
from urllib.parse import urlsplit

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}
MIN_BODY = {"ja": 2000}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.body = {}, {}, []
        self.lang = None
        self._in_article = self._in_p = False
        self._buf = []
        self.ld = None
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.links["canonical"] = a["href"]
        elif tag == "article":
            self._in_article = True
        elif tag == "p" and self._in_article and not a.get("class"):
            self._in_p, self._buf = True, []
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld, self._buf = True, []

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article = False
        elif tag == "p" and self._in_p:
            self._in_p = False
            self.body.append("".join(self._buf))
        elif tag == "script" and self._in_ld:
            self._in_ld = False
            self.ld = json.loads("".join(self._buf))

    def handle_data(self, data):
        if self._in_p or self._in_ld:
            self._buf.append(data)


def main():
    yoten = "yoten"
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    if not shutil.which(yoten):
        sys.exit(f"yoten not found: {yoten}")
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = Page()
        page.feed((case / "source.html").read_text(encoding="utf-8"))
        lang = page.lang
        langs[lang] += 1
        body = sum(len(p) for p in page.body)
        lo = MIN_BODY.get(lang, 1500)
        if not lo <= body <= 3000:
            problems.append(f"{name}: body {body} chars outside {lo}-3000")
        # page furniture
        for key in ("og:site_name", "og:title", "og:url", "article:published_time"):
            if key not in page.meta:
                problems.append(f"{name}: no {key}")
        if not re.search(r"[+-]\d\d:\d\d$", page.meta.get("article:published_time", "")):
            problems.append(f"{name}: published_time without UTC offset")
        if not page.ld or page.ld.get("@type") != "NewsArticle":
            problems.append(f"{name}: no JSON-LD NewsArticle")
        if lang != "ja" and " " not in page.meta.get("og:site_name", ""):
            problems.append(f"{name}: outlet name is one word")
        canon = page.links.get("canonical", "")
        urls = [canon, page.meta.get("og:url", "")] + re.findall(r"https?://\S+", digest)
        for u in urls:
            host = urlsplit(u).hostname or ""
            if not host.endswith(".example"):
                problems.append(f"{name}: non-.example URL {u}")
        # structure via yoten parse
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        # citation line: title, outlet, date in the outlet's zone
        date = page.meta["article:published_time"][:10].replace("-", ".")
        cite_ok = (f"{page.meta['og:title']} {page.meta['og:site_name']} {date}" in digest
                   and canon in digest.split("【引用・参照・底本】")[1])
        # labels
        findings = exp["findings"]
        if exp["clean"]:
            n_clean += 1
            if findings:
                problems.append(f"{name}: clean case with findings")
            if not name.startswith("clean-"):
                problems.append(f"{name}: clean case not named clean-*")
            if not cite_ok:
                problems.append(f"{name}: clean case citation differs from page")
        else:
            n_err += 1
            if not 2 <= len(findings) <= 3:
                problems.append(f"{name}: {len(findings)} findings (want 2-3)")
            if not name.startswith("err-"):
                problems.append(f"{name}: err case not named err-*")
        spans = [f["span"] for f in findings]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in findings:
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            kinds[(f["kind"], f["severity"])] += 1
        rows.append((name, lang, body, len(findings), "ok" if r.returncode == 0 else "FAIL"))
    for row in rows:
        print("%-34s %-3s body=%4d findings=%d parse=%s" % row)
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(kinds.values())}")
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {v}")
    sev = collections.Counter()
    for (k, s), v in kinds.items():
        sev[s] += v
    print("by severity: " + ", ".join(f"{s} {v}" for s, v in sorted(sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
