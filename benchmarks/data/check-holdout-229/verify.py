#!/usr/bin/env python3
"""Sanity checks for check-holdout-229 (run from anywhere).

usage: python verify.py [path/to/yoten]
"""
import collections, html, json, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
ERROR_KINDS = {"mismatch"}
WARNING_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
urls = set()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    bad = lambda msg: problems.append(f"{name}: {msg}")
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            bad(f"missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))

    # source page
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    title = meta(src, "og:title"); outlet = meta(src, "og:site_name"); pub = meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src)
    for what, v in (("og:title", title), ("og:site_name", outlet), ("published_time", pub), ("canonical", canon)):
        if not v:
            bad(f"source lacks {what}")
    canon = html.unescape(canon.group(1))
    if not re.match(r"https://[^/]+\.example/", canon):
        bad("canonical not under .example")
    if canon in urls:
        bad("source URL reused")
    urls.add(canon)
    if '"@type": "NewsArticle"' not in src or "<article>" not in src or "cookie" not in src:
        bad("source lacks JSON-LD NewsArticle, <article> or cookie banner")
    ttag = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (ttag.startswith(title) and outlet in ttag[len(title):]):
        bad("<title> lacks outlet suffix")
    body = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", body, re.S)]
    n = sum(len(p) for p in paras) if lang == "ja" else sum(len(p.split()) for p in paras)
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= n <= hi:
        bad(f"article length {n} outside {lo}-{hi}")

    # digest
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600:
        bad(f"digest has {chars} characters (900-1600)")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad("yoten parse failed: " + r.stderr.strip()[-200:])
        parsed = None
    else:
        parsed = json.loads(r.stdout)
        for k in ("headline", "image_credit", "overview", "details", "key_points", "sources"):
            if not parsed.get(k):
                bad(f"parsed digest lacks {k}")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            bad(f"digest lacks {marker}")

    # expected.json
    findings = exp.get("findings", [])
    if name.startswith("clean-"):
        if exp.get("clean") is not True or findings:
            bad("clean case must have clean=true and no findings")
    elif name.startswith("err-"):
        if exp.get("clean") is not False or len(findings) != 3:
            bad("err case must have clean=false and 3 findings")
    else:
        bad("name must start with clean- or err-")
    spans = [f["span"] for f in findings]
    if len(set(spans)) != len(spans):
        bad("duplicate span")
    for f in findings:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        want = "error" if f["kind"] in ERROR_KINDS else "warning" if f["kind"] in WARNING_KINDS else None
        if f["severity"] != want:
            bad(f"severity {f['severity']} for kind {f['kind']}")
        if f["span"] not in dig:
            bad(f"span not in digest: {f['span']}")

    # citation: canonical URL, og:title, outlet, date in the outlet's own offset,
    # except where a planted citation finding names the deviation
    if parsed:
        s = parsed["sources"][0]
        local = datetime.fromisoformat(pub).strftime("%Y-%m-%d")
        norm = lambda t: re.sub(r"\s+", " ", t.replace("\u3000", " ")).strip()
        planted = " ".join(f["span"] for f in findings if f["kind"] == "citation")
        if s["url"] != canon and s["url"] not in planted: bad("citation URL differs from canonical")
        if s["date"] != local and s["date"].replace("-", ".") not in planted: bad(f"citation date {s['date']} != {local}")
        if norm(s["title"]) != norm(title): bad("citation title differs from og:title")
        if s["outlet"] != outlet: bad("citation outlet differs from og:site_name")

n_clean = sum(c.name.startswith("clean-") for c in cases)
print(f"cases: {len(cases)} ({n_clean} clean, {len(cases) - n_clean} err)")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want_langs: problems.append(f"language counts {dict(langs)} != {want_langs}")
if len(cases) != 24 or n_clean != 12: problems.append("need 24 cases, 12 clean")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
