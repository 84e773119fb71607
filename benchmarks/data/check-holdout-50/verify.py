#!/usr/bin/env python3
"""Sanity checks for check-holdout-50 (never runs the checker).

- every expected span stands verbatim in digest.txt;
- clean cases carry no findings, err cases 2-3; kinds and severities follow LABELS-v2;
- every URL in source.html and digest.txt is under the reserved .example TLD,
  and the citation URL equals the page's canonical link unless a citation finding is planted;
- article body length: 1,500-3,000 characters (Japanese: 2,000+);
- `yoten parse` accepts every digest;
- totals by language, kind and severity.
"""
import collections, html, json, os, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
       "glossary": "warning", "citation": "warning", "structure": "warning"}
problems, langs, kinds, sevs = [], collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    f = exp["findings"]
    if exp["clean"]:
        n_clean += 1
        if f or not name.startswith("clean-"):
            problems.append(f"{name}: clean case with findings or wrong prefix")
    else:
        n_err += 1
        if not (2 <= len(f) <= 3) or not name.startswith("err-"):
            problems.append(f"{name}: err case with {len(f)} findings")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for x in f:
        kinds[x["kind"]] += 1
        sevs[x["severity"]] += 1
        if SEV.get(x["kind"]) != x["severity"]:
            problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
        if x["span"] not in dig:
            problems.append(f"{name}: span not in digest: {x['span']!r}")
    for u in re.findall(r'https?://[^\s"<>]+', src + "\n" + dig):
        host = re.match(r"https?://([^/?#]+)", u).group(1)
        if host != "schema.org" and not host.endswith(".example"):
            problems.append(f"{name}: non-.example URL {u}")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
    cited = [l.strip() for l in dig.splitlines() if l.strip().startswith("http")][-1]
    if cited != canon and not any(x["kind"] == "citation" and x["span"] == cited for x in f):
        problems.append(f"{name}: citation URL differs from canonical without a label")
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    body = "".join(html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    lo, hi = (2000, 4000) if lang == "ja" else (1500, 3000)
    if not lo <= len(body) <= hi:
        problems.append(f"{name}: body {len(body)} chars")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:40s} {lang}  body {len(body):5d}  findings {len(f)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases {n_clean + n_err} (clean {n_clean}, err {n_err}); languages {dict(sorted(langs.items()))}")
print(f"findings {sum(kinds.values())}: by kind {dict(sorted(kinds.items()))}; by severity {dict(sorted(sevs.items()))}")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
