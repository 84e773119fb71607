#!/usr/bin/env python3
"""Sanity checks for check-holdout-225 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
sources, n_clean, n_err = set(), 0, 0

def article_size(html, lang):
    body = re.search(r"<article>(.*)</article>", html, re.S).group(1)
    text = re.sub(r"<[^>]+>", " ", body)
    return len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())

for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").exists():
        problems.append(f"{name}: missing spec")
    html = (d / "source.html").read_text(encoding="utf-8")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    if canon in sources:
        problems.append(f"{name}: source reused")
    sources.add(canon)
    for needle in ("og:site_name", "og:title", "article:published_time", "NewsArticle", "cookie", "<nav>", "<footer"):
        if needle not in html:
            problems.append(f"{name}: source lacks {needle}")
    if not re.search(r"https://[a-z0-9.-]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example")
    size = article_size(html, lang)
    if not 300 <= size <= 650:
        problems.append(f"{name}: article size {size} out of 300-650")
    jchars = len(re.sub(r"\s", "", digest))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars out of 900-1600")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in digest:
            problems.append(f"{name}: digest lacks {m}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    elif name.startswith("clean-"):
        src = json.loads(r.stdout)["sources"][0]
        og_title = __import__("html").unescape(re.search(r'og:title" content="([^"]*)"', html).group(1))
        site = __import__("html").unescape(re.search(r'og:site_name" content="([^"]*)"', html).group(1))
        pub = re.search(r'published_time" content="([^"]*)"', html).group(1)[:10]
        if (src["title"], src["outlet"], src["date"], src["url"]) != (og_title, site, pub, canon):
            problems.append(f"{name}: parsed citation {src} differs from source metadata")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in digest:
            problems.append(f"{name}: citation URL is not the canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    else:
        problems.append(f"{name}: bad case name")

if n_clean != 12 or n_err != 12:
    problems.append(f"counts: {n_clean} clean, {n_err} err (want 12/12)")
if dict(langs) != WANT_LANG:
    problems.append(f"languages {dict(langs)} != {WANT_LANG}")
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err), distinct sources: {len(sources)}")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
