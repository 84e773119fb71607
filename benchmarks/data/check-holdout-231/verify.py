#!/usr/bin/env python3
"""Sanity checks for check-holdout-231. Usage: python verify.py [path/to/yoten]"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []
by_lang = collections.Counter()
by_lang_kind = collections.Counter()
kinds = collections.Counter()
sev = collections.Counter()


class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.inp = 0; self.parts = []
    def handle_starttag(self, tag, a):
        if tag == "article": self.inp += 1
    def handle_endtag(self, tag):
        if tag == "article": self.inp -= 1
    def handle_data(self, d):
        if self.inp: self.parts.append(d)


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
urls = set()
for c in cases:
    name = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{name}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    by_lang[lang] += 1
    kind = "clean" if name.startswith("clean-") else "err"
    by_lang_kind[(lang, kind)] += 1
    for needle in ('property="og:site_name"', 'property="og:title"', 'rel="canonical"',
                   'property="article:published_time"', '"@type": "NewsArticle"', "<article>",
                   'id="cookie-consent"', "<footer>", "<nav>", 'class="related"'):
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    url = re.search(r'<link rel="canonical" href="([^"]+)"', src).group(1)
    if url in urls:
        problems.append(f"{name}: source reused")
    urls.add(url)
    if not re.match(r"https://[a-z0-9.-]+\.example/", url):
        problems.append(f"{name}: domain not .example")
    pub = re.search(r'article:published_time" content="([^"]+)"', src).group(1)
    t = Text(); t.feed(src); body = "".join(t.parts)
    size = len("".join(body.split())) if lang == "ja" else len(body.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{name}: article length {size} outside {lo}-{hi}")
    jlen = len("".join(dig.split()))
    if not 900 <= jlen <= 1600:
        problems.append(f"{name}: digest length {jlen} outside 900-1600")
    for marker in ("【概要】", "主なハイライト", "文脈", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if marker not in dig:
            problems.append(f"{name}: digest lacks {marker}")
    cite_date = pub[:10].replace("-", ".")
    if kind == "clean":
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if url not in dig.split():
            problems.append(f"{name}: canonical URL not cited")
        if cite_date not in dig:
            problems.append(f"{name}: citation date {cite_date} missing")
    else:
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} should be {want}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
    print(f"{name:32s} {lang}  article {size:4d} {'chars' if lang == 'ja' else 'words'}  digest {jlen:4d} chars  findings {len(exp['findings'])}")

print()
print("cases:", len(cases), " clean:", sum(1 for c in cases if c.name.startswith("clean-")),
      " err:", sum(1 for c in cases if c.name.startswith("err-")))
print("by language:", dict(sorted(by_lang.items())))
print("by language/kind:", {f"{l}/{k}": n for (l, k), n in sorted(by_lang_kind.items())})
print("findings:", sum(kinds.values()), " by kind:", dict(sorted(kinds.items())), " by severity:", dict(sorted(sev.items())))
want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
if dict(by_lang) != want:
    problems.append(f"language counts {dict(by_lang)} != {want}")
if len(cases) != 24:
    problems.append("need 24 cases")
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
