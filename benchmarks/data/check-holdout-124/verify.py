#!/usr/bin/env python3
"""Sanity checks for check-holdout-124. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else (shutil.which("yoten") or "/tmp/bcv124/bin/yoten")
problems = []
langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
lang_by_class = collections.Counter()


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for case in cases:
    name = case.name
    def bad(msg):
        problems.append(f"{name}: {msg}")
    files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
    if any(not p.exists() for p in files.values()):
        bad("missing file"); continue
    src = files["source.html"].read_text(encoding="utf-8")
    dig = files["digest.txt"].read_text(encoding="utf-8")
    exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
    if not (HERE / "specs" / f"{name}.txt").exists():
        bad("no spec")

    # source page
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    lang_by_class[(lang, name.split("-")[0])] += 1
    site, ogt, pub = meta(src, "og:site_name"), meta(src, "og:title"), meta(src, "article:published_time")
    title = html.unescape(re.search(r"<title>(.*?)</title>", src).group(1))
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1))
    if not (site and ogt and pub):
        bad("missing og/article meta")
    if not title.startswith(ogt) or not title.endswith(site):
        bad("<title> lacks og:title + outlet suffix")
    if '"@type": "NewsArticle"' not in src:
        bad("no JSON-LD NewsArticle")
    for needle in ("<article>", "cookie-banner", "site-footer", "<nav>", 'class="related"'):
        if needle not in src:
            bad(f"no {needle}")
    if not re.match(r"https://[^/]+\.example/", canon):
        bad("canonical not under .example")
    for dom in re.findall(r"https?://([^/\"'?]+)", src + dig):
        if not dom.endswith(".example") and dom != "schema.org":
            bad(f"domain not .example: {dom}")
    m = re.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$", pub or "")
    if not m:
        bad(f"published_time without offset: {pub}")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', src, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        bad(f"article text size {size} outside {lo}-{hi}")

    # digest
    n = len(re.sub(r"\s", "", dig))
    if not 900 <= n <= 1600:
        bad(f"digest length {n} outside 900-1600")
    r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
    if r.returncode != 0:
        bad("yoten parse failed: " + r.stderr.strip()[:200])
    else:
        parsed = json.loads(r.stdout)
        if not parsed.get("overview") or not parsed.get("headline"):
            bad("parse lacks headline/overview")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            bad(f"digest lacks {marker}")
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    want_line = f"{ogt} {site} {pub[:10].replace('-', '.')}"

    # expected
    fs = exp.get("findings", [])
    is_clean = name.startswith("clean-")
    if exp.get("clean") is not is_clean:
        bad("clean flag disagrees with name")
    if is_clean and fs:
        bad("clean case with findings")
    if not is_clean and len(fs) != 3:
        bad(f"err case with {len(fs)} findings (want 3)")
    spans = set()
    for f in fs:
        k, s, sp = f["kind"], f["severity"], f["span"]
        kinds[k] += 1; sev[s] += 1
        want_sev = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                    "spelling": "warning", "citation": "warning"}.get(k)
        if want_sev != s:
            bad(f"kind {k} with severity {s}")
        if sp in spans:
            bad(f"duplicate span {sp}")
        spans.add(sp)
        c = dig.count(sp)
        if c == 0:
            bad(f"span not in digest: {sp}")
        elif c > 1:
            bad(f"span occurs {c} times: {sp}")
    cite_kind = any(f["kind"] == "citation" for f in fs)
    if not cite_kind:
        if cite[0] != want_line:
            bad(f"citation line {cite[0]!r} != {want_line!r}")
        if cite[1] != canon:
            bad("citation URL is not the canonical URL")

print(f"cases: {len(cases)}  clean: {sum(c.name.startswith('clean-') for c in cases)}  err: {sum(c.name.startswith('err-') for c in cases)}")
print("languages:", dict(sorted(langs.items())))
print("languages by class:", {f"{l}/{c}": v for (l, c), v in sorted(lang_by_class.items())})
print("planted findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
if langs != collections.Counter(en=14, fr=3, de=3, es=2, ja=2):
    problems.append("language counts differ from 14/3/3/2/2")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
