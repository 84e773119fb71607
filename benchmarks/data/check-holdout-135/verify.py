#!/usr/bin/env python3
"""Sanity checks for check-holdout-135 (no checker involved).

- every case has source.html, digest.txt, expected.json
- clean-* cases: clean true, no findings; err-* cases: clean false, 3 findings
- every span stands verbatim in its digest; spans distinct within a case
- every digest parses with `yoten parse` (path of yoten: $YOTEN or yoten on PATH)
- source article text 300-650 words (Japanese: characters / 2), digest 900-1600
  characters (non-space, title to citation marker)
- source has canonical, og:site_name, og:title, published_time, JSON-LD, article
- counts by language, kind and severity
"""
import collections, html, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv135/bin/yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
    for f, p in files.items():
        if not p.exists():
            problems.append(f"{name}: missing {f}")
    src = files["source.html"].read_text(encoding="utf-8")
    dig = files["digest.txt"].read_text(encoding="utf-8")
    exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for needle in ('rel="canonical"', 'og:site_name', 'og:title', 'article:published_time',
                   'application/ld+json', '"NewsArticle"', '<article>', 'cookie-banner', '<footer'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    words = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words")
    main = dig.split("【引用・参照・底本】")[0]
    chars = len(re.sub(r"\s", "", main))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest has {chars} characters")
    # citation: canonical URL and title
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    if name.startswith("clean-") and canon not in dig.split("【引用・参照・底本】")[1]:
        problems.append(f"{name}: canonical URL not cited")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
    else:
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean false and 3 findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        n = dig.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
              "spelling": "warning", "citation": "warning"}
        if ok.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
    r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        for key in ("overview", "details", "key_points", "sources"):
            if not d.get(key):
                problems.append(f"{name}: parsed digest lacks {key}")
    rows.append((name, lang, words, chars, len(exp["findings"])))

print(f"{'case':32} lang words chars findings")
for r in rows:
    print(f"{r[0]:32} {r[1]:4} {r[2]:5} {r[3]:5} {r[4]}")
clean = sum(1 for r in rows if r[0].startswith("clean-"))
print(f"cases: {len(rows)} (clean {clean}, err {len(rows) - clean})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
