#!/usr/bin/env python3
"""Sanity checks for check-holdout-166 (no checker run)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
         "citation": "warning", "glossary": "warning", "structure": "warning"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.canon, self.title, self.text = {}, None, "", []
        self._in, self._art = None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canon = a["href"]
        if tag == "article":
            self._art += 1
        self._in = tag

    def handle_endtag(self, tag):
        if tag == "article":
            self._art -= 1
        self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        if self._art and self._in == "p":
            self.text.append(data)


problems, langs, kinds, sevs, canons = [], collections.Counter(), collections.Counter(), collections.Counter(), set()
cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    n = c.name
    spec = HERE / "specs" / f"{n}.txt"
    if not spec.exists():
        problems.append(f"{n}: no spec")
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (c / f).exists():
            problems.append(f"{n}: missing {f}")
    src = (c / "source.html").read_text(encoding="utf-8")
    dig = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    pg = Page(); pg.feed(src)
    lang = re.search(r'<html lang="(\w+)"', src).group(1)
    langs[lang] += 1
    for key in ("og:site_name", "og:title", "article:published_time"):
        if not pg.meta.get(key):
            problems.append(f"{n}: no {key}")
    if "NewsArticle" not in src or "cookie" not in src or "<footer" not in src or "<nav>" not in src:
        problems.append(f"{n}: page furniture missing")
    if not pg.canon or not re.match(r"https://[^/]+\.example/", pg.canon):
        problems.append(f"{n}: canonical not under .example")
    if pg.canon in canons:
        problems.append(f"{n}: source reused")
    canons.add(pg.canon)
    body = " ".join(pg.text)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    lo, hi = (600, 1300) if lang == "ja" else (300, 650)
    if not lo <= size <= hi:
        problems.append(f"{n}: article size {size} outside {lo}-{hi}")
    dlen = len(re.sub(r"\s", "", dig))
    if not 900 <= dlen <= 1600:
        problems.append(f"{n}: digest length {dlen} outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】", "主なハイライト", "文脈"):
        if marker not in dig:
            problems.append(f"{n}: digest lacks {marker}")
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{n}: yoten parse failed: {r.stderr.strip()[:200]}")
    clean = n.startswith("clean-")
    if exp.get("clean") != clean:
        problems.append(f"{n}: clean flag {exp.get('clean')} but name says {clean}")
    if clean and exp["findings"]:
        problems.append(f"{n}: clean case with findings")
    if not clean and len(exp["findings"]) != 3:
        problems.append(f"{n}: {len(exp['findings'])} findings, want 3")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{n}: duplicate spans")
    for f in exp["findings"]:
        if KINDS.get(f["kind"]) != f["severity"]:
            problems.append(f"{n}: kind {f['kind']} with severity {f['severity']}")
        if f["span"] not in dig:
            problems.append(f"{n}: span not in digest: {f['span']!r}")
        kinds[f["kind"]] += 1
        sevs[f["severity"]] += 1
    # citation: title, outlet, date in the outlet's zone, canonical URL (clean cases must match)
    pub = pg.meta["article:published_time"]
    want = f"{pg.meta['og:title']} {pg.meta['og:site_name']} {pub[:4]}.{pub[5:7]}.{pub[8:10]}"
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [l.strip() for l in cit if l.strip()]
    if clean and (cit[0] != want or cit[1] != pg.canon):
        problems.append(f"{n}: citation differs from source: {cit[:2]} vs {want!r} {pg.canon}")
    has_cit = any(f["kind"] == "citation" for f in exp["findings"])
    if not clean and has_cit == (cit[0] == want and cit[1] == pg.canon):
        problems.append(f"{n}: citation label and citation disagree")
    if f"{pg.meta['og:title']} - {pg.meta['og:site_name']}" != pg.title:
        problems.append(f"{n}: <title> lacks outlet suffix")

print(f"cases: {len(cases)} (clean {sum(c.name.startswith('clean-') for c in cases)}, err {sum(c.name.startswith('err-') for c in cases)})")
print("languages:", dict(sorted(langs.items())))
print("planted findings:", sum(kinds.values()), "by kind:", dict(sorted(kinds.items())), "by severity:", dict(sorted(sevs.items())))
print("problems:", len(problems))
for p in problems:
    print("  -", p)
sys.exit(1 if problems else 0)
