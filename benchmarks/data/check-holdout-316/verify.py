#!/usr/bin/env python3
"""Sanity checks for check-holdout-316 (no checker involved)."""
import collections, html, json, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv316/bin/yoten"
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
problems = []


def bad(case, msg):
    problems.append(f"{case}: {msg}")


def article_text(page):
    m = re.search(r"<article>(.*?)</article>", page, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S) if m else []
    return [html.unescape(p) for p in paras]


def meta(page, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), page)
    return html.unescape(m.group(1)) if m else None


specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
if specs != cases:
    bad("set", f"specs and cases differ: {set(specs) ^ set(cases)}")

langs = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()
n_clean = n_err = 0
for name in cases:
    d = HERE / "cases" / name
    page = (d / "source.html").read_text(encoding="utf-8")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', page).group(1)
    langs[lang] += 1
    for tag in ["og:site_name", "og:title", "article:published_time"]:
        if not meta(page, tag):
            bad(name, f"missing {tag}")
    if 'rel="canonical"' not in page or "NewsArticle" not in page or "cookie" not in page or "<nav>" not in page or "<footer>" not in page:
        bad(name, "page lacks canonical/JSON-LD/cookie/nav/footer")
    if not re.search(r"[+-]\d\d:\d\d$", meta(page, "article:published_time") or ""):
        bad(name, "published_time without UTC offset")
    paras = article_text(page)
    if lang == "ja":
        size = len(re.sub(r"\s", "", "".join(paras)))
        if not 600 <= size <= 700:
            bad(name, f"ja source {size} chars")
    else:
        size = sum(len(p.split()) for p in paras)
        if not 300 <= size <= 350:
            bad(name, f"source {size} words")
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400:
        bad(name, f"digest {dsize} chars")
    for mk in MARKERS:
        if digest.count(mk) != 1:
            bad(name, f"marker {mk} x{digest.count(mk)}")
    # citation: title, outlet, date, canonical url
    cite = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cite = [c.strip() for c in cite if c.strip()]
    title, outlet, url = meta(page, "og:title"), meta(page, "og:site_name"), meta(page, "og:url")
    date = meta(page, "article:published_time")[:10].replace("-", ".")
    cite_ok = cite[0] == f"{title} {outlet} {date}" and cite[1] == url
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            bad(name, "clean case with findings")
        if not name.startswith("clean-"):
            bad(name, "clean case not named clean-")
        if not cite_ok:
            bad(name, "clean citation differs from page")
    else:
        n_err += 1
        if not name.startswith("err-"):
            bad(name, "err case not named err-")
        f = exp["findings"]
        if len(f) != 3:
            bad(name, f"{len(f)} findings")
        if sum(x["severity"] == "error" for x in f) != 2 or sum(x["severity"] == "warning" for x in f) != 1:
            bad(name, "need 2 errors + 1 warning")
        if any(x["kind"] == "citation" for x in f) == cite_ok:
            bad(name, "citation finding and citation check disagree")
    for x in exp["findings"]:
        kinds[x["kind"]] += 1
        sev[x["severity"]] += 1
        if x["span"] not in digest:
            bad(name, f"span not verbatim: {x['span']}")
        if x["severity"] == "error" and x["kind"] != "mismatch":
            bad(name, "error that is not mismatch")
    if pathlib.Path(YOTEN).exists():
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            bad(name, f"yoten parse rc={r.returncode}: {r.stderr.strip()[-200:]}")
    else:
        bad(name, "yoten not found for parse check")
    print(f"{name:34} {lang}  source={size:4}  digest={dsize:4}  findings={len(exp['findings'])}")

print(f"cases={len(cases)} clean={n_clean} err={n_err} findings={sum(sev.values())} "
      f"errors={sev['error']} warnings={sev['warning']}")
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(langs) != want:
    bad("set", f"languages {dict(langs)} != {want}")
if (len(cases), n_clean, n_err, sev["error"], sev["warning"]) != (24, 12, 12, 24, 12):
    bad("set", "counts differ from 24/12/12/24/12")
if problems:
    print("\nFAIL")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("OK")
