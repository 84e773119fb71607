"""Sanity checks for check-holdout-90 (no checker code involved).

Usage: python verify.py [--yoten PATH]   (PATH defaults to `yoten` on PATH)
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
         "glossary": "warning", "citation": "warning", "structure": "warning"}

problems, by_kind, langs = [], collections.Counter(), collections.Counter()
n_clean = n_err = n_findings = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text()
    dig = (case / "digest.txt").read_text()
    exp = json.loads((case / "expected.json").read_text())
    # body length from <article> paragraphs
    art = re.search(r"<article>(.*?)</article>", src, re.S).group(1)
    body = "".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", art, re.S))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body {len(body)} chars outside {lo}-3000")
    # required page parts
    for needle in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"@type": "NewsArticle"', "<nav>", "cookie-banner", "<footer>", "<title>"):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    # every domain under .example
    for host in re.findall(r"https?://([^/\"'\s?]+)", src + dig):
        if not host.endswith(".example") and host not in ("schema.org",):
            problems.append(f"{name}: non-.example host {host}")
    canon = re.search(r'rel="canonical" href="([^"]+)"', src).group(1)
    # structure markers
    for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if m not in dig:
            problems.append(f"{name}: digest lacks {m}")
    # labels
    fs = exp["findings"]
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or fs:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig.split():
            problems.append(f"{name}: clean digest does not cite the canonical URL")
    else:
        n_err += 1
        if exp["clean"] is not False or not 2 <= len(fs) <= 3:
            problems.append(f"{name}: err case needs clean=false and 2-3 findings, has {len(fs)}")
    spans = [f["span"] for f in fs]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for f in fs:
        n_findings += 1
        by_kind[(f["kind"], f["severity"])] += 1
        if KINDS.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} should be {KINDS.get(f['kind'])}")
        if f["span"] not in dig:
            problems.append(f"{name}: span not verbatim in digest: {f['span']}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    print(f"{name:34} {lang}  body={len(body):5}  findings={len(fs)}  parse={'ok' if r.returncode == 0 else 'FAIL'}")

print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); planted findings: {n_findings}")
print("languages:", dict(sorted(langs.items())))
for (k, s), n in sorted(by_kind.items()):
    print(f"  {k:12} {s:8} {n}")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
