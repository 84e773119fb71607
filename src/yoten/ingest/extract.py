"""HTML or plain text → :class:`~yoten.models.Article`.

The main text comes from trafilatura (precision first, no comments), which
drops navigation, cookie banners, share bars, related-article lists and
footers; a body split by advertising rows and a quotation in a wrapper of its
own are undone before it runs (:mod:`yoten.ingest.layout`). Notices, control
labels and links to the site's other stories (:mod:`yoten.ingest.related`) are
dropped from its text, and a result that is
short, does not match the headline, or is a teaser (cut mid-sentence, or much
shorter than the article the page's metadata, reading time or table of contents
declares) makes trafilatura's
other modes run (:mod:`yoten.ingest.quality`); when none is the article the
page is refused with the reason. The metadata a citation needs is read from the page itself
with lxml (trafilatura's metadata, and htmldate's costly date search, are not
used):

- title: the stated headline without the site's name or section suffixes
  (:mod:`yoten.ingest.titles`);
- outlet: og:site_name, application-name, JSON-LD publisher, the host name;
- published: article:published_time, JSON-LD datePublished, other date metas,
  ``<time datetime>``, the day in the URL (``/2019/11/19/``), then a full
  date printed near the headline (2019年4月4日, 令和6年2月9日, April 4, 2019);
  the outlet's UTC offset is kept. A metadata date that looks like a
  template's default gives way to the date printed above the text
  (:func:`_placeholder`). A year alone
  is never a date: with none stated, the date stays empty and a note says so;
- language: ``<html lang>`` (unless the script says otherwise), else detected;
- canonical URL: ``<link rel=canonical>`` (or og:url) when on the same site.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura

from yoten.errors import IngestError
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.ingest.boilerplate import without_trailer
from yoten.ingest.dates import date_from_url, find_stated_date, parse_published, stated_dates
from yoten.ingest.layout import prepare
from yoten.ingest.navigation import breadcrumb_names, navigation_labels
from yoten.ingest.outline import missing_sections, reading_minutes
from yoten.ingest.paywall import Gate, members_only, read_gate, without_gate
from yoten.ingest.quality import (
    CUT_SHORT,
    LONG_ENOUGH,
    SHORTER_THAN_DECLARED,
    assess,
    cut_paragraphs,
    declared_size,
    drop_notices,
    rights_blocks,
    weight,
    without_rights,
)
from yoten.ingest.related import related_links, without_related
from yoten.ingest.titles import choose_title
from yoten.ingest.urls import canonicalize, ensure_http_url
from yoten.lang import detect_language
from yoten.models import Article

__all__ = ["NO_ARTICLE", "extract_article", "extract_text"]

NO_ARTICLE = N_("no article text found")
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_REF = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)|[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]|7[fF]));"
)

_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
        "blogposting", "liveblogposting", "report", "scholarlyarticle", "techarticle",
    }
)  # fmt: skip
_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "date",
)
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_].*)?$")
_HEADLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:headline|title|heading)", re.IGNORECASE)
#: trafilatura's modes, tried in this order while the result is not the article.
#: (favor_precision, favor_recall)
_MODES: tuple[tuple[bool, bool], ...] = ((True, False), (False, False), (False, True))
#: Short lines (a kicker, a label) that may come before the headline in the text.
_KICKERS, _KICKER_MAX = 2, 40
#: How much visible text before and after the headline may hold its date.
_DATE_BEFORE, _DATE_AFTER = 200, 400
#: How much of a paragraph's start places it in the page's visible text (a shorter
#: paragraph is a label or a meta line, not the story's first).
_ANCHOR = 40
#: A metadata date this many days or more before the date printed near the headline,
#: at midnight and shown nowhere on the page, is a template's default.
_TEMPLATE_GAP_DAYS = 365
#: Words that label a printed date as an update, not the publication.
_UPDATED = re.compile(r"updated|modified|revised|更新|修正|改訂", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?。！？」』)）]$")
#: A label that says the date right after it is the publication's ("First published on").
_PUBLISHED_LABEL = re.compile(
    r"(?:(?:first\s+)?published|posted|公開日?|掲載日?|配信日?|発行日|投稿日)\s*(?:on\s+)?[:：]?\s*$",
    re.IGNORECASE,
)
#: How far before a date its label may start.
_LABEL_REACH = 24


@dataclass
class _PageMeta:
    """What the page says about itself, read with lxml."""

    metas: dict[str, str] = field(default_factory=dict)
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    canonical: str | None = None
    lang: str | None = None
    headlines: list[str] = field(default_factory=list)
    main_headlines: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    title: str | None = None
    times: list[str] = field(default_factory=list)
    visible: str = ""

    def meta(self, *names: str) -> str | None:
        for name in names:
            value = self.metas.get(name)
            if value:
                return value
        return None

    def articles(self) -> Iterator[dict[str, Any]]:
        for node in self.json_ld:
            if _types(node) & _ARTICLE_TYPES:
                yield node

    def ld_value(self, key: str) -> str | None:
        for node in self.articles():
            value = node.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    def ld_word_count(self) -> int | None:
        for node in self.articles():
            value = node.get("wordCount")
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return value
        return None

    def declared_size(self, missing: int = 0) -> int:
        """The least size the page's metadata says its article has (articleBody,
        wordCount, description; ``missing`` sections of its contents list)."""
        return declared_size(
            body=self.ld_value("articleBody"),
            word_count=self.ld_word_count(),
            description=self.meta("og:description", "description", "twitter:description")
            or self.ld_value("description"),
            missing_sections=missing,
        )

    def ld_publisher(self) -> str | None:
        for node in self.articles():
            publisher = node.get("publisher")
            if isinstance(publisher, list) and publisher:
                publisher = publisher[0]
            if isinstance(publisher, dict):
                name = publisher.get("name")
                if isinstance(name, str) and name.strip():
                    return name.strip()
        for node in self.json_ld:
            if "website" in _types(node) and isinstance(node.get("name"), str):
                return str(node["name"]).strip() or None
        return None


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return {item.lower() for item in items if isinstance(item, str)}


def _walk_json_ld(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document, through lists and @graph."""
    if isinstance(value, list):
        for item in value:
            yield from _walk_json_ld(item)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk_json_ld(graph)


def _clean_space(text: str | None) -> str:
    return " ".join((text or "").split())


def _read_meta(tree: lxml.html.HtmlElement) -> _PageMeta:
    page = _PageMeta()
    for node in tree.iter("meta"):
        content = _clean_space(node.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (node.get(attr) or "").strip().lower()
            if key and key not in page.metas:
                page.metas[key] = content
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        page.json_ld.extend(_walk_json_ld(data))
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels and link.get("href", "").strip():
            page.canonical = link.get("href", "").strip()
            break
    root = tree.getroottree().getroot()
    page.lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    page.headlines, page.main_headlines = _headlines(tree)
    page.sections = navigation_labels(tree) + breadcrumb_names(page.json_ld)
    title = next(tree.iter("title"), None)
    page.title = _clean_space(title.text_content()) if title is not None else None
    preferred: list[str] = []
    others: list[str] = []
    for node in tree.iter("time"):
        value = (node.get("datetime") or "").strip()
        if not value:
            continue
        if node.get("itemprop", "").lower() == "datepublished" or node.get("pubdate") is not None:
            preferred.append(value)
        else:
            others.append(value)
    page.times = preferred + others
    texts = tree.xpath(
        "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
        " or ancestor::template)]"
    )
    page.visible = _clean_space(" ".join(str(t) for t in texts))
    return page


def _headlines(tree: lxml.html.HtmlElement) -> tuple[list[str], list[str]]:
    """Texts of the page's headline elements in document order: ``<h1>``, ``itemprop=headline``,
    and ``<h2>``/``<h3>`` whose class says headline or title; and of the first two kinds only."""
    found: list[str] = []
    main: list[str] = []
    for node in tree.iter("h1", "h2", "h3", "div", "span", "p"):
        tag = node.tag
        is_main = tag == "h1" or (node.get("itemprop") or "").lower() == "headline"
        if is_main or (
            tag in ("h2", "h3") and bool(_HEADLINE_CLASS.search(node.get("class") or ""))
        ):
            text = _clean_space(node.text_content())
            if text and len(text) <= 300:
                found.append(text)
                if is_main:
                    main.append(text)
    return found, main


@dataclass(frozen=True)
class _Stated:
    """The least size the page states for its article (:func:`declared_size`), and the
    size its reading time stands for, which counts for a text only when it is printed
    before the text (a related story's "12 min read" under a brief is not this one's)."""

    size: int = 0
    reading: int = 0
    reading_at: int = -1
    visible: str = ""

    def for_text(self, paragraphs: list[str]) -> int:
        if self.reading and paragraphs:
            first = _text_at(self.visible, paragraphs)
            if first < 0 or self.reading_at < first:
                return max(self.size, self.reading)
        return self.size


def _text_at(visible: str, paragraphs: list[str]) -> int:
    """Where the text's first paragraph of prose starts in the page's ``visible`` text
    (-1: not found); a shorter first line is a byline or a meta line, not the story."""
    if not paragraphs:
        return -1
    prose = next((p for p in paragraphs if len(p) > _ANCHOR), paragraphs[0])
    return visible.find(_clean_space(prose)[:_ANCHOR])


def _stated(page: _PageMeta, tree: lxml.html.HtmlElement, title: str) -> _Stated:
    size = page.declared_size(missing_sections(tree, page.visible))
    start, window = _near_headline(page, title)
    # a headline that speaks of a read ("The 5-minute read that …") states no reading time
    reading = reading_minutes(window.replace(title, " " * len(title)) if title else window)
    if reading is None:
        return _Stated(size)
    minutes, at = reading
    return _Stated(
        size=size,
        reading=declared_size(
            body=None, word_count=None, description=None, reading_minutes=minutes
        ),
        reading_at=start + at,
        visible=page.visible,
    )


def _near_headline(page: _PageMeta, title: str) -> tuple[int, str]:
    """The visible text just before and after the headline ("" when it is not shown), and
    where it starts in the page's visible text."""
    at = -1
    for label in (title, *page.headlines):
        at = page.visible.find(label) if label else -1
        if at >= 0:
            title = label
            break
    if at < 0:
        return 0, ""
    start = max(0, at - _DATE_BEFORE)
    return start, page.visible[start : at + len(title) + _DATE_AFTER]


def _day_first(page: _PageMeta) -> bool:
    return not (page.lang or "").lower().startswith("en")


def _date_near(page: _PageMeta, title: str) -> dt.date | None:
    """A full date printed just before or after the headline in the visible text."""
    return find_stated_date(_near_headline(page, title)[1], day_first=_day_first(page))


def _placeholder(
    stated: dt.datetime | dt.date, page: _PageMeta, title: str, text_at: int
) -> dt.date | None:
    """The date printed near the headline, before the story's text (``text_at``: a date
    in the story is an event's), when the metadata's date looks like a template's default
    rather than this story's: at midnight (or a day alone), on the 1st of January or a
    year or more before the printed date, and shown nowhere on the page; None when the
    metadata's date stands (a printed date labelled as an update never replaces it)."""
    if isinstance(stated, dt.datetime):
        if stated.timetz().replace(tzinfo=None) != dt.time(0):
            return None
        stated = stated.date()
    start, window = _near_headline(page, title)
    found = min(stated_dates(window, day_first=_day_first(page)), default=None)
    if found is None or (text_at >= 0 and start + found[0] >= text_at):
        return None
    at, printed = found
    if not stated < printed or not (
        (stated.month, stated.day) == (1, 1) or (printed - stated).days >= _TEMPLATE_GAP_DAYS
    ):
        return None
    if _UPDATED.search(unicodedata.normalize("NFKC", window)[max(0, at - 24) : at]):
        return None
    shown = {day for _at, day in stated_dates(page.visible, day_first=_day_first(page))}
    return None if stated in shown else printed


def _published(
    page: _PageMeta, title: str, url: str | None, text_at: int = -1
) -> dt.datetime | dt.date | None:
    """The first stated publication date; a bare date is upgraded by a timestamp of that day.

    Metadata first (unless its date is a template's default, :func:`_placeholder`), then
    the day in the page's URL (``/2019/11/19/``), then a full date printed near the
    headline. Nothing is guessed from years alone (a copyright line, an image path).
    """
    candidates = [page.meta(name) for name in _DATE_METAS[:2]]
    candidates.append(page.ld_value("datePublished"))
    candidates += [page.meta(name) for name in _DATE_METAS[2:]]
    candidates += page.times
    found: dt.datetime | dt.date | None = None
    for raw in candidates:
        value = parse_published(raw)
        if value is None:
            continue
        if isinstance(value, dt.datetime):
            if found is None or value.date() == found:
                found = value
                break
            continue
        if found is None:
            found = value
    if found is not None:
        return _placeholder(found, page, title, text_at) or found
    return date_from_url(url) or _date_near(page, title) or _date_labelled(page)


def _date_labelled(page: _PageMeta) -> dt.date | None:
    """A full date anywhere on the page that a label calls the publication's ("First
    published on 21 March 2024" under a story whose headline shows only "2 hours ago")."""
    visible = page.visible
    for at, day in stated_dates(visible, day_first=_day_first(page)):
        before = unicodedata.normalize("NFKC", visible[max(0, at - _LABEL_REACH) : at])
        if _PUBLISHED_LABEL.search(before):
            return day
    return None


def _language(declared: str | None, locale: str | None, text: str) -> str:
    detected = detect_language(text)
    for raw in (declared, locale):
        match = _LANG_TAG.match((raw or "").strip())
        if match:
            lang = match.group(1).lower()
            if detected in {"ja", "zh"} and lang != detected:
                return detected  # script-based detection beats a template's wrong lang
            return lang
    return detected


def _paragraphs(text: str, title: str | None) -> list[str]:
    """The text's lines without the headline (the first line, or one after short labels
    such as a kicker: 開催報告, "Banking", which go with it), without lines that are only
    a date, and without the short lines before the story's first paragraph that are no
    sentence: a dateline ("Monday 14 April 2025, 8:05am", 「掲載日：令和6年12月10日」), a
    subheading (「卵・小麦不使用、規格外大豆も活用」), a label."""
    paragraphs = [_clean_space(line) for line in text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if title:
        for index, paragraph in enumerate(paragraphs[: _KICKERS + 1]):
            if paragraph == _clean_space(title):
                del paragraphs[: index + 1]
                break
            if len(paragraph) > _KICKER_MAX:
                break
    lead = next((i for i, p in enumerate(paragraphs) if len(p) > _KICKER_MAX), len(paragraphs))
    return [
        p
        for i, p in enumerate(paragraphs)
        if parse_published(p) is None and not (i < lead and not _SENTENCE_END.search(p))
    ]


def _canonical(url: str | None, page: _PageMeta) -> str | None:
    declared = page.canonical or page.meta("og:url")
    if url is not None:
        return canonicalize(url, page_canonical=declared)
    if declared:
        try:
            return canonicalize(declared)
        except IngestError:
            return None
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _parse(html: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        raise IngestError(_(NO_ARTICLE)) from None


def _run_trafilatura(
    html: str, tree: lxml.html.HtmlElement | None, url: str | None, mode: tuple[bool, bool]
) -> str:
    """The main text in one of trafilatura's modes (each run gets its own tree)."""
    try:
        doc = trafilatura.bare_extraction(
            prepare(tree if tree is not None else _parse(html)),
            url=url,
            include_comments=False,
            with_metadata=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=mode[0],
            favor_recall=mode[1],
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura's own bugs must not become tracebacks
        raise IngestError(
            _("cannot parse the page ({name})").format(name=type(exc).__name__)
        ) from None
    return getattr(doc, "text", None) or ""


def _main_text(
    html: str,
    tree: lxml.html.HtmlElement,
    url: str | None,
    title: str,
    page_weight: int,
    gate: Gate,
    declared: _Stated,
    rights: tuple[str, ...] = (),
    related: tuple[str, ...] = (),
) -> list[str]:
    """The article's paragraphs: precision mode first; the other modes while the result
    is short for its page (under LONG_ENOUGH and under half the page's visible text) or
    not the article (:func:`yoten.ingest.quality.assess`: a text cut mid-sentence, or
    shorter than the size the page states, ``declared``, is a teaser); the best that is the article, else
    IngestError. A teaser before a members-only gate is no article
    (:mod:`yoten.ingest.paywall`)."""
    best: list[str] | None = None
    best_gated = False
    reasons: list[str] = []
    cut: list[str] = []
    paywall = False
    for index, mode in enumerate(_MODES):
        text = _run_trafilatura(html, tree if index == 0 else None, url, mode)
        paragraphs = without_related(without_rights(_paragraphs(text, title), rights), related)
        paragraphs = without_trailer(paragraphs)
        paragraphs, saw_paywall = drop_notices(paragraphs)
        paragraphs, gated = without_gate(paragraphs, gate)
        paywall = paywall or saw_paywall
        lenient = index > 0
        problem = assess(
            paragraphs,
            title,
            lenient_mode=lenient,
            declared=declared.for_text(paragraphs),
            cut_before=cut,
        )
        cut += cut_paragraphs(paragraphs, lenient_mode=lenient)
        if problem is not None:
            reasons.append(problem)
            continue
        size = weight("".join(paragraphs))
        if best is None or size >= 1.5 * weight("".join(best)):
            best, best_gated = paragraphs, gated
        if index > 0 or size >= LONG_ENOUGH or size >= page_weight / 2:
            break
    if best is None:
        members = paywall or bool(gate.blocks) or gate.declared
    else:
        members = members_only(best, gate, gated=best_gated)
    if members:
        raise IngestError(
            _("{no_article}: the page shows a subscription notice instead").format(
                no_article=_(NO_ARTICLE)
            )
        )
    if best is None:
        reason = (
            _("the page shows only the beginning of its article")
            if CUT_SHORT in reasons or SHORTER_THAN_DECLARED in reasons
            else _("the text does not match the headline")
            if "the text does not match the headline" in reasons
            else ""
        )
        raise IngestError(f"{_(NO_ARTICLE)}: {reason}" if reason else _(NO_ARTICLE))
    return best


def extract_article(html: str, *, url: str | None = None) -> Article:
    """Extract the article from a web page.

    ``url`` is where the page came from (used for relative canonical links and
    the outlet fallback). Raises IngestError("no article text found") when the
    page holds no article (login pages, link indexes, empty bodies,
    members-only notices, text that is not the headline's story).
    """
    if url is not None:
        url = ensure_http_url(url)
    if not isinstance(html, str) or not html.strip():
        raise IngestError(_(NO_ARTICLE))
    # Control characters (raw, or as &#27;-style references) are no text and make
    # lxml refuse the strings trafilatura builds from the page.
    html = _CONTROL_REF.sub("", _CONTROL_CHAR.sub("", html))
    tree = _parse(html)
    page = _read_meta(tree)
    canonical_url = _canonical(url, page)
    # application-name is the site's only when og:site_name is missing (MSN puts the headline there)
    site_names = [page.meta("og:site_name") or page.meta("application-name"), page.ld_publisher()]
    outlet = next((name for name in site_names if name), None) or _host(canonical_url or url)
    title = choose_title(
        stated=[page.meta("og:title"), page.meta("twitter:title"), page.ld_value("headline")],
        html_title=page.title,
        headlines=page.headlines,
        main_headlines=page.main_headlines,
        sites=[*site_names, outlet],
        sections=[*page.sections, page.meta("article:section") or ""],
    )
    gate = read_gate(tree, json_ld=page.json_ld, metas=page.metas, visible=page.visible)
    rights = rights_blocks(tree)
    related = related_links(tree, url or canonical_url)
    paragraphs = _main_text(
        html,
        tree,
        url,
        title,
        weight(page.visible),
        gate,
        _stated(page, tree, title),
        rights,
        related,
    )
    text = "\n\n".join(paragraphs)

    notes: list[str] = []
    if not title:
        title = paragraphs[0][:80]
        notes.append("no title on the page: the first paragraph was used")
    published = _published(page, title, canonical_url or url, _text_at(page.visible, paragraphs))
    if published is None:
        notes.append("no publication date found on the page")
    return Article(
        url=url,
        canonical_url=canonical_url,
        title=title,
        outlet=outlet or None,
        published=published,
        language=_language(page.lang, page.meta("og:locale", "content-language"), text),
        text=text,
        paragraphs=paragraphs,
        notes=notes,
    )


# --- plain text ---------------------------------------------------------------

_HEADER = re.compile(r"^(title|source|outlet|url|date)\s*:\s*(.*)$", re.IGNORECASE)


def _join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines: with a space, except next to a CJK character."""
    out = ""
    for line in lines:
        if out and not (_CJK.match(out[-1]) or _CJK.match(line[0])):
            out += " "
        out += line
    return out


def _blocks(text: str) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            blocks.append(_join_lines(current))
            current = []
    if current:
        blocks.append(_join_lines(current))
    return blocks


def extract_text(text: str, *, name: str | None = None) -> Article:
    """Make an Article from plain text (.txt, .md, stdin).

    The first non-empty line is the title, the rest are paragraphs split on
    blank lines. Optional header lines at the very top (``Title:``,
    ``Source:``/``Outlet:``, ``URL:``, ``Date:``) fill the metadata.
    Raises IngestError for empty or binary input.
    """
    if "\x00" in text:
        raise IngestError(_("binary data, not text"), source=name)
    body = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise IngestError(_("empty input: no text"), source=name)
    if sum(1 for ch in body[:4096] if ord(ch) < 32 and ch not in "\n\t\f") > 8:
        raise IngestError(_("binary data, not text"), source=name)

    headers: dict[str, str] = {}
    lines = body.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and (match := _HEADER.match(lines[0].strip())):
        headers[match.group(1).lower()] = match.group(2).strip()
        lines.pop(0)

    notes: list[str] = []
    title = headers.get("title", "")
    rest = "\n".join(lines)
    if not title:
        stripped = rest.lstrip("\n")
        first, _sep, rest = stripped.partition("\n")
        title = _clean_space(first.lstrip("#").strip())
    paragraphs = _blocks(rest)
    if not title or not paragraphs:
        raise IngestError(
            _("{no_article}: only a title line").format(no_article=_(NO_ARTICLE)), source=name
        )

    url: str | None = None
    canonical_url: str | None = None
    if headers.get("url"):
        try:
            url = ensure_http_url(headers["url"])
            canonical_url = canonicalize(url)
        except IngestError as exc:
            notes.append(f"URL header ignored: {exc.message}")
    published = parse_published(headers.get("date"))
    if headers.get("date") and published is None:
        notes.append(f"Date header not understood: {headers['date']}")
    joined = "\n\n".join(paragraphs)
    return Article(
        url=url,
        canonical_url=canonical_url,
        title=title,
        outlet=headers.get("source") or headers.get("outlet") or None,
        published=published,
        language=detect_language(title + "\n" + joined),
        text=joined,
        paragraphs=paragraphs,
        notes=notes,
    )
