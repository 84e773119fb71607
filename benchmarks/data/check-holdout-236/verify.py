#!/usr/bin/env python3
"""Sanity checks for check-holdout-236 (no checker is run).

Usage: python verify.py [--yoten PATH]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
ERR_KINDS = {"mismatch"}
WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
urls = set()

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    if not {"source.html", "digest.txt", "expected.json"} <= files:
        problems.append(f"{name}: missing files {files}")
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source page furniture
    for prop in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, prop):
            problems.append(f"{name}: no {prop}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f"{name}: source reused")
    urls.add(canon)
    if ".example/" not in canon:
        problems.append(f"{name}: domain not .example")
    for needle in ('"@type": "NewsArticle"', "<article>", "cookie-banner", "<footer", "<nav>", "sidebar"):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article size {size} out of 300-650")
    # digest
    n = len(dig)
    if not 900 <= n <= 1600:
        problems.append(f"{name}: digest length {n} out of 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
    # citation (clean cases must cite title, outlet, local date and canonical URL)
    title, outlet = meta(src, "og:title"), meta(src, "og:site_name")
    date = meta(src, "article:published_time")[:10].replace("-", ".")
    cite = dig.split("【引用・参照・底本】", 1)[1]
    # expected
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or f:
            problems.append(f"{name}: clean case with findings")
        if title not in cite or outlet not in cite or date not in cite or canon + "\n" not in cite + "\n" or "?" in cite:
            problems.append(f"{name}: clean citation does not match source")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(f) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            if x["span"] not in dig:
                problems.append(f"{name}: span not in digest: {x['span']!r}")
            if x["kind"] in ERR_KINDS and x["severity"] != "error":
                problems.append(f"{name}: {x['kind']} must be error")
            if x["kind"] in WARN_KINDS and x["severity"] != "warning":
                problems.append(f"{name}: {x['kind']} must be warning")
            if x["kind"] not in ERR_KINDS | WARN_KINDS:
                problems.append(f"{name}: unknown kind {x['kind']}")
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
    else:
        problems.append(f"{name}: bad name")

print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by severity:", dict(sorted(sev.items())), "by kind:", dict(sorted(kinds.items())))
if (n_clean, n_err) != (12, 12):
    problems.append("expected 12 clean and 12 err cases")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"language mix {dict(langs)}")
for p in problems:
    print("PROBLEM:", p)
print("no problems" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
