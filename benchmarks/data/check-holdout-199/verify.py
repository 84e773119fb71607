#!/usr/bin/env python3
"""Sanity checks for check-holdout-199. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys
from datetime import datetime

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
sources = set()

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    meta = dict(l.split(": ", 1) for l in spec.split("\n---\n", 1)[0].strip().splitlines())
    langs[meta["lang"]] += 1
    if src in sources:
        problems.append(f"{name}: duplicate source")
    sources.add(src)
    # source page
    for pat in ("<title>", 'property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                'property="article:published_time"', '"@type": "NewsArticle"', "<nav>", "cookie-banner", "<footer>", "<article>"):
        if pat not in src:
            problems.append(f"{name}: source lacks {pat}")
    art = re.search(r"<article>(.*)</article>", src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", art))
    words = len(text.split()) if meta["lang"] != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article text {words} words")
    # digest length and citation
    body = dig.split("【引用・参照・底本】")[0]
    nch = len(re.sub(r"\s", "", body))
    if not 900 <= nch <= 1600:
        problems.append(f"{name}: digest {nch} chars")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    pub = datetime.fromisoformat(meta["published"])
    want_cite = f"{meta['title']} {meta['outlet']} {pub:%Y.%m.%d}"
    cite = dig.split("【引用・参照・底本】")[1].strip().splitlines()
    cite = [c for c in cite if c.strip()]
    cite_spans = [f["span"] for f in exp["findings"] if f["kind"] == "citation"]
    if cite[0] != want_cite and not any(s in cite[0] for s in cite_spans):
        problems.append(f"{name}: citation title line differs: {cite[0]!r}")
    if cite[1] != canon and not any(s in cite[1] for s in cite_spans):
        problems.append(f"{name}: citation URL differs from canonical")
    # labels
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1
        if exp["clean"] is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not verbatim in digest: {f['span']!r}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
            if f["kind"] != "citation" and f["span"] in html.unescape(src):
                problems.append(f"{name}: span also occurs in source: {f['span']!r}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d:
            problems.append(f"{name}: yoten parse returned nothing")

print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severity:", dict(sorted(sev.items())))
if n_clean != 12 or n_err != 12:
    problems.append("need 12 clean and 12 err cases")
if langs != collections.Counter(en=14, fr=3, de=3, es=2, ja=2):
    problems.append(f"language counts off: {dict(langs)}")
print("problems:", len(problems))
for p in problems:
    print(" -", p)
sys.exit(1 if problems else 0)
