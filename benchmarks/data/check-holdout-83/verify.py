#!/usr/bin/env python3
"""Sanity checks for check-holdout-83 (never runs the checker)."""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems, kinds = [], collections.Counter()
n_clean = n_err = 0
langs = collections.Counter()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    src = (case / "source.html").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    body = " ".join(html.unescape(re.sub(r"<[^>]+>", "", p))
                    for p in re.findall(r"<p>(.*?)</p>", re.search(r"<article>(.*?)</article>", src, re.S).group(1), re.S)
                    if 'class=' not in p)
    paras = re.findall(r"      <p>(.*?)</p>", re.search(r"<article>(.*?)</article>", src, re.S).group(1))
    n = sum(len(html.unescape(p)) for p in paras)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000:
        problems.append(f"{name}: body {n} chars")
    for u in re.findall(r"https?://([^/\s\"]+)", src + digest):
        if not u.endswith(".example") and u != "schema.org":
            problems.append(f"{name}: non-.example domain {u}")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
        if canon not in digest.split("\n"):
            problems.append(f"{name}: canonical URL not cited")
        if not name.startswith("clean-"):
            problems.append(f"{name}: name")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
        if not name.startswith("err-"):
            problems.append(f"{name}: name")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:40s} {lang}  body={n:5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print("planted findings by kind/severity:")
for (k, s), c in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {c}")
print(f"  total {sum(kinds.values())}")
print("problems:", "none" if not problems else "")
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
