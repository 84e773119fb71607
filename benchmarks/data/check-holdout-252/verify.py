#!/usr/bin/env python3
"""Sanity checks for check-holdout-252."""
import json, pathlib, re, shutil, subprocess, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from gen import read_spec

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv252/bin/yoten"
problems = []
langs = collections.Counter()
kinds = collections.Counter()
n_clean = n_err = n_find = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]; langs[lang] += 1
    text = " ".join(paras)
    if lang == "ja":
        n = len(re.sub(r"\s", "", text))
        if not 600 <= n <= 700: problems.append(f"{name}: source {n} chars")
    else:
        n = len(text.split())
        if not 300 <= n <= 350: problems.append(f"{name}: source {n} words")
    src = (case / "source.html").read_text(encoding="utf-8")
    for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "<nav>", "cookie", "<footer"):
        if need not in src: problems.append(f"{name}: source.html lacks {need}")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    dn = len(digest)
    if not 950 <= dn <= 1400: problems.append(f"{name}: digest {dn} chars")
    if meta["url"] not in digest and name.startswith("clean-"): problems.append(f"{name}: canonical URL missing")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    for f in fs:
        if f["span"] not in digest: problems.append(f"{name}: span not verbatim: {f['span']}")
        kinds[(f["kind"], f["severity"])] += 1
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or fs: problems.append(f"{name}: clean case has findings")
    else:
        n_err += 1; n_find += len(fs)
        sev = sorted(f["severity"] for f in fs)
        if exp["clean"] or sev != ["error", "error", "warning"]: problems.append(f"{name}: expected 2 errors + 1 warning, got {sev}")
        if len({f['span'] for f in fs}) != len(fs): problems.append(f"{name}: duplicate spans")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
    print(f"{name:34s} {lang} src={n:4d} digest={dn:4d} findings={len(fs)} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print("cases:", n_clean + n_err, "clean:", n_clean, "err:", n_err, "planted findings:", n_find)
print("languages:", dict(sorted(langs.items())))
print("kinds:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want: problems.append(f"language counts {dict(langs)} != {want}")
if (n_clean, n_err, n_find) != (12, 12, 36): problems.append("counts wrong")
if problems:
    print("PROBLEMS:"); [print(" -", p) for p in problems]; sys.exit(1)
print("OK")
