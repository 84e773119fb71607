#!/usr/bin/env python3
"""Sanity checks for check-holdout-118. Usage: python verify.py [path/to/yoten]"""
import collections
import html as htmlmod
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv118/bin/yoten")
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning"}
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return htmlmod.unescape(m.group(1)) if m else None


langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
n_clean = n_err = 0
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).is_file():
            bad(name, f"missing {f}")
    if not (HERE / "specs" / f"{name}.txt").is_file():
        bad(name, "missing spec")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source page furniture
    site, ogt, pub = meta(src, "og:site_name"), meta(src, "og:title"), meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    title = htmlmod.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (site and ogt and pub and title == f"{ogt} - {site}"):
        bad(name, "title/og metadata")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub or ""):
        bad(name, "published_time lacks offset")
    for needed in ('"@type": "NewsArticle"', "<article", "<nav", 'id="cookie-banner"', "<footer", 'class="related"'):
        if needed not in src:
            bad(name, f"source lacks {needed}")
    for host in re.findall(r'https?://([^/"\s]+)', src):
        if not host.endswith(".example") and host != "schema.org":
            bad(name, f"non-.example host {host}")
    art = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
    text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", art))
    if lang == "ja":
        size = len("".join(text.split()))
        unit, lo, hi = "chars", 700, 1600
    else:
        size = len(text.split())
        unit, lo, hi = "words", 300, 650
    if not lo <= size <= hi:
        bad(name, f"article text {size} {unit}")
    # digest
    chars = len("".join(dig.split()))
    if not 900 <= chars <= 1600:
        bad(name, f"digest {chars} chars")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(name, f"yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("headline", "overview"):
            if not d.get(key):
                bad(name, f"parse has no {key}")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            bad(name, f"digest lacks {marker}")
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    want_cit = f"{ogt} {site} {pub[:10].replace('-', '.')}"
    # labels
    fs = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or fs:
            bad(name, "clean case with findings")
        if cit[0] != want_cit or cit[1] != canon:
            bad(name, f"citation {cit[:2]} != {want_cit} {canon}")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(fs) != 3:
            bad(name, f"err case needs clean=false and 3 findings, has {len(fs)}")
        cit_findings = [f for f in fs if f["kind"] == "citation"]
        if not cit_findings and (cit[0] != want_cit or cit[1] != canon):
            bad(name, "unlabelled citation deviation")
    else:
        bad(name, "name must start clean- or err-")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans):
        bad(name, "duplicate spans")
    for f in fs:
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
        if SEV.get(f["kind"]) != f["severity"]:
            bad(name, f"kind/severity {f['kind']}/{f['severity']}")
        if f["span"] not in dig:
            bad(name, f"span not verbatim: {f['span']}")
        if f["span"] in src and f["kind"] not in ("citation",):
            bad(name, f"span also stands in source: {f['span']}")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sevs.items())))
if len(cases) != 24 or n_clean != 12 or n_err != 12:
    problems.append("want 24 cases, 12 clean, 12 err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language mix {dict(langs)}")
for p in problems:
    print("PROBLEM", p)
print("no problems" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
