#!/usr/bin/env python3
"""Sanity checks for check-holdout-149 (no checker involved).

Usage: python verify.py [path/to/yoten]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
LANG_WANT = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
by_lang_clean = collections.Counter()
sources = set()


def article_text(page):
    m = re.search(r"<article>(.*?)</article>", page, re.S)
    body = re.search(r'itemprop="articleBody">(.*?)</div>', m.group(1), re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    url = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if url in sources:
        problems.append(f"{name}: source reused")
    sources.add(url)
    if not re.match(r"https://[^/]+\.example/", url):
        problems.append(f"{name}: domain not under .example")
    for needle in ('og:site_name', 'og:title', 'article:published_time', '"NewsArticle"', 'cookie-banner', '<nav>', '<footer'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    text = article_text(src)
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    jchars = len(re.findall(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    citedate = pub[:10].replace("-", ".")
    title = html.unescape(re.search(r'og:title" content="([^"]*)"', src).group(1))
    site = html.unescape(re.search(r'og:site_name" content="([^"]*)"', src).group(1))
    cite_ok = f"{title} {site} {citedate}" in dig and ("\n" + url + "\n") in (dig + "\n")
    if name.startswith("clean-"):
        by_lang_clean[lang] += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if not cite_ok:
            problems.append(f"{name}: citation differs from source")
    else:
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        if not cite_ok and not any(f["kind"] == "citation" for f in exp["findings"]):
            problems.append(f"{name}: citation differs but not labelled")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("overview") or not d.get("details") or not d.get("key_points", d.get("keypoints", True)):
            problems.append(f"{name}: parsed digest lacks a section")
    print(f"{name:40s} {lang}  article={size:4d}  digest_jchars={jchars:4d}  findings={len(exp['findings'])}")

n_clean = sum(1 for c in cases if c.name.startswith("clean-"))
n_err = sum(1 for c in cases if c.name.startswith("err-"))
if (n_clean, n_err) != (12, 12):
    problems.append(f"case counts {n_clean} clean / {n_err} err")
if dict(langs) != LANG_WANT:
    problems.append(f"languages {dict(langs)} != {LANG_WANT}")
print()
print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); planted findings: {sum(kinds.values())}")
print("languages:", dict(sorted(langs.items())), "clean by language:", dict(sorted(by_lang_clean.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
