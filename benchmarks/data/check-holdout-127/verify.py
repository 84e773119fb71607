#!/usr/bin/env python3
"""Sanity checks for check-holdout-127.

- every case has source.html, digest.txt, expected.json and a spec;
- source.html carries title with outlet suffix, og:site_name, og:title,
  canonical link, article:published_time with an offset, JSON-LD NewsArticle;
- article text is 300-650 words (Japanese sources: 600-1,300 characters);
- digest has 900-1,600 Japanese characters (kana, kanji, full-width forms);
- the citation names the og:title, the outlet and the date in the outlet's
  own time zone and the canonical URL (err cases may deviate only where a
  citation finding is planted);
- every expected span occurs verbatim in its digest; clean cases have no
  findings; err cases have 3 each; one finding per distinct span;
- every digest parses with `yoten parse`;
- counts by language and by kind/severity.
"""
import collections
import html
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}

problems = []
langs = collections.Counter()
kinds = collections.Counter()
clean_n = err_n = 0


def meta(h, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), h)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    if not (HERE / "specs" / f"{name}.txt").exists():
        problems.append(f"{name}: no spec")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    site, ogt, pub = meta(src, "og:site_name"), meta(src, "og:title"), meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    if not (site and ogt and pub and canon):
        problems.append(f"{name}: missing meta")
    if title != f"{ogt} - {site}":
        problems.append(f"{name}: <title> lacks outlet suffix")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    if not re.search(r"[+-]\d\d:\d\d$", pub):
        problems.append(f"{name}: published_time without offset")
    if ".example" not in canon.split("/")[2]:
        problems.append(f"{name}: domain not .example")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        size = len(re.sub(r"\s", "", text))
        if not 600 <= size <= 1300:
            problems.append(f"{name}: Japanese article {size} chars")
    else:
        size = len(text.split())
        if not 300 <= size <= 650:
            problems.append(f"{name}: article {size} words")
    jp = len(re.findall(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", dig))
    if not 900 <= jp <= 1600:
        problems.append(f"{name}: digest {jp} Japanese characters")
    spans = [f["span"] for f in exp["findings"]]
    cit_kinds = {f["kind"] for f in exp["findings"]}
    date = pub[:10].replace("-", ".")
    if "citation" not in cit_kinds:
        if f"{ogt} {site} {date}" not in dig:
            problems.append(f"{name}: citation line differs from '{ogt} {site} {date}'")
        if canon not in dig.split("【引用・参照・底本】")[1].split():
            problems.append(f"{name}: citation URL is not the canonical URL")
    if exp["clean"]:
        clean_n += 1
        if exp["findings"] or not name.startswith("clean-"):
            problems.append(f"{name}: clean case with findings or wrong prefix")
    else:
        err_n += 1
        if len(exp["findings"]) != 3 or not name.startswith("err-"):
            problems.append(f"{name}: err case without exactly 3 findings")
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        if KINDS.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
        kinds[(f["kind"], f["severity"])] += 1
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("overview") or not d.get("details") or not d.get("key_points", d.get("keypoints", True)):
            problems.append(f"{name}: parsed digest lacks sections")
    print(f"{name:34s} {lang}  jp_chars={jp:5d}  article={size:4d}  findings={len(spans)}")

print()
print(f"cases: {clean_n + err_n} (clean {clean_n}, err {err_n})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), {f"{k}/{s}": n for (k, s), n in sorted(kinds.items())})
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
