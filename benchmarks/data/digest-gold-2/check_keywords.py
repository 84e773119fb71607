#!/usr/bin/env python3
"""Self-check of digest-gold-2 (standard library only; does not use yoten).

For every <name>/facts.json: each keyword alternative must occur verbatim in
the body text of <name>/article.html (the element marked
itemprop="articleBody": its paragraphs, sub-headings, list items and quotes,
whitespace collapsed). Warns when a fact's keyword groups never occur together
in one sentence. Prints a table of the articles and "OK"; exits 1 on a missing
keyword or a malformed file.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote"}
VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr"}


class BodyParser(HTMLParser):
    """Collects the text blocks inside the itemprop="articleBody" element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # nesting depth inside articleBody (0 = outside)
        self.found = 0
        self.blocks = []        # (tag, text)
        self.cur = None         # [tag, parts] of the open block
        self.headings = 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        if self.depth:
            self.depth += 1
            if tag in BLOCKS and self.cur is None:
                self.cur = [tag, [], self.depth]
            return
        if dict(attrs).get("itemprop") == "articleBody":
            self.depth = 1
            self.found += 1

    def handle_endtag(self, tag):
        if tag in VOID or not self.depth:
            return
        if self.cur is not None and self.cur[2] == self.depth:
            text = " ".join("".join(self.cur[1]).split())
            if text:
                self.blocks.append((self.cur[0], text))
            self.cur = None
        self.depth -= 1

    def handle_data(self, data):
        if self.depth and self.cur is not None:
            self.cur[1].append(data)


def body_blocks(path):
    p = BodyParser()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    if p.found != 1:
        raise ValueError(f"{path}: expected one itemprop=articleBody, found {p.found}")
    return p.blocks


def sentences(blocks):
    out = []
    for _, text in blocks:
        out.extend(s for s in re.split(r"(?<=[。！？])|(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[A-Z“\"‘(£$0-9])", text) if s and s.strip())
    return out


def main():
    names = sorted(d for d in os.listdir(HERE)
                   if os.path.isdir(os.path.join(HERE, d)) and not d.startswith("."))
    bad = 0
    warnings = 0
    rows = []
    total_chars = total_facts = 0
    for name in names:
        art = os.path.join(HERE, name, "article.html")
        facts_path = os.path.join(HERE, name, "facts.json")
        html_text = open(art, encoding="utf-8").read()
        lang = re.search(r'<html lang="([^"]+)"', html_text).group(1)
        blocks = body_blocks(art)
        body = "".join(t for _, t in blocks)  # block breaks not counted
        sents = sentences(blocks)
        facts = json.load(open(facts_path, encoding="utf-8"))["facts"]
        if not 3 <= len(facts) <= 6:
            print(f"ERROR {name}: {len(facts)} facts (want 3-6)")
            bad += 1
        for i, fact in enumerate(facts, 1):
            if set(fact) != {"fact", "keywords"} or not fact["keywords"]:
                print(f"ERROR {name} fact {i}: malformed {fact!r}")
                bad += 1
                continue
            for group in fact["keywords"]:
                for alt in group:
                    if alt not in body:
                        print(f"MISSING {name} fact {i}: {alt!r}")
                        bad += 1
            if not any(all(any(a in s for a in g) for g in fact["keywords"]) for s in sents):
                print(f"WARNING {name} fact {i}: keyword groups never share a sentence")
                warnings += 1
        heads = sum(1 for t, _ in blocks if t in ("h2", "h3"))
        lists = sum(1 for t, _ in blocks if t == "li")
        rows.append((name, lang, len(body), len(blocks), heads, lists, len(facts)))
        total_chars += len(body)
        total_facts += len(facts)
    print("| name | lang | chars | blocks | sub-headings | list items | facts |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]:,} | {r[3]} | {r[4]} | {r[5]} | {r[6]} |")
    print(f"Totals: {len(rows)} articles, {total_chars:,} characters, {total_facts} facts"
          f"{', ' + str(warnings) + ' warnings' if warnings else ''}")
    if bad:
        print(f"FAILED: {bad} problems")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
