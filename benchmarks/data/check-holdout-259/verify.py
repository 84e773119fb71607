#!/usr/bin/env python3
"""Sanity checks for check-holdout-259."""
import json, pathlib, re, subprocess, sys, shutil
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen

YOTEN = shutil.which("yoten") or "/tmp/bcv259/bin/yoten"
problems = []
counts = {"clean": 0, "err": 0, "error": 0, "warning": 0}
langs = {}

class Text(HTMLParser):
    def __init__(s):
        super().__init__(); s.inart = 0; s.buf = []
    def handle_starttag(s, t, a):
        if t == "article": s.inart = 1
    def handle_endtag(s, t):
        if t == "article": s.inart = 0
    def handle_data(s, d):
        if s.inart: s.buf.append(d)

for spec in sorted((HERE / "specs").glob("*.txt")):
    name = spec.stem
    meta, paras = gen.parse_spec(spec)
    d = HERE / "cases" / name
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.render(meta, paras):
        problems.append(f"{name}: source.html out of date (run gen.py)")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", "NewsArticle", "<article>", "cookie", "<nav", "<footer"):
        if needle not in src:
            problems.append(f"{name}: source.html lacks {needle}")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]):
        problems.append(f"{name}: published has no UTC offset")
    if ".example" not in meta["url"]:
        problems.append(f"{name}: url not under .example")
    lang = meta["lang"]; langs[lang] = langs.get(lang, 0) + 1
    body = " ".join(paras)
    if lang == "ja":
        n = len(re.sub(r"\s", "", body)); lo, hi = 600, 700
    else:
        n = len(body.split()); lo, hi = 300, 350
    if not lo <= n <= hi:
        problems.append(f"{name}: article size {n} not in {lo}-{hi}")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    m = len(re.sub(r"\s", "", dg))
    if not 950 <= m <= 1400:
        problems.append(f"{name}: digest size {m} not in 950-1400")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dg:
            problems.append(f"{name}: digest lacks {marker}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    if name.startswith("clean-"):
        counts["clean"] += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case has findings")
        cite = dg.split("【引用・参照・底本】", 1)[1]
        if meta["url"] not in cite.split() or meta["title"] not in cite:
            problems.append(f"{name}: citation does not carry canonical url/title")
    else:
        counts["err"] += 1
        f = exp["findings"]
        if exp["clean"] is not False or len(f) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        sev = [x["severity"] for x in f]
        if sev.count("error") != 2 or sev.count("warning") != 1:
            problems.append(f"{name}: want 2 errors + 1 warning, got {sev}")
        for x in f:
            counts[x["severity"]] += 1
            if x["span"] not in dg:
                problems.append(f"{name}: span {x['span']!r} not verbatim in digest")
            ok = {"error": {"mismatch"}, "warning": {"unsupported", "name", "spelling", "citation"}}
            if x["kind"] not in ok[x["severity"]]:
                problems.append(f"{name}: kind {x['kind']} with severity {x['severity']}")
        spans = [x["span"] for x in f]
        if len(set(spans)) != 3:
            problems.append(f"{name}: duplicate spans")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:34s} {lang} article={n:4d} digest={m:4d} findings={len(exp['findings'])}")

print("cases:", counts["clean"], "clean +", counts["err"], "err;", "planted:", counts["error"], "errors +", counts["warning"], "warnings =", counts["error"] + counts["warning"])
print("languages:", dict(sorted(langs.items())))
want_langs = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if counts["clean"] != 12 or counts["err"] != 12 or counts["error"] != 24 or counts["warning"] != 12:
    problems.append("counts differ from 12/12/24/12")
if langs != want_langs:
    problems.append(f"languages differ from {want_langs}")
for p in problems:
    print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)} problems)")
sys.exit(1 if problems else 0)
