#!/usr/bin/env python3
"""Sanity checks for check-holdout-234.

Usage: python verify.py [--yoten PATH]   (default: yoten on PATH, else /tmp/bcv234/bin/yoten)
"""
import collections, html, json, pathlib, re, shutil, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
yoten = shutil.which("yoten") or "/tmp/bcv234/bin/yoten"
if "--yoten" in sys.argv:
    yoten = sys.argv[sys.argv.index("--yoten") + 1]

problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
clean_n = err_n = 0
urls = set()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


for case in sorted(p for p in (HERE / "cases").iterdir() if p.is_dir()):
    n = case.name
    files = {f.name for f in case.iterdir()}
    for f in ("source.html", "digest.txt", "expected.json"):
        if f not in files:
            problems.append(f"{n}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = HERE / "specs" / f"{n}.txt"
    if not spec.exists():
        problems.append(f"{n}: no spec")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    # source metadata
    site, ogt, pub = meta(src, "og:site_name"), meta(src, "og:title"), meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src)
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (site and ogt and pub and canon):
        problems.append(f"{n}: source metadata incomplete")
        continue
    canon = html.unescape(canon.group(1))
    if not re.match(r"https://[^/]+\.example/", canon):
        problems.append(f"{n}: canonical not under .example")
    if canon in urls:
        problems.append(f"{n}: source reused")
    urls.add(canon)
    if not title.endswith(site):
        problems.append(f"{n}: <title> lacks outlet suffix")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{n}: no JSON-LD NewsArticle")
    for part in ("<article>", "<nav>", "cookie", "<footer>", 'class="related"'):
        if part not in src:
            problems.append(f"{n}: source lacks {part}")
    body = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    size = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{n}: article length {size} outside {lo}-{hi}")
    # digest length (Japanese characters = non-ASCII)
    jchars = len(re.findall(r"[^\x00-\x7f]", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{n}: digest has {jchars} Japanese characters")
    # parse
    r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
        continue
    d = json.loads(r.stdout)
    if not (d.get("overview") and d.get("details") and d.get("key_points") and d.get("sources")):
        problems.append(f"{n}: parsed digest lacks a section")
        continue
    cit = d["sources"][0]
    pubdate = datetime.fromisoformat(pub).date().isoformat()
    # expected
    clean = n.startswith("clean-")
    if exp.get("clean") is not clean:
        problems.append(f"{n}: clean flag does not match name")
    if clean:
        clean_n += 1
        if exp["findings"]:
            problems.append(f"{n}: clean case has findings")
        if cit["url"] != canon:
            problems.append(f"{n}: citation URL != canonical")
        if norm(cit["title"]) != norm(ogt):
            problems.append(f"{n}: citation title != og:title")
        if cit["outlet"] != site:
            problems.append(f"{n}: citation outlet != og:site_name")
        if cit["date"] != pubdate:
            problems.append(f"{n}: citation date {cit['date']} != {pubdate}")
    else:
        err_n += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{n}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{n}: duplicate spans")
        for f in exp["findings"]:
            by_kind[f["kind"]] += 1
            by_sev[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{n}: {f['kind']} with severity {f['severity']}")
            if f["span"] not in dig:
                problems.append(f"{n}: span not in digest: {f['span']!r}")
            if f["span"] in html.unescape(src) and f["kind"] not in ("citation",):
                # a planted wrong value should not be copied verbatim from the source
                problems.append(f"{n}: span occurs verbatim in source: {f['span']!r}")

print(f"cases: {clean_n + err_n} (clean {clean_n}, err {err_n})")
print("languages:", dict(sorted(by_lang.items())))
print("planted findings:", sum(by_kind.values()), dict(sorted(by_kind.items())), dict(sorted(by_sev.items())))
want_lang = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(by_lang) != want_lang:
    problems.append(f"language counts {dict(by_lang)} != {want_lang}")
if (clean_n, err_n) != (12, 12):
    problems.append("want 12 clean and 12 err cases")
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
