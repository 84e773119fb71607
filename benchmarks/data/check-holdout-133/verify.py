#!/usr/bin/env python3
"""Sanity checks for check-holdout-133 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
SEC = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]
ERR_KINDS = {"mismatch": "error"}
WARN_KINDS = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}


class Meta(HTMLParser):
    def __init__(self):
        super().__init__(); self.m = {}; self.in_art = 0; self.text = []; self.title = ""; self._t = False
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "meta" and a.get("property"): self.m[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.m["canonical"] = a["href"]
        if tag == "article": self.in_art += 1
        if tag == "title": self._t = True
    def handle_endtag(self, tag):
        if tag == "article": self.in_art -= 1
        if tag == "title": self._t = False
    def handle_data(self, d):
        if self.in_art: self.text.append(d)
        if self._t: self.title += d


problems = []
by_lang = collections.Counter(); by_kind = collections.Counter(); by_sev = collections.Counter()
n_clean = n_err = 0
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    p = Meta(); p.feed(src)
    lang = re.search(r'<html lang="(\w+)"', src).group(1); by_lang[lang] += 1
    for k in ["og:site_name", "og:title", "article:published_time", "canonical"]:
        if not p.m.get(k): problems.append(f"{name}: source lacks {k}")
    if "NewsArticle" not in src: problems.append(f"{name}: no JSON-LD NewsArticle")
    if "cookie" not in src or "<nav>" not in src or "<footer" not in src: problems.append(f"{name}: page furniture missing")
    body = " ".join(p.text)
    size = len(re.sub(r"\s", "", body)) if lang == "ja" else len(body.split())
    if lang != "ja" and not 300 <= size <= 650: problems.append(f"{name}: article {size} words")
    if lang == "ja" and size < 600: problems.append(f"{name}: article {size} chars")
    if ".example" not in p.m.get("canonical", ""): problems.append(f"{name}: domain not .example")
    # digest
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600: problems.append(f"{name}: digest {jchars} chars")
    pos = [dig.find(s) for s in SEC]
    if -1 in pos or pos != sorted(pos): problems.append(f"{name}: sections missing or out of order")
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c for c in cit if c.strip()]
    date = p.m["article:published_time"][:10].replace("-", ".")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        try: json.loads(r.stdout)
        except Exception: problems.append(f"{name}: yoten parse output is not JSON")
    # labels
    want = f"{p.m['og:title']} {p.m['og:site_name']} {date}"
    cit_labelled = any(f["kind"] == "citation" for f in exp["findings"])
    if not cit_labelled and (cit[0].strip() != want or cit[1].strip() != p.m["canonical"]):
        problems.append(f"{name}: unlabelled citation differs from og:title/og:site_name/date/canonical")
    if cit_labelled and cit[0].strip() == want and cit[1].strip() == p.m["canonical"]:
        problems.append(f"{name}: citation labelled but correct")
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean case has findings")
        want = f"{p.m['og:title']} {p.m['og:site_name']} {date}"
        if cit[0].strip() != want: problems.append(f"{name}: citation line {cit[0]!r} != {want!r}")
        if cit[1].strip() != p.m["canonical"]: problems.append(f"{name}: citation URL not canonical")
    else:
        n_err += 1
        if exp.get("clean") is not False: problems.append(f"{name}: err case marked clean")
        if len(exp["findings"]) != 3: problems.append(f"{name}: {len(exp['findings'])} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            by_kind[f["kind"]] += 1; by_sev[f["severity"]] += 1
            if f["span"] not in dig: problems.append(f"{name}: span {f['span']!r} not in digest")
            if f["kind"] == "mismatch" and f["severity"] != "error": problems.append(f"{name}: mismatch not error")
            if f["kind"] in WARN_KINDS and f["severity"] != "warning": problems.append(f"{name}: {f['kind']} not warning")
            if f["kind"] not in WARN_KINDS and f["kind"] != "mismatch": problems.append(f"{name}: unknown kind {f['kind']}")
    print(f"{name:30s} {lang}  source {size:4d} {'chars' if lang=='ja' else 'words'}  digest {jchars:4d} chars  findings {len(exp['findings'])}")

print()
print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(by_lang.items())))
print("findings:", sum(by_kind.values()), "by kind:", dict(sorted(by_kind.items())), "by severity:", dict(sorted(by_sev.items())))
if by_lang != collections.Counter(en=14, fr=3, de=3, es=2, ja=2): problems.append("language counts differ from the brief")
if n_clean != 12 or n_err != 12: problems.append("case counts differ from the brief")
print("problems:", len(problems))
for x in problems: print("  -", x)
sys.exit(1 if problems else 0)
