#!/usr/bin/env python3
"""Sanity checks for check-holdout-237 (no checker involved).

- every case has source.html, digest.txt, expected.json and a spec
- every span stands verbatim in its digest; clean cases have no findings
- err cases have exactly 3 findings; kinds/severities follow LABELS-v2
- every digest parses with `yoten parse` and has all four sections
- digest length 900-1600 non-space characters; article 300-650 words
  (Japanese: 600-1300 characters)
- source.html carries title/og:site_name/og:title/canonical/published_time/JSON-LD
- clean citations: title == og:title, outlet == og:site_name, date == local
  publication date, URL == canonical
- counts by language, kind and severity
"""
import collections, json, os, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN", "yoten")
SEV = {"mismatch": "error", "unsupported": "warning", "name": "warning",
       "spelling": "warning", "citation": "warning", "glossary": "warning", "structure": "warning"}

class Page(HTMLParser):
    def __init__(self):
        super().__init__(); self.meta = {}; self.canon = None; self.title = ""; self.ld = None
        self._in = None; self.body = []; self._p = False; self.lang = None
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == "html": self.lang = a.get("lang")
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical": self.canon = a.get("href")
        if tag == "title": self._in = "title"
        if tag == "script" and a.get("type") == "application/ld+json": self._in = "ld"
        if tag == "p" and self._article: self._p = True
        if tag == "div" and a.get("itemprop") == "articleBody": self._article = True
    _article = False
    def handle_endtag(self, tag):
        if tag in ("title", "script"): self._in = None
        if tag == "p": self._p = False
        if tag == "div" and self._article and not self._p: pass
        if tag == "article": self._article = False
    def handle_data(self, d):
        if self._in == "title": self.title += d
        elif self._in == "ld": self.ld = json.loads(d)
        elif self._p and self._article: self.body.append(d)

def main():
    problems = []
    langs = collections.Counter(); kinds = collections.Counter(); sevs = collections.Counter()
    ncl = ner = 0; urls = set()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        n = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists(): problems.append(f"{n}: missing {f}")
        if not (HERE / "specs" / f"{n}.txt").exists(): problems.append(f"{n}: missing spec")
        dg = (c / "digest.txt").read_text(encoding="utf-8")
        ex = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        pg = Page(); pg.feed((c / "source.html").read_text(encoding="utf-8"))
        langs[pg.lang] += 1
        for k in ("og:site_name", "og:title", "article:published_time"):
            if not pg.meta.get(k): problems.append(f"{n}: no {k}")
        if not pg.canon or ".example/" not in pg.canon: problems.append(f"{n}: canonical")
        if not pg.ld or pg.ld.get("@type") != "NewsArticle": problems.append(f"{n}: JSON-LD")
        if pg.canon in urls: problems.append(f"{n}: source reused")
        urls.add(pg.canon)
        text = " ".join(pg.body)
        if pg.lang == "ja":
            size = len(re.sub(r"\s", "", text)); lo, hi = 600, 1300
        else:
            size = len(text.split()); lo, hi = 300, 650
        if not lo <= size <= hi: problems.append(f"{n}: article size {size} outside {lo}-{hi}")
        dlen = len(re.sub(r"\s", "", dg))
        if not 900 <= dlen <= 1600: problems.append(f"{n}: digest length {dlen}")
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode: problems.append(f"{n}: yoten parse failed: {r.stderr[-300:]}")
        else:
            d = json.loads(r.stdout)
            for sec in ("overview", "details"):
                if not d.get(sec): problems.append(f"{n}: parse has no {sec}")
        for m in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if m not in dg: problems.append(f"{n}: no {m}")
        if n.startswith("clean-"):
            ncl += 1
            if ex != {"clean": True, "findings": []}: problems.append(f"{n}: clean case with findings")
            cit = dg.split("【引用・参照・底本】", 1)[1].strip().splitlines()
            cit = [l.strip() for l in cit if l.strip()]
            want = f'{pg.meta["og:title"]} {pg.meta["og:site_name"]} {pg.meta["article:published_time"][:10].replace("-", ".")}'
            if cit[0] != want: problems.append(f"{n}: citation line {cit[0]!r} != {want!r}")
            if cit[1] != pg.canon: problems.append(f"{n}: citation URL not canonical")
        elif n.startswith("err-"):
            ner += 1
            if ex.get("clean") is not False: problems.append(f"{n}: err case not clean:false")
            if len(ex["findings"]) != 3: problems.append(f"{n}: {len(ex['findings'])} findings")
            spans = [f["span"] for f in ex["findings"]]
            if len(set(spans)) != len(spans): problems.append(f"{n}: duplicate span")
            for f in ex["findings"]:
                kinds[f["kind"]] += 1; sevs[f["severity"]] += 1
                if SEV.get(f["kind"]) != f["severity"]: problems.append(f"{n}: {f['kind']} with {f['severity']}")
                cnt = dg.count(f["span"])
                if cnt == 0: problems.append(f"{n}: span not in digest: {f['span']!r}")
                if f["kind"] != "citation" and f["span"] in pg.body.__str__():
                    pass
        else:
            problems.append(f"{n}: bad name")
        print(f"{n:40s} {pg.lang}  article {size:4d}  digest {dlen:4d}")
    print()
    print(f"cases: {len(cases)} (clean {ncl}, err {ner})")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), "kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sevs.items())))
    print("problems:", len(problems))
    for p in problems: print("  -", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
