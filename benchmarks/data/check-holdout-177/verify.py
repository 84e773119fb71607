#!/usr/bin/env python3
"""Sanity checks for check-holdout-177 (no checker is run).

Usage: python verify.py [path/to/yoten]
"""
import collections, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
urls = set()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    for pat in [r"<title>.+</title>", r'og:site_name" content="', r'og:title" content="', r'rel="canonical"',
                r'article:published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"',
                r'"@type": "NewsArticle"', r"<nav>", r"cookie-consent", r"<footer", r"<article>", r'class="related"']:
        if not re.search(pat, src):
            problems.append(f"{name}: source lacks {pat}")
    url = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if ".example/" not in url:
        problems.append(f"{name}: canonical not under .example")
    if url in urls:
        problems.append(f"{name}: source URL reused")
    urls.add(url)
    body = " ".join(re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0]))
    size = len(body) if lang == "ja" else len(body.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article text size {size} outside {lo}-{hi}")
    chars = len("".join(dig.split()))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest has {chars} non-space characters")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("overview") or not d.get("details") or not d.get("key_points", d.get("keypoints", True)):
            problems.append(f"{name}: parsed digest lacks sections")
    for marker in ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"]:
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or f:
            problems.append(f"{name}: clean case with findings")
        if url not in dig:
            problems.append(f"{name}: citation URL is not the canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(f) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
    else:
        problems.append(f"{name}: bad case name")
    for x in f:
        if x["span"] not in dig:
            problems.append(f"{name}: span {x['span']!r} not in digest")
        ok = {("mismatch", "error"), ("unsupported", "warning"), ("name", "warning"),
              ("spelling", "warning"), ("citation", "warning")}
        if (x["kind"], x["severity"]) not in ok:
            problems.append(f"{name}: unexpected kind/severity {x['kind']}/{x['severity']}")
        by_kind[x["kind"]] += 1
        by_sev[x["severity"]] += 1
    print(f"{name:28s} {lang}  src={size:4d}  digest={chars:4d}  findings={len(f)}")

print()
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err), distinct sources: {len(urls)}")
print("languages:", dict(sorted(by_lang.items())))
print("kinds:", dict(sorted(by_kind.items())))
print("severities:", dict(sorted(by_sev.items())), "total:", sum(by_sev.values()))
want_lang = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(by_lang) != want_lang:
    problems.append(f"language counts {dict(by_lang)} != {want_lang}")
if n_clean != 12 or n_err != 12:
    problems.append("need 12 clean and 12 err cases")
print()
print("\n".join(problems) if problems else "OK: no problems")
sys.exit(1 if problems else 0)
