#!/usr/bin/env python3
"""Sanity checks for check-holdout-172.

Usage: python verify.py [--yoten PATH]   (default: yoten on PATH)
"""
import collections
import datetime as dt
import html
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning",
         "structure": "warning"}
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]

problems = []
notes = []


def prob(case, msg):
    problems.append(f"{case}: {msg}")


def meta_of(src):
    def m(pat):
        x = re.search(pat, src)
        return html.unescape(x.group(1)) if x else None
    return {
        "title": m(r"<title>(.*?)</title>"),
        "site": m(r'property="og:site_name" content="([^"]*)"'),
        "og_title": m(r'property="og:title" content="([^"]*)"'),
        "canonical": m(r'rel="canonical" href="([^"]*)"'),
        "published": m(r'property="article:published_time" content="([^"]*)"'),
        "lang": m(r'<html lang="([^"]*)"'),
        "article": m(r"<article>(.*?)</article>".replace("(.*?)", "([\\s\\S]*?)")),
    }


def article_size(art, lang):
    paras = re.findall(r"<p>([\s\S]*?)</p>", art)
    text = html.unescape(" ".join(paras))
    if lang == "ja":
        return len(re.sub(r"\s", "", text)), "chars"
    return len(text.split()), "words"


langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
clean_n = err_n = 0
urls = set()
rows = []
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).is_file():
            prob(name, f"missing {f}")
    if not (HERE / "specs" / f"{name}.txt").is_file():
        prob(name, "missing spec")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    m = meta_of(src)
    for k in ("title", "site", "og_title", "canonical", "published", "lang", "article"):
        if not m[k]:
            prob(name, f"source lacks {k}")
    if "application/ld+json" not in src or '"NewsArticle"' not in src:
        prob(name, "source lacks JSON-LD NewsArticle")
    if "cookie" not in src or "<footer" not in src or "<nav" not in src:
        prob(name, "source lacks nav/cookie banner/footer")
    if m["title"] and m["site"] and not m["title"].endswith(m["site"]):
        prob(name, "title lacks outlet suffix")
    if m["canonical"] in urls:
        prob(name, "canonical URL reused")
    urls.add(m["canonical"])
    if not m["canonical"].split("/")[2].endswith(".example"):
        prob(name, "domain not .example")
    lang = m["lang"]
    langs[lang] += 1
    size, unit = article_size(m["article"], lang)
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        prob(name, f"article text {size} {unit}, outside {lo}-{hi}")
    jn = len(re.sub(r"\s", "", dig))
    if not 900 <= jn <= 1600:
        prob(name, f"digest {jn} characters, outside 900-1600")
    for mk in MARKERS:
        if dig.count(mk) != 1:
            prob(name, f"marker {mk} appears {dig.count(mk)} times")
    # parse with yoten
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        prob(name, f"yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") or not d.get("overview"):
            prob(name, "parsed digest lacks overview/details")
    # expected
    is_clean = name.startswith("clean-")
    if exp.get("clean") is not is_clean:
        prob(name, "expected.clean does not match the case name")
    f = exp.get("findings", [])
    if is_clean:
        clean_n += 1
        if f:
            prob(name, "clean case has findings")
        # citation must be the canonical one
        pub = dt.datetime.fromisoformat(m["published"])
        cite = f"{m['og_title']} {m['site']} {pub:%Y.%m.%d}"
        if cite not in dig:
            prob(name, f"citation line differs from '{cite}'")
        if m["canonical"] not in dig.split("【引用・参照・底本】")[1]:
            prob(name, "citation URL is not the canonical URL")
    else:
        err_n += 1
        if len(f) != 3:
            prob(name, f"{len(f)} findings, expected 3")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            prob(name, "duplicate spans")
        for x in f:
            if KINDS.get(x["kind"]) != x["severity"]:
                prob(name, f"kind {x['kind']} with severity {x['severity']}")
            n = dig.count(x["span"])
            if n == 0:
                prob(name, f"span not in digest: {x['span']}")
            elif n > 1:
                notes.append(f"{name}: span occurs {n} times (same slip repeated): {x['span']}")
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
    rows.append((name, lang, size, unit, jn, len(f)))

print(f"{'case':40} lang  article      digest  findings")
for name, lang, size, unit, jn, nf in rows:
    print(f"{name:40} {lang:4} {size:5} {unit:6} {jn:6}  {nf}")
print()
print(f"cases: {len(cases)} (clean {clean_n}, err {err_n})")
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
print("findings by severity:", dict(sorted(sev.items())))
for n_ in notes:
    print("note:", n_)
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nno problems")
