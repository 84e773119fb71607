"""Newsletter links that are never articles, and those that must never be requested.

The words come from ``data/newsletter_links.tsv`` (many languages; see its
header). A link is classified by its anchor text and by its URL's tokens:

- anchor text: a short label ("Abmelden", "Share", "Impressum", "配信停止")
  matches any phrase; a long, headline-like text matches only the
  unsubscribe phrases, so that "Apple share price falls" stays an article;
- URL: every host label, path segment and query name or value is compared
  whole ("share", "impressum", "forward-to-friend"); for the categories that
  could change the reader's subscription (:data:`DANGEROUS`) each is also
  split on ``-``, ``_``, ``.`` and ``+`` ("email-unsubscribe"). Query names and
  values count only for those categories (``?ref=share`` is an article);
  query values that are themselves URLs (click trackers) are read as URLs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = ["DANGEROUS", "LinkWords", "link_category", "load_link_words", "url_category"]

#: Categories whose links could unsubscribe the reader or change their subscription.
DANGEROUS = frozenset({"unsubscribe", "preferences", "profile"})
_SHORT_WORDS = 6
_SHORT_CHARS = 50
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SPLIT = re.compile(r"[-_.+~]+")
_URL_IN_VALUE = re.compile(r"(?i)^https?://")


@dataclass(frozen=True)
class LinkWords:
    """The phrases of the data file, by where they are matched."""

    text: tuple[tuple[str, re.Pattern[str]], ...]  # (category, pattern)
    url: dict[str, str]  # token → category


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _text_pattern(phrase: str) -> re.Pattern[str]:
    escaped = re.escape(phrase)
    if _CJK.search(phrase):
        return re.compile(escaped)
    return re.compile(rf"(?<!\w){escaped}(?!\w)")


@cache
def load_link_words() -> LinkWords:
    """Parse ``data/newsletter_links.tsv`` once."""
    raw = resources.files("yoten.ingest").joinpath("data", "newsletter_links.tsv")
    text: list[tuple[str, re.Pattern[str]]] = []
    url: dict[str, str] = {}
    for line in raw.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, _lang, where, phrase = line.split("\t")
        phrase = _normal(phrase)
        if where == "text":
            text.append((category, _text_pattern(phrase)))
        elif where == "url":
            url.setdefault(phrase, category)
        else:
            raise ValueError(f"newsletter_links.tsv: unknown column value {where!r}")
    return LinkWords(tuple(text), url)


def _is_short(text: str) -> bool:
    if _CJK.search(text):
        return len(text) <= 20
    return len(text.split()) <= _SHORT_WORDS and len(text) <= _SHORT_CHARS


def _text_category(text: str) -> str | None:
    label = _normal(text)
    if not label:
        return None
    short = _is_short(label)
    for category, pattern in load_link_words().text:
        if (short or category == "unsubscribe") and pattern.search(label):
            return category
    return None


def _pieces(url: str, depth: int = 0) -> list[tuple[str, bool]]:
    """(piece, any_category) for the host labels and path segments of ``url``, and
    (piece, False) for its query names and values: a query word counts only when it is
    dangerous, so that ``?ref=share`` keeps an article. Query values that are URLs
    (click trackers) are read as URLs.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return []
    pieces = [(label, True) for label in (parts.hostname or "").split(".")]
    pieces += [(unquote(seg), True) for seg in parts.path.split("/") if seg]
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        pieces.append((name, False))
        if depth < 2 and _URL_IN_VALUE.match(value):
            pieces += _pieces(value, depth + 1)
        elif value:
            pieces.append((value, False))
    return [(_normal(p), any_category) for p, any_category in pieces if p]


def url_category(url: str) -> str | None:
    """The category of a URL whose host, path or query names a non-article page."""
    words = load_link_words().url
    for piece, any_category in _pieces(url):
        category = words.get(piece)
        if category is not None and (any_category or category in DANGEROUS):
            return category
        for token in _SPLIT.split(piece):
            category = words.get(token)
            if category in DANGEROUS:
                return category
    return None


def link_category(url: str, text: str | None = None) -> str | None:
    """Why a link is not an article (its anchor text first, then its URL), or None."""
    return (_text_category(text) if text else None) or url_category(url)
