"""Sanity checks for check-holdout-61 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH: the yoten executable, default "yoten")
"""
import collections
import html
import json
import pathlib
import re
import subprocess
import sys
from urllib.parse import urlparse

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "glossary": "warning", "citation": "warning",
         "structure": "warning"}


def body_text(src):
    m = re.search(r'<div class="article-body">(.*?)</div>', src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    return "".join(html.unescape(p) for p in paras)


def main():
    yoten = "yoten"
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    problems = []
    by_kind = collections.Counter()
    by_sev = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # required page parts
        for needle in ("<title>", 'property="og:site_name"', 'property="og:title"',
                       'rel="canonical"', 'property="article:published_time"',
                       '"@type": "NewsArticle"', "<nav", "cookie", "<footer", "<article>"):
            if needle not in src:
                problems.append(f"{name}: source lacks {needle}")
        if not re.search(r'article:published_time" content="[^"]+[+-]\d\d:\d\d"', src):
            problems.append(f"{name}: published_time without UTC offset")
        # domains
        for url in re.findall(r'https?://[^\s"<>]+', src + "\n" + dig):
            host = urlparse(url).hostname or ""
            if host == "schema.org":
                continue
            if not host.endswith(".example"):
                problems.append(f"{name}: non-.example domain {host}")
        # body length
        n = len(body_text(src))
        lo = 2000 if lang == "ja" else 1500
        if not lo <= n <= 3000:
            problems.append(f"{name}: body {n} chars outside {lo}-3000")
        # labels
        finds = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or finds:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if exp["clean"] is not False or not 2 <= len(finds) <= 3:
                problems.append(f"{name}: err case needs 2-3 findings, has {len(finds)}")
        spans = [f["span"] for f in finds]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in finds:
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            if KINDS.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            by_kind[f["kind"]] += 1
            by_sev[f["severity"]] += 1
        # digest parses
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        print(f"{name:32} {lang}  body={n:5d}  findings={len(finds)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(by_kind.values()))
    print("by kind:", dict(sorted(by_kind.items())))
    print("by severity:", dict(sorted(by_sev.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
