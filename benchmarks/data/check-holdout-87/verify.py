#!/usr/bin/env python3
"""Sanity checks for check-holdout-87 (does not run the checker).

Usage: python verify.py [--yoten PATH_TO_YOTEN]
"""
import argparse, collections, html.parser, json, pathlib, re, subprocess, sys

HERE = pathlib.Path(__file__).resolve().parent
MIN_BODY = {"ja": 2000}


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []
        self.lang = None
        self.meta = {}
        self.canonical = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "article":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data):
        if self.depth > 0 and data.strip():
            self.text.append(data.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--yoten", default="yoten")
    args = ap.parse_args()
    problems = []
    totals = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        digest = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        src = (case / "source.html").read_text(encoding="utf-8")
        b = Body()
        b.feed(src)
        body = "".join(b.text)
        langs[b.lang] += 1
        need = MIN_BODY.get(b.lang, 1500)
        if not (need <= len(body) <= 3000 or (b.lang == "ja" and len(body) >= need)):
            problems.append(f"{name}: body {len(body)} chars (need {need}-3000)")
        for url in re.findall(r"https?://[^\s\"'<>]+", src + "\n" + digest):
            host = url.split("/")[2]
            if not (host.endswith(".example") or host == "schema.org"):
                problems.append(f"{name}: non-.example domain {host}")
        for key in ("og:site_name", "og:title", "article:published_time"):
            if not b.meta.get(key):
                problems.append(f"{name}: missing {key}")
        if not re.search(r"[+-]\d\d:\d\d$", b.meta.get("article:published_time", "")):
            problems.append(f"{name}: published_time without UTC offset")
        if " " not in (b.meta.get("og:site_name") or ""):
            problems.append(f"{name}: outlet name is not multi-word")
        if exp["clean"] != name.startswith("clean-"):
            problems.append(f"{name}: clean flag does not match name")
        if exp["clean"]:
            n_clean += 1
            if exp["findings"]:
                problems.append(f"{name}: clean case with findings")
            if b.canonical not in digest.split():
                problems.append(f"{name}: canonical URL not cited")
        else:
            n_err += 1
            if not 2 <= len(exp["findings"]) <= 3:
                problems.append(f"{name}: {len(exp['findings'])} findings (need 2-3)")
        spans = [f["span"] for f in exp["findings"]]
        if len(spans) != len(set(spans)):
            problems.append(f"{name}: duplicate spans")
        for f in exp["findings"]:
            if f["span"] not in digest:
                problems.append(f"{name}: span not verbatim in digest: {f['span']!r}")
            totals[(f["kind"], f["severity"])] += 1
        r = subprocess.run([args.yoten, "parse", str(case / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        print(f"{name:40s} {b.lang}  body={len(body):5d}  findings={len(exp['findings'])}  parse={'ok' if r.returncode == 0 else 'FAIL'}")
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages:", dict(sorted(langs.items())))
    print("planted findings:", sum(totals.values()))
    for (k, s), n in sorted(totals.items()):
        print(f"  {k:12s} {s:8s} {n}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
