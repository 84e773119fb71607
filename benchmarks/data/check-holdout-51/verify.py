"""Sanity checks for check-holdout-51 (does not run the checker).

Usage: python verify.py [--yoten PATH_TO_YOTEN]
"""
import collections
import html.parser
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.in_p = False
        self.paras = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif tag == "p" and self.depth:
            self.in_p = True
            self.paras.append("")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        elif tag == "p":
            self.in_p = False

    def handle_data(self, data):
        if self.in_p and self.depth:
            self.paras[-1] += data


def main():
    problems = []
    totals = collections.Counter()
    n_clean = n_err = 0
    langs = collections.Counter()
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # body length
        b = Body()
        b.feed(src)
        n = sum(len(p) for p in b.paras)
        lo = 2000 if lang == "ja" else 1500
        if not (lo <= n <= 3000):
            problems.append(f"{name}: body {n} chars outside {lo}-3000")
        # domains
        # the JSON-LD vocabulary URL (@context) is not a link to any outlet
        for u in re.findall(r'https?://([^/"\s?]+)', src.replace('"https://schema.org"', '') + dig):
            if not u.endswith(".example"):
                problems.append(f"{name}: non-.example domain {u}")
        # clean / err
        f = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or f:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if exp["clean"] is not False or not (2 <= len(f) <= 3):
                problems.append(f"{name}: err case needs 2-3 findings, has {len(f)}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            if x["span"] not in dig:
                problems.append(f"{name}: span not verbatim in digest: {x['span']!r}")
            sev = {"mismatch": "error"}.get(x["kind"], "warning")
            if x["severity"] != sev:
                problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
            totals[(x["kind"], x["severity"])] += 1
        # parse
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
            s = d["sources"][0]
            note = "" if s["url"] == canon else "  (citation URL differs from canonical)"
            print(f"ok  {name:38} {lang}  body={n:5}  findings={len(f)}  outlet={s['outlet']!r}{note}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("planted findings: " + str(sum(totals.values())))
    for (k, s), c in sorted(totals.items()):
        print(f"  {k:12} {s:8} {c}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
