#!/usr/bin/env python3
"""Sanity checks for check-holdout-119 (no checker run)."""
import collections, json, pathlib, re, subprocess, sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Article(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []
        self.meta = {}
        self.lang = None
        self.title = ""
        self._in_title = False
        self.canonical = None
        self.ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "article":
            self.depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "script" and a.get("type") == "application/ld+json":
            self.ld = True

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self.depth > 0:
            self.text.append(data)


def main():
    problems = []
    langs = collections.Counter()
    kinds = collections.Counter()
    sev = collections.Counter()
    n_clean = n_err = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for c in cases:
        name = c.name
        for f in ("source.html", "digest.txt", "expected.json"):
            if not (c / f).exists():
                problems.append(f"{name}: missing {f}")
        if not (HERE / "specs" / f"{name}.txt").exists():
            problems.append(f"{name}: missing spec")
        src = (c / "source.html").read_text(encoding="utf-8")
        dig = (c / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((c / "expected.json").read_text(encoding="utf-8"))
        p = Article()
        p.feed(src)
        langs[p.lang] += 1
        for m in ("og:site_name", "og:title", "article:published_time"):
            if not p.meta.get(m):
                problems.append(f"{name}: no {m}")
        if not p.canonical or not p.ld:
            problems.append(f"{name}: no canonical or JSON-LD")
        if not re.search(r"[+-]\d\d:\d\d$", p.meta.get("article:published_time", "")):
            problems.append(f"{name}: published_time without UTC offset")
        body = " ".join(p.text)
        if p.lang == "ja":
            size = len(re.sub(r"\s", "", body))
            if not 500 <= size <= 1400:
                problems.append(f"{name}: Japanese article {size} chars")
        else:
            size = len(body.split())
            if not 300 <= size <= 650:
                problems.append(f"{name}: article {size} words")
        # digest: characters before the citation section, whitespace excluded
        jp = len(re.sub(r"\s", "", dig.split("【引用・参照・底本】")[0]))
        if not 900 <= jp <= 1600:
            problems.append(f"{name}: digest {jp} Japanese chars")
        # citation: canonical URL unless a citation finding is planted
        cites = [f for f in exp["findings"] if f["kind"] == "citation"]
        if not cites and p.canonical not in dig.splitlines():
            problems.append(f"{name}: canonical URL not cited")
        r = subprocess.run([YOTEN, "parse", str(c / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
        if name.startswith("clean-"):
            n_clean += 1
            if exp != {"clean": True, "findings": []}:
                problems.append(f"{name}: clean case with findings")
        elif name.startswith("err-"):
            n_err += 1
            if exp.get("clean") is not False or len(exp["findings"]) != 3:
                problems.append(f"{name}: err case must have clean=false and 3 findings")
            spans = [f["span"] for f in exp["findings"]]
            if len(set(spans)) != len(spans):
                problems.append(f"{name}: duplicate spans")
            for f in exp["findings"]:
                kinds[f["kind"]] += 1
                sev[f["severity"]] += 1
                want = "error" if f["kind"] == "mismatch" else "warning"
                if f["severity"] != want:
                    problems.append(f"{name}: {f['kind']} should be {want}")
                k = dig.count(f["span"])
                if k == 0:
                    problems.append(f"{name}: span not in digest: {f['span']}")
                elif k > 1:
                    problems.append(f"{name}: span occurs {k} times: {f['span']}")
        else:
            problems.append(f"{name}: bad name")
        print(f"{name:34s} {p.lang}  article {size:4d}  digest {jp:4d}  findings {len(exp['findings'])}")
    print()
    print(f"cases {len(cases)}: clean {n_clean}, err {n_err}")
    print("languages:", dict(sorted(langs.items())))
    print("kinds:", dict(sorted(kinds.items())), "severities:", dict(sorted(sev.items())),
          "total", sum(kinds.values()))
    for pr in problems:
        print("PROBLEM:", pr)
    print("no problems" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
