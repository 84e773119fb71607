#!/usr/bin/env python3
"""Sanity checks for check-holdout-122.

Usage: python verify.py [path/to/yoten]
"""
import collections
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
sys.path.insert(0, str(HERE))
from gen import parse_spec, words  # noqa: E402

problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        problems.append(f"{name}: missing spec")
        continue
    meta, paras = parse_spec(spec.read_text(encoding="utf-8"))
    langs[meta["lang"]] += 1
    w = words(meta, paras)
    if not 300 <= w <= 650:
        problems.append(f"{name}: article has {w} words")
    html = (case / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "cookie-banner", "<article>", "<footer", "<nav>"):
        if needle not in html:
            problems.append(f"{name}: source lacks {needle}")
    if not meta["url"].split("/")[2].endswith(".example"):
        problems.append(f"{name}: domain not .example")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    n = len(re.sub(r"\s", "", digest))
    if not 900 <= n <= 1600:
        problems.append(f"{name}: digest has {n} characters")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in digest:
            problems.append(f"{name}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    # citation as the outlet would have it
    sep = "  " if " " in meta["outlet"] else " "  # two spaces set off an outlet with a space
    cite_title = f"{meta['title']}{sep}{meta['outlet']} {meta['published'][:10].replace('-', '.')}"
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if cite_title not in digest:
            problems.append(f"{name}: citation line differs from {cite_title!r}")
        if not digest.rstrip().endswith(meta["url"]):
            problems.append(f"{name}: citation URL is not the canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False:
            problems.append(f"{name}: err case not marked clean=false")
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, expected 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                problems.append(f"{name}: span {f['span']!r} not in digest")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    else:
        problems.append(f"{name}: neither clean- nor err-")

print(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
