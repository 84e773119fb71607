"""Self-check for check-holdout-30 (does not run the checker).

    python verify.py            # uses `yoten` on PATH (or next to this Python)

Checks: three files per case; expected.json shape; clean cases have no findings,
err cases 2-3; every span stands verbatim in digest.txt; kind/severity follow
LABELS-v2.md; every URL/domain in source and digest is under .example; page
furniture (title with outlet suffix, og:site_name, og:title, canonical,
article:published_time with offset, JSON-LD NewsArticle, nav, cookie banner,
footer, <article>); article body length (1,500-3,000 chars, Japanese 2,000+);
the citation names og:site_name and the outlet-local publication date (clean
cases); `yoten parse` succeeds on every digest. Prints totals.
"""
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.tags, self.ld = {}, {}, Counter(), []
        self.title, self.body = "", []
        self._in_title = self._in_ld = False
        self._in_article_p = 0
        self._in_article = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        elif tag == "link":
            self.links[a.get("rel")] = a.get("href")
        elif tag == "title":
            self._in_title = True
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
        elif tag == "article":
            self._in_article += 1
        elif tag == "p" and self._in_article and "article-body" in self._div_stack_classes():
            self._in_article_p += 1
            self.body.append("")
        if tag == "div":
            self._divs.append(a.get("class", ""))
        if tag == "div" and "id" in a and "cookie" in a["id"]:
            self.tags["cookie-banner"] += 1

    _divs = []

    def _div_stack_classes(self):
        return " ".join(self._divs)

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "script":
            self._in_ld = False
        elif tag == "article":
            self._in_article -= 1
        elif tag == "p" and self._in_article_p:
            self._in_article_p -= 1
        elif tag == "div" and self._divs:
            self._divs.pop()

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_ld:
            self.ld.append(data)
        if self._in_article_p:
            self.body[-1] += data


def yoten_cmd():
    exe = shutil.which("yoten") or str(Path(sys.executable).with_name("yoten"))
    return exe if Path(exe).exists() else None


def main():
    problems, totals, langs = [], Counter(), Counter()
    n_clean = n_err = 0
    yoten = yoten_cmd()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        def bad(msg):
            problems.append(f"{name}: {msg}")
        files = {f.name for f in case.iterdir()}
        if files != {"source.html", "digest.txt", "expected.json"}:
            bad(f"files {sorted(files)}")
            continue
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        src = (case / "source.html").read_text(encoding="utf-8")
        if set(exp) != {"clean", "findings"}:
            bad("expected.json keys")
        clean = exp["clean"]
        if clean != name.startswith("clean-"):
            bad("clean flag does not match the case name")
        findings = exp["findings"]
        if clean:
            n_clean += 1
            if findings:
                bad("clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(findings) <= 3:
                bad(f"{len(findings)} findings")
        spans = [f["span"] for f in findings]
        if len(spans) != len(set(spans)):
            bad("duplicate span")
        for f in findings:
            if set(f) != {"kind", "severity", "span"}:
                bad(f"finding keys {sorted(f)}")
            if SEVERITY.get(f["kind"]) != f["severity"]:
                bad(f"kind/severity {f['kind']}/{f['severity']}")
            if f["span"] not in digest:
                bad(f"span not in digest: {f['span']!r}")
            totals[(f["kind"], f["severity"])] += 1
        # page furniture
        page = Page()
        page._divs = []
        page.feed(src)
        outlet = page.meta.get("og:site_name")
        m = re.search(r'<html lang="(\w+)"', src)
        lang = m.group(1) if m else "?"
        langs[lang] += 1
        for key in ("og:site_name", "og:title", "article:published_time", "og:url"):
            if not page.meta.get(key):
                bad(f"missing {key}")
        if len((outlet or "").split()) < 2:
            bad(f"outlet name is one word: {outlet!r}")
        if not page.title.endswith(" - " + str(outlet)):
            bad("title lacks the outlet suffix")
        pub = page.meta.get("article:published_time") or ""
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub):
            bad(f"published_time without offset: {pub}")
        canon = page.links.get("canonical") or ""
        ld = json.loads("".join(page.ld)) if page.ld else {}
        if ld.get("@type") != "NewsArticle":
            bad("no JSON-LD NewsArticle")
        for tag in ("nav", "footer", "article", "cookie-banner"):
            if not page.tags[tag]:
                bad(f"no {tag}")
        # domains
        for url in re.findall(r'https?://[^\s"\'<>]+', src + "\n" + digest):
            host = url.split("/")[2]
            if host == "schema.org":
                continue
            if not host.endswith(".example"):
                bad(f"non-.example domain {host}")
        # body length
        body = ("" if lang == "ja" else "\n").join(p.strip() for p in page.body)
        lo = 2000 if lang == "ja" else 1500
        if not lo <= len(body) <= 3000:
            bad(f"body length {len(body)}")
        # citation
        lines = [l.strip() for l in digest.splitlines()]
        try:
            i = lines.index("【引用・参照・底本】")
            cite = [l for l in lines[i + 1:] if l][:2]
        except ValueError:
            cite = []
            bad("no citation section")
        if cite and clean:
            if not cite[0].endswith(f"  {outlet} {pub[:10].replace('-', '.')}"):
                bad(f"citation line {cite[0]!r}")
            if not cite[0].startswith(page.meta.get("og:title", "")[:20]):
                bad("citation title differs from og:title")
            if cite[1] != canon:
                bad("citation URL is not the canonical URL")
        # parse
        if yoten:
            r = subprocess.run([yoten, "parse", str(case / "digest.txt")],
                               capture_output=True, text=True)
            if r.returncode != 0:
                bad(f"yoten parse failed: {r.stderr.strip()[:200]}")
        print(f"{name:38s} {lang}  body {len(body):5d}  findings {len(findings)}")
    print()
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"planted findings: {sum(totals.values())}")
    for (kind, sev), n in sorted(totals.items()):
        print(f"  {kind:12s} {sev:8s} {n}")
    by_sev = Counter()
    for (kind, sev), n in totals.items():
        by_sev[sev] += n
    print("  by severity: " + ", ".join(f"{k} {v}" for k, v in sorted(by_sev.items())))
    print(f"yoten parse: {'checked on every digest' if yoten else 'NOT RUN (yoten not found)'}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
