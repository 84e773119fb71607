#!/usr/bin/env python3
"""Sanity checks for check-holdout-146 (no checker involved).

usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
canon_seen = {}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
rows = []
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in canon_seen:
        problems.append(f"{name}: source reused from {canon_seen[canon]}")
    canon_seen[canon] = name
    for p in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, p):
            problems.append(f"{name}: no {p}")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    if ".example" not in canon:
        problems.append(f"{name}: canonical not under .example")
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", art))
    words = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words")
    jchars = len(re.findall(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    # expected.json
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag")
    if name.startswith("clean-") and exp["findings"]:
        problems.append(f"{name}: clean case with findings")
    if name.startswith("err-") and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: severity {f['severity']} for {f['kind']}")
    # citation
    body, _, cite = dig.partition("【引用・参照・底本】")
    cite_lines = [l.strip() for l in cite.strip().splitlines() if l.strip()]
    title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
    pub = meta(src, "article:published_time")[:10].replace("-", ".")
    good_cite = cite_lines[:2] == [f"{title} {outlet} {pub}", canon]
    has_cite_finding = any(f["kind"] == "citation" for f in exp["findings"])
    if good_cite == has_cite_finding:
        problems.append(f"{name}: citation {'correct but labelled' if good_cite else 'wrong but unlabelled'}")
    # abbreviations / Latin tokens in the body must stand in the source
    named = {f["span"] for f in exp["findings"] if f["kind"] == "name"}
    for tok in set(re.findall(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])", body)):
        if tok not in text and tok not in named:
            problems.append(f"{name}: Latin token {tok} not in source")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
    rows.append((name, lang, words, jchars, len(exp["findings"])))

print(f"{'case':34} lang words jchars findings")
for r in rows:
    print(f"{r[0]:34} {r[1]:4} {r[2]:5} {r[3]:6} {r[4]:3}")
print()
print("cases:", len(cases), "clean:", sum(1 for c in cases if c.name.startswith("clean-")),
      "err:", sum(1 for c in cases if c.name.startswith("err-")))
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
if len(cases) != 24:
    problems.append(f"{len(cases)} cases, want 24")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language counts {dict(langs)}")
print()
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
