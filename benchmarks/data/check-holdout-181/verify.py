#!/usr/bin/env python3
"""Sanity checks for check-holdout-181 (no checker involved).

usage: python verify.py [--yoten PATH]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "/tmp/bcv181/bin/yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
rows = []

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source checks
    for tag in ('og:site_name', 'og:title', 'article:published_time'):
        if not meta(src, tag):
            problems.append(f"{name}: no {tag}")
    for needle in ('rel="canonical"', '"@type": "NewsArticle"', "<article", "cookie", "<nav", "<footer", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    body = re.search(r"<article.*?</article>", src, re.S).group(0)
    text = html.unescape(" ".join(re.findall(r"<p>(.*?)</p>", body, re.S)))
    size = len(text) // 2 if lang == "ja" else len(text.split())  # ja: ~2 chars per word
    if not 300 <= size <= 650:
        problems.append(f"{name}: article text {size} words")
    # digest checks
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline") or not d.get("details", {}).get("topics"):
            problems.append(f"{name}: parse lacks headline/topics")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    title = meta(src, "og:title"); outlet = meta(src, "og:site_name")
    pub = meta(src, "article:published_time")
    cite = f"{title} {outlet} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    is_clean = name.startswith("clean-")
    if exp["clean"] != is_clean:
        problems.append(f"{name}: clean flag {exp['clean']}")
    if is_clean:
        if exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if cite not in dig:
            problems.append(f"{name}: citation line differs from {cite!r}")
        if canon not in dig.split() :
            problems.append(f"{name}: canonical URL not cited")
    else:
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['span']} severity {f['severity']}")
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            rows.append((name, f["span"], f["kind"], dig.count(f["span"])))
    print(f"{name:34s} {lang}  article={size:4d}  digest={jchars:5d}  findings={len(exp['findings'])}")

print()
print("cases:", sum(langs.values()), " clean:", sum(1 for c in (HERE / 'cases').iterdir() if c.name.startswith('clean-')),
      " err:", sum(1 for c in (HERE / 'cases').iterdir() if c.name.startswith('err-')))
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
multi = [r for r in rows if r[3] > 1]
for r in multi:
    print(f"note: span {r[1]!r} occurs {r[3]}x in {r[0]} (same mistake repeated)")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
