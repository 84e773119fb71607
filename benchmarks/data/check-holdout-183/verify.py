#!/usr/bin/env python3
"""Sanity checks for check-holdout-183 (no checker involved).

- every case has source.html, digest.txt, expected.json; clean-* has no findings, err-* has 3
- every span stands verbatim in its digest; one finding per distinct span
- every digest parses with `yoten parse` (set YOTEN to the executable)
- every source has the required metadata, 300-650 words of article text, a distinct canonical URL
- digest length 900-1600 characters (whitespace, URLs and Latin runs excluded)
- counts by language, kind and severity
"""
import collections, html, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []
langs, kinds, sevs = collections.Counter(), collections.Counter(), collections.Counter()
canon = {}
ncase = nclean = nerr = 0
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    ncase += 1
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).is_file():
            problems.append(f"{name}: missing {f}")
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for pat in (r'<meta property="og:site_name"', r'<meta property="og:title"', r'<link rel="canonical"',
                r'<meta property="article:published_time" content="[^"]+[+-]\d\d:\d\d"', r'"@type": "NewsArticle"',
                r'id="cookie-banner"', r"<nav>", r"<footer>", r"<article>", r'class="related"'):
        if not re.search(pat, src):
            problems.append(f"{name}: source lacks {pat}")
    url = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r"https://[^/]+\.example/", url):
        problems.append(f"{name}: canonical not under .example")
    if url in canon:
        problems.append(f"{name}: same source as {canon[url]}")
    canon[url] = name
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S)]
    text = " ".join(paras)
    words = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article text {words} words")
    jchars = len(re.sub(r"https?://\S+|[A-Za-z][A-Za-z .,'&’\-]*|\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} characters")
    if not dig.rstrip().endswith(url) and name.startswith("clean-"):
        problems.append(f"{name}: clean digest does not cite the canonical URL")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        parsed = json.loads(r.stdout)
        if not parsed.get("details") or not parsed.get("overview"):
            problems.append(f"{name}: parse lacks overview/details")
    f = exp["findings"]
    if name.startswith("clean-"):
        nclean += 1
        if not exp["clean"] or f:
            problems.append(f"{name}: clean case with findings")
    elif name.startswith("err-"):
        nerr += 1
        if exp["clean"] or len(f) != 3:
            problems.append(f"{name}: err case must have 3 findings, has {len(f)}")
    else:
        problems.append(f"{name}: bad name")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for x in f:
        kinds[x["kind"]] += 1
        sevs[x["severity"]] += 1
        if x["span"] not in dig:
            problems.append(f"{name}: span not in digest: {x['span']!r}")
        want = "error" if x["kind"] == "mismatch" else "warning"
        if x["severity"] != want:
            problems.append(f"{name}: {x['kind']} should be {want}")
    print(f"{name:38} {lang}  words={words:4}  digest={jchars:4}  findings={len(f)}")

print()
print(f"cases {ncase}: clean {nclean}, err {nerr}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), " severities:", dict(sorted(sevs.items())))
print("planted findings:", sum(kinds.values()))
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
