"""Sanity checks for check-holdout-193 (does not run the checker)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.in_body, self.text, self.canon, self.title, self._t = {}, 0, [], None, "", False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canon = a["href"]
        if tag == "div" and a.get("itemprop") == "articleBody":
            self.in_body = 1
        elif tag == "div" and self.in_body:
            self.in_body += 1
        if tag == "title":
            self._t = True
    def handle_endtag(self, tag):
        if tag == "div" and self.in_body:
            self.in_body -= 1
        if tag == "title":
            self._t = False
    def handle_data(self, d):
        if self.in_body:
            self.text.append(d)
        if self._t:
            self.title += d


problems, langs, kinds, sevs = [], collections.Counter(), collections.Counter(), collections.Counter()
n_clean = n_err = n_find = 0
sources = set()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    lang = name.split("-")[1]
    langs[lang] += 1
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    p = Page(); p.feed(src)
    if p.canon in sources:
        problems.append(f"{name}: source reused")
    sources.add(p.canon)
    body = " ".join(p.text)
    size = len(body.replace(" ", "")) // 2 if lang == "ja" else len(body.split())
    if not 300 <= size <= 650:
        problems.append(f"{name}: article text {size} words")
    for key in ("og:site_name", "og:title", "article:published_time"):
        if not p.meta.get(key):
            problems.append(f"{name}: missing {key}")
    if not p.title.endswith(" - " + p.meta["og:site_name"]):
        problems.append(f"{name}: <title> lacks outlet suffix")
    if '"NewsArticle"' not in src or "<article>" not in src or 'id="cookie-banner"' not in src:
        problems.append(f"{name}: page furniture missing")
    jchars = len(re.findall(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]", dig))
    if not 900 <= jchars <= 1600:
        problems.append(f"{name}: digest has {jchars} Japanese characters")
    # citation: title, outlet, local date, canonical URL (clean cases must match exactly)
    cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    pub = p.meta["article:published_time"][:10].replace("-", ".")
    want = f"{p.meta['og:title']} {p.meta['og:site_name']} {pub}"
    if name.startswith("clean") and (cit[0] != want or cit[1] != p.canon):
        problems.append(f"{name}: citation differs from source metadata")
    if exp["clean"] != name.startswith("clean"):
        problems.append(f"{name}: clean flag wrong")
    if name.startswith("clean"):
        n_clean += 1
        if exp["findings"]:
            problems.append(f"{name}: clean case with findings")
    else:
        n_err += 1
        if len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            n_find += 1
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
            if f["span"] not in dig:
                problems.append(f"{name}: span not verbatim: {f['span']}")
            want_sev = "error" if f["kind"] == "mismatch" else "warning"
            if f["severity"] != want_sev:
                problems.append(f"{name}: severity {f['severity']} for {f['kind']}")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d:
            problems.append(f"{name}: empty parse")

print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err), distinct sources: {len(sources)}")
print("languages:", dict(sorted(langs.items())))
print(f"planted findings: {n_find}", "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sevs.items())))
print("problems:", len(problems))
for pr in problems:
    print("  -", pr)
sys.exit(1 if problems else 0)
