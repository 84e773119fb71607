"""Sanity checks for check-holdout-49 (does not run the checker).

Usage: python verify.py [path/to/yoten]
"""
import collections, html, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning", "spelling": "warning",
         "glossary": "warning", "citation": "warning", "structure": "warning"}


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth, self.text, self.lang, self.meta, self.canon = 0, [], None, {}, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canon = a["href"]
        if tag == "article":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and self.lasttag == "p" and "byline" not in (self.get_starttag_text() or ""):
            self.text.append(data)


problems, langs, totals, n = [], collections.Counter(), collections.Counter(), collections.Counter()
for case in sorted((HERE / "cases").iterdir()):
    name = case.name
    src = (case / "source.html").read_text(encoding="utf-8")
    dig = (case / "digest.txt").read_text(encoding="utf-8")
    exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    p = Body(); p.feed(src)
    article = src[src.index("<article>"):src.index("</article>")]
    body = "".join(html.unescape(x) for x in re.findall(r"<p>(.*?)</p>", article))
    langs[p.lang] += 1
    lo = 2000 if p.lang == "ja" else 1500
    if not lo <= len(body) <= 3000:
        problems.append(f"{name}: body {len(body)} chars")
    for host in re.findall(r"https?://([^/\"'\s]+)", src + dig):
        if not host.endswith(".example") and host != "schema.org":  # JSON-LD @context
            problems.append(f"{name}: non-.example host {host}")
    for key in ("og:site_name", "og:title", "article:published_time"):
        if not p.meta.get(key):
            problems.append(f"{name}: missing {key}")
    if not re.search(r"[+-]\d\d:\d\d$", p.meta.get("article:published_time", "")):
        problems.append(f"{name}: published_time without UTC offset")
    if "NewsArticle" not in src or "cookie" not in src or "<nav>" not in src or "<footer>" not in src:
        problems.append(f"{name}: page furniture missing")
    clean = name.startswith("clean-")
    if exp["clean"] != clean:
        problems.append(f"{name}: clean flag {exp['clean']}")
    f = exp["findings"]
    if clean and f:
        problems.append(f"{name}: clean case with findings")
    if not clean and not 2 <= len(f) <= 3:
        problems.append(f"{name}: {len(f)} findings")
    spans = [x["span"] for x in f]
    if len(set(spans)) != len(spans):
        problems.append(f"{name}: duplicate spans")
    for x in f:
        if x["span"] not in dig:
            problems.append(f"{name}: span not in digest: {x['span']}")
        if KINDS.get(x["kind"]) != x["severity"]:
            problems.append(f"{name}: kind/severity {x['kind']}/{x['severity']}")
        totals[(x["kind"], x["severity"])] += 1
    if clean and p.canon not in dig:
        problems.append(f"{name}: canonical URL not cited")
    r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
    if r.returncode:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
    else:
        d = json.loads(r.stdout)
        if not d.get("sources") or d["sources"][0].get("outlet") != p.meta["og:site_name"]:
            problems.append(f"{name}: parsed outlet {d.get('sources')}")
    n["clean" if clean else "err"] += 1
    print(f"{name:32} {p.lang}  body {len(body):5}  findings {len(f)}  parse {'ok' if not r.returncode else 'FAIL'}")

print()
print("cases:", dict(n), " languages:", dict(langs))
for (k, s), c in sorted(totals.items()):
    print(f"  {k:12} {s:8} {c}")
print("  total planted findings:", sum(totals.values()))
print("problems:" if problems else "no problems", *problems, sep="\n  ")
sys.exit(1 if problems else 0)
