"""Check the set: python verify.py /path/to/yoten

- every expected span stands verbatim in its digest (missing-section markers
  such as 【要点】 excepted);
- every digest passes `yoten parse`;
- article body lengths (2,000-5,000 characters; Japanese 2,500+);
- clean cases have no findings, err cases 2-3;
- 12 clean / 12 err; source languages; every URL in the page ends in .example.
"""
from __future__ import annotations

import collections
import html.parser
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
MARKERS = {"【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"}
WANT_LANG = {"en": 12, "fr": 3, "de": 3, "es": 2, "pt": 2, "ja": 2}


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.paras: list[str] = []
        self.lang = None
        self.meta: dict[str, str] = {}
        self.canonical = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and a.get("property"):
            self.meta[a["property"]] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "article":
            self.depth += 1
        if tag == "p" and self.depth:
            self.paras.append("")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and self.paras:
            self.paras[-1] += data


def main(yoten: str) -> int:
    problems: list[str] = []
    kinds = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = (case / "source.html").read_text(encoding="utf-8")
        b = Body()
        b.feed(page)
        langs[b.lang] += 1
        body = "\n".join(p.strip() for p in b.paras)
        lo = 2500 if b.lang == "ja" else 2000
        if not lo <= len(body) <= 5000:
            problems.append(f"{name}: body {len(body)} chars (want {lo}-5000)")
        for key in ("og:site_name", "og:title", "article:published_time"):
            if not b.meta.get(key):
                problems.append(f"{name}: no {key}")
        if not re.search(r"[+-]\d\d:\d\d$", b.meta.get("article:published_time", "")):
            problems.append(f"{name}: published_time without UTC offset")
        for host in re.findall(r"https?://([^/\"'?#]+)", page + digest):
            if not host.endswith(".example") and host != "schema.org":
                problems.append(f"{name}: domain {host}")
        if not b.canonical or b.canonical not in digest:
            problems.append(f"{name}: canonical URL not in digest")
        if not name.startswith("clean-" if exp["clean"] else "err-"):
            problems.append(f"{name}: name does not match clean={exp['clean']}")
        f = exp["findings"]
        if exp["clean"]:
            n_clean += 1
            if f:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(f) <= 3:
                problems.append(f"{name}: {len(f)} findings (want 2-3)")
        spans = set()
        for x in f:
            kinds[(x["kind"], x["severity"])] += 1
            if x["span"] in spans:
                problems.append(f"{name}: duplicate span {x['span']!r}")
            spans.add(x["span"])
            if x["span"] not in digest and x["span"] not in MARKERS:
                problems.append(f"{name}: span {x['span']!r} not in digest")
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
        print(f"{name:45s} {b.lang} body {len(body):5d}  findings {len(f)}")
    if (n_clean, n_err) != (12, 12):
        problems.append(f"clean/err = {n_clean}/{n_err}, want 12/12")
    if dict(langs) != WANT_LANG:
        problems.append(f"languages {dict(langs)}, want {WANT_LANG}")
    print(f"\ncases {n_clean + n_err}: clean {n_clean}, err {n_err}; languages {dict(langs)}")
    print("findings: " + ", ".join(f"{k}/{s} {n}" for (k, s), n in sorted(kinds.items()))
          + f"; total {sum(kinds.values())}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "yoten"))
