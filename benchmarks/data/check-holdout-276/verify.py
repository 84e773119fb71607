#!/usr/bin/env python3
"""Sanity checks for check-holdout-276 (run from anywhere)."""
import collections, html, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv276/bin/yoten"
problems, langs, kinds, sev = [], collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0


def words(src, lang):
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", art, re.S)]
    text = " ".join(paras)
    return len("".join(text.split())) if lang == "ja" else len(text.split())


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    dg = (case / "digest.txt").read_text(encoding="utf-8")
    src = (case / "source.html").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for tag in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                'property="article:published_time"', '"NewsArticle"', "<nav>", "cookie-banner",
                'class="related"', "<footer>", "<article>"):
        if tag not in src:
            problems.append(f"{name}: source lacks {tag}")
    if ".example/" not in re.search(r'rel="canonical" href="([^"]+)"', src).group(1):
        problems.append(f"{name}: canonical not under .example")
    n = words(src, lang)
    lo, hi = (600, 700) if lang == "ja" else (300, 350)
    if not lo <= n <= hi:
        problems.append(f"{name}: article size {n} not in {lo}-{hi}")
    dn = len("".join(dg.split()))
    if not 950 <= dn <= 1400:
        problems.append(f"{name}: digest size {dn} (non-space chars) not in 950-1400")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dg:
            problems.append(f"{name}: digest lacks {marker}")
    f = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or f:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or len(f) != 3:
            problems.append(f"{name}: err case needs 3 findings, has {len(f)}")
        if sorted(x["severity"] for x in f) != ["error", "error", "warning"]:
            problems.append(f"{name}: severities {[x['severity'] for x in f]}")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            if x["span"] not in dg:
                problems.append(f"{name}: span not verbatim in digest: {x['span']!r}")
            if (x["severity"] == "error") != (x["kind"] == "mismatch"):
                problems.append(f"{name}: kind/severity pair {x}")
        if len({x["span"] for x in f}) != len(f):
            problems.append(f"{name}: duplicate spans")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:34s} {lang}  article={n:4d}  digest={dn:4d}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

print(f"\ncases: {n_clean + n_err} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(sev.values()), dict(sev), dict(sorted(kinds.items())))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want:
    problems.append(f"languages {dict(langs)} != {want}")
if (n_clean, n_err) != (12, 12) or sev != {"error": 24, "warning": 12}:
    problems.append("counts wrong")
if problems:
    print("\nPROBLEMS:")
    print("\n".join("  " + p for p in problems))
    sys.exit(1)
print("\nall checks passed")
