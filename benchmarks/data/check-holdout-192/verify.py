#!/usr/bin/env python3
"""Sanity checks for check-holdout-192. Usage: python verify.py [--yoten PATH]"""
import collections, datetime, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}
WD = "月火水木金土日"
problems = []
def bad(case, msg): problems.append(f"{case}: {msg}")

def meta_of(src):
    g = lambda pat: (re.search(pat, src) or [None, None])[1]
    return {"title": html.unescape(g(r'<meta property="og:title" content="([^"]*)"')),
            "outlet": html.unescape(g(r'<meta property="og:site_name" content="([^"]*)"')),
            "canonical": html.unescape(g(r'<link rel="canonical" href="([^"]*)"')),
            "published": g(r'<meta property="article:published_time" content="([^"]*)"'),
            "lang": g(r'<html lang="(\w+)"')}

def article_text(src):
    body = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
by_lang = collections.Counter(); by_kind = collections.Counter(); by_sev = collections.Counter()
n_clean = n_err = 0; urls = set(); rows = []
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): bad(name, f"missing {f}")
    if not (HERE / "specs" / f"{name}.txt").exists(): bad(name, "missing spec")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    m = meta_of(src)
    if None in m.values(): bad(name, f"source meta incomplete {m}")
    if m["canonical"] in urls: bad(name, "source reused")
    urls.add(m["canonical"])
    if not m["canonical"].split("/")[2].endswith(".example"): bad(name, "domain not .example")
    for tag in ("application/ld+json", "NewsArticle", "cookie-banner", "<nav>", "<footer", "<article>", "<aside"):
        if tag not in src: bad(name, f"source lacks {tag}")
    by_lang[m["lang"]] += 1
    text = article_text(src)
    size = len(re.sub(r"\s", "", text)) if m["lang"] == "ja" else len(text.split())
    lo, hi = (600, 1300) if m["lang"] == "ja" else (300, 650)
    if not lo <= size <= hi: bad(name, f"article size {size} outside {lo}-{hi}")
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600: bad(name, f"digest has {jchars} characters (900-1600)")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad(name, f"yoten parse failed: {r.stderr[-300:]}"); continue
    parsed = json.loads(r.stdout)
    srcs = parsed.get("sources") or []
    if len(srcs) != 1: bad(name, f"{len(srcs)} citations parsed")
    pub = datetime.datetime.fromisoformat(m["published"])
    # expected.json
    clean = name.startswith("clean-")
    if exp.get("clean") != clean: bad(name, "clean flag does not match name")
    fs = exp.get("findings", [])
    if clean:
        n_clean += 1
        if fs: bad(name, "clean case has findings")
    else:
        n_err += 1
        if len(fs) != 3: bad(name, f"{len(fs)} findings, want 3")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans): bad(name, "duplicate spans")
    for f in fs:
        if KINDS.get(f["kind"]) != f["severity"]: bad(name, f"kind/severity {f}")
        if f["span"] not in dig: bad(name, f"span not in digest: {f['span']!r}")
        by_kind[f["kind"]] += 1; by_sev[f["severity"]] += 1
    cited = {f["span"] for f in fs if f["kind"] == "citation"}
    if srcs:
        s = srcs[0]
        want = {"title": m["title"], "outlet": m["outlet"], "date": pub.date().isoformat(), "url": m["canonical"]}
        for k, v in want.items():
            if s.get(k) != v and not any(sp in dig and (sp in str(s.get(k)) or str(s.get(k)).replace("-", ".") in sp) for sp in cited):
                bad(name, f"citation {k}: {s.get(k)!r} != {v!r}")
    # weekday of N日(X) against the article's month (or the previous month if N is later than the article day + 3)
    for dd, w in re.findall(r"(\d{1,2})日\((.)\)", dig):
        dd = int(dd); y, mo = pub.year, pub.month
        if dd > pub.day + 3:
            mo -= 1
        real = WD[datetime.date(y, mo, dd).weekday()]
        if real != w and not any(f"{dd}日({w})" in sp for sp in spans):
            bad(name, f"{dd}日({w}) is really {real}")
    rows.append((name, m["lang"], jchars, size, len(fs)))

print(f"{'case':40} lang chars src findings")
for r in rows: print(f"{r[0]:40} {r[1]:4} {r[2]:5} {r[3]:4} {r[4]}")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(by_lang.items())))
print("kinds:", dict(sorted(by_kind.items())), "severities:", dict(sorted(by_sev.items())))
want_lang = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(by_lang) != want_lang: problems.append(f"languages {dict(by_lang)} != {want_lang}")
if (n_clean, n_err) != (12, 12): problems.append("want 12 clean and 12 err")
print("problems:", len(problems))
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
