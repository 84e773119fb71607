#!/usr/bin/env python3
"""Sanity checks for check-holdout-111 (no checker involved).

Usage: python verify.py [--yoten PATH]   (default: `yoten` on PATH)
"""
import collections, html, json, pathlib, re, shutil, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"mismatch": "error", "unsupported": "warning", "name": "warning",
         "spelling": "warning", "citation": "warning", "glossary": "warning",
         "structure": "warning"}


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.title, self.canonical, self.ld = {}, "", None, None
        self._in_title = self._in_article = self._in_ld = False
        self.article_text, self.lang = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "article":
            self._in_article = True
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._in_article = False
        elif tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_article:
            self.article_text.append(data)
        if self._in_ld:
            self.ld = json.loads(data)


def main():
    yoten = shutil.which("yoten")
    if "--yoten" in sys.argv:
        yoten = sys.argv[sys.argv.index("--yoten") + 1]
    problems, rows = [], []
    langs, kinds = collections.Counter(), collections.Counter()
    per_lang_class = collections.Counter()
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (case / f).is_file():
                problems.append(f"{name}: missing {f}")
        if not (HERE / "specs" / f"{name}.txt").is_file():
            problems.append(f"{name}: missing spec")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        page = Page()
        page.feed((case / "source.html").read_text(encoding="utf-8"))
        lang = page.lang
        langs[lang] += 1
        is_clean = name.startswith("clean-")
        per_lang_class[(lang, "clean" if is_clean else "err")] += 1
        # expected.json
        if exp.get("clean") is not is_clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
        if is_clean and exp["findings"]:
            problems.append(f"{name}: clean case has findings")
        if not is_clean and len(exp["findings"]) != 3:
            problems.append(f"{name}: {len(exp['findings'])} findings, want 3")
        spans = [f["span"] for f in exp["findings"]]
        if len(set(spans)) != len(spans):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if KINDS.get(f["kind"]) != f["severity"]:
                problems.append(f"{name}: kind {f['kind']} with severity {f['severity']}")
            n = digest.count(f["span"])
            if n == 0:
                problems.append(f"{name}: span not in digest: {f['span']!r}")
            elif n > 1:
                problems.append(f"{name}: span occurs {n} times: {f['span']!r}")
            kinds[(f["kind"], f["severity"])] += 1
        # source page
        outlet = page.meta.get("og:site_name")
        og_title = page.meta.get("og:title")
        pub = page.meta.get("article:published_time", "")
        for key in ("og:site_name", "og:title", "article:published_time", "og:url"):
            if not page.meta.get(key):
                problems.append(f"{name}: source lacks {key}")
        if not page.title.endswith(outlet or "\0"):
            problems.append(f"{name}: <title> lacks outlet suffix")
        if not page.canonical or ".example/" not in page.canonical:
            problems.append(f"{name}: canonical missing or not .example")
        if not page.ld or page.ld.get("@type") != "NewsArticle":
            problems.append(f"{name}: JSON-LD NewsArticle missing")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", pub):
            problems.append(f"{name}: published_time lacks offset: {pub}")
        text = " ".join(" ".join(page.article_text).split())
        if lang == "ja":
            size = len(re.sub(r"\s", "", text))
            ok = 600 <= size <= 1400
            unit = "chars"
        else:
            size = len(text.split())
            ok = 300 <= size <= 650
            unit = "words"
        if not ok:
            problems.append(f"{name}: article text {size} {unit}")
        # digest length: non-whitespace characters before the citation section
        body = digest.split("【引用・参照・底本】")[0]
        dlen = len(re.sub(r"\s", "", body))
        if not 900 <= dlen <= 1600:
            problems.append(f"{name}: digest body {dlen} chars")
        # citation
        cit = digest.split("【引用・参照・底本】", 1)[1].strip().splitlines()
        cit = [l.strip() for l in cit if l.strip()]
        want_line = f"{og_title} {outlet} {pub[:10].replace('-', '.')}"
        cit_wrong = cit[0] != want_line or cit[1] != page.canonical
        planted_cit = any(f["kind"] == "citation" for f in exp["findings"])
        if cit_wrong != planted_cit:
            problems.append(f"{name}: citation {'differs' if cit_wrong else 'matches'} but planted={planted_cit}")
        # parse
        if yoten:
            r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            else:
                d = json.loads(r.stdout)
                if not (d.get("overview") and d.get("details") and d.get("key_points", d.get("keypoints", True))):
                    problems.append(f"{name}: parsed digest lacks sections")
        else:
            problems.append("yoten not found; parse not checked")
        rows.append((name, lang, size, unit, dlen, len(exp["findings"])))
    print(f"{'case':42} lang  source        digest  findings")
    for name, lang, size, unit, dlen, nf in rows:
        print(f"{name:42} {lang:4}  {size:4} {unit:6}  {dlen:5}   {nf}")
    print()
    print("cases:", len(rows), " clean:", sum(1 for r in rows if r[0].startswith('clean-')),
          " err:", sum(1 for r in rows if r[0].startswith('err-')))
    print("languages:", dict(sorted(langs.items())))
    print("by language and class:", {f"{l}/{c}": n for (l, c), n in sorted(per_lang_class.items())})
    print("planted findings:", sum(kinds.values()))
    for (k, s), n in sorted(kinds.items()):
        print(f"  {k:12} {s:8} {n}")
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
