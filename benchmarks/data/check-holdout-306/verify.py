#!/usr/bin/env python3
"""Sanity checks for check-holdout-306. Exit status 1 on any failure.

Checks: counts (24 cases, 12 clean / 12 err, 36 findings = 24 errors + 12
warnings), languages, spans verbatim in digest.txt, clean cases empty, sizes
(source 300-350 words, Japanese 600-700 characters; digest 950-1,400
characters), page metadata, citation line vs. the page (clean cases must match
exactly), and `yoten parse` on every digest (if yoten is found: $YOTEN, PATH,
or /tmp/bcv306/bin/yoten).
"""
import collections
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def spec(name):
    head, body = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict((k.strip(), v.strip()) for k, v in (l.split(":", 1) for l in head.splitlines()))
    return meta, body


yoten = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv306/bin/yoten"
if not os.path.exists(yoten) and not shutil.which(yoten):
    yoten = None

cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
nclean = nerr = nfind = 0
parsed = 0
for name in cases:
    d = HERE / "cases" / name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            fail(f"{name}: missing {f}")
    meta, body = spec(name)
    langs[meta["lang"]] += 1
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    page = (d / "source.html").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    # sizes
    if meta["lang"] == "ja":
        n = len(body.replace("\n", ""))
        if not 600 <= n <= 700:
            fail(f"{name}: Japanese source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            fail(f"{name}: source {n} words")
    if not 950 <= len(digest) <= 1400:
        fail(f"{name}: digest {len(digest)} chars")
    # page metadata
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<nav", "cookie-banner", "<article>", "<footer>", 'class="related"'):
        if needle not in page:
            fail(f"{name}: page lacks {needle}")
    if not re.search(r'article:published_time" content="[^"]+[+-]\d\d:\d\d"', page):
        fail(f"{name}: published_time without UTC offset")
    if ".example" not in meta["url"]:
        fail(f"{name}: url not .example")
    # house format
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in digest:
            fail(f"{name}: digest lacks {marker}")
    cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    local_date = datetime.fromisoformat(meta["published"]).strftime("%Y.%m.%d")
    want_line = f'{meta["title"]} {meta["outlet"]} {local_date}'
    cit_ok = len(cit) == 2 and cit[0] == want_line and cit[1] == meta["url"]
    # expected
    fs = exp["findings"]
    if name.startswith("clean-"):
        nclean += 1
        if exp["clean"] is not True or fs:
            fail(f"{name}: clean case with findings")
        if not cit_ok:
            fail(f"{name}: citation does not match the page: {cit}")
    else:
        nerr += 1
        if exp["clean"] is not False or len(fs) != 3:
            fail(f"{name}: err case needs exactly 3 findings")
        if [f["severity"] for f in fs].count("error") != 2:
            fail(f"{name}: err case needs 2 errors + 1 warning")
        cit_finding = any(f["kind"] == "citation" for f in fs)
        if cit_ok == cit_finding:
            fail(f"{name}: citation check ({cit_ok}) disagrees with labels")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            fail(f"{name}: duplicate spans")
        for f in fs:
            nfind += 1
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            if f["span"] not in digest:
                fail(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                fail(f"{name}: {f['kind']} should be {want}")
    # yoten parse
    if yoten:
        r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            parsed += 1

print(f"cases: {len(cases)} (clean {nclean}, err {nerr})")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {nfind}", dict(sorted(sev.items())), dict(sorted(kinds.items())))
print(f"yoten parse ok: {parsed}/{len(cases)}" if yoten else "yoten parse: SKIPPED (yoten not found)")
expect = dict(cases=24, clean=12, err=12, findings=36, error=24, warning=12)
got = dict(cases=len(cases), clean=nclean, err=nerr, findings=nfind, error=sev["error"], warning=sev["warning"])
if got != expect:
    fail(f"counts {got} != {expect}")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail(f"languages {dict(langs)}")
if not all(kinds[k] >= 1 for k in ("unsupported", "name", "spelling", "citation")):
    fail("warning kinds not mixed")
if yoten and parsed != len(cases):
    fail("yoten parse")
print("OK" if not fails else f"{len(fails)} FAILURE(S)")
sys.exit(1 if fails else 0)
