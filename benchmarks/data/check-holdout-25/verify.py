"""Self-checks for check-holdout-25 (no checker involved).

Run: python verify.py [path/to/yoten]   (default: yoten on PATH)
"""
import json
import pathlib
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.title, self.ld = {}, None, "", False
        self.in_title = self.in_article = self.in_ld = self.in_p = False
        self.body, self.lang = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and a.get("property"):
            self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "title":
            self.in_title = True
        if tag == "article":
            self.in_article = True
        if tag == "p":
            self.in_p = True
        if tag == "script" and a.get("type") == "application/ld+json":
            self.in_ld = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "article":
            self.in_article = False
        if tag == "p":
            self.in_p = False
        if tag == "script":
            self.in_ld = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_ld:
            json.loads(data)
            self.ld = True
        if self.in_article and self.in_p:
            self.body.append(data)


def main():
    problems, rows = [], []
    n_clean = n_err = n_find = 0
    kinds = {}
    for d in sorted((HERE / "cases").iterdir()):
        name = d.name
        src = (d / "source.html").read_text(encoding="utf-8")
        dig = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        p = Page()
        p.feed(src)
        body = sum(len(x) for x in p.body)
        lo = 2500 if p.lang == "ja" else 2000
        if not lo <= body <= 5000:
            problems.append(f"{name}: body {body} chars outside {lo}-5000")
        for key in ("og:site_name", "og:title", "article:published_time"):
            if not p.meta.get(key):
                problems.append(f"{name}: missing {key}")
        if not re.search(r"[+-]\d\d:\d\d$", p.meta.get("article:published_time") or ""):
            problems.append(f"{name}: published_time has no UTC offset")
        if not p.canonical or not p.ld or p.meta.get("og:site_name", "") not in p.title:
            problems.append(f"{name}: canonical/JSON-LD/title suffix missing")
        for url in re.findall(r"https?://([^/\"\s]+)", src + dig):
            if url != "schema.org" and not url.endswith(".example"):  # JSON-LD vocabulary
                problems.append(f"{name}: domain {url} is not .example")
        urls = [l.strip() for l in dig.splitlines() if l.strip().startswith("http")]
        if not urls or not urls[-1].startswith(p.canonical or "\0"):
            problems.append(f"{name}: canonical URL not in the citation")
        if name.startswith("clean-") and urls and urls[-1] != p.canonical:
            problems.append(f"{name}: clean citation URL differs from canonical")
        r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True)
        if r.returncode:
            problems.append(f"{name}: yoten parse failed: {r.stderr.decode()[-200:]}")
        f = exp["findings"]
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match the name")
        if exp["clean"] and f:
            problems.append(f"{name}: clean case with findings")
        if not exp["clean"] and not 2 <= len(f) <= 3:
            problems.append(f"{name}: err case with {len(f)} findings")
        for x in f:
            if x["span"] not in dig:
                problems.append(f"{name}: span {x['span']!r} not in digest")
            sev = "error" if x["kind"] == "mismatch" else "warning"
            if x["severity"] != sev:
                problems.append(f"{name}: {x['kind']} labelled {x['severity']}")
            kinds[(x["kind"], x["severity"])] = kinds.get((x["kind"], x["severity"]), 0) + 1
        if len({x["span"] for x in f}) != len(f):
            problems.append(f"{name}: duplicate spans")
        n_clean += exp["clean"]
        n_err += not exp["clean"]
        n_find += len(f)
        rows.append(f"{name:28} {p.lang}  body {body:5}  findings {len(f)}")
    print("\n".join(rows))
    print(f"cases {n_clean + n_err}: clean {n_clean}, err {n_err}, planted findings {n_find}")
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k}/{s}: {n}")
    for x in problems:
        print("PROBLEM:", x)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
