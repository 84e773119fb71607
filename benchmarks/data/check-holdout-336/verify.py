#!/usr/bin/env python3
"""Sanity checks for check-holdout-336."""
import json, pathlib, re, subprocess, sys, shutil
HERE = pathlib.Path(__file__).parent
YOTEN = shutil.which("yoten") or "/tmp/bcv336/bin/yoten"
bad = []; n_clean = n_err = n_find = 0; kinds = {}; langs = {}
for d in sorted((HERE / "cases").iterdir()):
    name = d.name
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    ex = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    head, body = spec.split("\n\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    if meta["lang"] == "ja":
        n = len("".join(body.split()))
        if not 600 <= n <= 700: bad.append(f"{name}: source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350: bad.append(f"{name}: source {n} words")
    dn = len("".join(dg.split()))
    if not 950 <= dn <= 1400: bad.append(f"{name}: digest {dn} chars")
    for tag in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "<nav>", "cookie", "<footer>"):
        if tag not in src: bad.append(f"{name}: source.html lacks {tag}")
    if meta["url"] not in src: bad.append(f"{name}: url")
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if m not in dg: bad.append(f"{name}: digest lacks {m}")
    for f in ex["findings"]:
        if f["span"] not in dg: bad.append(f"{name}: span not verbatim: {f['span']}")
        kinds[(f["kind"], f["severity"])] = kinds.get((f["kind"], f["severity"]), 0) + 1
    if name.startswith("clean-"):
        n_clean += 1
        if not ex["clean"] or ex["findings"]: bad.append(f"{name}: clean case has findings")
        if meta["url"] not in dg: bad.append(f"{name}: citation URL differs from canonical")
    else:
        n_err += 1; n_find += len(ex["findings"])
        if ex["clean"] or len(ex["findings"]) != 3: bad.append(f"{name}: err case needs 3 findings")
        errs = sum(f["severity"] == "error" for f in ex["findings"])
        if errs != 2: bad.append(f"{name}: {errs} errors")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad.append(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[:200]}")
    print(f"{name:40s} {meta['lang']} digest={dn} parse={'ok' if r.returncode == 0 else 'FAIL'}")
print(f"cases: {n_clean} clean, {n_err} err; planted findings: {n_find}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
if n_clean != 12 or n_err != 12 or n_find != 36: bad.append("counts")
for b in bad: print("FAIL", b)
print("OK" if not bad else f"{len(bad)} problem(s)")
sys.exit(1 if bad else 0)
