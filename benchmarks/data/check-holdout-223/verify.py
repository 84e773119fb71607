#!/usr/bin/env python3
"""Sanity checks for check-holdout-223. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys
from urllib.parse import urlparse

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KIND_SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "citation": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
urls = set()

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source metadata
    site, ogt, pub = meta(src, "og:site_name"), meta(src, "og:title"), meta(src, "article:published_time")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1))
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if title != f"{ogt} - {site}":
        problems.append(f"{name}: <title> lacks outlet suffix")
    if '"@type": "NewsArticle"' not in src or "<article>" not in src or "cookie-banner" not in src:
        problems.append(f"{name}: page furniture missing")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub or ""):
        problems.append(f"{name}: bad published_time {pub}")
    for u in re.findall(r'https?://[^"\s<]+', src) + re.findall(r'https?://\S+', dig):
        host = urlparse(u).hostname or ""
        if host not in ("schema.org",) and not host.endswith(".example"):
            problems.append(f"{name}: non-.example domain {host}")
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    body = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size} outside {lo}-{hi}")
    # digest
    dlen = len(re.sub(r"\s", "", dig))
    if not 900 <= dlen <= 1600:
        problems.append(f"{name}: digest length {dlen} outside 900-1600")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        parsed = json.loads(r.stdout)
        if not parsed.get("headline"):
            problems.append(f"{name}: parsed without headline")
    # citation (faithful unless a citation finding is planted)
    date = pub[:10].replace("-", ".")
    want_line, want_url = f"{ogt} {site} {date}", canon
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    has_cit_finding = any(f["kind"] == "citation" for f in exp["findings"])
    if (cit[0] != want_line or cit[1] != want_url) and not has_cit_finding:
        problems.append(f"{name}: citation differs from source: {cit[:2]}")
    if has_cit_finding and cit[0] == want_line and cit[1] == want_url:
        problems.append(f"{name}: citation finding but citation is faithful")
    # expected
    is_clean = name.startswith("clean-")
    if exp["clean"] != is_clean:
        problems.append(f"{name}: clean flag {exp['clean']} disagrees with name")
    if is_clean and exp["findings"]:
        problems.append(f"{name}: clean case has findings")
    if not is_clean and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    spans = set()
    for f in exp["findings"]:
        k, s, sp = f["kind"], f["severity"], f["span"]
        kinds[k] += 1
        sevs[s] += 1
        if KIND_SEV.get(k) != s:
            problems.append(f"{name}: kind {k} with severity {s}")
        n = dig.count(sp)
        if n == 0:
            problems.append(f"{name}: span not in digest: {sp!r}")
        elif n > 1:
            problems.append(f"{name}: span occurs {n} times: {sp!r}")
        if sp in spans:
            problems.append(f"{name}: duplicate span {sp!r}")
        spans.add(sp)
    print(f"{name:34s} {lang}  article {size:4d} {'chars' if lang == 'ja' else 'words'}  digest {dlen:4d} chars  findings {len(exp['findings'])}")

clean = sum(1 for c in cases if c.name.startswith("clean-"))
print()
print(f"cases: {len(cases)} (clean {clean}, err {len(cases) - clean})")
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), " by severity:", dict(sorted(sevs.items())), " total:", sum(kinds.values()))
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs:
    problems.append(f"language counts {dict(langs)} != {want_langs}")
if len(cases) != 24 or clean != 12:
    problems.append("want 24 cases, 12 clean")
print()
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
