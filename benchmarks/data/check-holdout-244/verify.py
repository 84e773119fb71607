#!/usr/bin/env python3
"""Sanity checks for check-holdout-244 (no checker is run)."""
import collections, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv244/bin/yoten"
JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f・ー]")
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()

def article_text(html):
    m = re.search(r'<div class="article-body">(.*?)</div>', html, re.S)
    return re.sub(r"<[^>]+>", " ", m.group(1)) if m else ""

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    html = (c / "source.html").read_text(encoding="utf-8")
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    langs[lang] += 1
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "cookie-banner", "<nav>", "<footer", "<article>"):
        if needle not in html:
            problems.append(f"{name}: source lacks {needle}")
    if not re.search(r'<link rel="canonical" href="https://[^"/]+\.example/', html):
        problems.append(f"{name}: canonical not under .example")
    text = article_text(html)
    size = len(JA.findall(text)) if lang == "ja" else len(text.split())
    lo, hi = (700, 1400) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article size {size} outside {lo}-{hi}")
    jchars = len(JA.findall(digest))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    clean = name.startswith("clean-")
    if exp.get("clean") is not clean:
        problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
    if clean and exp["findings"]:
        problems.append(f"{name}: clean case has findings")
    if not clean and len(exp["findings"]) != 3:
        problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(spans) != len(set(spans)):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    if clean and canon not in digest.split("【引用・参照・底本】")[-1]:
        problems.append(f"{name}: citation lacks canonical URL")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{name:34s} {lang}  article={size:4d}  digest_ja={jchars:4d}  findings={len(exp['findings'])}")

print()
print("cases:", len(cases), " clean:", sum(c.name.startswith("clean-") for c in cases),
      " err:", sum(c.name.startswith("err-") for c in cases))
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), " by severity:", dict(sorted(sev.items())),
      " total:", sum(kinds.values()))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
