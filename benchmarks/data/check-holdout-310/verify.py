#!/usr/bin/env python3
"""Sanity checks for check-holdout-310 (no checker involved)."""
import json, pathlib, re, shutil, subprocess, sys, html

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
YOTEN = shutil.which("yoten") or "/tmp/bcv310/bin/yoten"
LANG_WANT = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
problems, langs, n_find, kinds = [], {}, 0, {}


def article_text(src):
    m = re.search(r"<article>(.*?)</article>", src, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    return html.unescape(" ".join(paras))


names = sorted(p.name for p in CASES.iterdir() if p.is_dir())
for name in names:
    d = CASES / name
    src = (d / "source.html").read_text(encoding="utf-8")
    dig = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] = langs.get(lang, 0) + 1
    for tag in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', '"NewsArticle"', '<nav>', 'cookie-banner', 'class="related"', '<footer>', '<article>'):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    if not re.search(r'article:published_time" content="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"', src):
        problems.append(f"{name}: published_time without UTC offset")
    text = article_text(src)
    if lang == "ja":
        size = len(re.sub(r"\s", "", text))
        ok = 600 <= size <= 700
    else:
        size = len(text.split())
        ok = 300 <= size <= 350
    if not ok:
        problems.append(f"{name}: article size {size}")
    dlen = len(dig)
    if not 950 <= dlen <= 1400:
        problems.append(f"{name}: digest length {dlen}")
    clean = name.startswith("clean-")
    if exp["clean"] != clean:
        problems.append(f"{name}: clean flag")
    if clean and exp["findings"]:
        problems.append(f"{name}: clean case has findings")
    if not clean and len(exp["findings"]) != 3:
        problems.append(f"{name}: err case has {len(exp['findings'])} findings")
    if not clean:
        errs = sum(f["severity"] == "error" for f in exp["findings"])
        warns = sum(f["severity"] == "warning" for f in exp["findings"])
        if (errs, warns) != (2, 1):
            problems.append(f"{name}: {errs} errors / {warns} warnings")
    for f in exp["findings"]:
        n_find += 1
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not verbatim: {f['span']}")
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse rc={r.returncode}: {(r.stderr or r.stdout)[-200:]}")
    print(f"{name:34s} {lang}  article={size:4d}  digest={dlen:4d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

n_clean = sum(n.startswith("clean-") for n in names)
print(f"cases={len(names)} clean={n_clean} err={len(names) - n_clean} findings={n_find} kinds={dict(sorted(kinds.items()))} langs={dict(sorted(langs.items()))}")
if len(names) != 24 or n_clean != 12 or n_find != 36 or langs != LANG_WANT:
    problems.append("totals differ from the brief")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
