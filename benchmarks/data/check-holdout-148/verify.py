#!/usr/bin/env python3
"""Sanity checks for check-holdout-148 (no checker is run here).

- every case has source.html, digest.txt, expected.json; 24 cases, 12 clean + 12 err
- expected.json: clean cases have no findings; err cases have 3, every span verbatim in the digest
- kinds/severities follow LABELS-v2 (mismatch -> error; unsupported/name/spelling/citation -> warning)
- every digest parses with `yoten parse`; digest length 900-1,600 characters (no whitespace, before the citation)
- source pages: og:site_name, og:title, canonical, published_time with offset, JSON-LD, <article>;
  article text 300-650 words (Japanese: 600-1,300 characters)
- clean citations: "<og:title> <og:site_name> <YYYY.MM.DD in the outlet's offset>" and the canonical URL
- counts by language, kind and severity
"""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.canon, self.title, self.ld = {}, None, "", None
        self.lang = None
        self._in, self._art, self.paras, self._p = None, False, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canon = a["href"]
        if tag == "title":
            self._in = "title"
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld"
        if tag == "div" and a.get("itemprop") == "articleBody":
            self._art = True
        if tag == "p" and self._art:
            self._p = []

    def handle_endtag(self, tag):
        if tag in ("title", "script"):
            self._in = None
        if tag == "p" and self._p is not None:
            self.paras.append("".join(self._p))
            self._p = None
        if tag == "div" and self._art and self._p is None:
            self._art = False

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "ld":
            self.ld = json.loads(data)
        if self._p is not None:
            self._p.append(data)


def main():
    problems, langs, kinds, sizes = [], collections.Counter(), collections.Counter(), []
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    domains = set()
    n_clean = n_err = 0
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).is_file():
                problems.append(f"{name}: missing {f}")
        html = (c / "source.html").read_text(encoding="utf-8")
        digest = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        pg = Page(); pg.feed(html)
        lang = pg.lang
        langs[(lang, "clean" if name.startswith("clean-") else "err")] += 1
        for key in ("og:site_name", "og:title", "article:published_time", "og:url"):
            if not pg.meta.get(key):
                problems.append(f"{name}: no {key}")
        if not pg.canon or ".example/" not in pg.canon + "/":
            problems.append(f"{name}: canonical not under .example")
        domains.add(pg.canon.split("/")[2])
        if not pg.ld or pg.ld.get("@type") != "NewsArticle":
            problems.append(f"{name}: no JSON-LD NewsArticle")
        if "<article>" not in html or "cookie-banner" not in html or "<footer" not in html or "<nav>" not in html:
            problems.append(f"{name}: page chrome missing")
        if not pg.title.endswith(pg.meta["og:site_name"]):
            problems.append(f"{name}: <title> lacks outlet suffix")
        pub = pg.meta["article:published_time"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub):
            problems.append(f"{name}: published_time without offset")
        text = " ".join(pg.paras)
        if lang == "ja":
            size = len(re.sub(r"\s", "", text)); lo, hi = 600, 1300
        else:
            size = len(text.split()); lo, hi = 300, 650
        if not lo <= size <= hi:
            problems.append(f"{name}: article size {size} outside {lo}-{hi}")
        body = digest.split("【引用・参照・底本】")[0]
        dlen = len(re.sub(r"\s", "", body))
        if not 900 <= dlen <= 1600:
            problems.append(f"{name}: digest length {dlen} outside 900-1600")
        sizes.append((name, lang, size, dlen))
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            if not parsed.get("headline"):
                problems.append(f"{name}: parse gave no headline")
        # expected.json
        fnd = exp.get("findings", [])
        if name.startswith("clean-"):
            n_clean += 1
            if exp.get("clean") is not True or fnd:
                problems.append(f"{name}: clean case must be clean with no findings")
            cite = digest.split("【引用・参照・底本】")[1].strip().splitlines()
            cite = [l.strip() for l in cite if l.strip()]
            date = pub[:10].replace("-", ".")
            want = f"{pg.meta['og:title']} {pg.meta['og:site_name']} {date}"
            if cite[0] != want:
                problems.append(f"{name}: citation line {cite[0]!r} != {want!r}")
            if cite[1] != pg.canon:
                problems.append(f"{name}: citation URL is not canonical")
        else:
            n_err += 1
            if exp.get("clean") is not False or len(fnd) != 3:
                problems.append(f"{name}: err case must have clean=false and 3 findings")
            spans = [f["span"] for f in fnd]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
            for f in fnd:
                if KINDS.get(f["kind"]) != f["severity"]:
                    problems.append(f"{name}: {f['kind']}/{f['severity']} not per LABELS-v2")
                if f["span"] not in digest:
                    problems.append(f"{name}: span {f['span']!r} not in digest")
                kinds[(f["kind"], f["severity"])] += 1
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        problems.append(f"case counts: {len(cases)} cases, {n_clean} clean, {n_err} err")
    if len(domains) != 24:
        problems.append(f"{len(domains)} distinct outlet domains, want 24")
    want_lang = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    got_lang = collections.Counter()
    for (l, _), n in langs.items():
        got_lang[l] += n
    if dict(got_lang) != want_lang:
        problems.append(f"languages {dict(got_lang)} != {want_lang}")

    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err), distinct outlets: {len(domains)}")
    print("by language:", ", ".join(f"{l} {got_lang[l]} (clean {langs[(l,'clean')]}, err {langs[(l,'err')]})" for l in want_lang))
    print(f"planted findings: {sum(kinds.values())}")
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12s} {s:8s} {n}")
    print("sizes (article words / ja chars, digest chars):")
    for name, lang, size, dlen in sizes:
        print(f"  {name:32s} {lang}  {size:5d}  {dlen:5d}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems:
            print("  -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
