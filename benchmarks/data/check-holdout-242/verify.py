#!/usr/bin/env python3
"""Sanity checks for check-holdout-242 (no checker is run)."""
import collections, json, pathlib, re, subprocess, sys, html as H

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = (HERE / "specs" / f"{name}.txt")
    if not spec.exists():
        problems.append(f"{name}: no spec")
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source metadata
    for pat in [r'<title>.+ [|-] .+</title>', r'og:site_name', r'og:title', r'rel="canonical"',
                r'article:published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"',
                r'"@type": "NewsArticle"', r'<article>', r'cookie-banner', r'<nav>', r'<footer']:
        if not re.search(pat, src):
            problems.append(f"{name}: source lacks {pat}")
    if not re.search(r'https?://[^"/]+\.example/', src):
        problems.append(f"{name}: canonical not under .example")
    body = " ".join(H.unescape(re.sub(r"<[^>]+>", " ", m)) for m in re.findall(r"<(?:p|h2)>(.*?)</(?:p|h2)>", src.split("<article>")[1].split("</article>")[0]))
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (650, 1600) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size}")
    # digest
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars")
    for marker in ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"]:
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
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    pub = re.search(r'article:published_time" content="(\d{4})-(\d\d)-(\d\d)', src).groups()
    title = H.unescape(re.search(r'og:title" content="([^"]+)"', src).group(1))
    outlet = H.unescape(re.search(r'og:site_name" content="([^"]+)"', src).group(1))
    cite = f"{title} {outlet} {'.'.join(pub)}"
    # expected
    is_clean = name.startswith("clean-")
    if exp.get("clean") != is_clean:
        problems.append(f"{name}: clean flag {exp.get('clean')}")
    f = exp.get("findings", [])
    if is_clean:
        n_clean += 1
        if f:
            problems.append(f"{name}: clean case has findings")
        if cite not in dig:
            problems.append(f"{name}: citation line != '{cite}'")
        if canon not in dig.split("【引用・参照・底本】")[1].split():
            problems.append(f"{name}: citation URL is not the canonical URL")
    else:
        n_err += 1
        if len(f) != 3:
            problems.append(f"{name}: {len(f)} findings")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            c = dig.count(x["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {x['span']}")
            elif c > 1:
                problems.append(f"{name}: span occurs {c} times: {x['span']}")
            want = "error" if x["kind"] == "mismatch" else "warning"
            if x["severity"] != want:
                problems.append(f"{name}: {x['kind']} with severity {x['severity']}")
        # the citation must be right unless a citation finding is planted
        if not any(x["kind"] == "citation" for x in f):
            if cite not in dig:
                problems.append(f"{name}: citation line != '{cite}'")
            if canon not in dig.split("【引用・参照・底本】")[1].split():
                problems.append(f"{name}: citation URL is not the canonical URL")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK: no problems")
