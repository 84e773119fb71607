"""Sanity checks for check-holdout-92 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections
import html
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch", "unsupported", "name", "spelling", "glossary", "citation", "structure"}
SEV = {"mismatch": "error"}


def body_text(page):
    art = re.search(r"<article>(.*?)</article>", page, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)
    return "\n".join(html.unescape(p) for p in paras)


def main():
    problems = []
    totals = collections.Counter()
    n_clean = n_err = 0
    langs = collections.Counter()
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = (case / "source.html").read_text(encoding="utf-8")
        lang = re.search(r'<html lang="(\w+)"', page).group(1)
        langs[lang] += 1
        n = len(body_text(page))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body {n} chars outside {lo}-3000")
        for url in re.findall(r"https?://[^\s\"'<>]+", page + digest):
            host = re.match(r"https?://([^/?#]+)", url).group(1)
            if not host.endswith(".example") and host != "schema.org":  # JSON-LD vocabulary
                problems.append(f"{name}: non-.example domain {host}")
        for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<nav>", "cookie", "<footer>"):
            if tag not in page:
                problems.append(f"{name}: page lacks {tag}")
        f = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if not exp["clean"] or f:
                problems.append(f"{name}: clean case has findings")
        else:
            n_err += 1
            if exp["clean"] or not 2 <= len(f) <= 3:
                problems.append(f"{name}: err case needs 2-3 findings, has {len(f)}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for x in f:
            if x["kind"] not in KINDS:
                problems.append(f"{name}: bad kind {x['kind']}")
            want = SEV.get(x["kind"], "warning")
            if x["severity"] != want:
                problems.append(f"{name}: {x['span']} severity {x['severity']} != {want}")
            if x["span"] not in digest:
                problems.append(f"{name}: span {x['span']!r} not in digest")
            totals[(x["kind"], x["severity"])] += 1
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:32} {lang}  body {n:5}  findings {len(f)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("planted findings by kind/severity:")
    for (k, s), c in sorted(totals.items()):
        print(f"  {k:12} {s:8} {c}")
    print(f"  total {sum(totals.values())}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
