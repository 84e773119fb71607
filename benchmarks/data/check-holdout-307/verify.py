#!/usr/bin/env python3
"""Sanity checks for check-holdout-307. Exit status 1 on any failure."""
import collections
import json
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = shutil.which("yoten") or "/tmp/bcv307/bin/yoten"
fails = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()


def fail(msg):
    fails.append(msg)


def nchars(s):
    return len(re.sub(r"\s", "", s))


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for d in cases:
    name = d.name
    meta, paras = gen.read_spec(HERE / "specs" / f"{name}.txt")
    langs[meta["lang"]] += 1
    body = "\n\n".join(paras)
    if meta["lang"] == "ja":
        n = nchars(body)
        if not 600 <= n <= 700:
            fail(f"{name}: source {n} chars (600-700)")
    else:
        n = len(body.split())
        if not 300 <= n <= 350:
            fail(f"{name}: source {n} words (300-350)")
    src = (d / "source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"NewsArticle"', "<nav>", "cookie", "related", "<footer>", "<article>"):
        if needle not in src:
            fail(f"{name}: source.html lacks {needle}")
    if not re.search(r'article:published_time" content="[^"]+[+-]\d\d:\d\d"', src):
        fail(f"{name}: published_time without UTC offset")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    dn = nchars(dg)
    if not 950 <= dn <= 1400:
        fail(f"{name}: digest {dn} chars (950-1400, whitespace excluded)")
    for m in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if m not in dg:
            fail(f"{name}: digest lacks {m}")
    cit = dg.split("【引用・参照・底本】", 1)[1]
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    if exp["clean"] != name.startswith("clean-"):
        fail(f"{name}: clean flag")
    if exp["clean"]:
        if exp["findings"]:
            fail(f"{name}: clean case with findings")
        if meta["url"] not in cit.split() or meta["outlet"] not in cit:
            fail(f"{name}: clean citation does not carry canonical URL/outlet")
        date = meta["published"][:10].replace("-", ".")
        if date not in cit:
            fail(f"{name}: clean citation date != {date}")
    else:
        f = exp["findings"]
        if len(f) != 3:
            fail(f"{name}: {len(f)} findings")
        if sorted(x["severity"] for x in f) != ["error", "error", "warning"]:
            fail(f"{name}: severities {[x['severity'] for x in f]}")
        if len({x["span"] for x in f}) != 3:
            fail(f"{name}: duplicate spans")
    for x in exp["findings"]:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        if x["span"] not in dg:
            fail(f"{name}: span not verbatim: {x['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{name}: yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    print(f"{name:34s} {meta['lang']}  source={n:4d}  digest={dn:4d}  findings={len(exp['findings'])}")

n_clean = sum(1 for d in cases if d.name.startswith("clean-"))
n_err = len(cases) - n_clean
print(f"cases={len(cases)} clean={n_clean} err={n_err}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
if (len(cases), n_clean, n_err) != (24, 12, 12):
    fail("case counts")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
    fail(f"languages {dict(langs)}")
if sev != {"error": 24, "warning": 12}:
    fail(f"severities {dict(sev)}")
for f in fails:
    print("FAIL:", f)
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
