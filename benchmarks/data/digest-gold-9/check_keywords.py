#!/usr/bin/env python3
"""Check digest-gold-9: every keyword of every fact occurs in its article's body text.

The body text is the element marked itemprop="articleBody": its paragraphs,
sub-headings, list items and quotes. For each fact, every keyword group must
have at least one alternative that occurs verbatim (plain substring) in the
body text; otherwise the script reports it and exits 1.

Warnings (do not fail the check):
  - a fact whose keyword groups never occur together in one sentence;
  - a numeric keyword that also occurs inside a longer number (e.g. "29%" in
    "129%"), which a digest could match by accident.

It also checks the page furniture the set promises (title with the outlet,
meta description, og:site_name, og:title, og:url, article:published_time with
a UTC offset, canonical link, a footer saying the story is fictional).

Standard library only; does not use yoten.

    python benchmarks/data/digest-gold-9/check_keywords.py
"""
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLOCK_TAGS = {"p", "h2", "h3", "h4", "li"}
HEADINGS = {"h2", "h3", "h4"}


class BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # depth inside the articleBody element (0 = outside)
        self.block = None       # (tag, [text]) of the open block, if any
        self.block_depth = 0
        self.blocks = []        # (tag, text)
        self.meta = {}
        self.links = {}
        self.title = []
        self.in_title = False
        self.all_text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel"):
            self.links[a["rel"]] = a.get("href", "")
        elif tag == "title":
            self.in_title = True
        if self.depth:
            if tag in ("br", "img", "hr", "input", "meta", "link"):
                return
            self.depth += 1
            if self.block is None and tag in BLOCK_TAGS:
                self.block = (tag, [])
                self.block_depth = self.depth
        elif a.get("itemprop") == "articleBody":
            self.depth = 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if not self.depth:
            return
        if self.block is not None and self.depth == self.block_depth:
            text = re.sub(r"\s+", " ", "".join(self.block[1])).strip()
            if text:
                self.blocks.append((self.block[0], text))
            self.block = None
        self.depth -= 1

    def handle_data(self, data):
        self.all_text.append(data)
        if self.in_title:
            self.title.append(data)
        if self.block is not None:
            self.block[1].append(data)


def sentences(block, lang):
    if lang == "ja":
        parts = re.split(r"(?<=[。！？])", block)
    else:
        parts = re.split(r"(?<=[.!?])[”’\"]?\s+(?=[“\"A-Z])", block)
    return [p for p in parts if p.strip()]


def check_page(p, lang_attr):
    problems = []
    m = p.meta
    title = "".join(p.title).strip()
    site = m.get("og:site_name", "")
    if not site or site not in title:
        problems.append("title lacks the outlet name (og:site_name)")
    for key in ("description", "og:site_name", "og:title", "og:url", "article:published_time"):
        if not m.get(key):
            problems.append("missing meta " + key)
    if not re.search(r"T\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$", m.get("article:published_time", "")):
        problems.append("article:published_time has no UTC offset")
    canon = p.links.get("canonical", "")
    if not canon or canon != m.get("og:url"):
        problems.append("canonical link missing or differs from og:url")
    for url in (canon, m.get("og:url", "")):
        host = re.sub(r"^https?://([^/]+).*$", r"\1", url)
        if not host.endswith(".example"):
            problems.append("URL host not under .example: " + url)
    text = " ".join(p.all_text)
    if not ("架空" in text or "fictional" in text):
        problems.append("no footer saying the story is fictional")
    return problems


def main():
    dirs = sorted(d for d in HERE.iterdir() if d.is_dir() and (d / "article.html").exists())
    failures, warnings = [], []
    rows = []
    tot_chars = tot_facts = 0
    for d in dirs:
        raw = (d / "article.html").read_text(encoding="utf-8")
        lang_m = re.search(r'<html lang="([^"]+)"', raw)
        lang_attr = lang_m.group(1) if lang_m else "?"
        lang = "ja" if lang_attr.startswith("ja") else "en"
        p = BodyParser()
        p.feed(raw)
        p.close()
        if not p.blocks:
            failures.append(f"{d.name}: no articleBody text found")
            continue
        body = "\n".join(t for _, t in p.blocks)
        chars = sum(len(t) for _, t in p.blocks)
        sents = [s for _, t in p.blocks for s in sentences(t, lang)]
        for prob in check_page(p, lang_attr):
            failures.append(f"{d.name}: {prob}")
        try:
            facts = json.loads((d / "facts.json").read_text(encoding="utf-8"))["facts"]
            assert isinstance(facts, list) and 3 <= len(facts) <= 6
            for f in facts:
                assert isinstance(f["fact"], str) and f["fact"]
                assert isinstance(f["keywords"], list) and f["keywords"]
                for g in f["keywords"]:
                    assert isinstance(g, list) and g and all(isinstance(x, str) and x for x in g)
        except (ValueError, KeyError, AssertionError, TypeError) as e:
            failures.append(f"{d.name}: malformed facts.json ({e!r})")
            continue
        for i, f in enumerate(facts, 1):
            for g in f["keywords"]:
                for alt in g:
                    if alt not in body:
                        failures.append(f"{d.name}: fact {i}: keyword {alt!r} not in body text")
                    elif re.search(r"\d", alt):
                        for mm in re.finditer(re.escape(alt), body):
                            before = body[max(0, mm.start() - 2):mm.start()]
                            after = body[mm.end():mm.end() + 1]
                            if (alt[0].isdigit() and re.search(r"\d[,.]?$", before)) or \
                               (alt[-1].isdigit() and re.match(r"[\d]", after)):
                                warnings.append(f"{d.name}: fact {i}: {alt!r} also occurs inside a longer number")
                                break
            if not any(all(any(alt in s for alt in g) for g in f["keywords"]) for s in sents):
                warnings.append(f"{d.name}: fact {i}: keyword groups never occur together in one sentence")
        n_head = sum(1 for t, _ in p.blocks if t in HEADINGS)
        n_li = sum(1 for t, _ in p.blocks if t == "li")
        rows.append((d.name, lang_attr, chars, len(p.blocks), n_head, n_li, len(facts)))
        tot_chars += chars
        tot_facts += len(facts)

    print(f"{'name':34} {'lang':6} {'chars':>6} {'blocks':>6} {'heads':>5} {'items':>5} {'facts':>5}")
    for r in rows:
        print(f"{r[0]:34} {r[1]:6} {r[2]:6,} {r[3]:6} {r[4]:5} {r[5]:5} {r[6]:5}")
    print(f"{'total: %d articles' % len(rows):41} {tot_chars:6,} {'':19} {tot_facts:5}")
    for w in warnings:
        print("warning:", w)
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
