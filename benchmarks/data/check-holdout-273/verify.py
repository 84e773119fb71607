#!/usr/bin/env python3
"""Sanity checks for check-holdout-273 (does not run the checker)."""
import json, re, subprocess, sys, shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv273/bin/yoten"
problems = []
def bad(msg): problems.append(msg)

cases = sorted(p for p in (HERE/"cases").iterdir() if p.is_dir())
langs = {}; n_err = n_warn = 0; kinds = {}
for c in cases:
    name = c.name
    spec = (HERE/"specs"/f"{name}.txt").read_text(encoding="utf-8")
    head, body = spec.split("\n\n", 1)
    h = dict(l.split(": ", 1) for l in head.splitlines())
    lang = h["lang"]; langs[lang] = langs.get(lang, 0) + 1
    if lang == "ja":
        n = len(re.sub(r"\s", "", body))
        if not 600 <= n <= 700: bad(f"{name}: source {n} chars")
    else:
        n = len(body.split())
        if not 300 <= n <= 350: bad(f"{name}: source {n} words")
    src = (c/"source.html").read_text(encoding="utf-8")
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time", '"NewsArticle"',
                   "<nav", "cookie-banner", "related", "<footer", "<article>"):
        if needle not in src: bad(f"{name}: source.html lacks {needle}")
    if not re.search(r'article:published_time" content="[^"]+[+-]\d\d:\d\d"', src): bad(f"{name}: no UTC offset")
    for dom in re.findall(r"https?://([^/\"\s]+)", src):
        if not dom.endswith(".example") and dom != "schema.org": bad(f"{name}: domain {dom}")
    dig = (c/"digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dig) <= 1400: bad(f"{name}: digest {len(dig)} chars")
    for mk in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if dig.count(mk) != 1: bad(f"{name}: marker {mk}")
    exp = json.loads((c/"expected.json").read_text(encoding="utf-8"))
    f = exp["findings"]
    if name.startswith("clean-"):
        if exp["clean"] is not True or f: bad(f"{name}: clean case with findings")
    else:
        if exp["clean"] is not False or len(f) != 3: bad(f"{name}: err case needs 3 findings")
        sev = sorted(x["severity"] for x in f)
        if sev != ["error", "error", "warning"]: bad(f"{name}: severities {sev}")
    for x in f:
        k = dig.count(x["span"])
        if k != 1: bad(f"{name}: span {x['span']!r} occurs {k} times")
        if x["severity"] == "error": n_err += 1
        else: n_warn += 1
        kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    r = subprocess.run([YOTEN, "parse", str(c/"digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: bad(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        try: json.loads(r.stdout)
        except Exception: bad(f"{name}: yoten parse output not JSON")

n_clean = sum(c.name.startswith("clean-") for c in cases)
n_errc = sum(c.name.startswith("err-") for c in cases)
if (len(cases), n_clean, n_errc) != (24, 12, 12): bad(f"case counts {len(cases)} {n_clean} {n_errc}")
if (n_err, n_warn) != (24, 12): bad(f"finding counts {n_err} errors {n_warn} warnings")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: bad(f"languages {langs}")
print(f"cases {len(cases)} (clean {n_clean}, err {n_errc}); planted {n_err + n_warn} (error {n_err}, warning {n_warn})")
print("kinds", dict(sorted(kinds.items())))
print("languages", dict(sorted(langs.items())))
if problems:
    print("FAIL"); print("\n".join(problems)); sys.exit(1)
print("OK: spans verbatim and unique, clean cases empty, err cases 3 (2 error + 1 warning), yoten parse ok, sizes ok")
