#!/usr/bin/env python3
"""Sanity checks for check-holdout-106.

- every case has source.html, digest.txt, expected.json
- clean-* cases: clean true, no findings; err-* cases: clean false, 3 findings
- every span stands verbatim in its digest; kinds and severities follow LABELS-v2
- every digest parses with `yoten parse` (YOTEN env var or `yoten` on PATH)
- digest length (non-space characters before 【引用・参照・底本】) 900-1600
- article text 300-650 words (Japanese: characters / 2)
- every URL in the source is under .example; the citation of a clean digest
  is the canonical URL, og:title and the published date in the outlet's zone
- counts by language and kind
"""
import collections
import html
import json
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}

problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
lang_by_kind = collections.Counter()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
    for f, p in files.items():
        if not p.exists():
            problems.append(f"{name}: missing {f}")
    if any(not p.exists() for p in files.values()):
        continue
    src = files["source.html"].read_text(encoding="utf-8")
    dig = files["digest.txt"].read_text(encoding="utf-8")
    exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # expected
    if name.startswith("clean-"):
        if exp.get("clean") is not True or exp.get("findings"):
            problems.append(f"{name}: clean case must have clean=true and no findings")
    elif name.startswith("err-"):
        if exp.get("clean") is not False or len(exp.get("findings", [])) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    else:
        problems.append(f"{name}: name must start with clean- or err-")
    spans = set()
    for f in exp.get("findings", []):
        k, s, sp = f.get("kind"), f.get("severity"), f.get("span")
        kinds[k] += 1
        sevs[s] += 1
        lang_by_kind[(lang, k)] += 1
        if SEV.get(k) != s:
            problems.append(f"{name}: kind {k} should have severity {SEV.get(k)}, not {s}")
        if not sp or sp not in dig:
            problems.append(f"{name}: span not in digest: {sp!r}")
        if sp in spans:
            problems.append(f"{name}: duplicate span {sp!r}")
        spans.add(sp)
    # parse
    r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
    # length
    body = dig.split("【引用・参照・底本】")[0]
    n = len("".join(body.split()))
    if not 900 <= n <= 1600:
        problems.append(f"{name}: digest length {n} outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    # article length
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", art, re.S)]
    words = sum(len(p) for p in paras) // 2 if lang == "ja" else sum(len(p.split()) for p in paras)
    if not 300 <= words <= 650:
        problems.append(f"{name}: article text {words} words outside 300-650")
    # domains
    for host in re.findall(r'https?://([^/"\s]+)', src + dig):
        if not host.endswith(".example") and host != "schema.org":
            problems.append(f"{name}: non-.example host {host}")
    # required page parts
    for part in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                 '"@type": "NewsArticle"', "<nav", "cookie", "<footer", "<title>"):
        if part not in src:
            problems.append(f"{name}: source lacks {part}")
    # citation
    cit = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
    title, site = meta(src, "og:title"), meta(src, "og:site_name")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
    pub = meta(src, "article:published_time")
    want = f"{title} {site} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    if name.startswith("clean-"):
        if cit[0] != want:
            problems.append(f"{name}: citation line {cit[0]!r} != {want!r}")
        if cit[1] != canon:
            problems.append(f"{name}: citation URL {cit[1]!r} != canonical")
    print(f"{name:32s} {lang}  digest {n:4d} chars  article {words:3d} words  findings {len(exp.get('findings', []))}")

print()
print("cases:", len(cases), " clean:", sum(c.name.startswith("clean-") for c in cases),
      " err:", sum(c.name.startswith("err-") for c in cases))
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), " by kind:", dict(sorted(kinds.items())),
      " by severity:", dict(sorted(sevs.items())))
print("findings by language and kind:", {f"{l}/{k}": v for (l, k), v in sorted(lang_by_kind.items())})
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("\nno problems")
