#!/usr/bin/env python3
"""Sanity checks for check-holdout-334 (no checker involved)."""
import collections, json, pathlib, re, shutil, subprocess, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gen import parse, page

YOTEN = shutil.which("yoten") or "/tmp/bcv334/bin/yoten"
fail = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
if names != cases: fail.append(f"specs/cases differ: {set(names) ^ set(cases)}")
for n in names:
    d = HERE / "cases" / n
    m, paras = parse(HERE / "specs" / f"{n}.txt")
    langs[m["lang"]] += 1
    html = (d / "source.html").read_text(encoding="utf-8")
    if html != page(m, paras): fail.append(f"{n}: source.html out of date (run gen.py)")
    for needle in ['og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', '"NewsArticle"', '<nav>', 'cookie-banner', 'class="related"', '<footer>', '<article>']:
        if needle not in html: fail.append(f"{n}: source.html lacks {needle}")
    if not re.search(r"[+-]\d\d:\d\d$", m["published"]): fail.append(f"{n}: published without offset")
    text = "\n\n".join(paras)
    size = len(re.sub(r"\s", "", text)) if m["lang"] == "ja" else len(text.split())
    lo, hi = (600, 700) if m["lang"] == "ja" else (300, 350)
    if not lo <= size <= hi: fail.append(f"{n}: source size {size} outside {lo}-{hi}")
    dg = (d / "digest.txt").read_text(encoding="utf-8")
    if not 950 <= len(dg) <= 1400: fail.append(f"{n}: digest {len(dg)} chars outside 950-1400")
    for mk in ["【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"]:
        if mk not in dg: fail.append(f"{n}: digest lacks {mk}")
    for u in re.findall(r"https?://([^/\s\"']+)", dg + html):
        if u != "schema.org" and not u.endswith(".example"): fail.append(f"{n}: non-.example domain {u}")
    cite = dg.split("【引用・参照・底本】", 1)[1]
    ex = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    fs = ex["findings"]
    if n.startswith("clean-"):
        if not ex["clean"] or fs: fail.append(f"{n}: clean case with findings")
        date = m["published"][:10].replace("-", ".")
        if f"{m['title']} {m['outlet']} {date}" not in cite: fail.append(f"{n}: citation line differs from title/outlet/local date")
        if m["url"] not in cite.split() : fail.append(f"{n}: citation URL is not the canonical URL")
    else:
        c = collections.Counter(f["severity"] for f in fs)
        if ex["clean"] or len(fs) != 3 or c["error"] != 2 or c["warning"] != 1: fail.append(f"{n}: err case needs 2 errors + 1 warning, has {dict(c)}")
    for f in fs:
        kinds[f["kind"]] += 1; sev[f["severity"]] += 1
        if f["span"] not in dg: fail.append(f"{n}: span not verbatim: {f['span']}")
        if f["kind"] == "mismatch" and f["severity"] != "error": fail.append(f"{n}: mismatch must be error")
        if f["kind"] in ("unsupported", "name", "spelling", "citation") and f["severity"] != "warning": fail.append(f"{n}: {f['kind']} must be warning")
    if len({f["span"] for f in fs}) != len(fs): fail.append(f"{n}: duplicate span")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: fail.append(f"{n}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-300:]}")
    print(f"{n:28s} {m['lang']}  source {size:4d}  digest {len(dg):4d}  findings {len(fs)}  parse rc {r.returncode}")
clean = sum(n.startswith("clean-") for n in names); err = sum(n.startswith("err-") for n in names)
print(f"cases {len(names)} (clean {clean}, err {err}); findings {sum(sev.values())} {dict(sev)}; kinds {dict(kinds)}; langs {dict(langs)}")
if (clean, err) != (12, 12): fail.append("need 12 clean + 12 err")
if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: fail.append(f"language mix {dict(langs)}")
if sev["error"] != 24 or sev["warning"] != 12: fail.append("need 24 errors + 12 warnings")
for f in fail: print("FAIL", f)
print("OK" if not fail else f"{len(fail)} failures")
sys.exit(1 if fail else 0)
