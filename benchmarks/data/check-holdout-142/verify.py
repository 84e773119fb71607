#!/usr/bin/env python3
"""Sanity checks for check-holdout-142 (does not run the checker)."""
import collections
import datetime as dt
import html
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS_ERR = {"mismatch": "error"}
KINDS_WARN = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}

problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_clean = n_err = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    for f in ("source.html", "digest.txt", "expected.json"):
        if f not in files:
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").exists():
        problems.append(f"{name}: no spec")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    # source checks
    for prop in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, prop):
            problems.append(f"{name}: source lacks {prop}")
    if '<link rel="canonical"' not in src or "NewsArticle" not in src or "<article>" not in src:
        problems.append(f"{name}: source lacks canonical/JSON-LD/article")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len("".join(text.split())) // 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article size {size} outside 300-650")
    if ".example/" not in meta(src, "og:url") + "/":
        problems.append(f"{name}: domain not .example")
    # digest length and parse
    nchar = len("".join(dig.split()))
    if not 900 <= nchar <= 1600:
        problems.append(f"{name}: digest {nchar} chars outside 900-1600")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") or not d.get("overview"):
            problems.append(f"{name}: parse lacks sections")
    # expected
    findings = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or findings:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] is not False or len(findings) != 3:
            problems.append(f"{name}: err case must have 3 findings")
    spans = [f["span"] for f in findings]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in findings:
        by_kind[f["kind"]] += 1
        by_sev[f["severity"]] += 1
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
        c = dig.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']}")
        elif c > 1:
            problems.append(f"{name}: span occurs {c} times: {f['span']}")
    # citation consistency (skipped for planted citation findings)
    if not any(f["kind"] == "citation" for f in findings):
        pub = dt.datetime.fromisoformat(meta(src, "article:published_time"))
        want_line = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {pub:%Y.%m.%d}"
        if want_line not in dig:
            problems.append(f"{name}: citation line differs from '{want_line}'")
        canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
        if html.unescape(canon) not in dig.split():
            problems.append(f"{name}: canonical URL not in digest")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(by_lang.items())))
print("findings:", sum(by_kind.values()), dict(sorted(by_kind.items())), dict(sorted(by_sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
