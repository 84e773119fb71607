"""Sanity checks for check-holdout-55 (does not run the checker).

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
        self.text = []
        self.lang = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth:
            self.text.append("")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and self.text:
            self.text[-1] += data


def main():
    problems = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        digest = (case / "digest.txt").read_text()
        exp = json.loads((case / "expected.json").read_text())
        src = (case / "source.html").read_text()
        p = Body()
        p.feed(src)
        body = "".join(p.text)
        langs[p.lang] += 1
        lo = 2000 if p.lang == "ja" else 1500
        if not lo <= len(body) <= 3000:
            problems.append(f"{name}: body length {len(body)} outside {lo}-3000")
        for dom in re.findall(r"https?://([^/\"'\s<>]+)", src + digest):
            if not dom.endswith(".example") and dom not in ("schema.org",):
                problems.append(f"{name}: non-.example domain {dom}")
        for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                    "NewsArticle", "<nav>", "cookie-banner", "<footer", "<article>"):
            if tag not in src:
                problems.append(f"{name}: source lacks {tag}")
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            kinds[(f["kind"], f["severity"])] += 1
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:34s} {p.lang}  body={len(body):5d}  findings={len(spans)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()))
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {n}")
    print("problems:", len(problems))
    for x in problems:
        print("  " + x)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
