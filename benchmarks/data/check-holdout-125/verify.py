#!/usr/bin/env python3
"""Sanity checks for check-holdout-125.

- every case has source.html, digest.txt, expected.json (and a spec);
- clean cases: "clean": true and no findings; err cases: 3 findings;
- every span stands verbatim in its digest (and how often);
- every digest parses with `yoten parse`;
- source pages carry the required metadata; article length in range;
- digest length (non-space characters) in 900-1600;
- counts by language, kind and severity.
"""
import collections
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv125/bin/yoten"
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "citation": "warning", "glossary": "warning",
            "structure": "warning"}


def article_text(page):
    m = re.search(r'<div class="story-body"[^>]*>(.*?)</div>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))) if m else ""


def main():
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sevs = collections.Counter()
    by_type = collections.Counter()
    lang_type = collections.Counter()
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).exists():
                problems.append(f"{name}: missing {f}")
        if not (HERE / "specs" / f"{name}.txt").exists():
            problems.append(f"{name}: missing spec")
        page = (case / "source.html").read_text(encoding="utf-8")
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        lang = re.search(r'<html lang="(\w+)"', page).group(1)
        langs[lang] += 1
        typ = "clean" if name.startswith("clean-") else "err"
        by_type[typ] += 1
        lang_type[(lang, typ)] += 1
        # source metadata
        for needle in ("<title>", 'property="og:site_name"', 'property="og:title"',
                       'rel="canonical"', 'property="article:published_time"',
                       '"@type": "NewsArticle"', "<nav>", 'id="cookie-banner"',
                       'class="related"', "<footer", "<article>"):
            if needle not in page:
                problems.append(f"{name}: source lacks {needle}")
        text = article_text(page)
        words = len(text.split()) if lang != "ja" else len(re.sub(r"\s", "", text)) // 2
        if not 300 <= words <= 650:
            problems.append(f"{name}: article length {words} words outside 300-650")
        # canonical URL and outlet in citation
        canon = re.search(r'rel="canonical" href="([^"]+)"', page).group(1)
        site = html.unescape(re.search(r'og:site_name" content="([^"]+)"', page).group(1))
        pub = re.search(r'article:published_time" content="([^"]+)"', page).group(1)
        cit = digest.split("【引用・参照・底本】", 1)[-1]
        if site not in cit:
            problems.append(f"{name}: outlet {site!r} not in citation")
        # digest length
        n = len(re.sub(r"\s", "", digest))
        if not 900 <= n <= 1600:
            problems.append(f"{name}: digest {n} chars outside 900-1600")
        # labels
        findings = exp.get("findings", [])
        if typ == "clean":
            if exp.get("clean") is not True or findings:
                problems.append(f"{name}: clean case must be clean with no findings")
            if html.unescape(canon) not in cit:
                problems.append(f"{name}: canonical URL not in citation")
            if pub[:10].replace("-", ".") not in cit:
                problems.append(f"{name}: publication date {pub[:10]} not in citation")
        else:
            if exp.get("clean") is not False or len(findings) != 3:
                problems.append(f"{name}: err case needs clean=false and 3 findings")
        spans = set()
        for f in findings:
            span = f["span"]
            if span in spans:
                problems.append(f"{name}: duplicate span {span!r}")
            spans.add(span)
            if SEVERITY.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: {f['kind']} should be {SEVERITY.get(f['kind'])}")
            count = digest.count(span)
            if count == 0:
                problems.append(f"{name}: span {span!r} not in digest")
            elif count > 1:
                print(f"  note {name}: span {span!r} occurs {count} times")
            kinds[f["kind"]] += 1
            sevs[f["severity"]] += 1
        # parse
        r = subprocess.run([YOTEN, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        else:
            try:
                json.loads(r.stdout)
            except ValueError:
                problems.append(f"{name}: yoten parse output is not JSON")
        print(f"{name:40s} {lang}  {words:4d} words  digest {n:4d} chars  findings {len(findings)}")
    print()
    print("cases:", dict(by_type), "total", len(cases))
    print("languages:", dict(sorted(langs.items())))
    print("language x type:", {f"{l}/{t}": c for (l, t), c in sorted(lang_type.items())})
    print("findings by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("findings by severity:", dict(sorted(sevs.items())))
    print()
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
