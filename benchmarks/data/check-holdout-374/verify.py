#!/usr/bin/env python3
"""Checks for check-holdout-374. Exit status 0 only when every check passes."""
import json, re, subprocess, sys, html
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = "/tmp/bcv374/bin/yoten"
WANT_LANG = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
problems = []


def bad(msg):
    problems.append(msg)


names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
if names != specs:
    bad(f"cases and specs differ: {set(names) ^ set(specs)}")
langs, kinds, sevs = Counter(), Counter(), Counter()
n_clean = n_err = 0
for n in names:
    d = HERE / "cases" / n
    meta, paras = gen.parse_spec(HERE / "specs" / f"{n}.txt")
    lang = meta["lang"]
    langs[lang] += 1
    src = (d / "source.html").read_text(encoding="utf-8")
    if src != gen.build(n):
        bad(f"{n}: source.html out of date (run gen.py)")
    body = " ".join(paras)
    if lang == "ja":
        size = len(re.sub(r"\s", "", body))
        if not 600 <= size <= 700:
            bad(f"{n}: source {size} chars (600-700)")
    else:
        size = len(body.split())
        if not 300 <= size <= 350:
            bad(f"{n}: source {size} words (300-350)")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dig) <= 1400:
        bad(f"{n}: digest {len(dig)} chars (950-1400)")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            bad(f"{n}: digest lacks {marker}")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = exp["findings"]
    if n.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or fs:
            bad(f"{n}: clean case must be clean with no findings")
    elif n.startswith("err-"):
        n_err += 1
        if exp["clean"] is not False or len(fs) != 3:
            bad(f"{n}: err case needs clean=false and 3 findings")
        e = [f for f in fs if f["severity"] == "error"]
        w = [f for f in fs if f["severity"] == "warning"]
        if len(e) != 2 or len(w) != 1:
            bad(f"{n}: needs 2 errors + 1 warning")
        if any(f["kind"] != "mismatch" for f in e):
            bad(f"{n}: errors must be mismatch")
        if any(f["kind"] not in WARN_KINDS for f in w):
            bad(f"{n}: warning kind {w}")
        if len({f['span'] for f in fs}) != 3:
            bad(f"{n}: duplicate spans")
    else:
        bad(f"{n}: name must start clean- or err-")
    for f in fs:
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
        c = dig.count(f["span"])
        if c == 0:
            bad(f"{n}: span not in digest: {f['span']!r}")
        elif c > 1:
            bad(f"{n}: span occurs {c} times: {f['span']!r}")
    # citation line: title, outlet, local date; canonical URL
    lines = [l.strip() for l in dig.split("【引用・参照・底本】", 1)[1].splitlines() if l.strip()]
    cite, url = lines[0], lines[1]
    pubdate = meta["published"][:10].replace("-", ".")
    cite_ok = cite == f"{meta['title']} {meta['outlet']} {pubdate}"
    url_ok = url == meta["url"]
    planted_cite = any(f["kind"] == "citation" for f in fs)
    if not planted_cite and not (cite_ok and url_ok):
        bad(f"{n}: citation differs from source but no citation finding")
    if planted_cite and cite_ok and url_ok:
        bad(f"{n}: citation finding planted but citation is correct")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        bad(f"{n}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        j = json.loads(r.stdout)
        if not j.get("headline"):
            bad(f"{n}: parse gave no headline")
    print(f"{n:32s} {lang}  source {size:4d}  digest {len(dig):4d}  findings {len(fs)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")

if dict(langs) != WANT_LANG:
    bad(f"languages {dict(langs)} != {WANT_LANG}")
if (n_clean, n_err) != (12, 12):
    bad(f"clean/err counts {n_clean}/{n_err}")
if sevs["error"] != 24 or sevs["warning"] != 12:
    bad(f"severities {dict(sevs)}")
print("cases:", len(names), "clean:", n_clean, "err:", n_err)
print("languages:", dict(sorted(langs.items())))
print("findings by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sevs.items())))
if problems:
    print("FAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK: all checks passed")
