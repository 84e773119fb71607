"""Feeds: RSS 1.0/2.0 and Atom, polled with conditional GET and parsed by feedparser.

The bytes are fetched here with httpx (so ETag / Last-Modified are ours to
send and a ``304 Not Modified`` costs one request and adds nothing), then
handed to feedparser. Each entry becomes a :class:`FeedEntry`; the runner
turns the entries that pass the feed's include/exclude filters into sources,
deduplicated by canonical URL across all feeds.

An entry whose content is long enough to stand as the article is used as is;
one that carries only a snippet makes the runner fetch the full article, and
falls back to the snippet (with a note on the Article) when that fails.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin

import feedparser  # type: ignore[import-untyped]
import httpx
import lxml.html
from lxml import etree

from yoten.errors import IngestError
from yoten.httpguard import ResponseTooLarge
from yoten.ingest.urls import canonicalize, ensure_http_url
from yoten.models import Article
from yoten.settings import Settings

__all__ = [
    "FEED_SUMMARY_NOTE",
    "FULL_TEXT_MIN_CHARS",
    "FULL_TEXT_MIN_PARAGRAPHS",
    "SUMMARY_MIN_CHARS",
    "FeedEntry",
    "FeedFetch",
    "ParsedFeed",
    "article_from_feed_content",
    "entry_matches",
    "fetch_feed",
    "html_to_paragraphs",
    "is_full_content",
    "is_usable_summary",
    "parse_feed",
]

#: Feed content with at least this much text, in at least FULL_TEXT_MIN_PARAGRAPHS
#: paragraphs, is taken as the full article; anything shorter is a snippet.
FULL_TEXT_MIN_CHARS = 1000
FULL_TEXT_MIN_PARAGRAPHS = 3
#: A feed summary stands in for an article whose page cannot be fetched only
#: with at least this much text; a shorter one (a one-line description) waits
#: for a later fetch instead of becoming a digest of one sentence.
SUMMARY_MIN_CHARS = 400
FEED_SUMMARY_NOTE = "feed summary used: full text unavailable"
MAX_REDIRECTS = 5
FEED_HEADERS = {
    "Accept": "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1",
}
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt")


@dataclass(frozen=True)
class FeedEntry:
    """One feed item: its link, title, best content (HTML) and date."""

    link: str
    canonical_url: str
    title: str | None
    content_html: str | None
    published: dt.datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed document."""

    title: str | None
    version: str
    language: str | None
    entries: list[FeedEntry]
    skipped_links: int


@dataclass(frozen=True)
class FeedFetch:
    """The answer to one (conditional) GET of a feed."""

    status: Literal["ok", "not_modified"]
    url: str
    data: bytes
    content_type: str
    etag: str | None
    last_modified: str | None


# -- fetching ------------------------------------------------------------------


async def fetch_feed(
    url: str,
    *,
    client: httpx.AsyncClient,
    settings: Settings,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FeedFetch:
    """GET a feed, conditionally when validators from the last poll are given.

    Redirects are followed by hand (http/https targets only, at most
    :data:`MAX_REDIRECTS`); the body is capped at ``settings.max_bytes``.
    """
    current = ensure_http_url(url)
    headers = dict(FEED_HEADERS)
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + settings.timeout
    for _hop in range(MAX_REDIRECTS + 1):
        try:
            async with client.stream(
                "GET", current, headers=headers, timeout=settings.timeout, follow_redirects=False
            ) as response:
                if response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("location", "").strip()
                    if not location:
                        raise IngestError("redirect without a Location", source=current)
                    current = ensure_http_url(urljoin(current, location))
                    continue
                if response.status_code == 304:
                    return FeedFetch("not_modified", current, b"", "", etag, last_modified)
                if response.status_code >= 400:
                    raise IngestError(
                        f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                        source=current,
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > settings.max_bytes:
                        raise IngestError(
                            f"feed larger than {settings.max_bytes} bytes", source=current
                        )
                    if time.monotonic() > deadline:
                        raise IngestError(f"timed out after {settings.timeout:g} s", source=current)
                    chunks.append(chunk)
                return FeedFetch(
                    "ok",
                    current,
                    b"".join(chunks),
                    response.headers.get("content-type", ""),
                    response.headers.get("etag"),
                    response.headers.get("last-modified"),
                )
        except httpx.TimeoutException:
            raise IngestError(f"timed out after {settings.timeout:g} s", source=current) from None
        except ResponseTooLarge:
            raise IngestError(
                f"feed larger than {settings.max_bytes} bytes", source=current
            ) from None
        except httpx.DecodingError as exc:  # stacked or unknown encodings, corrupt gzip
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise IngestError(f"unusable answer: {first}", source=current) from None
        except httpx.HTTPError as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise IngestError(f"network error: {first}", source=current) from None
    raise IngestError(f"more than {MAX_REDIRECTS} redirects", source=url)


# -- parsing -------------------------------------------------------------------


def _entry_content(entry: Any) -> str | None:
    """The longest of the entry's content blocks and its summary (HTML or text)."""
    candidates: list[str] = []
    for block in entry.get("content") or []:
        value = block.get("value")
        if value:
            candidates.append(str(value))
    summary = entry.get("summary")
    if summary:
        candidates.append(str(summary))
    return max(candidates, key=len) if candidates else None


def _entry_date(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                y, mo, d, h, mi, s = (int(v) for v in value[:6])
                return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.UTC)
            except (TypeError, ValueError):
                continue
    return None


def parse_feed(data: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed document; IngestError when it is not a feed (an HTML page, broken XML)."""
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False)
    version = str(parsed.get("version") or "")
    if not parsed.entries and (not version or parsed.get("bozo")):
        reason = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(reason).split())[:120]})" if reason and not version else ""
        if _looks_like_html(data):
            raise IngestError("not a feed: the document is an HTML page", source=url)
        raise IngestError(f"not a feed: no RSS or Atom entries found{detail}", source=url)
    feed = parsed.get("feed", {})
    entries: list[FeedEntry] = []
    skipped = 0
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            for alt in entry.get("links") or []:
                if alt.get("rel", "alternate") == "alternate" and alt.get("href"):
                    link = alt["href"]
                    break
        try:
            absolute = ensure_http_url(urljoin(url, link.strip())) if link.strip() else ""
            canonical = canonicalize(absolute) if absolute else ""
        except IngestError:
            canonical = ""
        if not canonical:
            skipped += 1
            continue
        title = entry.get("title")
        entries.append(
            FeedEntry(
                link=absolute,
                canonical_url=canonical,
                title=" ".join(str(title).split()) if title else None,
                content_html=_entry_content(entry),
                published=_entry_date(entry),
            )
        )
    language = feed.get("language")
    return ParsedFeed(
        title=feed.get("title"),
        version=version,
        language=str(language).split("-")[0].lower() if language else None,
        entries=entries,
        skipped_links=skipped,
    )


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


def entry_matches(entry: FeedEntry, include: str | None, exclude: str | None) -> bool:
    """True when the entry passes the feed's filters (regexes searched in title and link)."""
    haystacks = [entry.title or "", entry.link]
    if include and not any(re.search(include, h) for h in haystacks):
        return False
    return not (exclude and any(re.search(exclude, h) for h in haystacks))


# -- feed content as an article -------------------------------------------------


def html_to_paragraphs(fragment: str) -> list[str]:
    """Paragraph texts of an HTML (or plain text) fragment from a feed."""
    if "<" not in fragment:
        chunks = re.split(r"\n\s*\n", fragment)
        return [" ".join(c.split()) for c in chunks if c.strip()]
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return [" ".join(fragment.split())] if fragment.strip() else []
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = [
        el for el in root.iter(*_BLOCKS) if not any(a.tag in _BLOCKS for a in el.iterancestors())
    ]
    texts = [" ".join(el.text_content().split()) for el in blocks] if blocks else []
    if not texts:
        texts = [" ".join(c.split()) for c in re.split(r"\n\s*\n", root.text_content())]
    return [t for t in texts if t]


def is_full_content(fragment: str | None) -> bool:
    """True when feed content is long enough to stand as the article itself."""
    if not fragment:
        return False
    paragraphs = html_to_paragraphs(fragment)
    return (
        len(paragraphs) >= FULL_TEXT_MIN_PARAGRAPHS
        and sum(map(len, paragraphs)) >= FULL_TEXT_MIN_CHARS
    )


def is_usable_summary(fragment: str | None) -> bool:
    """True when a feed summary is long enough to stand as the article (see SUMMARY_MIN_CHARS)."""
    return bool(fragment) and sum(map(len, html_to_paragraphs(fragment or ""))) >= SUMMARY_MIN_CHARS


def article_from_feed_content(
    fragment: str,
    *,
    url: str,
    canonical_url: str,
    title: str | None,
    outlet: str | None,
    language: str | None,
    published: dt.datetime | dt.date | None,
    note: str | None = None,
) -> Article:
    """An Article made from a feed entry's own content (with an optional caveat note)."""
    paragraphs = html_to_paragraphs(fragment)
    if not paragraphs:
        raise IngestError("the feed entry holds no text", source=url)
    return Article(
        url=url,
        canonical_url=canonical_url,
        title=title or paragraphs[0][:120],
        outlet=outlet,
        published=published,
        language=language or "und",
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        notes=[note] if note else [],
    )
