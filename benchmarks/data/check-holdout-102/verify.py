#!/usr/bin/env python3
"""Sanity checks for check-holdout-102 (does not run the checker).

usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
yoten = "yoten"
if "--yoten" in sys.argv:
    yoten = sys.argv[sys.argv.index("--yoten") + 1]

problems, totals, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = n_find = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    body = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body length {len(body)} outside {lo}-3000")
    for host in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":  # JSON-LD vocabulary
            problems.append(f"{name}: non-.example host {host}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    for tag in ("og:site_name", "og:title", "article:published_time"):
        if f'property="{tag}"' not in src:
            problems.append(f"{name}: missing {tag}")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: missing JSON-LD NewsArticle")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig.split():
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        f = exp["findings"]
        if exp["clean"] or not 2 <= len(f) <= 3:
            problems.append(f"{name}: err case with {len(f)} findings")
        if len({x["span"] for x in f}) != len(f):
            problems.append(f"{name}: duplicate span")
        for x in f:
            n_find += 1
            totals[(x["kind"], x["severity"])] += 1
            if x["span"] not in dig:
                problems.append(f"{name}: span not verbatim: {x['span']}")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning", "glossary": "warning",
                  "structure": "warning"}
            if ok.get(x["kind"]) != x["severity"]:
                problems.append(f"{name}: kind/severity {x['kind']}/{x['severity']}")
    r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: "
      + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print(f"planted findings: {n_find}")
for (k, s), v in sorted(totals.items()):
    print(f"  {k:12s} {s:8s} {v}")
print("yoten parse: run on every digest")
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
