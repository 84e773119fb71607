#!/usr/bin/env python3
"""Sanity checks for check-holdout-29 (does not run the checker).

- every case has source.html, digest.txt, expected.json;
- clean-* cases have no findings, err-* cases 2-3;
- kinds/severities follow benchmarks/data/LABELS-v2.md;
- every span stands verbatim in digest.txt;
- every URL host in source and digest is under .example;
- article body length (1,500-3,000 chars; Japanese 2,000+);
- the citation block (unless a citation slip is planted) names the canonical URL and the
  outlet-local publication date;
- `yoten parse` succeeds on every digest (set YOTEN to the executable);
- totals by kind/severity and by language.
"""
import collections
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEVERITY = {"mismatch": "error", "unsupported": "warning", "name": "warning",
            "spelling": "warning", "glossary": "warning", "citation": "warning",
            "structure": "warning"}


class Body(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.inside = False
        self.paras = []
        self.meta = {}
        self.canonical = None
        self.lang = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta" and a.get("property"):
            self.meta[a["property"]] = a.get("content")  # already unescaped
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "div" and a.get("class") == "story-body":
            self.inside = True
        if self.inside and tag == "p":
            self.paras.append("")
            self.depth = 1

    def handle_endtag(self, tag):
        if tag == "p":
            self.depth = 0
        if tag == "div" and self.inside:
            self.inside = False

    def handle_data(self, data):
        if self.inside and self.depth:
            self.paras[-1] += data


def main():
    yoten = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv29/bin/yoten"
    problems = []
    totals = collections.Counter()
    langs = collections.Counter()
    n_clean = n_err = 0
    rows = []
    for case in sorted((HERE / "cases").iterdir()):
        name = case.name
        files = {p.name for p in case.iterdir()}
        for f in ("source.html", "digest.txt", "expected.json"):
            if f not in files:
                problems.append(f"{name}: missing {f}")
        src = (case / "source.html").read_text(encoding="utf-8")
        dig = (case / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        b = Body()
        b.feed(src)
        langs[b.lang] += 1
        body = sum(len(p) for p in b.paras)
        lo, hi = (2000, 4000) if b.lang == "ja" else (1500, 3000)
        if not lo <= body <= hi:
            problems.append(f"{name}: body {body} chars outside {lo}-{hi}")
        for host in re.findall(r"https?://([^/\s\"'<>?#]+)", src + dig):
            if host != "schema.org" and not host.endswith(".example"):
                problems.append(f"{name}: non-.example host {host}")
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} vs name")
        fs = exp.get("findings", [])
        if clean:
            n_clean += 1
            if fs:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            if not 2 <= len(fs) <= 3:
                problems.append(f"{name}: {len(fs)} findings (want 2-3)")
        if not any(f.get("kind") == "citation" for f in fs):
            # citation must be exact unless a citation slip is planted
            pub = b.meta.get("article:published_time", "")[:10].replace("-", ".")
            cit = dig.split("【引用・参照・底本】", 1)[-1]
            if b.canonical not in cit.split():
                problems.append(f"{name}: citation URL is not the canonical URL")
            if pub not in cit:
                problems.append(f"{name}: citation date is not {pub}")
            if b.meta.get("og:title") not in cit:
                problems.append(f"{name}: citation title is not og:title")
        spans = set()
        for f in fs:
            k, s, sp = f.get("kind"), f.get("severity"), f.get("span")
            if SEVERITY.get(k) != s:
                problems.append(f"{name}: kind {k} with severity {s}")
            if not sp or sp not in dig:
                problems.append(f"{name}: span not in digest: {sp!r}")
            if sp in spans:
                problems.append(f"{name}: duplicate span {sp!r}")
            spans.add(sp)
            totals[(k, s)] += 1
        r = subprocess.run([yoten, "parse", str(case / "digest.txt")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[-200:]}")
        else:
            d = json.loads(r.stdout)
            srcs = d.get("sources") or []
            planted_citation = any(f.get("kind") == "citation" for f in fs)
            if not srcs or (srcs[0].get("outlet") != b.meta.get("og:site_name")
                            and not planted_citation):
                problems.append(f"{name}: parsed outlet {srcs[0].get('outlet') if srcs else None!r}")
        rows.append(f"{name:34} {b.lang}  body {body:5}  findings {len(fs)}  parse {'ok' if r.returncode == 0 else 'FAIL'}")
    print("\n".join(rows))
    print(f"\ncases: {n_clean + n_err} ({n_clean} clean, {n_err} err); languages: "
          + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings: " + str(sum(totals.values())))
    for (k, s), n in sorted(totals.items()):
        print(f"  {k:12} {s:8} {n}")
    if problems:
        print("\nPROBLEMS:")
        print("\n".join("  " + p for p in problems))
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
