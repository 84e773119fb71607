"""Sanity checks for check-holdout-79 (does not run the checker).

python verify.py [--yoten PATH]   (PATH: the yoten executable; default: yoten on PATH)
"""
import argparse
import collections
import html.parser
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning", "date": "warning"}


class Body(html.parser.HTMLParser):
    """Collects the text of <p> elements inside <article>, minus section/byline."""

    def __init__(self):
        super().__init__()
        self.in_article = self.in_p = False
        self.skip = False
        self.paras, self.buf = [], []
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "article":
            self.in_article = True
        elif tag == "p" and self.in_article:
            self.in_p, self.buf = True, []
            self.skip = a.get("class") in ("section", "byline")

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article = False
        elif tag == "p" and self.in_p:
            self.in_p = False
            if not self.skip:
                self.paras.append("".join(self.buf))

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default=shutil.which("yoten") or "yoten")
    args = ap.parse_args()
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        parser = Body()
        parser.feed(src)
        body = "\n".join(parser.paras)
        langs[parser.lang] += 1
        lo, hi = (2000, 3000) if parser.lang == "ja" else (1500, 3000)
        if not lo <= len(body) <= hi:
            problems.append(f"{name}: body {len(body)} chars, want {lo}-{hi}")
        for m in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                  '"NewsArticle"', "<nav", "cookie", "<footer", "<article>", "<title>"):
            if m not in src:
                problems.append(f"{name}: source lacks {m}")
        for host in re.findall(r"https?://([^/\"'\s<>?#]+)", src + digest):
            if host not in ("schema.org",) and not host.endswith(".example"):
                problems.append(f"{name}: non-.example host {host}")
        canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
        if canon not in digest:
            problems.append(f"{name}: canonical URL not in digest")
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        f = exp["findings"]
        if exp["clean"]:
            n_clean += 1
            if f:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(f) <= 3:
                problems.append(f"{name}: {len(f)} findings, want 2-3")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            kinds[(x["kind"], x["severity"])] += 1
            if x["span"] not in digest:
                problems.append(f"{name}: span not verbatim in digest: {x['span']!r}")
            if SEVERITY.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
        r = subprocess.run([args.yoten, "parse", str(case / "digest.txt")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            d = json.loads(r.stdout)
            if not d.get("headline"):
                problems.append(f"{name}: parsed digest has no headline")
        print(f"{name:38} {parser.lang}  body {len(body):5}  findings {len(f)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    total = sum(kinds.values())
    print(f"planted findings: {total}")
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12} {s:8} {n}")
    by_sev = collections.Counter()
    for (k, s), n in kinds.items():
        by_sev[s] += n
    print(f"  by severity: {dict(sorted(by_sev.items()))}")
    print()
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
