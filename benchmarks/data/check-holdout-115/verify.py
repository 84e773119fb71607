#!/usr/bin/env python3
"""Sanity checks for check-holdout-115.

Checks every case: the three files exist, expected.json is well formed, clean
cases have no findings and err cases three, every span stands verbatim in the
digest (and how often), every digest parses with `yoten parse`, digest length,
source metadata (title suffix, og tags, canonical, published_time offset,
JSON-LD NewsArticle, .example domains, article length), and that the citation
of a case without a citation finding matches the source. Prints counts by
language and kind. Usage: python verify.py [path/to/yoten]
"""
import collections
import json
import pathlib
import re
import subprocess
import sys
from datetime import datetime
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
YOTEN = sys.argv[1] if len(sys.argv) > 1 else "yoten"


class Meta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.title, self.canonical, self.lang = {}, "", None, None
        self.ld, self.paras = [], []
        self._in = None
        self._in_body = False
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "title":
            self._in = "title"
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld"
            self.ld.append("")
        if tag == "div" and a.get("itemprop") == "articleBody":
            self._in_body = True
        if self._in_body and tag in ("p", "h2"):
            self._in = "p"
            self.paras.append("")

    def handle_endtag(self, tag):
        if tag in ("title", "script", "p", "h2"):
            self._in = None
        if tag == "div" and self._in_body and self._in is None:
            # articleBody holds only p/h2, so the first closing div ends it
            self._in_body = False

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "ld":
            self.ld[-1] += data
        elif self._in == "p":
            self.paras[-1] += data


def main():
    problems = []
    by_lang = collections.Counter()
    by_kind = collections.Counter()
    by_sev = collections.Counter()
    n_clean = n_err = n_find = 0
    cases = sorted(p for p in (HERE / "cases").iterdir() if p.is_dir())
    for case in cases:
        name = case.name
        files = {f: case / f for f in ("source.html", "digest.txt", "expected.json")}
        for f, p in files.items():
            if not p.exists():
                problems.append(f"{name}: missing {f}")
        if not all(p.exists() for p in files.values()):
            continue
        if not (HERE / "specs" / f"{name}.txt").exists():
            problems.append(f"{name}: no spec")
        digest = files["digest.txt"].read_text(encoding="utf-8")
        exp = json.loads(files["expected.json"].read_text(encoding="utf-8"))
        html = files["source.html"].read_text(encoding="utf-8")
        # expected.json
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean:
            problems.append(f"{name}: clean flag {exp.get('clean')} does not match name")
        findings = exp.get("findings", [])
        if clean:
            n_clean += 1
            if findings:
                problems.append(f"{name}: clean case has findings")
        else:
            n_err += 1
            if len(findings) != 3:
                problems.append(f"{name}: {len(findings)} findings, want 3")
        spans = set()
        for fd in findings:
            n_find += 1
            kind, sev, span = fd.get("kind"), fd.get("severity"), fd.get("span", "")
            by_kind[kind] += 1
            by_sev[sev] += 1
            want = "error" if kind == "mismatch" else "warning"
            if sev != want:
                problems.append(f"{name}: {kind} labelled {sev}, want {want}")
            if span in spans:
                problems.append(f"{name}: duplicate span {span!r}")
            spans.add(span)
            c = digest.count(span)
            if c == 0:
                problems.append(f"{name}: span {span!r} not in digest")
            elif c > 1:
                problems.append(f"{name}: span {span!r} occurs {c} times")
        # parse
        r = subprocess.run([YOTEN, "parse", str(files["digest.txt"])], capture_output=True, text=True)
        if r.returncode != 0:
            problems.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            continue
        parsed = json.loads(r.stdout)
        # digest length
        n_chars = len(re.sub(r"\s", "", digest))
        if not 900 <= n_chars <= 1600:
            problems.append(f"{name}: digest has {n_chars} non-space characters")
        for marker in ("【概要】", "【詳細】", "【要点】", "【引用・参照・底本】"):
            if marker not in digest:
                problems.append(f"{name}: no {marker}")
        # source
        m = Meta()
        m.feed(html)
        by_lang[m.lang] += 1
        outlet = m.meta.get("og:site_name", "")
        og_title = m.meta.get("og:title", "")
        pub = m.meta.get("article:published_time", "")
        if not m.title.endswith(" - " + outlet):
            problems.append(f"{name}: <title> lacks outlet suffix")
        if not (m.canonical or "").startswith("https://") or ".example/" not in (m.canonical or ""):
            problems.append(f"{name}: canonical not under .example")
        for u in re.findall(r"https?://([^/\s\"']+)", html + digest):
            if not u.endswith(".example") and u != "schema.org":
                problems.append(f"{name}: domain {u} not .example")
        try:
            pub_dt = datetime.fromisoformat(pub)
            assert pub_dt.utcoffset() is not None
        except Exception:
            problems.append(f"{name}: bad published_time {pub!r}")
            pub_dt = None
        try:
            ld = json.loads(m.ld[0])
            if ld.get("@type") != "NewsArticle":
                problems.append(f"{name}: JSON-LD is not NewsArticle")
        except Exception as e:
            problems.append(f"{name}: JSON-LD: {e}")
        text = " ".join(m.paras)
        if m.lang == "ja":
            size = len(re.sub(r"\s", "", text))
            ok = 600 <= size <= 1600
            unit = "chars"
        else:
            size = len(text.split())
            ok = 300 <= size <= 650
            unit = "words"
        if not ok:
            problems.append(f"{name}: article has {size} {unit}")
        # citation (only where no citation finding is planted)
        if not any(fd.get("kind") == "citation" for fd in findings):
            src = (parsed.get("sources") or [{}])[0]
            if src.get("title") != og_title:
                problems.append(f"{name}: citation title {src.get('title')!r} != og:title")
            if src.get("outlet") != outlet:
                problems.append(f"{name}: citation outlet {src.get('outlet')!r} != {outlet!r}")
            if pub_dt and src.get("date") != pub_dt.date().isoformat():
                problems.append(f"{name}: citation date {src.get('date')} != {pub_dt.date()}")
            if src.get("url") != m.canonical:
                problems.append(f"{name}: citation url != canonical")
        print(f"{name:36s} {m.lang}  {size:5d} {unit:5s}  digest {n_chars:4d} chars  findings {len(findings)}")
    print()
    print(f"cases: {len(cases)} (clean {n_clean}, err {n_err}); planted findings: {n_find}")
    print("by language:", dict(sorted(by_lang.items())))
    print("by kind:", dict(sorted(by_kind.items())))
    print("by severity:", dict(sorted(by_sev.items())))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nno problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
