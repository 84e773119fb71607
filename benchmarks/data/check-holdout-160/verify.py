#!/usr/bin/env python3
"""Sanity checks for check-holdout-160 (no checker run)."""
import collections, html, json, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((ROOT / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    for f in ("source.html", "digest.txt", "expected.json"):
        if f not in files:
            problems.append(f"{name}: missing {f}")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for tag in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                'property="article:published_time"', '"@type": "NewsArticle"', "<article>", "cookie-banner", "<footer"):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article length {size} outside 300-650 (ja: chars/2)")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if not re.match(r"https://[^/]+\.example/", canon):
        problems.append(f"{name}: canonical not under .example")
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig:
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not verbatim in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: severity {f['severity']} for kind {f['kind']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("overview", "details", "key_points"):
            if key in d and not d[key]:
                problems.append(f"{name}: parsed {key} empty")

print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
