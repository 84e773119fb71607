"""Check the digest gold set: every keyword occurs verbatim in its article's body text.

Body text = the text of the element marked itemprop="articleBody" in article.html
(paragraphs and sub-headings), HTML entities decoded. Also reports, as a warning,
any fact whose keyword groups cannot all be found inside one sentence, and the
body length (characters, whitespace removed) against the declared size class.

Usage: python check_keywords.py [DIR]   (exit status 1 on any missing keyword)
"""

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr"}
BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div"}


class BodyText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 while inside the articleBody element
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            if tag not in VOID:
                self.depth += 1
            if tag in BLOCK:
                self.parts.append("\n")
        elif dict(attrs).get("itemprop") == "articleBody":
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1
            if tag in BLOCK:
                self.parts.append("\n")

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def body_paragraphs(html):
    p = BodyText()
    p.feed(html)
    text = "".join(p.parts)
    return [re.sub(r"\s+", " ", line).strip() for line in text.split("\n") if line.strip()]


def sentences(paragraphs):
    out = []
    for para in paragraphs:
        # Japanese: split after 。！？ (keeping 」 closing a quote with the sentence);
        # English: split after . ! ? (optionally followed by a closing quote) and a space + capital/quote.
        for s in re.split(
            r"(?<=[。！？])(?!」)|(?<=[.!?][”’\"]) (?=[A-Z“\"])|(?<=[.!?]) (?=[A-Z“\"])", para
        ):
            if s.strip():
                out.append(s.strip())
    return out


def main(root):
    ok = True
    rows = []
    for d in sorted(p for p in Path(root).iterdir() if p.is_dir()):
        html = (d / "article.html").read_text(encoding="utf-8")
        paras = body_paragraphs(html)
        body = "\n".join(paras)
        sents = sentences(paras)
        facts = json.loads((d / "facts.json").read_text(encoding="utf-8"))["facts"]
        lang = re.search(r'<html lang="([a-z]+)', html).group(1)
        nchars = sum(len(p) for p in paras)  # whitespace collapsed, paragraph breaks not counted
        rows.append((d.name, lang, nchars, len(paras), len(facts)))
        if not 3 <= len(facts) <= 6:
            print(f"{d.name}: {len(facts)} facts (want 3-6)")
            ok = False
        for i, f in enumerate(facts, 1):
            for group in f["keywords"]:
                for kw in group:
                    if kw not in body:
                        print(f"MISSING {d.name} fact {i}: {kw!r}")
                        ok = False
            if not any(all(any(kw in s for kw in g) for g in f["keywords"]) for s in sents):
                print(f"warn {d.name} fact {i}: keyword groups not all in one sentence")
    print(f"{'name':36} lang chars paras facts")
    for r in rows:
        print(f"{r[0]:36} {r[1]:4} {r[2]:5} {r[3]:5} {r[4]:5}")
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent))
