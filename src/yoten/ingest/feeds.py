"""Feeds: RSS 1.0/2.0, Atom and JSON Feed 1.0/1.1, polled with conditional GET.

The bytes are fetched here with httpx (so ETag / Last-Modified are ours to
send and a ``304 Not Modified`` costs one request and adds nothing), decoded
with yoten's own charset detection (valid UTF-8 wins over a wrong declared
charset; an undeclared Shift_JIS feed is recognised), then handed to
feedparser as UTF-8 (JSON Feed is read by :mod:`yoten.ingest.jsonfeed`). A
feed that breaks off mid-document, or holds no usable entry, parses with a
warning that the runner records as the feed's health. Each entry becomes a :class:`FeedEntry`; the runner
turns the entries that pass the feed's include/exclude filters into sources,
deduplicated by canonical URL across all feeds.

An entry whose content is long enough to stand as the article is used as is;
one that carries only a snippet makes the runner fetch the full article, and
falls back to the snippet (with a note on the Article) when that fails.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin

import httpx

from yoten.errors import FeedHTTPError, IngestError
from yoten.httpguard import ResponseTooLarge
from yoten.i18n import gettext as _
from yoten.ingest.charset import charset_from_content_type, decode_bytes, normalize_charset
from yoten.ingest.jsonfeed import is_json_feed, parse_json_feed
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
    "FeedHTTPError",
    "ParsedFeed",
    "article_from_feed_content",
    "decode_feed",
    "entry_matches",
    "fetch_feed",
    "html_to_paragraphs",
    "is_full_content",
    "is_usable_summary",
    "parse_feed",
    "retry_after_seconds",
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
    "application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1",
}
_XML_DECLARATION = re.compile(
    rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:\-]+)[\"'][^>]*\?>"
)
_XML_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt")


def retry_after_seconds(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """A ``Retry-After`` header (delay in seconds, or an HTTP date) as seconds from now."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


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
    warnings: tuple[str, ...] = ()
    ttl_minutes: int | None = None


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
                        raise IngestError(_("redirect without a Location"), source=current)
                    current = ensure_http_url(urljoin(current, location))
                    continue
                if response.status_code == 304:
                    return FeedFetch("not_modified", current, b"", "", etag, last_modified)
                if response.status_code >= 400:
                    raise FeedHTTPError(
                        f"HTTP {response.status_code} {response.reason_phrase}".strip(),
                        source=current,
                        retry_after=retry_after_seconds(response.headers.get("retry-after")),
                        transient=response.status_code == 429 or response.status_code >= 500,
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > settings.max_bytes:
                        raise IngestError(
                            _("feed larger than {max_bytes} bytes").format(
                                max_bytes=settings.max_bytes
                            ),
                            source=current,
                        )
                    if time.monotonic() > deadline:
                        raise IngestError(
                            _("timed out after {timeout:g} s").format(timeout=settings.timeout),
                            source=current,
                        )
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
            raise IngestError(
                _("timed out after {timeout:g} s").format(timeout=settings.timeout), source=current
            ) from None
        except ResponseTooLarge:
            raise IngestError(
                _("feed larger than {max_bytes} bytes").format(max_bytes=settings.max_bytes),
                source=current,
            ) from None
        except httpx.DecodingError as exc:  # stacked or unknown encodings, corrupt gzip
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise IngestError(
                _("unusable answer: {exc}").format(exc=first), source=current
            ) from None
        except httpx.HTTPError as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise IngestError(
                _("network error: {error}").format(error=first), source=current
            ) from None
    raise IngestError(
        _("more than {max_redirects} redirects").format(max_redirects=MAX_REDIRECTS), source=url
    )


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
    """The entry's date; none when the feed states only a year or a month (feedparser would
    make 2022 into 1 January 2022)."""
    for key in ("published", "updated", "created"):
        # dict.get: feedparser's own .get maps a missing "updated" to "published", with a warning
        value = dict.get(entry, f"{key}_parsed")
        if value and len(re.findall(r"\d+", str(dict.get(entry, key) or ""))) < 3:
            continue
        if value:
            try:
                y, mo, d, h, mi, s = (int(v) for v in value[:6])
                return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.UTC)
            except (TypeError, ValueError):
                continue
    return None


def decode_feed(data: bytes, content_type: str | None = None) -> str:
    """Feed bytes → text: a BOM; else valid UTF-8 (whatever is declared: a feed that says
    windows-1252 but is UTF-8 is UTF-8); else the declared charset (HTTP header, XML
    declaration); else yoten's detector (Windows-31J/EUC-JP, statistical guess)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _XML_DECLARATION.match(data[:512])
    declared = charset_from_content_type(content_type) or (
        normalize_charset(match.group(1).decode("ascii")) if match else None
    )
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        return data.decode(declared, errors="replace")
    return decode_bytes(data)


def _json_feed(text: str, url: str) -> ParsedFeed:
    parsed = parse_json_feed(text)
    if parsed is None:
        raise IngestError(
            _("not a feed: JSON, but not a JSON Feed (no jsonfeed.org version)"), source=url
        )
    title, language, items, skipped = parsed
    entries: list[FeedEntry] = []
    for item in items:
        entry = _entry(url, item.link, item.title, item.content_html, item.published)
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    return ParsedFeed(
        title=title,
        version="json1",
        language=language.split("-")[0].lower() if language else None,
        entries=entries,
        skipped_links=skipped,
        warnings=_empty_warning(entries, skipped),
    )


def _entry(
    base: str, link: str, title: Any, content: str | None, published: dt.datetime | None
) -> FeedEntry | None:
    try:
        absolute = ensure_http_url(urljoin(base, link.strip())) if link.strip() else ""
        canonical = canonicalize(absolute) if absolute else ""
    except IngestError:
        return None
    if not canonical:
        return None
    return FeedEntry(
        link=absolute,
        canonical_url=canonical,
        title=" ".join(str(title).split()) if title else None,
        content_html=content,
        published=published,
    )


def _empty_warning(entries: list[FeedEntry], skipped: int) -> tuple[str, ...]:
    if entries:
        return ()
    if skipped:
        return (
            _("none of the feed's {count} entries has a usable http(s) link").format(count=skipped),
        )
    return (_("the feed has no entries"),)


def _ttl(feed: Any) -> int | None:
    try:
        minutes = int(str(feed.get("ttl") or "").strip())
    except ValueError:
        return None
    return minutes if minutes > 0 else None


def parse_feed(data: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed document; IngestError when it is not a feed (an HTML page, broken XML).

    A feed that breaks off after some entries (truncated download, broken
    XML) keeps the entries before the break and says so in ``warnings``; so
    does a feed without entries.
    """
    import feedparser  # type: ignore[import-untyped]  # loaded for the first feed to parse

    text = decode_feed(data, content_type)
    if is_json_feed(data, content_type):
        return _json_feed(text, url)
    media = (content_type or "application/xml").split(";")[0].strip() or "application/xml"
    utf8 = _XML_DECLARATION_TEXT.sub("", text.lstrip("\ufeff"), count=1).encode("utf-8")
    headers = {"content-type": f"{media}; charset=utf-8"}
    parsed = feedparser.parse(utf8, response_headers=headers, sanitize_html=False)
    version = str(parsed.get("version") or "")
    reason = parsed.get("bozo_exception")
    if not parsed.entries and (not version or parsed.get("bozo")):
        detail = f" ({' '.join(str(reason).split())[:120]})" if reason and not version else ""
        if _looks_like_html(data):
            raise IngestError(_("not a feed: the document is an HTML page"), source=url)
        raise IngestError(
            _("not a feed: no RSS, Atom or JSON Feed entries found{detail}").format(detail=detail),
            source=url,
        )
    feed = parsed.get("feed", {})
    entries: list[FeedEntry] = []
    skipped = 0
    for item in parsed.entries:
        link = item.get("link") or ""
        if not link:
            for alt in item.get("links") or []:
                if alt.get("rel", "alternate") == "alternate" and alt.get("href"):
                    link = alt["href"]
                    break
        entry = _entry(url, link, item.get("title"), _entry_content(item), _entry_date(item))
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    warnings = list(_empty_warning(entries, skipped))
    if parsed.get("bozo") and parsed.entries:
        why = " ".join(str(reason).split())[:120] if reason else _("malformed XML")
        warnings.append(
            _(
                "the feed is truncated or malformed ({why}): read {count} entries before the error"
            ).format(why=why, count=len(parsed.entries))
        )
    language = feed.get("language")
    return ParsedFeed(
        title=feed.get("title"),
        version=version,
        language=str(language).split("-")[0].lower() if language else None,
        entries=entries,
        skipped_links=skipped,
        warnings=tuple(warnings),
        ttl_minutes=_ttl(feed),
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
    import lxml.html  # loaded for the first fragment with markup
    from lxml import etree

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
        raise IngestError(_("the feed entry holds no text"), source=url)
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
