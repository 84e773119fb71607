"""Sanity checks for check-holdout-59 (does not run the checker).

Usage: python verify.py [path/to/yoten]   (default: yoten on PATH)
"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.body, self.lang = {}, [], [], None
        self._in_article = self._in_p = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.meta["canonical"] = a["href"]
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "article":
            self._in_article = True
        if tag == "p" and self._in_article:
            self._in_p = True
            self.body.append("")

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article = False
        if tag == "p":
            self._in_p = False

    def handle_data(self, data):
        if self._in_p:
            self.body[-1] += data


problems, kinds, langs = [], collections.Counter(), collections.Counter()
rows = []
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    digest = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    p = Page(); p.feed(src)
    langs[p.lang] += 1
    body = "".join(p.body)
    lo, hi = (2000, 4000) if p.lang == "ja" else (1500, 3000)
    if not lo <= len(body) <= hi:
        problems.append(f"{name}: body length {len(body)} outside {lo}-{hi}")
    # .example domains everywhere (source and digest)
    hosts = re.findall(r"https?://([^/\s\"'?]+)", src + digest)
    for h in hosts:
        if h == "schema.org":
            continue
        if not h.endswith(".example"):
            problems.append(f"{name}: non-.example host {h}")
    # expected.json shape and labels
    if exp["clean"] != name.startswith("clean-"):
        problems.append(f"{name}: clean flag {exp['clean']}")
    n = len(exp["findings"])
    if exp["clean"] and n:
        problems.append(f"{name}: clean case with findings")
    if not exp["clean"] and not 2 <= n <= 3:
        problems.append(f"{name}: {n} findings (want 2-3)")
    for f in exp["findings"]:
        c = digest.count(f["span"])
        if c == 0:
            problems.append(f"{name}: span not in digest: {f['span']}")
        kinds[(f["kind"], f["severity"])] += 1
        rows.append((name, f["span"], f["kind"], f["severity"], c))
    # yoten parse, and the citation against the page
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        continue
    d = json.loads(r.stdout)
    s = d["sources"][0]
    if s["outlet"] != p.meta["og:site_name"]:
        problems.append(f"{name}: citation outlet {s['outlet']!r} != {p.meta['og:site_name']!r}")
    if s["title"] != p.meta["og:title"]:
        problems.append(f"{name}: citation title differs from og:title")
    if s["date"] != p.meta["article:published_time"][:10]:
        problems.append(f"{name}: citation date {s['date']} != local publication date")
    if exp["clean"] and s["url"] != p.meta["canonical"]:
        problems.append(f"{name}: clean citation URL is not canonical")
    print(f"{name:34s} {p.lang}  body={len(body):5d}  parse=ok  findings={n}")

print()
print("languages:", dict(sorted(langs.items())))
print("cases:", sum(langs.values()), " clean:", sum(1 for c in (HERE / 'cases').iterdir() if c.name.startswith('clean-')))
print("findings:", sum(kinds.values()))
for (k, s), v in sorted(kinds.items()):
    print(f"  {k:12s} {s:8s} {v}")
by_sev = collections.Counter()
for (k, s), v in kinds.items():
    by_sev[s] += v
print("by severity:", dict(sorted(by_sev.items())))
multi = [r for r in rows if r[4] > 1]
for r in multi:
    print(f"note: span occurs {r[4]}x in {r[0]}: {r[1]}")
print("problems:", len(problems))
for x in problems:
    print("  ", x)
sys.exit(1 if problems else 0)
