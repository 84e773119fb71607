#!/usr/bin/env python3
"""Sanity checks for check-holdout-238 (run with the yoten venv on PATH or YOTEN=...)."""
import collections, json, os, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_clean = n_err = 0


class Article(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []
        self.meta = {}
        self.title = ""
        self._in_title = False
        self.canonical = None
        self.ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.depth += 1
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "title":
            self._in_title = True
        if tag == "script" and a.get("type") == "application/ld+json":
            self.ld = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self.depth > 0:
            self.text.append(data)


for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    files = {p.name for p in case.iterdir()}
    for f in ("source.html", "digest.txt", "expected.json"):
        if f not in files:
            problems.append(f"{name}: missing {f}")
    spec = HERE / "specs" / f"{name}.txt"
    if not spec.exists():
        problems.append(f"{name}: missing spec")
        continue
    lang = re.search(r"^lang:\s*(\w+)", spec.read_text(encoding="utf-8"), re.M).group(1)
    by_lang[lang] += 1
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    # source checks
    art = Article(); art.feed(src)
    body = " ".join(" ".join(art.text).split())
    n = len(body) if lang == "ja" else len(body.split())
    lo, hi = (600, 1400) if lang == "ja" else (300, 700)
    if not lo <= n <= hi:
        problems.append(f"{name}: article length {n} outside {lo}-{hi}")
    for k in ("og:site_name", "og:title", "article:published_time"):
        if k not in art.meta:
            problems.append(f"{name}: no {k}")
    if not art.canonical or ".example/" not in art.canonical:
        problems.append(f"{name}: canonical {art.canonical}")
    if not art.ld:
        problems.append(f"{name}: no JSON-LD")
    if art.meta.get("og:site_name", "") not in art.title:
        problems.append(f"{name}: <title> lacks outlet suffix")
    # citation: title, outlet, date in outlet's own offset
    pub = art.meta.get("article:published_time", "")
    cite_date = pub[:10].replace("-", ".")
    cite_line = f"{art.meta.get('og:title')} {art.meta.get('og:site_name')} {cite_date}"
    # digest checks
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest length {jchars} outside 900-1600")
    for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
        if dig.count(marker) != 1:
            problems.append(f"{name}: marker {marker} x{dig.count(marker)}")
    if not re.match(r"^.+\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}\n", dig):
        problems.append(f"{name}: headline line")
    spans = [f["span"] for f in exp["findings"]]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case has findings")
        if cite_line not in dig:
            problems.append(f"{name}: citation line differs from source: {cite_line!r}")
        if art.canonical not in dig.split("【引用・参照・底本】")[1]:
            problems.append(f"{name}: canonical URL not cited")
    else:
        n_err += 1
        if exp.get("clean") is not False:
            problems.append(f"{name}: err case not clean=false")
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        kinds = {f["kind"] for f in exp["findings"]}
        if "citation" not in kinds and cite_line not in dig:
            problems.append(f"{name}: citation differs but no citation finding")
        for f in exp["findings"]:
            by_kind[f["kind"]] += 1
            by_sev[f["severity"]] += 1
            want = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
    for s in spans:
        c = dig.count(s)
        if c == 0:
            problems.append(f"{name}: span not in digest: {s!r}")
        elif c > 1:
            problems.append(f"{name}: span occurs {c}x: {s!r}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
print("languages:", dict(sorted(by_lang.items())))
print("planted findings:", sum(by_kind.values()), dict(sorted(by_kind.items())), dict(sorted(by_sev.items())))
if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("no problems")
