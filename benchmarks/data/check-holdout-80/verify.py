"""Self-checks for check-holdout-80 (labels, sources, digests).

Usage: python verify.py [--yoten PATH_TO_YOTEN]
Runs `yoten parse` on every digest; never runs the checker.
"""
import collections
import html
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
            "glossary": "warning", "citation": "warning", "structure": "warning"}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def body_text(src):
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = re.findall(r"<p>(.*?)</p>", art, re.S)  # body paragraphs carry no class
    return "".join(html.unescape(p) for p in paras)


def main():
    yoten = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
    problems = []
    totals = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        name = case.name
        src = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', src).group(1)
        langs[lang] += 1
        # labels
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or exp["findings"]:
                problems.append(f"{name}: clean case with findings")
        elif name.startswith("err-"):
            n_err += 1
            if exp["clean"] is not False or not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: err case needs 2-3 findings, has {len(exp['findings'])}")
        else:
            problems.append(f"{name}: name must start clean- or err-")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not verbatim in digest: {f['span']!r}")
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
            totals[(f["kind"], f["severity"])] += 1
        # source page
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        for key in ("og:site_name", "og:title", "og:url", "article:published_time"):
            if not meta(src, key):
                problems.append(f"{name}: missing {key}")
        if 'application/ld+json' not in src or '"NewsArticle"' not in src:
            problems.append(f"{name}: no JSON-LD NewsArticle")
        if "cookie" not in src or "<nav" not in src or "<footer" not in src:
            problems.append(f"{name}: page chrome missing")
        outlet = meta(src, "og:site_name")
        if " " not in outlet:
            problems.append(f"{name}: outlet name is one word")
        if not re.search(r"<title>.* \| " + re.escape(html.escape(outlet, quote=True)) + "</title>", src):
            problems.append(f"{name}: <title> lacks outlet suffix")
        for url in re.findall(r"https?://([^/\"'\s]+)", src + digest):
            if url != "schema.org" and not url.endswith(".example"):
                problems.append(f"{name}: non-.example host {url}")
        n = len(body_text(src))
        lo, hi = (2000, 4000) if lang == "ja" else (1500, 3000)
        if not lo <= n <= hi:
            problems.append(f"{name}: body length {n} outside {lo}-{hi}")
        # digest parses; citation of clean cases is canonical and dated in the outlet's zone
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            continue
        d = json.loads(r.stdout)
        srcs = d.get("sources") or []
        if len(srcs) != 1:
            problems.append(f"{name}: {len(srcs)} citations parsed")
            continue
        s = srcs[0]
        pub_local = meta(src, "article:published_time")[:10]
        if name.startswith("clean-"):
            if s["url"] != canon:
                problems.append(f"{name}: citation URL is not canonical")
            if s["date"] != pub_local:
                problems.append(f"{name}: citation date {s['date']} != {pub_local}")
            if s["outlet"] != outlet or s["title"] != meta(src, "og:title"):
                problems.append(f"{name}: citation title/outlet differ from og:")
        print(f"{name:34s} {lang}  body {n:5d}  findings {len(exp['findings'])}  parse ok")
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("planted findings by kind/severity:")
    for (k, s), c in sorted(totals.items()):
        print(f"  {k:12s} {s:8s} {c}")
    print(f"  total {sum(totals.values())}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
