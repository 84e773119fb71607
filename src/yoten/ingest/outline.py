"""What a page says of its article's length beside the text: a reading time, a contents list.

A teaser page need not show a gate or stop mid-sentence: it may show one
complete paragraph under a "14 min read" line, or a contents list of four
sections and none of them. Both say how long the article is, so a text
much shorter than that is only its beginning:

- :func:`reading_minutes`: the reading time a page states near its
  headline ("14 min read", "Reading time: 5 minutes", 「読了目安 約12分」,
  「この記事は約8分で読めます」, "5 min de lecture", "Lesezeit: 5 Min."); an audio
  player's length ("Listen · 6 min") is no reading time;
- :func:`missing_sections`: the entries of a table of contents (a list of
  in-page links marked as contents by its class or id, or by a label such as
  目次, "Contents", "In this article") whose section is not on the page: the
  link's target does not exist and its label is shown nowhere else.

:func:`yoten.ingest.quality.declared_size` turns both into a least size.
"""

from __future__ import annotations

import re
import unicodedata

import lxml.html

__all__ = ["missing_sections", "reading_minutes"]

_READING = (
    re.compile(r"(?<![\d.])(\d{1,3})\s*-?\s*min(?:ute)?s?\.?\s+(?:read|to\s+read)\b", re.I),
    re.compile(
        r"\b(?:est(?:imated|\.)?\s+)?read(?:ing)?\s+time\s*:?\s*(?:about\s+|approx\.?\s+|~\s*)?"
        r"(\d{1,3})\s*min",
        re.I,
    ),
    re.compile(r"(?:読了|読み終わ|読む時間|読むのにかかる時間)[^\d。]{0,10}?(\d{1,3})\s*分"),
    re.compile(r"(\d{1,3})\s*分で(?:読め|読了|読み終)"),
    re.compile(r"(\d{1,3})\s*min\.?\s+(?:de\s+lecture|de\s+lectura|di\s+lettura)\b", re.I),
    re.compile(r"\b(?:lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura)\s*:?\s*(\d{1,3})", re.I),
    re.compile(r"(\d{1,3})\s*min\.?\s+lesezeit\b", re.I),
)
#: Class or id tokens of a table of contents (toc, ez-toc-container, table-of-contents, 目次's mokuji).
_TOC_CLASS = re.compile(
    r"(?:^|[\s_-])(?:toc|table-?of-?contents|contents|mokuji|in-?this-?article)(?:$|[\s_-])",
    re.I,
)
#: Labels that head a table of contents.
_TOC_LABELS = ("目次", "もくじ", "この記事の内容", "contents", "in this article", "on this page",
               "inhalt", "sommaire", "índice", "indice")  # fmt: skip
#: How far up from a list the element that marks it as contents may be.
_TOC_LEVELS = 3
_SPACE = re.compile(r"\s+")


def reading_minutes(text: str) -> tuple[int, int] | None:
    """(minutes, where the phrase starts) of the first reading time stated in ``text``
    (NFKC-normalised), or None."""
    text = unicodedata.normalize("NFKC", text)
    found = [(m.start(), int(m.group(1))) for p in _READING for m in [p.search(text)] if m]
    if not found:
        return None
    at, minutes = min(found)
    return (minutes, at) if minutes > 0 else None


def _clean(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def _marked_as_contents(node: lxml.html.HtmlElement) -> bool:
    for level, element in enumerate((node, *node.iterancestors())):
        if level > _TOC_LEVELS or element.tag in ("body", "html"):
            return False
        said = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _TOC_CLASS.search(said):
            return True
        label = _clean(" ".join(element.itertext()))[:24].casefold()
        if any(label.startswith(word) for word in _TOC_LABELS):
            return True
    return False


def missing_sections(tree: lxml.html.HtmlElement, visible: str) -> int:
    """How many entries of the page's tables of contents name a section the page does not
    show: the link's target id does not exist, and its label is shown nowhere in
    ``visible`` (the page's visible text, spaces collapsed) but in the list itself."""
    ids: set[str] | None = None
    shown = ""
    missing = 0
    for listing in tree.iter("ol", "ul"):
        if any(a.tag in ("ol", "ul") for a in listing.iterancestors()):
            continue  # a nested list is counted with its outer one
        links = list(listing.iter("a"))
        inner = [a for a in links if (a.get("href") or "").strip().startswith("#")]
        inner = [a for a in inner if len((a.get("href") or "").strip()) > 1]
        if len(inner) < 2 or len(inner) * 2 < len(links) or not _marked_as_contents(listing):
            continue
        if ids is None:  # read once, for the first list that is marked as contents
            ids = {str(v) for v in tree.xpath("//@id | //a/@name")}
            shown = _clean(visible)
        absent = [
            a
            for a in inner
            if (a.get("href") or "").strip()[1:] not in ids
            and shown.count(_clean(a.text_content()) or "\0") <= 1
        ]
        if len(absent) * 2 > len(inner):
            missing += len(absent)
    return missing
