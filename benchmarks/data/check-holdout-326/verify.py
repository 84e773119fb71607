#!/usr/bin/env python3
"""Sanity checks for check-holdout-326. Run: python3 verify.py
(uses `yoten parse` when a yoten executable is found; set YOTEN=/path/to/yoten)."""
import collections
import html.parser
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
sys.path.insert(0, str(HERE))
from gen import parse_spec  # noqa: E402

problems = []


def bad(msg):
    problems.append(msg)


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.inart = False
        self.paras = []
        self.title = ""
        self._t = False

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.inart = True
        if tag == "title":
            self._t = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.inart = False
        if tag == "title":
            self._t = False

    def handle_data(self, d):
        if self._t:
            self.title += d
        if self.inart:
            self.paras.append(d)


yoten = os.environ.get("YOTEN") or shutil.which("yoten") or ("/tmp/bcv326/bin/yoten" if os.path.exists("/tmp/bcv326/bin/yoten") else None)
names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
parsed = 0
for name in names:
    d = CASES / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            bad(f"{name}: missing {f}")
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    # source size
    body = " ".join(paras)
    if meta["lang"] == "ja":
        n = len(re.sub(r"\s", "", body))
        if not 600 <= n <= 700:
            bad(f"{name}: Japanese source {n} chars")
        size = f"{n} chars"
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            bad(f"{name}: source {n} words")
        size = f"{n} words"
    # page essentials
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   "<nav", "cookie", "<footer"):
        if needle not in src:
            bad(f"{name}: source.html lacks {needle}")
    if not re.match(r"https://[a-z0-9.-]+\.example/", meta["url"]):
        bad(f"{name}: url not under .example")
    # digest size and format
    dl = len(dig)
    if not 950 <= dl <= 1400:
        bad(f"{name}: digest {dl} chars")
    for m in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if m not in dig:
            bad(f"{name}: digest lacks {m}")
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    date = meta["published"][:10].replace("-", ".")
    want_line = f"{meta['title']} {meta['outlet']} {date}"
    # labels
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            bad(f"{name}: clean case has findings")
        if cit[0].strip() != want_line:
            bad(f"{name}: citation line {cit[0]!r} != {want_line!r}")
        if cit[1].strip() != meta["url"]:
            bad(f"{name}: citation URL not canonical")
    else:
        n_err += 1
        if exp["clean"] is not False or len(exp["findings"]) != 3:
            bad(f"{name}: err case must have 3 findings")
        e = sum(f["severity"] == "error" for f in exp["findings"])
        w = sum(f["severity"] == "warning" for f in exp["findings"])
        if (e, w) != (2, 1):
            bad(f"{name}: want 2 errors + 1 warning, got {e}+{w}")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in dig:
                bad(f"{name}: span {f['span']!r} not verbatim in digest")
            if f["severity"] == "error" and f["kind"] != "mismatch":
                bad(f"{name}: error must be mismatch")
    # yoten parse
    if yoten:
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed += 1
    print(f"{name:40s} {meta['lang']}  source {size:>10s}  digest {dl} chars  findings {len(exp['findings'])}")

if len(names) != 24 or n_clean != 12 or n_err != 12:
    bad(f"want 24 cases (12+12), got {len(names)} ({n_clean}+{n_err})")
if sum(sev.values()) != 36 or sev["error"] != 24 or sev["warning"] != 12:
    bad(f"want 36 findings (24 errors, 12 warnings), got {dict(sev)}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    bad(f"languages {dict(langs)}")
print()
print(f"cases: {len(names)} (clean {n_clean}, err {n_err}); languages: {dict(sorted(langs.items()))}")
print(f"findings: {sum(sev.values())} ({dict(sev)}); kinds: {dict(sorted(kinds.items()))}")
print(f"yoten parse: {parsed}/{len(names)} ok" if yoten else "yoten parse: skipped (no yoten executable)")
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("OK")
