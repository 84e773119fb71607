#!/usr/bin/env python3
"""Self-checks for check-holdout-94 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections
import html.parser
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.inp = False
        self.text = []
        self.domains = []
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for v in a.values():
            if v and v.startswith("http"):
                self.domains.append(re.match(r"https?://([^/]+)", v).group(1))
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth:
            self.inp = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "p":
            self.inp = False

    def handle_data(self, data):
        if self.inp:
            self.text.append(data)


def main():
    problems = []
    kinds = collections.Counter()
    ncases = collections.Counter()
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        src = (case / "source.html").read_text(encoding="utf-8")
        p = Body()
        p.feed(src)
        body = "".join(p.text)
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= len(body) <= 3000:
            problems.append(f"{name}: body {len(body)} chars")
        for d in set(p.domains):
            if not d.endswith(".example"):
                problems.append(f"{name}: domain {d}")
        for m in re.findall(r"https?://[^\s?]+", digest):
            if not re.match(r"https?://[^/]+\.example/", m):
                problems.append(f"{name}: digest domain {m}")
        for key in ("og:site_name", "og:title", "article:published_time"):
            if not p.meta.get(key):
                problems.append(f"{name}: no {key}")
        clean = name.startswith("clean-")
        if exp["clean"] != clean:
            problems.append(f"{name}: clean flag")
        if clean and exp["findings"]:
            problems.append(f"{name}: clean case with findings")
        if not clean and not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            kinds[(f["kind"], f["severity"])] += 1
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        ncases[(lang, "clean" if clean else "err")] += 1
        print(f"{name:34} {lang}  body {len(body):5}  findings {len(exp['findings'])}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print("cases:", sum(ncases.values()), dict(sorted(ncases.items())))
    print("findings:", sum(kinds.values()), {f"{k}/{s}": n for (k, s), n in sorted(kinds.items())})
    print("problems:", len(problems))
    for line in problems:
        print("  -", line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
