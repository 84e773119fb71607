#!/usr/bin/env python3
"""Sanity checks for check-holdout-197 (no checker is run)."""
import json, re, subprocess, sys, html
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], Counter(), Counter(), Counter()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
sources = set()
for c in cases:
    n = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{n}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if canon in sources:
        problems.append(f"{n}: source reused")
    sources.add(canon)
    for need in ("og:site_name", "og:title", "article:published_time", "application/ld+json", "NewsArticle", "<article>", "cookie-banner", "<footer>", "<nav>"):
        if need not in src:
            problems.append(f"{n}: source lacks {need}")
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    text = html.unescape(" ".join(re.findall(r"<p>(.*?)</p>", art, re.S)))
    size = len(text.replace(" ", "")) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{n}: article text {size} {'chars' if lang == 'ja' else 'words'}")
    body = dig.split("【引用・参照・底本】")[0]
    jchars = len(re.sub(r"\s", "", body))
    if not 900 <= jchars <= 1600:
        problems.append(f"{n}: digest {jchars} chars")
    if exp["clean"] != n.startswith("clean-"):
        problems.append(f"{n}: clean flag")
    if n.startswith("clean-") and exp["findings"]:
        problems.append(f"{n}: clean case with findings")
    if n.startswith("err-") and len(exp["findings"]) != 3:
        problems.append(f"{n}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{n}: duplicate span")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{n}: span not in digest: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{n}: severity {f['severity']} for {f['kind']}")
    # citation: title, outlet and date line, then URL
    cite = dig.split("【引用・参照・底本】")[1].strip().splitlines()
    title = html.unescape(re.search(r'<meta property="og:title" content="([^"]*)"', src).group(1))
    outlet = html.unescape(re.search(r'<meta property="og:site_name" content="([^"]*)"', src).group(1))
    pub = re.search(r'<meta property="article:published_time" content="([^"]*)"', src).group(1)
    want_line = f"{title} {outlet} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    cite_ok = cite[0] == want_line and cite[-1] == canon
    planted_cite = any(f["kind"] == "citation" for f in exp["findings"])
    if cite_ok == planted_cite:
        problems.append(f"{n}: citation {'correct' if not cite_ok else 'wrong'} vs labels: {cite[0]!r} / {cite[-1]!r}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{n:38s} {lang}  article {size:4d}  digest {jchars:4d}  findings {len(spans)}")
clean = sum(n.name.startswith("clean-") for n in cases)
print(f"\ncases {len(cases)} (clean {clean}, err {len(cases) - clean}); sources distinct {len(sources)}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), " severities:", dict(sorted(sev.items())), " total", sum(kinds.values()))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
