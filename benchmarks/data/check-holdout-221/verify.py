#!/usr/bin/env python3
"""Sanity checks for check-holdout-221 (no checker involved)."""
import json, pathlib, re, subprocess, sys, collections, html

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
sources = set()

def article_words(src, lang):
    m = re.search(r'<div class="article-body">(.*?)</div>', src, re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))
    if lang == "ja":
        return len(re.sub(r"\s", "", text)) // 2  # ~2 Japanese characters per English word
    return len(text.split())

for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in sources:
        problems.append(f"{name}: source reused")
    sources.add(canon)
    words = article_words(src, lang)
    if not 300 <= words <= 650:
        problems.append(f"{name}: article words {words}")
    body = re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0])
    jchars = len(body)
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest chars {jchars}")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: no {marker}")
    # citation: title, outlet, date in the outlet's own zone, canonical URL
    title = html.unescape(re.search(r'<meta property="og:title" content="([^"]+)"', src).group(1))
    outlet = html.unescape(re.search(r'<meta property="og:site_name" content="([^"]+)"', src).group(1))
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    cit_line = f"{title} {outlet} {pub[:10].replace('-', '.')}"
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if cit_line not in dig or canon not in dig.split("【引用・参照・底本】")[1].split():
            problems.append(f"{name}: citation differs from source")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            ok = {"mismatch": "error"}.get(f["kind"], "warning")
            if f["severity"] != ok:
                problems.append(f"{name}: severity {f['severity']} for {f['kind']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        js = json.loads(r.stdout)
    print(f"{name:42s} {lang}  words={words:3d}  digest_chars={jchars:4d}  findings={len(exp['findings'])}")

print()
print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted kinds:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
print("severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
