#!/usr/bin/env python3
"""Sanity checks for check-holdout-328 (never runs the checker)."""
import json, pathlib, re, shutil, subprocess, sys, html
sys.dont_write_bytecode = True
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
problems = []
yoten = shutil.which("yoten") or "/tmp/bcv328/bin/yoten"
counts = Counter()
langs = Counter()
for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras, findings = gen.parse(spec)
    case = HERE / "cases" / name
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    src = (case / "source.html").read_text(encoding="utf-8")
    langs[meta["lang"]] += 1
    # expected.json matches the spec
    if exp != {"clean": not findings, "findings": findings}:
        problems.append(f"{name}: expected.json out of date (run gen.py)")
    if name.startswith("clean-") != exp["clean"]:
        problems.append(f"{name}: clean flag vs name")
    if name.startswith("clean-") and exp["findings"]:
        problems.append(f"{name}: clean case has findings")
    if name.startswith("err-"):
        sev = Counter(f["severity"] for f in exp["findings"])
        if len(exp["findings"]) != 3 or sev["error"] != 2 or sev["warning"] != 1:
            problems.append(f"{name}: err case needs 2 errors + 1 warning, has {dict(sev)}")
    for f in exp["findings"]:
        counts[(f["kind"], f["severity"])] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not verbatim in digest: {f['span']}")
        if f["severity"] == "error" and f["kind"] != "mismatch":
            problems.append(f"{name}: error must be mismatch")
    # spans distinct
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    # digest format and size
    for m in MARKERS:
        if m not in digest:
            problems.append(f"{name}: missing {m}")
    n = len(re.sub(r"\s", "", digest))
    if not 950 <= n <= 1400:
        problems.append(f"{name}: digest {n} chars (950-1400)")
    # citation line: title, outlet and date in outlet time
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    want = f"{meta['title']} {meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    cit_warn = any(f["kind"] == "citation" for f in exp["findings"])
    if (cite[0] != want or cite[1] != meta["url"]) and not cit_warn:
        problems.append(f"{name}: citation differs from source: {cite[:2]}")
    if cite[0] == want and cite[1] == meta["url"] and cit_warn:
        problems.append(f"{name}: citation finding but citation is correct")
    # article size
    body = " ".join(paras)
    if meta["lang"] == "ja":
        size = len(re.sub(r"\s", "", body))
        ok = 600 <= size <= 700
    else:
        size = len(body.split())
        ok = 300 <= size <= 350
    if not ok:
        problems.append(f"{name}: article size {size}")
    # page furniture
    for needle in ["og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   "NewsArticle", "<nav>", "cookie-banner", "related", "<footer>", "<article>",
                   html.escape(meta["outlet"]), ".example"]:
        if needle not in src:
            problems.append(f"{name}: source.html lacks {needle}")
    if not re.search(r'published_time" content="[^"]+[+-]\d\d:\d\d"', src):
        problems.append(f"{name}: published_time without UTC offset")
    for u in re.findall(r"https?://([^/\"'\s<>]+)", src + digest):
        if not u.endswith(".example") and u not in ("schema.org",):
            problems.append(f"{name}: non-.example domain {u}")
    # house format parser
    r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{name:30s} {meta['lang']}  article={size:4d}  digest={n:4d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

names = [p.stem for p in (HERE / "specs").glob("*.txt")]
clean = sum(n.startswith("clean-") for n in names)
err = sum(n.startswith("err-") for n in names)
total = sum(counts.values())
errors = sum(v for (k, s), v in counts.items() if s == "error")
print(f"cases={len(names)} clean={clean} err={err} findings={total} errors={errors} warnings={total - errors}")
print("kinds:", dict(sorted((f"{k}/{s}", v) for (k, s), v in counts.items())))
print("languages:", dict(langs))
if (len(names), clean, err, total, errors) != (24, 12, 12, 36, 24):
    problems.append("counts differ from 24/12/12/36/24")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    problems.append(f"languages {dict(langs)}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
