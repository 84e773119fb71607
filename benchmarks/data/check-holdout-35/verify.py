"""Self-check of check-holdout-35 (does not run the checker).

Usage: python verify.py [--yoten PATH]   (PATH: the yoten executable, default `yoten`)
"""
import collections
import html
import json
import pathlib
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"


class Body(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.in_p = False
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth and not dict(attrs).get("class"):
            self.in_p = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "p":
            self.in_p = False

    def handle_data(self, data):
        if self.in_p:
            self.parts.append(data)


def meta(src, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), src)
    return html.unescape(m.group(1)) if m else None


problems = []
kinds = collections.Counter()
langs = collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    p = Body()
    p.feed(src)
    body = "".join(p.parts)
    lo = 2000 if lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body {len(body)} chars")
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    for url in re.findall(r'https?://[^\s"<>]+', src + dig):
        host = re.match(r'https?://([^/?#]+)', url).group(1)
        if not (host.endswith(".example") or host == "schema.org"):
            problems.append(f"{name}: non-.example host {host}")
    for prop in ("og:site_name", "og:title", "article:published_time"):
        if not meta(src, prop):
            problems.append(f"{name}: missing {prop}")
    if '"@type": "NewsArticle"' not in src or "cookie-banner" not in src:
        problems.append(f"{name}: missing JSON-LD or cookie banner")
    outlet, title, pub = meta(src, "og:site_name"), meta(src, "og:title"), meta(src, "article:published_time")
    if " " not in outlet:
        problems.append(f"{name}: outlet is one word")
    cite = f"{title} {outlet} {pub[:10].replace('-', '.')}"
    if cite not in dig:
        problems.append(f"{name}: citation line differs from '{cite}'")
    if name.startswith("clean-") != exp["clean"]:
        problems.append(f"{name}: name and clean flag disagree")
    if exp["clean"]:
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
        if canon not in dig.split("\n") and canon + "\n" not in dig:
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        if not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: {len(exp['findings'])} findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        kinds[(f["kind"], f["severity"])] += 1
        if f["span"] not in dig:
            problems.append(f"{name}: span not in digest: {f['span']}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    print(f"{name:36} {lang}  body {len(body):5}  findings {len(exp['findings'])}  parse {'ok' if r.returncode == 0 else 'FAIL'}")

print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print("findings by kind/severity:", ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(kinds.items())),
      f"(total {sum(kinds.values())})")
if problems:
    print("\nPROBLEMS:")
    for p_ in problems:
        print(" -", p_)
    sys.exit(1)
print("all checks passed")
