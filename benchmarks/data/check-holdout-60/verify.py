"""Sanity checks for check-holdout-60 (no checker involved).

Usage: python verify.py [--yoten PATH_TO_YOTEN]

- every case has source.html, digest.txt, expected.json;
- clean cases have no findings; err cases have 2-3;
- every span stands verbatim in digest.txt, once per case;
- severities follow LABELS-v2 (mismatch -> error; unsupported, name,
  spelling, glossary, citation, structure -> warning);
- canonical, og:url and citation URL hosts end in .example; the digest's
  citation names the source title, outlet and the outlet-local date;
- article body length (>= 1500 chars, Japanese >= 2000);
- `yoten parse` succeeds on every digest and reads the citation's title
  and outlet back;
- totals by kind / severity.
"""
import argparse
import collections
import html.parser
import json
import pathlib
import re
import subprocess
import sys
import urllib.parse

HERE = pathlib.Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "date": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.lang = {}, None, None
        self.in_article, self.in_p, self.body, self.title = 0, False, [], ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "article":
            self.in_article += 1
        if tag == "p" and self.in_article:
            self.in_p = True
            self.body.append("")
        if tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article -= 1
        if tag == "p":
            self.in_p = False
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self.in_p and self.in_article:
            self.body[-1] += data
        if self._in_title:
            self.title += data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    args = ap.parse_args()
    problems, totals, langs = [], collections.Counter(), collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).exists():
                problems.append(f"{name}: missing {f}")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = Page()
        page.feed((case / "source.html").read_text(encoding="utf-8"))
        langs[page.lang] += 1
        body = "".join(page.body)
        need = 2000 if page.lang == "ja" else 1500
        if not need <= len(body) <= 3000:
            problems.append(f"{name}: body {len(body)} chars (want {need}-3000)")
        for key in ("og:site_name", "og:title", "og:url", "article:published_time"):
            if not page.meta.get(key):
                problems.append(f"{name}: no {key}")
        if "NewsArticle" not in (case / "source.html").read_text(encoding="utf-8"):
            problems.append(f"{name}: no JSON-LD NewsArticle")
        outlet, title = page.meta["og:site_name"], page.meta["og:title"]
        if " " not in outlet:
            problems.append(f"{name}: outlet name is one word")
        if not page.title.endswith(" - " + outlet):
            problems.append(f"{name}: <title> lacks outlet suffix")
        urls = [page.canonical, page.meta.get("og:url")] + re.findall(r"https?://\S+", digest)
        for u in urls:
            host = urllib.parse.urlsplit(u).hostname or ""
            if not host.endswith(".example"):
                problems.append(f"{name}: non-.example host {host}")
        local_date = page.meta["article:published_time"][:10].replace("-", ".")
        cite = digest.split("【引用・参照・底本】", 1)[-1]
        cite_findings = {f["span"] for f in exp["findings"] if f["kind"] == "citation"}
        # multi-word outlets are set off from the title by two spaces
        expect_line = f"{title}  {outlet} {local_date}"
        if expect_line not in cite and not any(s in cite for s in cite_findings):
            problems.append(f"{name}: citation line differs from '{expect_line}'")
        if page.canonical not in cite:
            problems.append(f"{name}: canonical URL not in citation")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
            if not name.startswith("clean-"):
                problems.append(f"{name}: clean case not named clean-*")
            if page.canonical + "?" in cite:
                problems.append(f"{name}: clean case cites a URL with a query")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings (want 2-3)")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if set(f) != {"kind", "severity", "span"}:
                problems.append(f"{name}: bad finding keys {sorted(f)}")
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} labelled {f['severity']}")
            c = digest.count(f["span"])
            if c == 0:
                problems.append(f"{name}: span not in digest: {f['span']}")
            elif c > 1 and f["kind"] != "spelling":
                problems.append(f"{name}: span occurs {c} times: {f['span']}")
            totals[(f["kind"], f["severity"])] += 1
        r = subprocess.run([args.yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            try:
                parsed = json.loads(r.stdout)
            except ValueError:
                problems.append(f"{name}: yoten parse gave no JSON")
            else:
                src = (parsed.get("sources") or [{}])[0]
                if src.get("outlet") != outlet or src.get("title") != title:
                    problems.append(f"{name}: parsed citation {src.get('title')!r} / {src.get('outlet')!r}")
                if not (parsed.get("details") or {}).get("topics") or not parsed.get("key_points"):
                    problems.append(f"{name}: parsed digest lacks 詳細 topics or 要点")
        print(f"{name:40s} {page.lang}  body={len(body):5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print()
    print(f"cases: {len(cases)} ({n_clean} clean, {n_err} err); languages: {dict(sorted(langs.items()))}")
    print("planted findings by kind/severity:")
    for (k, s), n in sorted(totals.items()):
        print(f"  {k:12s} {s:8s} {n}")
    print(f"  total {sum(totals.values())}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
