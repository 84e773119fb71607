#!/usr/bin/env python3
"""Sanity checks for check-holdout-198. Usage: python verify.py [path/to/yoten]"""
import collections, datetime as dt, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv198/bin/yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}

class Meta(HTMLParser):
    def __init__(self):
        super().__init__(); self.m = {}; self.t = None; self.title = ""; self.paras = []; self.inp = False; self.inart = False
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k: self.m[k] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.m["canonical"] = a["href"]
        if tag == "title": self.t = "title"
        if tag == "article": self.inart = True
        if tag == "p" and self.inart: self.inp = True; self.paras.append("")
        if tag == "script" and a.get("type") == "application/ld+json": self.t = "ld"
    def handle_endtag(self, tag):
        if tag in ("title", "script"): self.t = None
        if tag == "p": self.inp = False
        if tag == "article": self.inart = False
    def handle_data(self, d):
        if self.t == "title": self.title += d
        if self.t == "ld": self.m["ld"] = json.loads(d)
        if self.inp: self.paras[-1] += d

problems = []
langs = collections.Counter(); kinds = collections.Counter(); sev = collections.Counter()
rows = []
urls = set()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    p = Meta(); p.feed(src); m = p.m
    for k in ("og:site_name", "og:title", "canonical", "article:published_time", "ld"):
        if k not in m: problems.append(f"{name}: source lacks {k}")
    if not p.title.endswith(" - " + m["og:site_name"]): problems.append(f"{name}: <title> lacks outlet suffix")
    for w in ("cookie", "<nav>", "<footer>", "related"):
        if w not in src: problems.append(f"{name}: source lacks {w}")
    lang = re.search(r'<html lang="(\w+)"', src).group(1); langs[lang] += 1
    text = " ".join(p.paras)
    size = len(re.sub(r"\s", "", text)) // 2 if lang == "ja" else len(text.split())
    if not 300 <= size <= 650: problems.append(f"{name}: article length {size} words (ja: chars/2)")
    if m["canonical"] in urls: problems.append(f"{name}: source reused")
    urls.add(m["canonical"])
    n = len(re.sub(r"\s", "", dig))
    if not 900 <= n <= 1600: problems.append(f"{name}: digest {n} chars")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # citation: title, outlet, date in the outlet's own zone, canonical URL (unless planted)
    pub = dt.datetime.fromisoformat(m["article:published_time"])
    cit = f'{m["og:title"]} {m["og:site_name"]} {pub:%Y.%m.%d}'
    planted_cit = any(f["kind"] == "citation" for f in exp["findings"])
    lines = [l.strip() for l in dig.split("【引用・参照・底本】")[1].strip().splitlines() if l.strip()]
    ok_cit = lines[0] == cit and lines[1] == m["canonical"]
    if not planted_cit and not ok_cit: problems.append(f"{name}: citation differs from source")
    if planted_cit and ok_cit: problems.append(f"{name}: planted citation finding but citation is correct")
    if name.startswith("clean-"):
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean case with findings")
    else:
        if exp["clean"] is not False: problems.append(f"{name}: err case marked clean")
        if len(exp["findings"]) != 3: problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            if KINDS.get(f["kind"]) != f["severity"]: problems.append(f"{name}: {f} kind/severity")
            c = dig.count(f["span"])
            if c == 0: problems.append(f"{name}: span not in digest: {f['span']}")
            kinds[f["kind"]] += 1; sev[f["severity"]] += 1
    rows.append((name, lang, size, n, len(exp["findings"])))

for r in rows: print("%-28s %-2s article=%-4d digest=%-5d findings=%d" % r)
print("cases:", len(rows), "clean:", sum(r[0].startswith("clean-") for r in rows), "err:", sum(r[0].startswith("err-") for r in rows))
print("languages:", dict(sorted(langs.items())))
print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())))
print("problems:", len(problems))
for x in problems: print("  -", x)
sys.exit(1 if problems else 0)
