"""Sanity checks for check-holdout-48 (does not run the checker).

python verify.py [--yoten PATH]   (PATH: the yoten executable, default "yoten")
"""
import collections, html, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).parent
YOTEN = sys.argv[sys.argv.index("--yoten") + 1] if "--yoten" in sys.argv else "yoten"
LANG = {"clean-prairie-wheat": "en"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.depth, self.ps, self.inp, self.lang = {}, {}, 0, [], False, None
        self.title, self.intitle, self.hrefs = "", False, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html": self.lang = a.get("lang")
        if tag == "meta": self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link": self.links[a.get("rel")] = a.get("href")
        if tag == "a" and a.get("href"): self.hrefs.append(a["href"])
        if tag == "title": self.intitle = True
        if tag == "article": self.depth += 1
        if tag == "p" and self.depth and not a.get("class"): self.inp = True; self.ps.append("")

    def handle_endtag(self, tag):
        if tag == "article": self.depth -= 1
        if tag == "p": self.inp = False
        if tag == "title": self.intitle = False

    def handle_data(self, d):
        if self.inp: self.ps[-1] += d
        if self.intitle: self.title += d


def main():
    problems, kinds, langs, rows = [], collections.Counter(), collections.Counter(), []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        src = (c / "source.html").read_text(encoding="utf-8")
        pg = Page(); pg.feed(src)
        body = "".join(pg.ps) if pg.lang == "ja" else " ".join(pg.ps)
        langs[pg.lang] += 1
        lo, hi = (2000, 4000) if pg.lang == "ja" else (1500, 3000)
        if not lo <= len(body) <= hi: problems.append(f"{name}: body {len(body)} chars")
        canon = pg.links.get("canonical", "")
        for u in re.findall(r"https?://[^\s\"'<>]+", src + "\n" + dig):
            host = re.sub(r"^https?://([^/?#]+).*", r"\1", u)
            if not (host.endswith(".example") or host in ("schema.org",)):
                problems.append(f"{name}: non-.example URL {u}")
        need = ["og:site_name", "og:title", "article:published_time"]
        for k in need:
            if not pg.meta.get(k): problems.append(f"{name}: missing {k}")
        if '"@type": "NewsArticle"' not in src: problems.append(f"{name}: no JSON-LD NewsArticle")
        if " " not in pg.meta.get("og:site_name", ""): pass  # Japanese outlet name has no space
        # findings
        if exp["clean"] != name.startswith("clean-"): problems.append(f"{name}: clean flag")
        n = len(exp["findings"])
        if exp["clean"] and n: problems.append(f"{name}: clean case with findings")
        if not exp["clean"] and not 2 <= n <= 3: problems.append(f"{name}: {n} findings")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans): problems.append(f"{name}: duplicate span")
        for f in exp["findings"]:
            if f["span"] not in dig: problems.append(f"{name}: span not verbatim: {f['span']}")
            kinds[(f["kind"], f["severity"])] += 1
            ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
                  "spelling": "warning", "citation": "warning", "glossary": "warning",
                  "structure": "warning"}
            if ok.get(f["kind"]) != f["severity"]: problems.append(f"{name}: severity of {f}")
        # citation (clean cases must cite title, outlet, local date and canonical URL)
        cit = dig.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [l.strip() for l in cit if l.strip()]
        date = pg.meta["article:published_time"][:10].replace("-", ".")
        want = f"{pg.meta['og:title']} {pg.meta['og:site_name']} {date}"
        cit_ok = cit[0] == want and cit[1] == canon
        if exp["clean"] and not cit_ok: problems.append(f"{name}: citation {cit} != {want} {canon}")
        if not exp["clean"] and not cit_ok and not any(f["kind"] == "citation" for f in exp["findings"]):
            problems.append(f"{name}: citation differs but not labelled")
        # parse
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        parsed = r.returncode == 0 and bool(json.loads(r.stdout or "{}"))
        if not parsed: problems.append(f"{name}: yoten parse failed: {r.stderr[-300:]}")
        rows.append((name, pg.lang, len(body), n, "ok" if parsed else "FAIL"))
    for row in rows:
        print("%-34s %-3s body=%5d findings=%d parse=%s" % row)
    print("cases:", len(cases), "clean:", sum(r[0].startswith("clean-") for r in rows),
          "err:", sum(r[0].startswith("err-") for r in rows))
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), {f"{k}/{s}": v for (k, s), v in sorted(kinds.items())})
    for p in problems: print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
