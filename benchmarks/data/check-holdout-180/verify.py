#!/usr/bin/env python3
"""Sanity checks for check-holdout-180. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
groups = collections.Counter()
canon = set()

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    lang = re.search(r"^lang: (\w+)", spec, re.M).group(1)
    langs[lang] += 1
    group = name.split("-")[0]
    groups[group] += 1
    # source checks
    url = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if url in canon:
        problems.append(f"{name}: source reused")
    canon.add(url)
    for need in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, need):
            problems.append(f"{name}: missing {need}")
    if "application/ld+json" not in src or "NewsArticle" not in src or "<article>" not in src:
        problems.append(f"{name}: missing JSON-LD or <article>")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    words = len(text.split()) if lang != "ja" else round(len(re.sub(r"\s", "", text)) / 2.5)
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words")
    # digest length
    n = len(re.sub(r"\s", "", dig))
    if not 900 <= n <= 1600:
        problems.append(f"{name}: digest has {n} characters")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("headline", "overview", "details", "key_points", "sources"):
            if key not in d or not d[key]:
                problems.append(f"{name}: parsed digest lacks {key}")
    # expected
    finds = exp["findings"]
    if group == "clean":
        if exp["clean"] is not True or finds:
            problems.append(f"{name}: clean case with findings")
        title = meta(src, "og:title"); outlet = meta(src, "og:site_name")
        pub = meta(src, "article:published_time")[:10].replace("-", ".")
        if f"{title} {outlet} {pub}" not in dig or url not in dig.split("\n"):
            problems.append(f"{name}: citation does not match source")
    else:
        if exp["clean"] is not False or len(finds) != 3:
            problems.append(f"{name}: err case needs 3 findings, has {len(finds)}")
    spans = set()
    for f in finds:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        ok = {"mismatch": "error"}.get(f["kind"], "warning")
        if f["severity"] != ok:
            problems.append(f"{name}: {f['kind']} should be {ok}")
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
        elif dig.count(f["span"]) > 1:
            problems.append(f"{name}: span occurs {dig.count(f['span'])} times: {f['span']}")
        if f["span"] in spans:
            problems.append(f"{name}: duplicate span {f['span']}")
        spans.add(f["span"])
    print(f"{name:40s} {lang}  words={words:4d}  chars={n:5d}  findings={len(finds)}")

print()
print("cases:", len(cases), dict(groups))
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
for want, got in ((dict(en=14, fr=3, de=3, es=2, ja=2), dict(langs)), (dict(clean=12, err=12), dict(groups))):
    if want != got:
        problems.append(f"counts {got} != {want}")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
