"""Sanity checks for check-holdout-302 (run from anywhere)."""
import json, pathlib, re, shutil, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = shutil.which("yoten") or "/tmp/bcv302/bin/yoten"
WARN = {"unsupported", "name", "spelling", "citation", "glossary", "structure"}
problems, langs, kinds = [], {}, {}
n_clean = n_err = n_find = 0


class Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.inart = 0; self.out = []
    def handle_starttag(self, t, a):
        if t == "article": self.inart = 1
    def handle_endtag(self, t):
        if t == "article": self.inart = 0
    def handle_data(self, d):
        if self.inart: self.out.append(d)


def spec(name):
    head, body = (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict((k.strip(), v.strip()) for k, v in (l.split(":", 1) for l in head.splitlines()))
    return meta, body


cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
for c in cases:
    name = c.name
    meta, body = spec(name)
    lang = meta["lang"]; langs[lang] = langs.get(lang, 0) + 1
    digest = (c / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
    html = (c / "source.html").read_text(encoding="utf-8")
    for needle in ('og:site_name', 'og:title', 'rel="canonical"', 'article:published_time', 'NewsArticle', '<nav>', 'cookie', 'related', '<footer>', '<article>'):
        if needle not in html: problems.append(f"{name}: source.html lacks {needle}")
    if meta["url"] not in html or ".example" not in meta["url"]: problems.append(f"{name}: url")
    if not re.search(r"[+-]\d\d:\d\d$", meta["published"]): problems.append(f"{name}: published offset")
    # article size
    if lang == "ja":
        size = len(re.sub(r"\s", "", body)); ok = 600 <= size <= 700
    else:
        size = len(body.split()); ok = 300 <= size <= 350
    if not ok: problems.append(f"{name}: source size {size}")
    t = Text(); t.feed(html)
    # digest size
    dsize = len(re.sub(r"\s", "", digest))
    if not 950 <= dsize <= 1400: problems.append(f"{name}: digest size {dsize}")
    # parse
    r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0: problems.append(f"{name}: yoten parse rc={r.returncode} {r.stderr[-200:]}")
    # citation
    lines = [l.strip() for l in digest.strip().splitlines() if l.strip()]
    cite_line, cite_url = lines[-2], lines[-1]
    pub_date = meta["published"][:10].replace("-", ".")
    good_cite = f"{meta['title']} {meta['outlet']} {pub_date}"
    spans = [f["span"] for f in exp["findings"]]
    if name.startswith("clean-"):
        n_clean += 1
        if exp != {"clean": True, "findings": []}: problems.append(f"{name}: clean expected.json")
        if cite_line != good_cite: problems.append(f"{name}: citation line {cite_line!r} != {good_cite!r}")
        if cite_url != meta["url"]: problems.append(f"{name}: citation url")
    else:
        n_err += 1
        f = exp["findings"]
        if exp["clean"] or len(f) != 3: problems.append(f"{name}: err case must have 3 findings")
        if sum(x["severity"] == "error" for x in f) != 2: problems.append(f"{name}: needs 2 errors")
        for x in f:
            n_find += 1
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
            if x["kind"] == "mismatch" and x["severity"] != "error": problems.append(f"{name}: severity")
            if x["kind"] in WARN and x["severity"] != "warning": problems.append(f"{name}: severity")
            if x["span"] not in digest: problems.append(f"{name}: span not verbatim: {x['span']}")
        if "citation" not in [x["kind"] for x in f]:
            if cite_line != good_cite: problems.append(f"{name}: citation line")
            if cite_url != meta["url"]: problems.append(f"{name}: citation url")
    print(f"{name:32} {lang}  source {size:4} {'chars' if lang == 'ja' else 'words'}  digest {dsize:4} chars  findings {len(spans)}")

print(f"\ncases {len(cases)}  clean {n_clean}  err {n_err}  planted {n_find}  langs {dict(sorted(langs.items()))}  kinds {dict(sorted(kinds.items()))}")
if len(cases) != 24 or n_clean != 12 or n_err != 12 or n_find != 36: problems.append("counts")
if langs != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}: problems.append("languages")
if sum(v for k, v in kinds.items() if k != "mismatch") != 12: problems.append("warning count")
for p in problems: print("PROBLEM:", p)
print("OK" if not problems else f"FAILED ({len(problems)})")
sys.exit(1 if problems else 0)
