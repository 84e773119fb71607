#!/usr/bin/env python3
"""Sanity checks for check-holdout-147 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
ERR_KINDS = {"mismatch": "error"}
WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
urls = {}


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {f.name for f in case.iterdir()}
    if files != {"source.html", "digest.txt", "expected.json"}:
        problems.append(f"{name}: files {sorted(files)}")
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for need in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, need):
            problems.append(f"{name}: no {need}")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]*)"', src).group(1))
    if canon in urls:
        problems.append(f"{name}: source reused from {urls[canon]}")
    urls[canon] = name
    if not canon.split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    body = re.search(r'<div class="article-body">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    if lang == "ja" and not 600 <= size <= 1300:
        problems.append(f"{name}: Japanese article has {size} characters")
    jchars = len(re.findall(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if dig.count(marker) != 1:
            problems.append(f"{name}: marker {marker} x{dig.count(marker)}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        parsed = json.loads(r.stdout)
        if not parsed.get("headline"):
            problems.append(f"{name}: parse gave no headline")
    # citation (checked strictly for clean cases; err cases may carry a planted citation slip)
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    pub = meta(src, "article:published_time")
    want = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    cit_ok = len(cit) == 2 and cit[0] == want and cit[1] == canon
    findings = exp.get("findings", [])
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if not cit_ok:
            problems.append(f"{name}: citation {cit} != {want} / {canon}")
    elif name.startswith("err-"):
        if exp.get("clean") is not False or len(findings) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        if not cit_ok and not any(f["kind"] == "citation" for f in findings):
            problems.append(f"{name}: citation wrong but not labelled")
    else:
        problems.append(f"{name}: bad name")
    spans = [f["span"] for f in findings]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in findings:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span {f['span']!r} not in digest")
        want_sev = "error" if f["kind"] in ERR_KINDS else "warning" if f["kind"] in WARN_KINDS else None
        if f["severity"] != want_sev:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    rows.append((name, lang, size, jchars, len(findings)))

print(f"{'case':45} lang  src  jchars findings")
for r in rows:
    print(f"{r[0]:45} {r[1]:4} {r[2]:4} {r[3]:6} {r[4]}")
n = len(rows)
clean = sum(r[0].startswith("clean-") for r in rows)
print(f"\ncases: {n} (clean {clean}, err {n - clean})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sev.items())))
if n != 24 or clean != 12 or dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append("counts do not match the brief (24 cases, 12 clean, 14/3/3/2/2)")
print("\nproblems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
