"""Sanity checks for check-holdout-101 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"

def body_text(src):
    art = src[src.index("<article>"):src.index("</article>")]
    art = re.sub(r"<h1>.*?</h1>|<div class=\"meta\">.*?</div>", "", art, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", art)).strip()

problems, kinds, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # domains
    for host in re.findall(r"https?://([^/\"'\s<>?]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":  # JSON-LD @context only
            problems.append(f"{name}: non-.example host {host}")
    # required page parts
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"@type": "NewsArticle"', "<nav>", "cookie-banner", "<footer>", "<article>"):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    n = len(body_text(src))
    lo = 2000 if lang == "ja" else 1500
    if not lo <= n <= 3000:
        problems.append(f"{name}: body length {n} outside {lo}-3000")
    # labels
    f = exp["findings"]
    if exp["clean"]:
        n_clean += 1
        if f or not name.startswith("clean-"):
            problems.append(f"{name}: clean case with findings or wrong prefix")
    else:
        n_err += 1
        if not 2 <= len(f) <= 3 or not name.startswith("err-"):
            problems.append(f"{name}: err case with {len(f)} findings")
    for x in f:
        kinds[(x["kind"], x["severity"])] += 1
        if x["span"] not in dig:
            problems.append(f"{name}: span not in digest: {x['span']!r}")
        if x["severity"] not in ("error", "warning"):
            problems.append(f"{name}: bad severity {x['severity']}")
    if len({x["span"] for x in f}) != len(f):
        problems.append(f"{name}: duplicate spans")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{name:40s} {lang}  body={n:5d}  findings={len(f)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()))
for (k, s), c in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {c}")
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
