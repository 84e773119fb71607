#!/usr/bin/env python3
"""Sanity checks for check-holdout-21 (does not run the checker).

Checks, per case: the three files exist; every expected span stands verbatim in
digest.txt; the digest passes `yoten parse`; the article body (the <p> text
inside <article>) is 2,000-5,000 characters (Japanese 2,500+); clean cases have
no findings and err cases 2-3; kinds and severities follow LABELS-v2; the page
carries <title> with the outlet suffix, og:site_name, og:title, canonical link,
article:published_time with a UTC offset, JSON-LD, nav, cookie banner, sidebar,
share bar and footer; the canonical URL stands in the digest's citation; every
domain in page and digest ends in .example. Prints totals.

Usage: python verify.py [--yoten PATH]
"""
import collections, html.parser, json, os, pathlib, re, shutil, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.tags, self.ld = {}, {}, collections.Counter(), []
        self.title, self.body, self.lang = "", [], None
        self._in = collections.Counter()
        self._ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        for v in (a.get("class") or "").split() + [a.get("id") or ""]:
            self.tags["." + v] += 1
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content", "")
        if tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href", "")
        if tag == "script" and a.get("type") == "application/ld+json":
            self._ld = True
        self._in[tag] += 1

    def handle_endtag(self, tag):
        if self._in[tag]:
            self._in[tag] -= 1
        if tag == "script":
            self._ld = False

    def handle_data(self, data):
        if self._ld:
            self.ld.append(data)
        if self._in["title"]:
            self.title += data
        if self._in["article"] and self._in["p"] and not self._in["header"]:
            self.body.append(data)


def yoten_cmd(argv):
    if "--yoten" in argv:
        return argv[argv.index("--yoten") + 1]
    return os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv21/bin/yoten"


def main(argv):
    yoten = yoten_cmd(argv)
    problems, rows = [], []
    kinds = collections.Counter()
    langs = collections.Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        n = case.name
        bad = lambda m: problems.append(f"{n}: {m}")
        files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
        if not all(p.exists() for p in files.values()):
            bad("missing file"); continue
        src = files["source.html"].read_text(encoding="utf-8")
        dig = files["digest.txt"].read_text(encoding="utf-8")
        exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
        pg = Page(); pg.feed(src)
        lang = pg.lang; langs[lang] += 1
        # labels
        fs = exp.get("findings", [])
        if n.startswith("clean-"):
            if exp.get("clean") is not True or fs:
                bad("clean case must have clean=true and no findings")
        elif n.startswith("err-"):
            if exp.get("clean") is not False or not 2 <= len(fs) <= 3:
                bad("err case must have clean=false and 2-3 findings")
        else:
            bad("name must start with clean- or err-")
        spans = [f["span"] for f in fs]
        if len(set(spans)) != len(spans):
            bad("duplicate span")
        for f in fs:
            if f["span"] not in dig:
                bad(f"span not in digest: {f['span']!r}")
            if SEVERITY.get(f["kind"]) != f["severity"]:
                bad(f"kind/severity not per LABELS-v2: {f}")
            kinds[(f["kind"], f["severity"])] += 1
        # yoten parse
        r = subprocess.run([yoten, "parse", str(files["digest.txt"])], capture_output=True, text=True)
        if r.returncode != 0:
            bad("yoten parse failed: " + (r.stderr.strip().splitlines() or ["?"])[-1])
        # body length
        body = "".join(pg.body)
        lo = 2500 if lang == "ja" else 2000
        if not lo <= len(body) <= 5000:
            bad(f"body length {len(body)} outside {lo}-5000")
        # metadata and chrome
        outlet = pg.meta.get("og:site_name", "")
        for k in ("og:site_name", "og:title", "og:url", "article:published_time", "description"):
            if not pg.meta.get(k):
                bad(f"missing meta {k}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pg.meta.get("article:published_time", "")):
            bad("published_time lacks a UTC offset")
        if not (outlet and pg.title.strip().endswith(outlet)):
            bad("<title> lacks the outlet suffix")
        canon = pg.links.get("canonical", "")
        if not canon:
            bad("no canonical link")
        try:
            ld = json.loads("".join(pg.ld))
            if ld.get("datePublished") != pg.meta.get("article:published_time"):
                bad("JSON-LD datePublished differs from article:published_time")
        except ValueError:
            bad("no valid JSON-LD")
        for t in ("nav", "article", "aside", "footer", ".cookie-banner", ".share-bar"):
            if not pg.tags[t]:
                bad(f"page lacks {t}")
        # citation
        cite = dig.split("【引用・参照・底本】", 1)[-1]
        if canon not in cite:
            bad("canonical URL not in the digest's citation")
        for host in re.findall(r"https?://([^/\s\"'<>?#]+)", src + dig):
            if host != "schema.org" and not host.endswith(".example"):  # JSON-LD vocabulary
                bad(f"domain not .example: {host}")
        rows.append((n, lang, len(body), len(fs)))
    # totals
    print(f"{'case':34} lang  body  findings")
    for n, lang, b, k in rows:
        print(f"{n:34} {lang:4} {b:5}  {k}")
    clean = sum(1 for r in rows if r[0].startswith("clean-"))
    print(f"\ncases: {len(rows)} (clean {clean}, err {len(rows) - clean})")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(kinds.values())}")
    for (k, s), v in sorted(kinds.items()):
        print(f"  {k}/{s}: {v}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
