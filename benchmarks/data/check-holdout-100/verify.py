"""Sanity checks for check-holdout-100 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Body(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.in_p = False
        self.text = []
        self.meta = {}
        self.canonical = None
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth and a.get("class") != "byline":
            self.in_p = True
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "p":
            self.in_p = False
        if tag == "title":
            self.in_title = False

    def handle_data(self, d):
        if self.in_p:
            self.text.append(d)
        if self.in_title:
            self.title += d


def main():
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for d in sorted((HERE / "cases").iterdir()):
        name = d.name
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        html = (d / "source.html").read_text(encoding="utf-8")
        b = Body()
        b.feed(html)
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        langs[lang] += 1
        body = "".join(b.text)
        lo = 2000 if lang == "ja" else 1500
        if not (lo <= len(body) <= 3000):
            problems.append(f"{name}: body length {len(body)} outside {lo}-3000")
        for url in [b.canonical, b.meta.get("og:url")] + re.findall(r"https?://\S+", digest):
            host = re.match(r"https?://([^/?#]+)", url).group(1)
            if not host.endswith(".example"):
                problems.append(f"{name}: non-.example host {host}")
        if b.canonical not in digest and name.startswith("clean-"):
            problems.append(f"{name}: canonical URL not cited")
        site = b.meta.get("og:site_name", "")
        if len(site.split()) < 2:
            problems.append(f"{name}: outlet name not multi-word: {site}")
        if b.meta.get("og:title", "") + " " + site not in digest and name.startswith("clean-"):
            problems.append(f"{name}: citation title/outlet line not found")
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings (want 2-3)")
        spans = set()
        for f in exp["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
            if f["span"] not in digest:
                problems.append(f"{name}: span not verbatim in digest: {f['span']}")
            if f["span"] in spans:
                problems.append(f"{name}: duplicate span {f['span']}")
            spans.add(f["span"])
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:40s} {lang}  body={len(body):5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(kinds.values())}")
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {n}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
