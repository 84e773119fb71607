#!/usr/bin/env python3
"""Sanity checks for check-holdout-114.

- every case has source.html, digest.txt, expected.json and a spec;
- clean cases have no findings, err cases exactly 3;
- every span stands verbatim in its digest;
- every digest parses with `yoten parse` (YOTEN env var or `yoten` on PATH);
- citation line carries the og:title, og:site_name and the date of
  article:published_time in the outlet's own offset (except planted citation slips);
- article text 300-650 words (Japanese: 600-1300 characters), digest 900-1600
  Japanese characters (non-space characters before 【引用・参照・底本】);
- counts by language and kind."""
import collections
import html
import json
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0

for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
    for f, p in files.items():
        if not p.exists():
            problems.append(f"{name}: missing {f}")
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        problems.append(f"{name}: missing spec")
        continue
    head, body = spec.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(":", 1) for l in head.splitlines() if ":" in l and not l.startswith("related"))
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    lang = meta["lang"]
    langs[lang] += 1
    digest = files["digest.txt"].read_text(encoding="utf-8")
    exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
    src = files["source.html"].read_text(encoding="utf-8")

    # source size
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 1300:
            problems.append(f"{name}: article {size} characters")
    else:
        size = len(body.split())
        if not 300 <= size <= 650:
            problems.append(f"{name}: article {size} words")
    # source metadata present
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   'id="cookie-banner"', "<footer", "<nav>", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    # digest size
    main = digest.split("【引用・参照・底本】")[0]
    jchars = len(re.sub(r"\s", "", main))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} characters")
    # parse
    r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # expected
    findings = exp.get("findings", [])
    if name.startswith("clean-"):
        n_clean += 1
        if exp.get("clean") is not True or findings:
            problems.append(f"{name}: clean case with findings or clean != true")
    else:
        n_err += 1
        if exp.get("clean") is not False or len(findings) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
    spans = set()
    for f in findings:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in digest:
            problems.append(f"{name}: span not in digest: {f['span']}")
        if f["span"] in spans:
            problems.append(f"{name}: duplicate span {f['span']}")
        spans.add(f["span"])
        want = {"mismatch": "error"}.get(f["kind"], "warning")
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
    # citation
    cit_kinds = [f for f in findings if f["kind"] == "citation"]
    title = meta["title"]
    date = meta["published"][:10].replace("-", ".")
    url = f"https://{meta['domain']}{meta['path']}"
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    expect_line = f"{title} {meta['outlet']} {date}"
    ok_line = cit[0].strip() == expect_line
    ok_url = cit[1].strip() == url
    if not cit_kinds and not (ok_line and ok_url):
        problems.append(f"{name}: citation differs: {cit[:2]} vs {expect_line} {url}")
    if cit_kinds and ok_line and ok_url:
        problems.append(f"{name}: planted citation slip but citation is correct")

print(f"cases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
