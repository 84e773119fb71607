#!/usr/bin/env python3
"""Sanity checks for check-holdout-132.

Usage: python verify.py [path/to/yoten]
Checks: the three files of every case; expected.json shape; every span stands
verbatim in its digest; clean cases have no findings; err cases have 3;
every digest parses with `yoten parse`; digest length (Japanese characters);
source article length; source metadata (title suffix, og:site_name, og:title,
canonical, article:published_time, JSON-LD NewsArticle); for clean cases the
citation line equals `<og:title> <site_name> <local date>` and the canonical URL.
Prints counts by language and kind.
"""
import collections, html, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


def article_text(src):
    m = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', src, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))) if m else ""


langs, kinds, sev = collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    if problems and problems[-1].startswith(name):
        continue
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    # source metadata
    site, title = meta(src, "og:site_name"), meta(src, "og:title")
    pub = meta(src, "article:published_time")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src)
    t = re.search(r"<title>(.*?)</title>", src)
    if not (site and title and pub and canon and t):
        problems.append(f"{name}: source metadata incomplete")
        continue
    canon = html.unescape(canon.group(1))
    if html.unescape(t.group(1)) != f"{title} - {site}":
        problems.append(f"{name}: <title> lacks outlet suffix")
    if '"@type": "NewsArticle"' not in src:
        problems.append(f"{name}: no JSON-LD NewsArticle")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub):
        problems.append(f"{name}: published_time without offset")
    if ".example" not in canon.split("/")[2]:
        problems.append(f"{name}: domain not .example")
    text = article_text(src)
    words = len(text.replace(" ", "")) // 2 if lang == "ja" else len(text.split())
    if not 300 <= words <= 650:
        problems.append(f"{name}: article {words} words")
    # digest length: Japanese characters (kana, kanji, full-width punctuation)
    jp = len(re.findall(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]", dig))
    if not 900 <= jp <= 1600:
        problems.append(f"{name}: digest {jp} Japanese characters")
    # expected.json
    if set(exp) != {"clean", "findings"}:
        problems.append(f"{name}: expected.json keys {sorted(exp)}")
    spans = [f["span"] for f in exp["findings"]]
    if len(spans) != len(set(spans)):
        problems.append(f"{name}: duplicate spans")
    for f in exp["findings"]:
        kinds[f["kind"]] += 1
        sev[f["severity"]] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif dig.count(f["span"]) > 1:
            problems.append(f"{name}: span occurs {dig.count(f['span'])} times: {f['span']!r}")
        ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
              "spelling": "warning", "citation": "warning"}
        if ok.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: {f['kind']} with severity {f['severity']}")
    if name.startswith("clean-"):
        n_clean += 1
        if exp["clean"] is not True or exp["findings"]:
            problems.append(f"{name}: clean case with findings")
        date = pub[:10].replace("-", ".")
        cite = f"{title}  {site} {date}" if " " in site else f"{title} {site} {date}"
        tail = dig.split("【引用・参照・底本】", 1)[1].split()
        if cite not in dig:
            problems.append(f"{name}: citation line differs from {cite!r}")
        if canon not in tail:
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        if exp["clean"] is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
    # yoten parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not isinstance(d, dict):
            problems.append(f"{name}: yoten parse returned {type(d).__name__}")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {sum(kinds.values())}")
print("by kind:", dict(sorted(kinds.items())))
print("by severity:", dict(sorted(sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
