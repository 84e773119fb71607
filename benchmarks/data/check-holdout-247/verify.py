#!/usr/bin/env python3
"""Sanity checks for check-holdout-247. Usage: python verify.py [--yoten PATH]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
canon_seen = {}
rows = []


def prob(case, msg):
    problems.append(f"{case}: {msg}")


for d in sorted((HERE / "cases").iterdir()):
    c = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            prob(c, f"missing {f}")
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source structure
    for pat in (r"<title>.+ - .+</title>", r'og:site_name" content="', r'og:title" content="',
                r'rel="canonical" href="https://[^"/]+\.example/', r'article:published_time" content="',
                r'"@type": "NewsArticle"', r"<nav ", r'id="cookie-banner"', r"<footer", r"<article>", r'class="related"'):
        if not re.search(pat, src):
            prob(c, f"source lacks {pat}")
    canon = html.unescape(re.search(r'rel="canonical" href="([^"]+)"', src).group(1))
    if canon in canon_seen:
        prob(c, f"source reused from {canon_seen[canon]}")
    canon_seen[canon] = c
    site = html.unescape(re.search(r'og:site_name" content="([^"]+)"', src).group(1))
    title = html.unescape(re.search(r'og:title" content="([^"]+)"', src).group(1))
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text))
    lo, hi = (300, 650) if lang != "ja" else (600, 1300)
    if not lo <= words <= hi:
        prob(c, f"article length {words} outside {lo}-{hi}")
    # digest
    jchars = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
    if not 900 <= jchars <= 1600:
        prob(c, f"digest length {jchars} outside 900-1600")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈", "国立国会図書館デジタルコレクション"):
        if m not in dig:
            prob(c, f"digest lacks {m}")
    cit = dig.split("【引用・参照・底本】")[1].strip().splitlines()
    cit = [x.strip() for x in cit if x.strip()]
    want_line = f"{title} {site} {pub[:10].replace('-', '.')}"
    p = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if p.returncode != 0:
        prob(c, f"yoten parse failed: {p.stderr.strip()[-200:]}")
    # expected
    clean = c.startswith("clean-")
    if exp.get("clean") is not clean:
        prob(c, "clean flag does not match name")
    f = exp.get("findings", [])
    if clean:
        if f:
            prob(c, "clean case has findings")
        if cit[0] != want_line:
            prob(c, f"citation line {cit[0]!r} != {want_line!r}")
        if cit[1] != canon:
            prob(c, "citation URL is not canonical")
    else:
        if len(f) != 3:
            prob(c, f"{len(f)} findings, want 3")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            prob(c, "duplicate spans")
        for x in f:
            if x["span"] not in dig:
                prob(c, f"span not verbatim in digest: {x['span']!r}")
            if SEV.get(x["kind"]) != x["severity"]:
                prob(c, f"kind/severity {x['kind']}/{x['severity']} breaks LABELS-v2")
            kinds[x["kind"]] += 1
            sevs[x["severity"]] += 1
        if not any(x["kind"] == "citation" for x in f):
            if cit[0] != want_line or cit[1] != canon:
                prob(c, "unlabelled citation problem")
    rows.append((c, lang, words, jchars, len(f)))

print(f"{'case':34} lang words/chars digest findings")
for r in rows:
    print(f"{r[0]:34} {r[1]:4} {r[2]:11} {r[3]:6} {r[4]:8}")
n_clean = sum(1 for r in rows if r[0].startswith("clean-"))
print(f"cases: {len(rows)} (clean {n_clean}, err {len(rows) - n_clean})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sevs.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
