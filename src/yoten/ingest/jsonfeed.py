"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) → the entries yoten reads.

Only what yoten uses is read: the feed's title and language, and each item's
URL (``url``, else ``external_url``), title, content (``content_html``, else
``content_text``, else ``summary``) and date (``date_published``, else
``date_modified``, RFC 3339). Items without a usable URL are counted as skipped
by the caller.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass
from typing import Any

__all__ = ["JsonFeedItem", "is_json_feed", "parse_json_feed"]

_VERSION_PREFIX = "https://jsonfeed.org/version/"


@dataclass(frozen=True)
class JsonFeedItem:
    """One item, as plain values."""

    link: str
    title: str | None
    content_html: str | None
    published: dt.datetime | None


def is_json_feed(data: bytes, content_type: str | None) -> bool:
    """True for a document that is (or claims to be) JSON rather than XML."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ("application/feed+json", "application/json"):
        return True
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def _text(value: Any) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _date(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def _content(item: dict[str, Any]) -> str | None:
    if isinstance(item.get("content_html"), str) and item["content_html"].strip():
        return str(item["content_html"])
    for key in ("content_text", "summary"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            paragraphs = [p.strip() for p in value.split("\n\n") if p.strip()]
            return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return None


def parse_json_feed(text: str) -> tuple[str | None, str | None, list[JsonFeedItem], int] | None:
    """(title, language, items, items without a URL), or None when ``text`` is no JSON Feed."""
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(_VERSION_PREFIX):
        return None
    raw_items = doc.get("items")
    items: list[JsonFeedItem] = []
    missing = 0
    for item in raw_items if isinstance(raw_items, list) else []:
        if not isinstance(item, dict):
            missing += 1
            continue
        link = _text(item.get("url")) or _text(item.get("external_url"))
        if not link:
            missing += 1
            continue
        items.append(
            JsonFeedItem(
                link=link,
                title=_text(item.get("title")),
                content_html=_content(item),
                published=_date(item.get("date_published")) or _date(item.get("date_modified")),
            )
        )
    language = _text(doc.get("language"))
    return _text(doc.get("title")), language, items, missing
