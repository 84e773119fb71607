#!/usr/bin/env python3
"""Sanity checks for check-holdout-228 (never runs the checker).

- every case has source.html, digest.txt, expected.json
- every expected span stands verbatim in its digest
- clean cases: clean=true, findings=[]; err cases: clean=false, 3 findings
- every digest parses with `yoten parse`
- article text length (words; characters for Japanese), digest length
- clean citations: og:title, og:site_name, date in the outlet's offset, canonical URL
- counts by language, kind and severity
"""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv228/bin/yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[(lang, name.split("-")[0])] += 1
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    art = re.sub(r'<p class="(kicker|byline)">.*?</p>', " ", art, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", art))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size}")
    body = dig.split("【引用・参照・底本】")[0]
    jchars = len(re.sub(r"\s", "", body))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest length {jchars}")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    else:
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
        if f["kind"] == "mismatch" and f["severity"] != "error":
            problems.append(f"{name}: mismatch must be error")
        if f["kind"] != "mismatch" and f["severity"] != "warning":
            problems.append(f"{name}: {f['kind']} must be warning")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    # citation of clean cases
    if name.startswith("clean-"):
        title = html.unescape(re.search(r'og:title" content="([^"]*)"', src).group(1))
        site = html.unescape(re.search(r'og:site_name" content="([^"]*)"', src).group(1))
        pub = re.search(r'article:published_time" content="([^"]*)"', src).group(1)
        canon = re.search(r'rel="canonical" href="([^"]*)"', src).group(1)
        cit = dig.split("【引用・参照・底本】")[1].strip().splitlines()
        cit = [c for c in cit if c.strip()]
        date = pub[:10].replace("-", ".")
        sep = "  " if " " in site else " "
        if cit[0].strip() != f"{title}{sep}{site} {date}":
            problems.append(f"{name}: citation line differs: {cit[0]!r}")
        if cit[1].strip() != canon:
            problems.append(f"{name}: citation URL differs")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
    rows.append((name, lang, size, jchars, len(exp["findings"])))

for row in rows:
    print("%-40s %-3s article=%4d digest=%4d findings=%d" % row)
print()
print("cases:", len(rows))
print("languages:", dict(sorted(collections.Counter(l for (l, _) in langs.elements()).items())))
print("language x type:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())))
print("severities:", dict(sorted(sev.items())))
print("planted findings:", sum(kinds.values()))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nno problems")
