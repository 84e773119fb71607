"""Sanity checks for check-holdout-47 (no checker involved).

Run with the venv that has yoten installed:  python verify.py [path/to/yoten]
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
        self.cls = None
        self.parts = []
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth:
            self.in_p = True
            self.cls = a.get("class")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "p":
            self.in_p = False

    def handle_data(self, data):
        if self.in_p and self.cls != "byline":
            self.parts.append(data)


def main():
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        b = Body()
        b.feed(src)
        body = "".join(b.parts)
        langs[b.lang] += 1
        lo = 2000 if b.lang == "ja" else 1500
        if not lo <= len(body) <= 3000:
            problems.append(f"{name}: body {len(body)} chars")
        for host in re.findall(r"https?://([^/\"'\s<>]+)", src + dig):
            if host != "schema.org" and not host.endswith(".example"):  # JSON-LD @context
                problems.append(f"{name}: non-.example host {host}")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        for key in ("og:site_name", "og:title", "article:published_time"):
            if f'property="{key}"' not in src:
                problems.append(f"{name}: no {key}")
        if '"@type": "NewsArticle"' not in src or "cookie" not in src:
            problems.append(f"{name}: no JSON-LD NewsArticle or cookie banner")
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag disagrees with name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
            if canon not in dig.split("【引用・参照・底本】")[1].split():
                problems.append(f"{name}: citation URL is not the canonical URL")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings")
            spans = [f["span"] for f in exp["findings"]]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[(f["kind"], f["severity"])] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("headline"):
                problems.append(f"{name}: parsed digest has no headline")
        print(f"{name:36s} {b.lang}  body={len(body):5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: " +
          ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(kinds.values())}")
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {v}")
    print()
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
