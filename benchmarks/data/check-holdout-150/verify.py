#!/usr/bin/env python3
"""Sanity checks for check-holdout-150. Usage: python verify.py [path/to/yoten]

Checks: file layout; expected.json shape (clean cases have no findings, err
cases have 3); every span stands verbatim in its digest (and how often);
every digest parses with `yoten parse`; the parsed citation against the
source's og:title / canonical URL / local publication date (clean cases must
match; err cases may differ only where a citation finding is planted);
source page parts and article length; digest length; counts by language and
kind."""
import collections
import html
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv150/bin/yoten"
problems = []


def meta(page, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), page)
    return html.unescape(m.group(1)) if m else None


langs, kinds, sevs = collections.Counter(), collections.Counter(), collections.Counter()
urls = set()
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (case / f).is_file():
            problems.append(f"{name}: missing {f}")
    page = (case / "source.html").read_text(encoding="utf-8")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', page).group(1)
    langs[lang] += 1
    # source page parts
    for need in ("<title>", 'og:site_name', 'og:title', 'rel="canonical"', 'article:published_time',
                 '"@type": "NewsArticle"', "<nav>", "cookie-banner", "<article>", "<footer", "sidebar"):
        if need not in page:
            problems.append(f"{name}: source lacks {need}")
    outlet, title = meta(page, "og:site_name"), meta(page, "og:title")
    canon = html.unescape(re.search(r'<link rel="canonical" href="([^"]+)"', page).group(1))
    pub = meta(page, "article:published_time")
    if not re.search(r"[+-]\d\d:\d\d$", pub):
        problems.append(f"{name}: published_time without UTC offset")
    if canon in urls:
        problems.append(f"{name}: source URL reused")
    urls.add(canon)
    if ".example/" not in canon:
        problems.append(f"{name}: domain not under .example")
    if f"<title>{html.escape(title, quote=True)} - {html.escape(outlet, quote=True)}</title>" not in page:
        problems.append(f"{name}: <title> lacks outlet suffix")
    body = re.search(r'itemprop="articleBody">(.*?)</div>', page, re.S).group(1)
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    size = len(re.sub(r"\s", "", text)) if lang == "ja" else len(text.split())
    if lang != "ja" and not 300 <= size <= 650:
        problems.append(f"{name}: article has {size} words")
    if lang == "ja" and not 600 <= size <= 1300:
        problems.append(f"{name}: Japanese article has {size} characters")
    # digest length (non-ASCII, non-space characters)
    jchars = sum(1 for c in digest if ord(c) > 127 and not c.isspace())
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    # expected.json
    clean = name.startswith("clean-")
    if exp.get("clean") is not clean:
        problems.append(f"{name}: 'clean' flag does not match the name")
    fs = exp.get("findings", [])
    if clean and fs:
        problems.append(f"{name}: clean case with findings")
    if not clean and len(fs) != 3:
        problems.append(f"{name}: {len(fs)} findings, expected 3")
    spans = set()
    for f in fs:
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
        n = digest.count(f["span"])
        if n == 0:
            problems.append(f"{name}: span not in digest: {f['span']!r}")
        elif n > 1:
            problems.append(f"{name}: span occurs {n} times: {f['span']!r}")
        if f["span"] in spans:
            problems.append(f"{name}: duplicate span {f['span']!r}")
        spans.add(f["span"])
        want = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                "spelling": "warning", "citation": "warning"}.get(f["kind"])
        if want != f["severity"]:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        continue
    d = json.loads(r.stdout)
    src = (d.get("sources") or [{}])[0]
    for sec in ("overview", "details", "key_points"):
        if not d.get(sec):
            problems.append(f"{name}: parsed digest lacks {sec}")
    cites = {f["span"] for f in fs if f["kind"] == "citation"}
    checks = [("title", src.get("title"), title), ("outlet", src.get("outlet"), outlet),
              ("date", src.get("date"), pub[:10]), ("url", src.get("url"), canon)]
    for what, got, want in checks:
        if got != want and not any(c in digest and (str(got) in c or c in str(got) or c.replace('.', '-') == got) for c in cites):
            problems.append(f"{name}: citation {what} {got!r} != {want!r}")
    rows.append((name, lang, size, jchars, len(fs)))

print(f"{'case':40} lang  source  digest  findings")
for name, lang, size, jchars, n in rows:
    unit = "ch" if lang == "ja" else "w"
    print(f"{name:40} {lang:4} {size:5}{unit:2} {jchars:6}   {n}")
print()
print("cases:", len(rows), "clean:", sum(1 for r in rows if r[0].startswith("clean-")),
      "err:", sum(1 for r in rows if r[0].startswith("err-")))
print("languages:", dict(sorted(langs.items())))
print("findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())),
      "by severity:", dict(sorted(sevs.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
