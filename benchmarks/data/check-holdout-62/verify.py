#!/usr/bin/env python3
"""Sanity checks for check-holdout-62 (does not run the checker).

usage: python verify.py [--yoten PATH]   (PATH of the yoten executable; default "yoten")
"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
yoten = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"


class Body(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.inp, self.text, self.meta, self.links = 0, False, [], {}, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth:
            self.inp = True
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.links["canonical"] = a["href"]

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "p":
            self.inp = False

    def handle_data(self, data):
        if self.inp:
            self.text.append(data)


problems, kinds, rows = [], collections.Counter(), []
n_clean = n_err = 0
langs = collections.Counter()
for d in sorted(p for p in CASES.iterdir() if p.is_dir()):
    name = d.name
    html = (d / "source.html").read_text(encoding="utf-8")
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    b = Body(); b.feed(html)
    lang = re.search(r'<html lang="(\w+)"', html).group(1)
    langs[lang] += 1
    body = "".join(b.text)
    n = len("".join(body.split())) if lang == "ja" else len(" ".join(body.split()))
    lo, hi = (2000, 4000) if lang == "ja" else (1500, 3000)
    if not lo <= n <= hi:
        problems.append(f"{name}: body {n} chars outside {lo}-{hi}")
    for u in re.findall(r'https?://([^/"\s]+)', html + digest):
        if not u.endswith(".example") and u not in ("schema.org",):
            problems.append(f"{name}: non-.example domain {u}")
    for key in ("og:site_name", "og:title", "article:published_time"):
        if key not in b.meta:
            problems.append(f"{name}: missing {key}")
    if "canonical" not in b.links or b.links["canonical"] not in digest:
        if name.startswith("clean-") or "canonical" not in b.links:
            problems.append(f"{name}: canonical URL not cited")
    if "NewsArticle" not in html or "cookie" not in html.lower():
        problems.append(f"{name}: JSON-LD or cookie banner missing")
    if name.startswith("clean-"):
        n_clean += 1
        if not exp["clean"] or exp["findings"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if exp["clean"] or not 2 <= len(exp["findings"]) <= 3:
            problems.append(f"{name}: err case needs 2-3 findings")
    spans = [f["span"] for f in exp["findings"]]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate span")
    for f in exp["findings"]:
        if f["span"] not in digest:
            problems.append(f"{name}: span not verbatim in digest: {f['span']!r}")
        want = "error" if f["kind"] == "mismatch" else "warning"
        if f["severity"] != want:
            problems.append(f"{name}: {f['kind']} should be {want}")
        kinds[(f["kind"], f["severity"])] += 1
    r = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    ok = r.returncode == 0 and r.stdout.strip().startswith("{")
    if not ok:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    rows.append(f"{name:32} {lang}  body={n:5}  findings={len(exp['findings'])}  parse={'ok' if ok else 'FAIL'}")

print("\n".join(rows))
print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
print("planted findings:", sum(kinds.values()))
for (k, s), c in sorted(kinds.items()):
    print(f"  {k:12} {s:8} {c}")
print("problems:", len(problems))
for p in problems:
    print("  " + p)
sys.exit(1 if problems else 0)
