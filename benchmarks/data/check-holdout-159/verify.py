#!/usr/bin/env python3
"""Sanity checks for check-holdout-159. Usage: python verify.py [path/to/yoten]"""
import collections, html, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
problems = []

class Article(HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = []; self.meta = {}; self.links = {}; self.title = ""; self._t = False; self.ld = []; self._ld = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article": self.depth += 1
        if tag == "meta": self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link": self.links[a.get("rel")] = a.get("href")
        if tag == "title": self._t = True
        if tag == "script" and a.get("type") == "application/ld+json": self._ld = True
    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "title": self._t = False
        if tag == "script": self._ld = False
    def handle_data(self, data):
        if self.depth and data.strip(): self.text.append(data)
        if self._t: self.title += data
        if self._ld: self.ld.append(data)

def words(text, lang):
    if lang == "ja":  # ~2.5 characters per English word
        return round(len(re.sub(r"\s", "", text)) / 2.5)
    return len(text.split())

counts = collections.Counter(); kinds = collections.Counter(); langs = collections.Counter()
cases = sorted(p for p in (ROOT / "cases").iterdir() if p.is_dir())
if len(cases) != 24: problems.append(f"expected 24 cases, found {len(cases)}")
seen_urls = set()
for c in cases:
    n = c.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists(): problems.append(f"{n}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8"); dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    p = Article(); p.feed(src)
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    site = p.meta.get("og:site_name"); ogt = html.unescape(p.meta.get("og:title") or "")
    canon = p.links.get("canonical"); pub = p.meta.get("article:published_time") or ""
    ld = json.loads("".join(p.ld)) if p.ld else {}
    for ok, msg in [(site, "og:site_name"), (ogt, "og:title"), (canon, "canonical"),
                    (re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub), "published_time with offset"),
                    (ld.get("@type") == "NewsArticle", "JSON-LD NewsArticle"),
                    (html.unescape(p.title).strip().endswith(site or "\0"), "<title> outlet suffix"),
                    ("cookie" in src, "cookie banner"), ("<nav>" in src, "nav"), ("<footer>" in src, "footer"),
                    ('class="related"' in src, "related links"),
                    (canon and re.match(r"https://[^/]+\.example/", canon), ".example domain")]:
        if not ok: problems.append(f"{n}: source lacks {msg}")
    if canon in seen_urls: problems.append(f"{n}: source reused")
    seen_urls.add(canon)
    w = words(" ".join(p.text), lang)
    if not 300 <= w <= 650: problems.append(f"{n}: article text {w} words (want 300-650)")
    jl = len(re.sub(r"\s", "", dig))
    if not 900 <= jl <= 1600: problems.append(f"{n}: digest {jl} characters (want 900-1600)")
    # citation: title, outlet, outlet-local date, canonical URL
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    want_line = f"{ogt} {site} {pub[:10].replace('-', '.')}"
    cit_findings = [f for f in exp["findings"] if f["kind"] == "citation"]
    if not cit_findings:
        if cit[0] != want_line: problems.append(f"{n}: citation line {cit[0]!r} != {want_line!r}")
        if cit[1] != canon: problems.append(f"{n}: citation URL != canonical")
    else:
        if cit[0] == want_line and cit[1] == canon: problems.append(f"{n}: citation finding but citation is correct")
    # expected.json
    if set(exp) != {"clean", "findings"}: problems.append(f"{n}: bad expected.json keys")
    if n.startswith("clean-"):
        if exp["clean"] is not True or exp["findings"]: problems.append(f"{n}: clean case must have clean=true and no findings")
        counts["clean"] += 1
    elif n.startswith("err-"):
        counts["err"] += 1
        if exp["clean"] is not False: problems.append(f"{n}: err case must have clean=false")
        if len(exp["findings"]) != 3: problems.append(f"{n}: {len(exp['findings'])} findings (want 3)")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{n}: duplicate spans")
        for f in exp["findings"]:
            if set(f) != {"kind", "severity", "span"}: problems.append(f"{n}: bad finding keys {f}")
            if f["span"] not in dig: problems.append(f"{n}: span not in digest: {f['span']!r}")
            ok_sev = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning", "citation": "warning"}
            if ok_sev.get(f["kind"]) != f["severity"]: problems.append(f"{n}: kind/severity {f['kind']}/{f['severity']} not per LABELS-v2")
            kinds[(f["kind"], f["severity"])] += 1
    else:
        problems.append(f"{n}: name must start with clean- or err-")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("headline") or not d.get("overview"): problems.append(f"{n}: parse lacks headline/overview")
    print(f"{n:45s} {lang}  words={w:4d}  digest_chars={jl:5d}  findings={len(exp['findings'])}")

print()
print("cases:", dict(counts), " languages:", dict(sorted(langs.items())))
print("findings by kind/severity:", {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())}, " total:", sum(kinds.values()))
print("problems:", len(problems))
for pr in problems: print("  -", pr)
sys.exit(1 if problems else 0)
