#!/usr/bin/env python3
"""Sanity checks for check-holdout-96 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (default: yoten on PATH)
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
yoten = "yoten"
if "--yoten" in sys.argv:
    yoten = sys.argv[sys.argv.index("--yoten") + 1]

problems = []
kinds = collections.Counter()
langs = collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # body length
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    body = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body {len(body)} chars outside {lo}-3000")
    # domains
    for host in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":  # JSON-LD vocabulary
            problems.append(f"{name}: non-.example host {host}")
    for meta in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                 "NewsArticle", "<nav>", "cookie", "<footer"):
        if meta not in src:
            problems.append(f"{name}: source lacks {meta}")
    # labels
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
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        if f["span"] in spans:
            problems.append(f"{name}: duplicate span {f['span']!r}")
        spans.add(f["span"])
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
        kinds[(f["kind"], f["severity"])] += 1
    # citation: canonical URL in digest (clean cases must cite it exactly)
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if exp["clean"] and canon not in dig.split("【引用・参照・底本】")[-1]:
        problems.append(f"{name}: clean digest does not cite canonical URL")
    # parse
    r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print(f"planted findings: {sum(kinds.values())}")
for (k, s), v in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {v}")
print("problems: " + (str(len(problems)) if problems else "none"))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
