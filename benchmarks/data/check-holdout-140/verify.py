#!/usr/bin/env python3
"""Sanity checks for check-holdout-140 (no checker is run here)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
MARKERS = ["【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"]


class Body(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def words(text, lang):
    if lang == "ja":  # Japanese: count characters, ~2.5 chars per English word
        return len(re.sub(r"\s", "", text)) // 2.5
    return len(text.split())


problems = []
by_lang = collections.Counter()
by_kind = collections.Counter()
by_sev = collections.Counter()
n_clean = n_err = 0
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    spec = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8")
    meta = dict(l.split(":", 1) for l in spec.split("\n---\n")[0].splitlines() if ":" in l)
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    lang = meta["lang"]
    by_lang[lang] += 1
    # source checks
    for needle in ["og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                   '"@type": "NewsArticle"', "<nav>", "cookie-banner", 'class="related"', "<footer", "<article>"]:
        if needle not in src:
            problems.append(f"{name}: source lacks {needle}")
    for dom in re.findall(r"https?://([^/\"'\s]+)", src + dig):
        if not dom.endswith(".example") and dom != "schema.org":
            problems.append(f"{name}: non-.example domain {dom}")
    b = Body(); b.feed(src)
    body = " ".join(b.text)
    w = words(body, lang)
    if not 300 <= w <= 650:
        problems.append(f"{name}: article text {w} words (want 300-650)")
    # digest checks
    jchars = len(re.sub(r"\s", "", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest {jchars} chars (want 900-1600)")
    for m in MARKERS:
        if dig.count(m) != 1:
            problems.append(f"{name}: marker {m} count {dig.count(m)}")
    cite = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    date = meta["published"][:10].replace("-", ".")
    url = f"https://{meta['domain']}{meta['path']}"
    cite_ok = cite[0] == f"{meta['title']} {meta['outlet']} {date}" and cite[-1] == url
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
    else:
        try:
            json.loads(r.stdout)
        except ValueError:
            problems.append(f"{name}: yoten parse output is not JSON")
    # label checks
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}:
            problems.append(f"{name}: clean case with findings")
        if not cite_ok:
            problems.append(f"{name}: clean citation differs from title/outlet/date/canonical URL")
    elif name.startswith("err-"):
        n_err += 1
        if exp.get("clean") is not False or len(exp["findings"]) != 3:
            problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            by_kind[f["kind"]] += 1
            by_sev[f["severity"]] += 1
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning"}
            if ok.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
            if f["span"] not in dig:
                problems.append(f"{name}: span not in digest: {f['span']}")
            if f["kind"] != "citation" and f["span"] in src:
                problems.append(f"{name}: span also stands in source (check): {f['span']}")
    else:
        problems.append(f"{name}: bad case name")
    rows.append((name, lang, int(w), jchars))

for r in rows:
    print(f"{r[0]:45s} {r[1]}  words={r[2]:4d}  digest_chars={r[3]}")
print(f"cases: {len(rows)} (clean {n_clean}, err {n_err})")
print("languages:", dict(sorted(by_lang.items())))
print("planted findings:", sum(by_kind.values()), "kinds:", dict(sorted(by_kind.items())),
      "severities:", dict(sorted(by_sev.items())))
if problems:
    print(f"PROBLEMS ({len(problems)}):")
    for p in problems:
        print(" -", p)
    sys.exit(1)
print("no problems")
