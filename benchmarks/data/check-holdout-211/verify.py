#!/usr/bin/env python3
"""Sanity checks for check-holdout-211. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
canon = {}
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"', "<article>", "cookie-banner", "<footer"):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    url = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if url in canon:
        problems.append(f"{name}: source reused from {canon[url]}")
    canon[url] = name
    body = " ".join(re.findall(r"<p>(.*?)</p>", re.search(r"<article>(.*?)</article>", src, re.S).group(1), re.S))
    body = html.unescape(body)
    words = len(re.findall(r"\S+", body)) if lang != "ja" else len(re.sub(r"\s", "", body)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words (ja: chars/2)")
    nchars = len(re.sub(r"\s", "", dig))
    if not 900 <= nchars <= 1600:
        problems.append(f"{name}: digest has {nchars} non-space characters")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
            c = dig.count(f["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {f['span']}")
            elif c > 1:
                problems.append(f"{name}: span occurs {c} times: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline"):
            problems.append(f"{name}: parse gave no headline")
    print(f"{name:34s} {lang}  words={words:3d}  digest_chars={nchars:4d}  findings={len(exp['findings'])}")
print()
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
