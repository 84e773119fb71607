#!/usr/bin/env python3
"""Sanity checks for check-holdout-161 (does not run the checker)."""
import collections, html, json, pathlib, re, subprocess, sys
ROOT = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
cases = sorted(p for p in (ROOT / "cases").iterdir() if p.is_dir())
n_clean = n_err = 0
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for tag in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"', 'article:published_time', '"NewsArticle"', "<article>", "cookie-banner", "<footer>", "<nav>"):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", m)) for m in re.findall(r"<article>(.*?)</article>", src, re.S))
    words = len(body.split()) if lang != "ja" else len(re.sub(r"\s", "", body)) // 2
    if not 300 <= words <= 650 + 40:  # + title/kicker/byline
        problems.append(f"{name}: article text {words} words")
    jlen = len(re.sub(r"\s", "", dig))
    if not 900 <= jlen <= 1700:
        problems.append(f"{name}: digest {jlen} chars")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig.splitlines()[-1] and canon != dig.strip().splitlines()[-1].strip():
            problems.append(f"{name}: citation URL is not the canonical URL")
        if pub[:10].replace("-", ".") not in dig:
            problems.append(f"{name}: citation date not the outlet-local date {pub[:10]}")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    else:
        problems.append(f"{name}: bad case name")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
