#!/usr/bin/env python3
"""Sanity checks for check-holdout-226 (no checker involved).

- every case has source.html, digest.txt, expected.json
- every span stands verbatim in its digest (and how often)
- clean cases have no findings; err cases have 3
- every digest parses with `yoten parse`
- clean citations carry the canonical URL, og:title and the outlet's local date
- article length (words; characters for Japanese) and digest length
- counts by language, kind and severity
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, rows = [], []
langs, kinds = collections.Counter(), collections.Counter()
total_findings = 0


def meta(src, prop):
    m = re.search(r'<meta property="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
    for f, p in files.items():
        if not p.exists():
            problems.append(f"{name}: missing {f}")
    if not all(p.exists() for p in files.values()):
        continue
    src = files["source.html"].read_text(encoding="utf-8")
    dig = files["digest.txt"].read_text(encoding="utf-8")
    exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = " ".join(re.findall(r"<p>(.*?)</p>", re.search(r"<article>(.*?)</article>", src, re.S).group(1), re.S))
    body = html.unescape(body)
    size = len(body) if lang == "ja" else len(body.split())
    # digest length: characters other than whitespace, citation block left out
    jchars = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】", 1)[0]))
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    for key in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, key):
            problems.append(f"{name}: no {key}")
    if '"@type": "NewsArticle"' not in src or 'rel="canonical"' not in src:
        problems.append(f"{name}: no JSON-LD or canonical")
    clean = name.startswith("clean-")
    if exp.get("clean") != clean:
        problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
    if clean and exp["findings"]:
        problems.append(f"{name}: clean case with findings")
    if not clean and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    for f in exp["findings"]:
        n = dig.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span {f['span']!r} not in digest")
        kinds[(f["kind"], f["severity"])] += 1
        total_findings += 1
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    # citation of clean cases: canonical URL, og:title, outlet, local date
    canon = re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1)
    title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
    date = meta(src, "article:published_time")[:10].replace("-", ".")
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    if clean:
        if cite[0] != f"{title} {outlet} {date}":
            problems.append(f"{name}: citation line {cite[0]!r}")
        if cite[1] != html.unescape(canon):
            problems.append(f"{name}: citation URL {cite[1]!r}")
    r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        for sec in ("overview", "details", "key_points"):
            if sec in d and not d[sec]:
                problems.append(f"{name}: empty {sec}")
    rows.append((name, lang, size, jchars, len(exp["findings"])))

print(f"{'case':34} lang  article  digest(chars)     findings")
for r in rows:
    unit = "chars" if r[1] == "ja" else "words"
    print(f"{r[0]:34} {r[1]:4} {r[2]:4} {unit:5}  {r[3]:5}             {r[4]}")
print()
print("cases:", len(rows), "clean:", sum(r[0].startswith('clean-') for r in rows),
      "err:", sum(r[0].startswith('err-') for r in rows))
print("languages:", dict(sorted(langs.items())))
print("planted findings:", total_findings)
for (k, s), n in sorted(kinds.items()):
    print(f"  {k:12} {s:8} {n}")
print()
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
