#!/usr/bin/env python3
"""Sanity checks for check-holdout-186 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            problems.append(f"{name}: missing {f}")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    src = (d / "source.html").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for tag in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', '"NewsArticle"', '<article>', 'cookie-banner', '<footer'):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    art = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = re.sub(r"<[^>]+>", " ", html.unescape(art))
    words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
    if not 300 <= words <= 650:
        problems.append(f"{name}: article length {words} words")
    jlen = len(re.sub(r"\s", "", digest.split("【引用・参照・底本】")[0]))
    if not 900 <= jlen <= 1600:
        problems.append(f"{name}: digest length {jlen} chars")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in digest:
            problems.append(f"{name}: digest lacks {m}")
    if not re.search(r"\.example/", digest):
        problems.append(f"{name}: citation URL not .example")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
    else:
        problems.append(f"{name}: bad prefix")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")

print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind", dict(sorted(kinds.items())), "by severity", dict(sorted(sev.items())))
if langs != collections.Counter(en=14, fr=3, de=3, es=2, ja=2):
    problems.append("language mix differs from 14/3/3/2/2")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
