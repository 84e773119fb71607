#!/usr/bin/env python3
"""Sanity checks for check-holdout-233 (no checker involved)."""
import collections, html, json, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
clean_n = err_n = 0
sources = set()

def text_of(src):
    body = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    for need in ['property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                 'property="article:published_time"', '"NewsArticle"', "<article>",
                 'id="cookie-banner"', "<nav>", "<footer", 'class="related"']:
        if need not in src:
            problems.append(f"{name}: source lacks {need}")
    canon = html.unescape(re.search(r'rel="canonical" href="([^"]+)"', src).group(1))
    if canon in sources:
        problems.append(f"{name}: source reused")
    sources.add(canon)
    if ".example/" not in canon:
        problems.append(f"{name}: domain not .example")
    body = text_of(src)
    words = len(body.split()) if lang != "ja" else len(re.sub(r"\s", "", body)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words")
    nchar = len(re.sub(r"\s", "", dig))
    if not 900 <= nchar <= 1600:
        problems.append(f"{name}: digest has {nchar} characters")
    # citation: title, outlet, local date, canonical URL
    title = html.unescape(re.search(r'property="og:title" content="([^"]*)"', src).group(1))
    site = html.unescape(re.search(r'property="og:site_name" content="([^"]*)"', src).group(1))
    pub = re.search(r'property="article:published_time" content="([^"]*)"', src).group(1)
    local = datetime.fromisoformat(pub).strftime("%Y.%m.%d")
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    right = f"{title} {site} {local}"
    cite_ok = cite[0] == right and cite[1] == canon
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline"):
            problems.append(f"{name}: parse gave no headline")
    f = exp["findings"]
    if name.startswith("clean-"):
        clean_n += 1
        if exp["clean"] is not True or f:
            problems.append(f"{name}: clean case with findings")
        if not cite_ok:
            problems.append(f"{name}: citation differs: {cite[:2]} vs {right!r} {canon}")
    else:
        err_n += 1
        if exp["clean"] is not False or len(f) != 3:
            problems.append(f"{name}: err case needs 3 findings, has {len(f)}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        has_cite = any(x["kind"] == "citation" for x in f)
        if not cite_ok and not has_cite:
            problems.append(f"{name}: citation wrong but not labelled")
        for x in f:
            by_kind[x["kind"]] += 1
            by_sev[x["severity"]] += 1
            if x["span"] not in dig:
                problems.append(f"{name}: span {x['span']!r} not in digest")
            want = "error" if x["kind"] == "mismatch" else "warning"
            if x["severity"] != want:
                problems.append(f"{name}: {x['kind']} should be {want}")
            if x["kind"] == "mismatch" and x["span"] in body:
                problems.append(f"{name}: mismatch span {x['span']!r} also in source")
    print(f"{name:34s} {lang}  words={words:4d}  digest_chars={nchar:5d}  findings={len(f)}")

print()
print(f"cases: {clean_n + err_n} (clean {clean_n}, err {err_n})")
print("languages:", dict(sorted(by_lang.items())))
print("findings by kind:", dict(sorted(by_kind.items())), "total", sum(by_kind.values()))
print("findings by severity:", dict(sorted(by_sev.items())))
want_lang = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(by_lang) != want_lang:
    problems.append(f"language counts {dict(by_lang)} != {want_lang}")
if clean_n != 12 or err_n != 12:
    problems.append("need 12 clean and 12 err cases")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
