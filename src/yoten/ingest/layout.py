"""Page layouts that hide part of an article from the extractor, undone before it runs.

trafilatura reads the article from the first element whose class says it is the
body, and prunes containers whose class says widget, social or embed. Two common
layouts lose text that way:

- a body split into several containers of the same class, with an advertising
  row between them (``article__body`` … ad … ``article__body``): only the first
  would be read. :func:`join_split_body` moves the later containers' content to
  the end of the first, in document order, when little but advertising stands
  between them (another story below, with its headline, is no part of this one);
- a quotation (an embedded post: a tweet, an Instagram caption) inside a
  wrapper that holds nothing else (``<div class="social-media-embed">``): the
  wrapper would be pruned with the quotation in it. :func:`unwrap_quotes` puts
  the ``<blockquote>`` in its wrappers' place.

A third puts text into the story's sentences: a pop-up card (a person's photo
and links to stories about them) written inside a paragraph, shown only on
hover, would run into the sentence around it ("Rep. Ilhan OmarIlhan
OmarHillicon Valley: …"). :func:`drop_inline_cards` removes such cards: an
inline element in a paragraph that leads with an image, holds two or more
links, and has almost no text of its own.

A fourth lays the whole page out in a table (older news sites: navigation in
one cell, the story in another, each paragraph a ``<p>`` inside a ``<td>``).
trafilatura reads a table as data, one line per row, so the story's paragraphs
run together into one line ("| 槙野市北部の… 一方、… |"). :func:`unwrap_layout_tables`
turns a table whose cell holds paragraphs or a headline into plain containers,
so each paragraph stays one; a table of figures (no ``<p>`` in its cells, or
one each) stays a table.

All change the tree in place and are no-ops on pages without such a layout.
"""

from __future__ import annotations

import re

import lxml.html

__all__ = [
    "drop_inline_cards",
    "join_split_body",
    "prepare",
    "unwrap_layout_tables",
    "unwrap_quotes",
]

#: Class tokens of an article's body container (article__body, article-content,
#: story-body, post_text, entry-content, articleBody, body-text).
_BODY_CLASS = re.compile(
    r"(?:^|\s)(?:\S*(?:article|story|post|entry)[-_]*(?:body|content|text)\S*"
    r"|\S*body[-_]+text\S*)(?:$|\s)",
    re.IGNORECASE,
)
#: Least paragraph text, in characters, in each part of a split body (a lone
#: caption or a teaser card is no part of the story).
_PART_MIN = 200
_CONTAINERS = ("div", "section", "article", "main")
#: Most text, in characters, between two parts of a split body (an "Advertisement" label).
_BETWEEN_MAX = 100
_SILENT = ("script", "style", "noscript", "template")
#: Most text, in characters, of a pop-up card outside its links.
_CARD_TEXT = 20
#: Wrappers a quotation is taken out of (a sidebar or a footer is pruned whole).
_WRAPPERS = frozenset({"div", "span", "figure", "section", "p"})
#: How many wrappers deep a quotation may sit.
_WRAP_DEPTH = 4


def _paragraph_text(node: lxml.html.HtmlElement) -> int:
    return sum(len(p.text_content().strip()) for p in node.iter("p"))


def _between(order: list[lxml.html.HtmlElement], start: int, end: int) -> tuple[int, bool]:
    """(characters of text, whether a headline is among them) in the elements
    ``order[start:end]`` (document order) and their tails."""
    size, headline = 0, False
    for node in order[start:end]:
        if not isinstance(node.tag, str):
            size += len((node.tail or "").strip())
            continue
        headline = headline or node.tag in ("h1", "h2")
        quiet = node.tag in _SILENT or any(a.tag in _SILENT for a in node.iterancestors())
        size += len((node.tail or "").strip()) + (0 if quiet else len((node.text or "").strip()))
    return size, headline


def join_split_body(tree: lxml.html.HtmlElement) -> bool:
    """Move the content of later containers that share the first body container's tag and
    class (none inside another, each with paragraphs of its own, with no headline and at
    most _BETWEEN_MAX characters of text between one and the next) to the end of the
    first; True when a body was joined."""
    first = None
    for node in tree.iter(*_CONTAINERS):
        if _BODY_CLASS.search(node.get("class") or "") and _paragraph_text(node) >= _PART_MIN:
            first = node
            break
    if first is None:
        return False
    parts = [first]
    for node in tree.iter(first.tag):
        if node is first or node.get("class") != first.get("class"):
            continue
        if any(node in part.iterdescendants() or part in node.iterdescendants() for part in parts):
            continue
        if _paragraph_text(node) >= _PART_MIN:
            parts.append(node)
    if len(parts) < 2:
        return False
    order = list(tree.iter())
    place = {id(node): index for index, node in enumerate(order)}
    joined = [first]
    for part in parts[1:]:
        previous = joined[-1]
        end = place[id(previous)] + sum(1 for _ in previous.iter())
        size, headline = _between(order, end, place[id(part)])
        size += len((previous.tail or "").strip())
        if headline or size > _BETWEEN_MAX:
            break
        joined.append(part)
    parts = joined
    if len(parts) < 2:
        return False
    for part in parts[1:]:
        if part.text and part.text.strip():
            carrier = lxml.html.Element("p")
            carrier.text, part.text = part.text, None
            first.append(carrier)
        for child in list(part):
            first.append(child)  # appending moves the child, its tail with it
    return True


def _only_child(node: lxml.html.HtmlElement, child: lxml.html.HtmlElement) -> bool:
    """True when ``child`` is all ``node`` shows (scripts and whitespace aside)."""
    if (node.text or "").strip():
        return False
    for other in node:
        if other is child:
            if (other.tail or "").strip():
                return False
            continue
        if other.tag not in ("script", "noscript", "style") or (other.tail or "").strip():
            return False
    return True


def unwrap_quotes(tree: lxml.html.HtmlElement) -> int:
    """Put each ``<blockquote>`` that is all its wrappers hold (up to _WRAP_DEPTH of div,
    span, figure, section or p) in the outermost wrapper's place; how many were moved."""
    moved = 0
    for quote in list(tree.iter("blockquote")):
        outer = None
        node = quote
        for _level in range(_WRAP_DEPTH):
            parent = node.getparent()
            if parent is None or parent.tag not in _WRAPPERS or not _only_child(parent, node):
                break
            outer = node = parent
        if outer is None or outer.getparent() is None:
            continue
        quote.tail = outer.tail
        outer.getparent().replace(outer, quote)
        moved += 1
    return moved


def drop_inline_cards(tree: lxml.html.HtmlElement) -> int:
    """Remove the inline elements (``span``) in a paragraph that lead with an image and
    hold two or more links, with at most _CARD_TEXT of their text outside the links (a
    pop-up card); how many were removed. A span that wraps the paragraph's own words,
    or a name's link with its card, stays (less the card)."""
    root = tree.getroottree().getroot()
    removed = 0
    for span in tree.xpath("//p//span[.//img and count(.//a[@href]) >= 2]"):
        if root not in span.iterancestors():
            continue  # inside a card already removed
        if next(node for node in span.iter("a", "img")).tag != "img":
            continue  # a card leads with its picture; a name's link leads into its card
        text = len("".join(span.itertext()).strip())
        linked = sum(len(a.text_content().strip()) for a in span.iter("a"))
        if text - linked <= _CARD_TEXT:
            span.drop_tree()  # keeps the text after it
            removed += 1
    return removed


#: The parts of a table, each a ``div`` once the table is a layout.
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")
#: A cell with at least this many paragraphs of its own holds prose, not a figure.
_CELL_PARAGRAPHS = 2


def _holds_prose(cell: lxml.html.HtmlElement) -> bool:
    """The cell holds a headline or two or more paragraphs (not inside a table of its own)."""
    own = [
        node for node in cell.iter("p", "h1", "h2") if next(node.iterancestors("td", "th")) is cell
    ]
    return any(node.tag != "p" for node in own) or len(own) >= _CELL_PARAGRAPHS


def unwrap_layout_tables(tree: lxml.html.HtmlElement) -> int:
    """Turn every table with a cell that holds prose (two or more paragraphs or a headline
    of its own), and every table around it, into ``div`` containers; how many tables were
    unwrapped. Attributes stay, so a body's class or itemprop still marks it."""
    layouts: set[lxml.html.HtmlElement] = set()
    for cell in tree.iter("td", "th"):
        if _holds_prose(cell):
            layouts.update(cell.iterancestors("table"))
    # a part belongs to the nearest table around it (a table of figures inside a layout
    # stays one); all are found before any is renamed
    parts = {
        node
        for table in layouts
        for node in table.iter(*_TABLE_PARTS)
        if node is table or (node.tag != "table" and next(node.iterancestors("table")) is table)
    }
    for node in parts:
        node.tag = "div"
    return len(layouts)


def prepare(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """``tree`` with its layout tables unwrapped, its split body joined, its quotations
    unwrapped and its inline cards removed."""
    unwrap_layout_tables(tree)
    join_split_body(tree)
    unwrap_quotes(tree)
    drop_inline_cards(tree)
    return tree
