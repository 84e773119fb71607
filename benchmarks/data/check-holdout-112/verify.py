#!/usr/bin/env python3
"""Sanity checks for check-holdout-112 (no checker is run).

- every case has source.html, digest.txt, expected.json, and a spec;
- source.html is what gen.py renders from the spec (no hand edits);
- source pages carry <title> with the outlet suffix, og:site_name, og:title,
  canonical link, article:published_time with a UTC offset, JSON-LD
  NewsArticle; article text is 300-650 words (Japanese: 550-1,300 chars);
- every digest parses with `yoten parse` (all sections present) and has
  900-1,600 non-blank characters;
- the citation (title, outlet, date in the outlet's zone, URL) matches the
  source, except where a planted `citation` finding says otherwise;
- clean-* cases: "clean": true and no findings; err-* cases: "clean": false,
  3 findings, severities per LABELS-v2 (mismatch = error, the rest warning);
- every span stands verbatim in its digest;
- counts by language and by kind.

Usage: python verify.py [path/to/yoten]
"""
import collections
import datetime as dt
import html
import json
import pathlib
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

YOTEN = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bcv112/bin/yoten"
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning"}


class Body(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += 1
        elif tag == "div" and ("class", "story-body") in attrs:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def meta(page, prop):
    m = re.search(r'<meta (?:property|name)="%s" content="([^"]*)"' % re.escape(prop), page)
    return html.unescape(m.group(1)) if m else None


def main():
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    specs = {p.stem for p in (HERE / "specs").glob("*.txt")}
    if {c.name for c in cases} != specs:
        problems.append(f"cases and specs differ: {sorted(specs ^ {c.name for c in cases})}")
    rows = []
    for case in cases:
        name = case.name
        P = lambda msg: problems.append(f"{name}: {msg}")  # noqa: E731
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).is_file():
                P(f"missing {f}")
        spec_meta, blocks = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        page = (case / "source.html").read_text(encoding="utf-8")
        if page != gen.render(spec_meta, blocks):
            P("source.html differs from gen.py output")
        lang = spec_meta["lang"]
        langs[lang] += 1
        # source page
        site, title, url = meta(page, "og:site_name"), meta(page, "og:title"), None
        m = re.search(r'<link rel="canonical" href="([^"]+)">', page)
        url = html.unescape(m.group(1)) if m else None
        t = re.search(r"<title>(.*?)</title>", page)
        if not (t and html.unescape(t.group(1)) == f"{title} - {site}"):
            P("<title> lacks the outlet suffix")
        pub = meta(page, "article:published_time")
        if not (pub and re.search(r"[+-]\d\d:\d\d$", pub)):
            P("published_time without UTC offset")
        ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
        if not ld or json.loads(ld.group(1)).get("@type") != "NewsArticle":
            P("no JSON-LD NewsArticle")
        for needle in ('class="menu"', 'id="cookie-banner"', 'class="related"', "site-footer", "<article>"):
            if needle not in page:
                P(f"page lacks {needle}")
        b = Body()
        b.feed(page)
        text = " ".join(b.text)
        if lang == "ja":
            size = len(re.sub(r"\s", "", text))
            if not 550 <= size <= 1300:
                P(f"Japanese article text {size} chars")
            size_s = f"{size} chars"
        else:
            size = len(text.split())
            if not 300 <= size <= 650:
                P(f"article text {size} words")
            size_s = f"{size} words"
        # digest
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        chars = len(re.sub(r"\s", "", digest))
        if not 900 <= chars <= 1600:
            P(f"digest has {chars} characters")
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        parsed = None
        if r.returncode != 0:
            P(f"yoten parse failed: {r.stderr.strip()[:200]}")
        else:
            parsed = json.loads(r.stdout)
            for k in ("headline", "image_credit", "posted_at", "overview", "details", "key_points", "sources"):
                if not parsed.get(k):
                    P(f"parsed digest lacks {k}")
        # expected
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        findings = exp.get("findings", [])
        if name.startswith("clean-"):
            n_clean += 1
            if exp.get("clean") is not True or findings:
                P("clean case must be clean with no findings")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False or len(findings) != 3:
                P("err case must have clean=false and 3 findings")
        else:
            P("name must start with clean- or err-")
        spans = set()
        for f in findings:
            k, s, span = f.get("kind"), f.get("severity"), f.get("span", "")
            if KINDS.get(k) != s:
                P(f"kind/severity {k}/{s} not per LABELS-v2")
            kinds[k] += 1
            sev[s] += 1
            if span in spans:
                P(f"duplicate span {span}")
            spans.add(span)
            n = digest.count(span)
            if n == 0:
                P(f"span not in digest: {span}")
            rows.append((name, span, n))
        # citation vs source
        if parsed and parsed.get("sources"):
            src = parsed["sources"][0]
            local = dt.datetime.fromisoformat(pub).date().isoformat() if pub else None
            want = {"title": title, "outlet": site, "date": local, "url": url}
            cited = {k: v for k, v in findings_by(findings, "citation")}
            for k, v in want.items():
                got = src.get(k)
                if got != v:
                    covered = any(sp in (got or "") or (got or "").replace("-", ".") in sp
                                  for sp in cited)
                    if not covered:
                        P(f"citation {k}: {got!r} != source {v!r}")
        print(f"{name:40s} {lang}  {size_s:>10s}  digest {chars:4d} chars  findings {len(findings)}")
    print()
    print("span occurrences (a span found more than once repeats the same slip):")
    for name, span, n in rows:
        print(f"  {name:40s} x{n}  {span}")
    print()
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("findings:", sum(kinds.values()), dict(sorted(kinds.items())), dict(sorted(sev.items())))
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nno problems")


def findings_by(findings, kind):
    return [(f["span"], True) for f in findings if f["kind"] == kind]


if __name__ == "__main__":
    main()
