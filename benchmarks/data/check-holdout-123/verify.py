#!/usr/bin/env python3
"""Sanity checks for check-holdout-123 (no checker involved)."""
import html, json, re, subprocess, sys
from collections import Counter
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning"}
problems = []
langs, kinds, sevs = Counter(), Counter(), Counter()
n_clean = n_err = 0


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    if not (HERE / "specs" / f"{name}.txt").is_file():
        problems.append(f"{name}: missing spec")
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source shape
    for p in ("og:site_name", "og:title", "article:published_time", "og:url"):
        if not meta(src, p):
            problems.append(f"{name}: source lacks {p}")
    for needle in ('rel="canonical"', '"@type": "NewsArticle"', "<article>", "cookie-banner", "<footer", "<nav"):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", p)) for p in
                    re.findall(r"<p>(.*?)</p>", src.split('<div class="article-body">')[1].split("</div>")[0], re.S))
    size = len("".join(body.split())) if lang == "ja" else len(body.split())
    lo, hi = (500, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article text {size} outside {lo}-{hi}")
    # digest size and parse
    chars = len("".join(dig.split()))
    if not 900 <= chars <= 1600:
        problems.append(f"{name}: digest {chars} chars outside 900-1600")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("details") or not d.get("overview"):
            problems.append(f"{name}: parsed digest lacks sections")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    # citation against the source (clean cases must be exact)
    lines = [l.strip() for l in dig.split("【引用・参照・底本】")[1].splitlines() if l.strip()]
    pub = datetime.fromisoformat(meta(src, "article:published_time"))
    want_cite = f"{meta(src, 'og:title')} {meta(src, 'og:site_name')} {pub:%Y.%m.%d}"
    cite_ok = lines[0] == want_cite and lines[1] == meta(src, "og:url")
    # labels
    findings = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or findings:
            problems.append(f"{name}: clean case with findings or clean!=true")
        if not cite_ok:
            problems.append(f"{name}: citation differs from source: {lines[:2]}")
    elif name.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(findings) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        if not cite_ok and not any(f["kind"] == "citation" for f in findings):
            problems.append(f"{name}: citation differs but no citation finding")
    else:
        problems.append(f"{name}: bad case name")
    spans = [f["span"] for f in findings]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in findings:
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
        if SEV.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} should be {SEV.get(f['kind'])}")
        if dig.count(f["span"]) != 1:
            problems.append(f"{name}: span {f['span']!r} occurs {dig.count(f['span'])} times")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), "| kinds:", dict(sorted(kinds.items())),
      "| severities:", dict(sorted(sevs.items())))
if n_clean != 12 or n_err != 12:
    problems.append("need 12 clean and 12 err cases")
if langs != Counter(en=14, fr=3, de=3, es=2, ja=2):
    problems.append(f"language mix {dict(langs)} != en14 fr3 de3 es2 ja2")
for p in problems:
    print("PROBLEM:", p)
print("OK: no problems" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
