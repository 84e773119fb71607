#!/usr/bin/env python3
"""Sanity checks for check-holdout-171 (run from anywhere).

- every case has source.html, digest.txt, expected.json; 24 distinct sources
- clean-* cases: "clean": true and no findings; err-* cases: 3 findings each
- every span occurs verbatim in its digest (and exactly once)
- every digest parses with `yoten parse` (YOTEN env var or PATH)
- sources: metadata present, article text 300-650 words (ja: 600-1300 chars)
- digests: 900-1600 non-space characters before the citation section
- citation: title line and URL agree with the source unless a citation
  finding is planted there
- counts by language, kind and severity
"""
import collections, datetime, html.parser, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv171/bin/yoten"
problems = []


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.title, self.canon, self.ld, self.lang = {}, "", None, None, None
        self._in = None
        self.article = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canon = a.get("href")
        if tag == "title":
            self._in = "title"
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld"
        if tag == "article":
            self._depth += 1
        if tag == "p" and self._depth and a.get("class") is None:
            self._in = "p"

    def handle_endtag(self, tag):
        if tag in ("title", "script", "p"):
            self._in = None
        if tag == "article":
            self._depth -= 1

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "ld":
            self.ld = json.loads(data)
        elif self._in == "p":
            self.article.append(data)


def check_case(d):
    name = d.name
    for f in ("source.html", "digest.txt", "expected.json"):
        if not (d / f).exists():
            problems.append(f"{name}: missing {f}")
            return None
    exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
    digest = (d / "digest.txt").read_text(encoding="utf-8")
    p = Page()
    p.feed((d / "source.html").read_text(encoding="utf-8"))
    if name.startswith("clean-"):
        if exp.get("clean") is not True or exp.get("findings"):
            problems.append(f"{name}: clean case must be clean with no findings")
    elif name.startswith("err-"):
        if exp.get("clean") is not False or len(exp.get("findings", [])) != 3:
            problems.append(f"{name}: err case must have clean=false and 3 findings")
    else:
        problems.append(f"{name}: bad name")
    spans = set()
    for f in exp.get("findings", []):
        s = f["span"]
        if s in spans:
            problems.append(f"{name}: duplicate span {s!r}")
        spans.add(s)
        n = digest.count(s)
        if n == 0:
            problems.append(f"{name}: span not in digest: {s!r}")
        elif n > 1:
            problems.append(f"{name}: span occurs {n} times: {s!r}")
        ok = {"mismatch": "error", "unsupported": "warning", "name": "warning",
              "spelling": "warning", "citation": "warning"}
        if ok.get(f["kind"]) != f["severity"]:
            problems.append(f"{name}: kind/severity {f['kind']}/{f['severity']}")
    # yoten parse
    r = subprocess.run([YOTEN, "parse", str(d / "digest.txt")], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
    # source metadata
    m = p.meta
    for k in ("og:site_name", "og:title", "article:published_time", "og:url"):
        if not m.get(k):
            problems.append(f"{name}: source lacks {k}")
    outlet, title = m["og:site_name"], m["og:title"]
    if p.title != f"{title} - {outlet}":
        problems.append(f"{name}: <title> lacks outlet suffix")
    if not p.canon or not p.ld or p.ld.get("@type") != "NewsArticle":
        problems.append(f"{name}: canonical or JSON-LD missing")
    pub = datetime.datetime.fromisoformat(m["article:published_time"])
    if pub.utcoffset() is None:
        problems.append(f"{name}: published_time without offset")
    text = " ".join(p.article)
    if p.lang == "ja":
        size = len(re.sub(r"\s", "", text)); lo, hi, unit = 600, 1300, "chars"
    else:
        size = len(text.split()); lo, hi, unit = 300, 650, "words"
    if not lo <= size <= hi:
        problems.append(f"{name}: article text {size} {unit}")
    # digest size
    body = digest.split("【引用・参照・底本】")[0]
    jlen = len(re.sub(r"\s", "", body))
    if not 900 <= jlen <= 1600:
        problems.append(f"{name}: digest {jlen} chars")
    # citation
    cit = digest.split("【引用・参照・底本】")[1].strip().splitlines()
    cit = [c.strip() for c in cit if c.strip()]
    pr = json.loads(r.stdout)["sources"][0] if r.returncode == 0 else {}
    if pr and (pr.get("outlet") != outlet or pr.get("url") != cit[1]):
        problems.append(f"{name}: yoten parse reads the citation as {pr.get('outlet')!r} / {pr.get('url')!r}")
    sep = "  " if " " in outlet else " "  # house convention: a spaced outlet is set off by two spaces
    want_line = f"{title}{sep}{outlet} {pub.strftime('%Y.%m.%d')}"
    cite_spans = [f["span"] for f in exp.get("findings", []) if f["kind"] == "citation"]
    if cit[0] != want_line and not any(s in cit[0] for s in cite_spans):
        problems.append(f"{name}: citation line differs: {cit[0]!r} vs {want_line!r}")
    if cit[0] == want_line and any(s in cit[0] for s in cite_spans):
        problems.append(f"{name}: citation finding but citation line is right")
    if cit[1] != p.canon and cit[1] not in cite_spans:
        problems.append(f"{name}: citation URL differs from canonical")
    return dict(name=name, lang=p.lang, outlet=outlet, offset=pub.strftime("%z"),
                findings=exp.get("findings", []), words=size, unit=unit, jlen=jlen, canon=p.canon)


def main():
    cases = sorted(x for x in (HERE / "cases").iterdir() if x.is_dir())
    rows = [r for r in (check_case(d) for d in cases) if r]
    if len(rows) != 24:
        problems.append(f"{len(rows)} cases, want 24")
    if len({r['canon'] for r in rows}) != len(rows):
        problems.append("a source is used twice")
    clean = [r for r in rows if r["name"].startswith("clean-")]
    err = [r for r in rows if r["name"].startswith("err-")]
    langs = collections.Counter(r["lang"] for r in rows)
    kinds = collections.Counter(f["kind"] for r in rows for f in r["findings"])
    sev = collections.Counter(f["severity"] for r in rows for f in r["findings"])
    want = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
    if dict(langs) != want:
        problems.append(f"languages {dict(langs)} != {want}")
    if len(clean) != 12 or len(err) != 12:
        problems.append("want 12 clean and 12 err cases")
    print(f"cases: {len(rows)} ({len(clean)} clean, {len(err)} err)")
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("clean by language:", dict(sorted(collections.Counter(r['lang'] for r in clean).items())))
    print("err by language:", dict(sorted(collections.Counter(r['lang'] for r in err).items())))
    print(f"planted findings: {sum(kinds.values())}")
    print("by kind:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("by severity:", ", ".join(f"{k} {v}" for k, v in sorted(sev.items())))
    print("article size: %d-%d words (non-ja), digest size: %d-%d chars" % (
        min(r['words'] for r in rows if r['unit'] == 'words'), max(r['words'] for r in rows if r['unit'] == 'words'),
        min(r['jlen'] for r in rows), max(r['jlen'] for r in rows)))
    print("problems:", len(problems))
    for pr in problems:
        print("  -", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
