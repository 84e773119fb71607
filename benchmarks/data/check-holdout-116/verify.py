#!/usr/bin/env python3
"""Sanity checks for check-holdout-116.

- every case has source.html, digest.txt, expected.json, and a spec
- source.html is up to date with its spec (gen.py output), has the required meta
- article text is 300-650 words (Japanese: characters / 2)
- digest is 900-1600 characters (non-whitespace, URL excluded) and parses with `yoten parse`
- every span occurs verbatim in its digest; clean cases have no findings;
  err cases have 3 findings with valid kind/severity pairs
- counts by language and kind
"""
import collections
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv116/bin/yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning",
         "structure": "warning"}
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
clean = err = 0

cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    spec = HERE / "specs" / f"{name}.txt"
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).exists():
            problems.append(f"{name}: missing {f}")
    if not spec.exists():
        problems.append(f"{name}: missing spec")
        continue
    meta, paras = gen.parse_spec(spec)
    html = (case / "source.html").read_text(encoding="utf-8")
    if html != gen.render(meta, paras):
        problems.append(f"{name}: source.html out of date with spec")
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   "cookie", "<footer>", "<title>"):
        if needle not in html:
            problems.append(f"{name}: source lacks {needle}")
    lang = meta["lang"]
    langs[lang] += 1
    text = " ".join(p for p in paras if not p.startswith("## "))
    words = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article has {words} words")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    nchar = len(re.sub(r"\s", "", re.sub(r"https?://\S+", "", digest)))
    if not 900 <= nchar <= 1600:
        problems.append(f"{name}: digest has {nchar} Japanese characters")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        parsed = json.loads(r.stdout)
        if not parsed.get("details") or not parsed.get("key_points"):
            problems.append(f"{name}: parsed digest lacks details/key_points ({sorted(parsed)})")
        srcs = parsed.get("sources") or [{}]
        if srcs[0].get("outlet") != meta["outlet"]:
            problems.append(f"{name}: parsed citation outlet {srcs[0].get('outlet')!r} != {meta['outlet']!r}")
    # citation line
    date = meta["published"][:10].replace("-", ".")
    sep = "  " if " " in meta["outlet"] else " "  # two spaces set off an outlet with a space
    cite = f"{meta['title']}{sep}{meta['outlet']} {date}"
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    findings = exp["findings"]
    if name.startswith("clean-"):
        clean += 1
        if exp["clean"] is not True or findings:
            problems.append(f"{name}: clean case with findings")
        if cite not in digest:
            problems.append(f"{name}: citation line differs from '{cite}'")
        if meta["url"] not in digest.split():
            problems.append(f"{name}: canonical URL not in digest")
    else:
        err += 1
        if exp["clean"] is not False or len(findings) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
        spans = [f["span"] for f in findings]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in findings:
            if KINDS.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: bad kind/severity {f}")
            if f["span"] not in digest:
                problems.append(f"{name}: span not in digest: {f['span']}")
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
    print(f"{name:40s} {lang}  words={words:4d}  digest_chars={nchar:5d}  findings={len(findings)}")

print()
print("cases:", len(cases), "clean:", clean, "err:", err)
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("planted findings:", sum(kinds.values()))
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("no problems")
