#!/usr/bin/env python3
"""Sanity checks for check-holdout-195. Usage: python verify.py [path/to/yoten]"""
import collections, datetime, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
urls = set()
n_clean = n_err = 0

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source metadata
    for pat in [r"<title>.+ - .+</title>", r'og:site_name" content=', r'og:title" content=',
                r'rel="canonical" href="https://[^"]+\.example/', r'article:published_time" content="[^"]+[+-]\d\d:\d\d"',
                r'"@type": "NewsArticle"', r"<article>", r'id="cookie-banner"', r"<footer", r"<nav>", r'class="related"']:
        if not re.search(pat, src):
            problems.append(f"{name}: source lacks {pat}")
    url = html.unescape(re.search(r'rel="canonical" href="([^"]+)"', src).group(1))
    if url in urls:
        problems.append(f"{name}: source URL reused")
    urls.add(url)
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1), re.S))
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size} outside {lo}-{hi}")
    # digest
    chars = len(re.sub(r"\s", "", dig))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest {chars} chars")
    for marker in ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"]:
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    # expected
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        title = html.unescape(re.search(r'og:title" content="([^"]+)"', src).group(1))
        outlet = html.unescape(re.search(r'og:site_name" content="([^"]+)"', src).group(1))
        pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
        date = datetime.datetime.fromisoformat(pub).strftime("%Y.%m.%d")
        try:
            got = json.loads(r.stdout)["sources"][0]
        except Exception:
            got = {}
        want = {"title": title, "outlet": outlet, "date": date.replace(".", "-"), "url": url}
        if {k: got.get(k) for k in want} != want:
            problems.append(f"{name}: citation {got} != {want}")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning", "citation": "warning"}
            if ok.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
    else:
        problems.append(f"{name}: bad case name")
    print(f"{name:34} {lang}  article {size:4}  digest {chars:4}  findings {len(exp['findings'])}")

print()
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want:
    problems.append(f"languages {dict(langs)} != {want}")
if (n_clean, n_err) != (12, 12):
    problems.append("need 12 clean and 12 err cases")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
