#!/usr/bin/env python3
"""Sanity checks for check-holdout-296 (run from anywhere)."""
import json, pathlib, re, shutil, subprocess, sys
sys.dont_write_bytecode = True
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv296/bin/yoten"
problems = []
counts = {"cases": 0, "clean": 0, "err": 0, "findings": 0, "error": 0, "warning": 0}
langs, kinds = {}, {}


def bad(msg):
    problems.append(msg)


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    counts["cases"] += 1
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
    body = "\n".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", body))
        if not 600 <= n <= 700:
            bad(f"{name}: source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            bad(f"{name}: source {n} words")
    html = (case / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<nav>", "cookie-banner", "<article>", "<footer>", "related"):
        if needle not in html:
            bad(f"{name}: source.html lacks {needle}")
    if meta["url"] not in html or not re.search(r"\.example/", meta["url"]):
        bad(f"{name}: url")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    dn = len(re.sub(r"\s", "", digest))
    if not 950 <= dn <= 1400:
        bad(f"{name}: digest {dn} chars (non-space)")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            bad(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{name}: yoten parse rc={r.returncode} {r.stderr[-200:]}")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    counts["findings"] += len(fs)
    for f in fs:
        counts[f["severity"]] += 1
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        if f["span"] not in digest:
            bad(f"{name}: span not verbatim: {f['span']}")
        if f["severity"] == "error" and f["kind"] != "mismatch":
            bad(f"{name}: error kind {f['kind']}")
        if f["severity"] == "warning" and f["kind"] not in ("unsupported", "name", "spelling", "citation"):
            bad(f"{name}: warning kind {f['kind']}")
    if len({f["span"] for f in fs}) != len(fs):
        bad(f"{name}: duplicate spans")
    date = meta["published"][:10].replace("-", ".")
    cite = f"{meta['title']} {meta['outlet']} {date}"
    tail = digest.rstrip().splitlines()
    if name.startswith("clean-"):
        counts["clean"] += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case with findings")
        if tail[-1].strip() != meta["url"] or tail[-3].strip() != cite:
            bad(f"{name}: citation does not match source")
    else:
        counts["err"] += 1
        sev = sorted(f["severity"] for f in fs)
        if exp["clean"] or sev != ["error", "error", "warning"]:
            bad(f"{name}: err case needs 2 errors + 1 warning, has {sev}")
        if not any(f["kind"] == "citation" for f in fs):
            if tail[-1].strip() != meta["url"] or tail[-3].strip() != cite:
                bad(f"{name}: unplanned citation difference")

want = {"cases": 24, "clean": 12, "err": 12, "findings": 36, "error": 24, "warning": 12}
for k, v in want.items():
    if counts[k] != v:
        bad(f"count {k}={counts[k]} want {v}")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"languages {langs}")
print("counts:", counts)
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
