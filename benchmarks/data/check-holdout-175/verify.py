#!/usr/bin/env python3
"""Sanity checks for check-holdout-175 (no checker involved).

Usage: python verify.py [--yoten PATH]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sevs = collections.Counter()
by_group = collections.Counter()
urls = set()

def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    group = "clean" if name.startswith("clean-") else "err"
    by_group[group] += 1
    # source checks
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in urls:
        problems.append(f"{name}: source URL reused")
    urls.add(canon)
    if ".example/" not in canon:
        problems.append(f"{name}: domain not .example")
    for need in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, need):
            problems.append(f"{name}: missing {need}")
    if '"@type": "NewsArticle"' not in src or "<article>" not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle or <article>")
    body = " ".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", src.split("<article>")[1].split("</article>")[0], re.S))
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 1400) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    # digest checks
    jlen = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
    if not 900 <= jlen <= 1600:
        problems.append(f"{name}: digest length {jlen} outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            problems.append(f"{name}: missing {marker}")
    cit = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
    pub = meta(src, "article:published_time")
    want_cit = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {pub[:10].replace('-', '.')}"
    cit_findings = [f for f in exp["findings"] if f["kind"] == "citation"]
    if (cit[0] != want_cit or cit[1] != canon) and not cit_findings:
        problems.append(f"{name}: citation differs from source but no citation finding")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # expected
    if exp["clean"] != (group == "clean"):
        problems.append(f"{name}: clean flag does not match name")
    if group == "clean" and exp["findings"]:
        problems.append(f"{name}: clean case has findings")
    if group == "err" and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
        if SEV.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} with severity {f['severity']}")
        n = dig.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif n > 1:
            problems.append(f"{name}: span occurs {n} times: {f['span']!r}")
        if f["kind"] != "citation" and f["span"] in html.unescape(src):
            problems.append(f"{name}: span also stands verbatim in source: {f['span']!r}")

print(f"cases: {len(cases)} ({by_group['clean']} clean, {by_group['err']} err)")
print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
print(f"planted findings: {sum(kinds.values())}")
print("kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
print("severities: " + ", ".join(f"{k} {v}" for k, v in sorted(sevs.items())))
print(f"distinct source URLs: {len(urls)}")
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("no problems")
