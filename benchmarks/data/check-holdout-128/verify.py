#!/usr/bin/env python3
"""Sanity checks for check-holdout-128 (no checker is run).

- every case has source.html, digest.txt, expected.json;
- clean cases have "clean": true and no findings; err cases have 3;
- kinds and severities follow LABELS-v2 (mismatch = error, the rest warnings);
- every span stands verbatim in its digest (occurrence count reported);
- every digest parses with `yoten parse`;
- the citation line of a case without a citation finding carries the source title, og:site_name and
  the date in the outlet's own UTC offset; its URL is the canonical link;
- article text is 300-650 words (or 600-1300 characters for Japanese) and
  digests 900-1600 non-space characters;
- counts by language, case type and kind.
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
import html as htmlmod

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning"}

problems = []
by_lang = collections.Counter()
by_type = collections.Counter()
by_kind = collections.Counter()
by_lang_type = collections.Counter()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return htmlmod.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    kind_of_case = "clean" if name.startswith("clean-") else "err"
    by_lang[lang] += 1
    by_type[kind_of_case] += 1
    by_lang_type[(lang, kind_of_case)] += 1

    # labels
    if kind_of_case == "clean":
        if exp.get("clean") is not True or exp.get("findings"):
            problems.append(f"{name}: clean case must have clean=true and no findings")
    else:
        if exp.get("clean") is not False or len(exp.get("findings", [])) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    spans = [f["span"] for f in exp.get("findings", [])]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp.get("findings", []):
        by_kind[(f["kind"], f["severity"])] += 1
        if SEV.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} must be {SEV.get(f['kind'])}")
        n = dig.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif n > 1:
            print(f"note: {name}: span {f['span']!r} occurs {n} times")

    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") or not d.get("overview"):
            problems.append(f"{name}: parsed digest lacks sections")

    # source facts
    title = meta(src, "og:title")
    site = meta(src, "og:site_name")
    pub = meta(src, "article:published_time")
    canon = htmlmod.unescape(re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1))
    if f"<title>{htmlmod.escape(title)} - {htmlmod.escape(site)}</title>" not in src:
        problems.append(f"{name}: <title> lacks outlet suffix")
    if '"@type": "NewsArticle"' not in src or "<article>" not in src:
        problems.append(f"{name}: JSON-LD NewsArticle or <article> missing")
    if not pub.endswith(("Z",)) and not re.search(r"[+-]\d\d:\d\d$", pub):
        problems.append(f"{name}: published_time lacks UTC offset")
    if not re.match(r"https://[^/]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example")
    want_cite = f"{title} {site} {pub[:10].replace('-', '.')}"
    cite_block = dig.split("【引用・参照・底本】", 1)[1]
    if not any(f["kind"] == "citation" for f in exp.get("findings", [])):
        if want_cite not in cite_block:
            problems.append(f"{name}: citation line differs from {want_cite!r}")
        if canon not in cite_block.split():
            problems.append(f"{name}: citation URL is not the canonical link")

    # lengths
    body = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S).group(1)
    text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", body))
    if lang == "ja":
        n = len(re.sub(r"\s", "", text))
        ok = 600 <= n <= 1300
        size = f"{n} chars"
    else:
        n = len(text.split())
        ok = 300 <= n <= 650
        size = f"{n} words"
    dn = len(re.sub(r"\s", "", dig))
    if not ok:
        problems.append(f"{name}: article text {size}")
    if not 900 <= dn <= 1600:
        problems.append(f"{name}: digest {dn} chars")
    print(f"{name:38s} {lang}  source {size:>10s}  digest {dn:5d} chars  findings {len(spans)}")

print()
print("cases by type:", dict(by_type))
print("cases by language:", dict(sorted(by_lang.items())))
print("by language and type:", {f"{l}/{t}": n for (l, t), n in sorted(by_lang_type.items())})
print("findings by kind:", {f"{k}/{s}": n for (k, s), n in sorted(by_kind.items())})
print("findings total:", sum(by_kind.values()))
print()
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
