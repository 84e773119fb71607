"""Links to the site's other stories, printed inside or under an article.

Pages put links to their other stories among an article's paragraphs and under
it: "READ MORE: …", "Related: …", "Also on rt.com …", a list of headlines
under "DON'T MISS" or "More Great WIRED Stories". An extractor keeps them as
paragraphs, since they sit in the article's container. They are told by their
markup, whatever their wording: a short block (a paragraph, a list item, a
heading) whose text is a link to another page of the same site, with at most a
short label beside it; a line of tags, links with only separators between
them; the label line just before such blocks ("DON'T MISS"); and other
stories' cards nested in the article (``<article>`` elements that lead with a
link to their story). :func:`related_links` reads those blocks before extraction changes the
tree, and :func:`without_related` drops the paragraphs that are one of them.

Links to other sites (a source, a shop) are the story's, and so is a link to
the same page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html

from yoten.ingest.quality import normal

__all__ = ["related_links", "without_related"]

#: Blocks that can hold a link to another story.
_BLOCKS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "div")
#: The blocks with a link, outside the parts of a page the extractor always removes
#: (navigation, asides, footers, forms, menus).
_LINKED_BLOCKS = lxml.etree.XPath(
    "//*[" + " or ".join(f"self::{tag}" for tag in _BLOCKS) + "][.//a[@href]]"
    "[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::form"
    " or ancestor::menu)]"
)
#: A block this long is prose, whatever its links.
_BLOCK_MAX = 250
#: At most this many characters beside the links: a label ("READ MORE:", "Also on rt.com").
_LABEL_MAX = 25
#: A label line before the links: this short, and no sentence.
_LABEL_LINE_MAX = 30
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "」")
_BULLET = re.compile(r"^\s*[-•*·]\s+")
_SPACE = re.compile(r"\s+")


def _compact(text: str) -> str:
    return _SPACE.sub("", normal(_BULLET.sub("", text)))


def _site(host: str) -> str:
    return host.lower().removeprefix("www.")


def _same_site(a: str, b: str) -> bool:
    return a == b or a.endswith("." + b) or b.endswith("." + a)


@lru_cache(maxsize=4096)
def _other_page(href: str, page: str, site: str | None) -> bool:
    """True when ``href`` leads to another page of the page's own site."""
    target = urljoin(page, href.strip()) if page else href.strip()
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https", ""):
        return False
    host = _site(parts.hostname or "")
    if not host:
        return bool(parts.path) and not page  # a relative link on a page of unknown address
    if site is None or not _same_site(host, site):
        return False
    return target.split("#")[0].rstrip("/") != page.split("#")[0].rstrip("/")


@dataclass
class _Line:
    """A line of a block (blocks break lines with ``<br>``): its text, how much of it is
    in links to another page of the site, their addresses, and its other text before
    the first and after it."""

    text: str = ""
    linked: int = 0
    hrefs: set[str] = field(default_factory=set)
    before: str = ""
    after: str = ""


def _lines(node: lxml.html.HtmlElement, page: str, site: str | None) -> list[_Line]:
    if all(node.find(f".//{tag}") is None for tag in ("br", "script", "style")):
        return _one_line(node, page, site)
    lines = [_Line()]

    def add(text: str | None, link: str | None) -> None:
        if not text:
            return
        line = lines[-1]
        if link is not None:
            line.linked += _size(text)
            line.hrefs.add(link)
        elif not line.hrefs:
            line.before += text
        else:
            line.after += text
        line.text += text

    def walk(element: lxml.html.HtmlElement, link: str | None) -> None:
        for child in element:
            if not isinstance(child.tag, str) or child.tag in ("script", "style"):
                add(child.tail, link)
                continue
            if child.tag == "br":
                lines.append(_Line())
            else:
                inner = link
                if child.tag == "a" and link is None:
                    href = (child.get("href") or "").strip()
                    inner = href if _other_page(href, page, site) else None
                add(child.text, inner)
                walk(child, inner)
            add(child.tail, link)

    add(node.text, None)
    walk(node, None)
    return [line for line in lines if line.text.strip()]


def _one_line(node: lxml.html.HtmlElement, page: str, site: str | None) -> list[_Line]:
    """:func:`_lines` of a block without line breaks, read with lxml's own text calls."""
    text = node.text_content()
    if not text.strip():
        return []
    line = _Line(text=text)
    for link in node.iter("a"):
        href = (link.get("href") or "").strip()
        if not _other_page(href, page, site) or any(a.tag == "a" for a in link.iterancestors()):
            continue
        linked = link.text_content()
        if not line.hrefs:
            at = text.find(linked) if linked else -1
            line.before = text[:at] if at >= 0 else ""
            line.after = text[at + len(linked) :] if at >= 0 else text
        else:
            line.after = line.after.replace(linked, "", 1)
        line.hrefs.add(href)
        line.linked += _size(linked)
    return [line]


def _size(text: str) -> int:
    return len(_SPACE.sub("", text))


def _link_line(line: _Line, *, in_list: bool) -> bool:
    """A line that is one link to another story, or a list of such links with nothing but
    separators between them (tags: "stock car 2018, stock car brasil"): the links at
    least as long as the rest (unless a label with a colon comes first: "Filed under:
    <a>Politics</a>"), which is at most a label before them ("Related:", "READ MORE:")
    and a tag after ("[INSIGHT]"). Outside a list whose every item links to another
    page, a label ends in a sign, not a letter: "Your <a>email list will grow</a>" is a
    sentence, and so is "<a>Ann</a> met <a>Bo</a>"."""
    size = _size(line.text)
    if not line.hrefs or not size or size > _BLOCK_MAX:
        return False
    if len(line.hrefs) > 1 and any(ch.isalnum() for ch in line.after):
        return False
    before = line.before.strip()
    if size - line.linked > _LABEL_MAX or (
        line.linked < size - line.linked and not before.endswith((":", "："))
    ):
        return False
    return in_list or not before or not before[-1].isalnum()


def _in_link_list(
    node: lxml.html.HtmlElement, page: str, site: str | None, lists: dict[Any, bool]
) -> bool:
    """True for an item of a list of two or more items that all link to another page
    (``lists`` remembers each list's answer)."""
    parent = node.getparent()
    if node.tag != "li" or parent is None:
        return False
    if parent not in lists:
        items = [item for item in parent if item.tag == "li"]
        lists[parent] = len(items) >= 2 and all(
            any(_other_page(a.get("href") or "", page, site) for a in item.iter("a"))
            for item in items
        )
    return lists[parent]


def related_links(tree: lxml.html.HtmlElement, url: str | None) -> tuple[str, ...]:
    """The compacted texts of the page's blocks (or their lines) that are a link to another
    story of the site (:func:`_link_line`), of such links of their own (at most
    _BLOCK_MAX characters: "Also on rt.com" with the story's headline, all in the link),
    and of the label before them (:func:`_label`)."""
    page = url or ""
    site = _site(urlsplit(page).hostname or "") or None
    found: list[str] = []
    for node in tree.iter("a"):
        parent = node.getparent()
        if parent is None or (parent.tag in _BLOCKS and parent.tag != "div"):
            continue  # a link in a paragraph or an item is read with it below
        if _other_page(node.get("href") or "", page, site):
            text = node.text_content()
            if 0 < _size(text) <= _BLOCK_MAX:
                found.append(_compact(text))
    found_blocks: list[Any] = list(_LINKED_BLOCKS(tree))  # type: ignore[arg-type]
    blocks = [
        node
        for node in found_blocks
        if node.tag != "div"
        or not any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in node)
    ]
    # the element that holds a site's tag links (rel="tag"), whatever its tag
    blocks += [
        link.getparent()
        for link in tree.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]")
        if link.getparent() is not None and link.getparent().tag not in _BLOCKS
    ]
    lists: dict[Any, bool] = {}
    for node in dict.fromkeys(blocks):
        if _size(node.text_content()) > _BLOCK_MAX * 4:
            continue  # too long to be lines of links
        lines = _lines(node, page, site)
        if not any(line.hrefs for line in lines):
            continue
        in_list = _in_link_list(node, page, site, lists)
        links = [line for line in lines if _link_line(line, in_list=in_list)]
        found += [_compact(line.text) for line in links]
        found += [
            _compact(line.text)
            for line, following in pairwise(lines)
            if following in links and not line.hrefs and _is_label(line.text)
        ]
        if links and links[0] is lines[0]:
            label = _label(node.getparent() if in_list else node)
            if label:
                found.append(label)
    for card in _cards(tree, page, site):
        label = _label(card)
        if label:
            found.append(label)
        for node in card.iter(*_BLOCKS):
            text = "".join(node.itertext())
            if _size(text):
                found.append(_compact(text))
    return tuple(found)


def _text_before(node: lxml.html.HtmlElement, link: lxml.html.HtmlElement) -> str:
    """The text in ``node`` before ``link``."""
    return "".join(
        str(text)
        for text in link.xpath("preceding::text()")
        if text.getparent() is node or node in text.getparent().iterancestors()
    )


def _cards(tree: lxml.html.HtmlElement, page: str, site: str | None) -> list[Any]:
    """Other stories' cards inside the article: the ``<article>`` elements in an
    ``<article>`` (none holding another) when two or more, and at least half, of them
    lead with a link to another page of the site, with no text before it (a live
    blog's posts lead with their text or their own anchor)."""
    cards: list[Any] = []
    for outer in tree.iter("article"):
        inner = [
            node
            for node in outer.iterdescendants("article")
            if next(node.iterdescendants("article"), None) is None
        ]
        leading = 0
        for node in inner:
            first = next((a for a in node.iter("a") if (a.get("href") or "").strip()), None)
            if (
                first is not None
                and _other_page(first.get("href") or "", page, site)
                and not _text_before(node, first).strip()
            ):
                leading += 1
        if leading >= 2 and leading * 2 >= len(inner):
            cards += inner
    return cards


def _is_label(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _LABEL_LINE_MAX and not text.endswith(_SENTENCE_END)


def _label(node: lxml.html.HtmlElement | None) -> str | None:
    """The compacted text of the element just before ``node`` when it is a label for the
    links ("DON'T MISS", "More Great WIRED Stories"): short, no sentence, no link."""
    before = node.getprevious() if node is not None else None
    if before is None or not isinstance(before.tag, str) or before.tag in ("script", "style"):
        return None
    text = before.text_content()
    if not _is_label(text) or next(before.iter("a"), None) is not None:
        return None
    return _compact(text)


def without_related(paragraphs: list[str], blocks: tuple[str, ...]) -> list[str]:
    """``paragraphs`` without those that are a block of ``blocks`` (:func:`related_links`);
    unchanged when that would leave nothing."""
    if not blocks:
        return paragraphs
    known = set(blocks)
    kept = [p for p in paragraphs if _compact(p) not in known]
    return kept if kept else paragraphs
