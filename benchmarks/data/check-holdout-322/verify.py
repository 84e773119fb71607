#!/usr/bin/env python3
"""Sanity checks for check-holdout-322."""
import json, pathlib, re, subprocess, sys, collections, shutil, os
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE)); import gen
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv322/bin/yoten"
fails = []; langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
names = sorted(p.name for p in (HERE / "cases").iterdir())
for n in names:
    d = HERE / "cases" / n
    meta, paras = gen.parse(HERE / "specs" / f"{n}.txt")
    langs[meta["lang"]] += 1
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    src = (d / "source.html").read_text(encoding="utf-8")
    text = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", text)); ok = 600 <= size <= 700
    else:
        size = len(text.split()); ok = 300 <= size <= 350
    if not ok: fails.append(f"{n}: source size {size}")
    dl = len(dig)
    if not 950 <= dl <= 1400: fails.append(f"{n}: digest {dl} chars")
    for tag in ("<article>", 'og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', 'NewsArticle', "<nav>", "cookie-banner", "related", "<footer>"):
        if tag not in src: fails.append(f"{n}: html lacks {tag}")
    if meta["url"] not in dig and n.startswith("clean-"): fails.append(f"{n}: canonical URL not in digest")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if dig.count(f["span"]) < 1: fails.append(f"{n}: span not in digest: {f['span']}")
        if f["span"] in text: fails.append(f"{n}: span also in source text: {f['span']}")
    if n.startswith("clean-"):
        if not exp["clean"] or exp["findings"]: fails.append(f"{n}: clean case with findings")
    else:
        s = [f["severity"] for f in exp["findings"]]
        if exp["clean"] or len(s) != 3 or s.count("error") != 2 or s.count("warning") != 1:
            fails.append(f"{n}: err case needs 2 errors + 1 warning")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: fails.append(f"{n}: yoten parse rc={r.returncode} {r.stderr.strip()[-200:]}")
    print(f"{n:34s} {meta['lang']} src={size:4d} digest={dl:4d} findings={len(exp['findings'])}")
nc = sum(n.startswith("clean-") for n in names); ne = sum(n.startswith("err-") for n in names)
print("cases", len(names), "clean", nc, "err", ne, "langs", dict(langs), "kinds", dict(kinds), "severity", dict(sev))
if (len(names), nc, ne) != (24, 12, 12): fails.append("case counts")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: fails.append(f"languages {dict(langs)}")
if sum(kinds.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12: fails.append("finding counts")
for f in fails: print("FAIL", f)
print("OK" if not fails else f"{len(fails)} failures"); sys.exit(1 if fails else 0)
