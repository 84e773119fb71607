"""Ingest: a URL, an HTML or text file, or stdin → :class:`~yoten.models.Article`.

    article = load_article("https://example.com/news/1", settings=load_settings())

Sources:

- an ``http(s)://`` URL: fetched (:func:`yoten.ingest.fetch.fetch`), then extracted;
- a path to a ``.html``/``.htm``/``.xhtml`` file, or any file that looks like HTML;
- a path to a ``.txt``/``.md`` or other text file (:func:`extract_text`);
- ``-``: standard input, HTML or text (sniffed).

Files and stdin are read as bytes and decoded with the same charset logic as
fetched pages, so a Shift_JIS page saved to disk reads correctly.

Importing the package loads only the URL helpers (`yoten url` needs no more):
the HTTP client (:mod:`yoten.ingest.fetch`, whose names are imported from it,
not from here), the charset detector and trafilatura load on first use.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from yoten.errors import IngestError
from yoten.fsutil import MAX_INPUT_BYTES, read_input_file
from yoten.i18n import gettext as _
from yoten.ingest.urls import canonicalize, ensure_http_url, tracking_params

if TYPE_CHECKING:
    from yoten.ingest.extract import extract_article, extract_text
    from yoten.models import Article
    from yoten.settings import Settings

# trafilatura loads on first use, not with every command.
_LAZY = {
    "extract_article": "yoten.ingest.extract",
    "extract_text": "yoten.ingest.extract",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'yoten.ingest' has no attribute {name!r}")


__all__ = [
    "canonicalize",
    "ensure_http_url",
    "extract_article",
    "extract_text",
    "load_article",
    "looks_like_html",
    "tracking_params",
]

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
# "www.example.com" or "example.com/news/1": a URL without its scheme, not a file
_BARE_DOMAIN = re.compile(
    r"^(?:www\.[a-z0-9.-]+\.[a-z]{2,}(?:/|$)|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)",
    re.IGNORECASE,
)
_HTML_TAGS = re.compile(r"<(?:p|div|article|h1|title|meta)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or is full of block tags."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3


def _is_url(source: str) -> bool:
    """A scheme prefix that is not a Windows drive letter (``C:\\``)."""
    match = _URL_SCHEME.match(source)
    return match is not None and len(match.group(1)) > 1


def _article_from_bytes(data: bytes, *, name: str, html: bool | None) -> Article:
    from yoten.ingest.charset import decode_bytes, looks_binary

    if not data.strip():
        raise IngestError(_("empty input: no text"), source=name)
    if looks_binary(data):
        raise IngestError(_("binary data, not text"), source=name)
    text = decode_bytes(data, strict=True)
    if html is None:
        html = looks_like_html(text)
    from yoten.ingest.extract import extract_article, extract_text

    if html:
        return extract_article(text)
    return extract_text(text, name=name)


def _from_url(source: str, settings: Settings) -> Article:
    from yoten.ingest.extract import extract_article, extract_text
    from yoten.ingest.fetch import fetch

    page = fetch(source, settings=settings)
    if page.is_html or looks_like_html(page.text):
        article = extract_article(page.text, url=page.final_url)
    else:
        article = extract_text(page.text, name=source)
        article = article.model_copy(update={"canonical_url": canonicalize(page.final_url)})
    return article.model_copy(update={"url": source.strip()})


def _from_file(source: str) -> Article:
    path = Path(source).expanduser()
    if not path.exists() and _BARE_DOMAIN.match(source):
        raise IngestError(
            _("file not found; for a web page give the full URL, e.g. https://{source}").format(
                source=source
            ),
            source=source,
        )
    data = read_input_file(path, source=source, error=IngestError)
    suffix = path.suffix.lower()
    html = True if suffix in _HTML_SUFFIXES else False if suffix in _TEXT_SUFFIXES else None
    return _article_from_bytes(data, name=source, html=html)


def _from_stdin(stdin: TextIO) -> Article:
    buffer: BinaryIO | None = getattr(stdin, "buffer", None)
    try:
        if buffer is not None:
            data = buffer.read(MAX_INPUT_BYTES + 1)
        else:
            data = stdin.read(MAX_INPUT_BYTES + 1).encode("utf-8", "replace")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(_("cannot read standard input: {exc}").format(exc=exc)) from None
    if len(data) > MAX_INPUT_BYTES:
        raise IngestError(
            _("input larger than {max_input_bytes} MB").format(
                max_input_bytes=MAX_INPUT_BYTES // 1_000_000
            ),
            source="stdin",
        )
    return _article_from_bytes(data, name="stdin", html=None)


def load_article(source: str, *, settings: Settings, stdin: TextIO | None = None) -> Article:
    """Read one article from a URL, a file or ``-`` (stdin; ``sys.stdin`` unless given).

    Raises IngestError with a one-line message and the source for anything
    that cannot be read or holds no article.
    """
    source = source.strip()
    if not source:
        raise IngestError(_("no source given"))
    try:
        if source == "-":
            return _from_stdin(sys.stdin if stdin is None else stdin)
        if _is_url(source) and not Path(source).exists():
            return _from_url(ensure_http_url(source), settings)
        return _from_file(source)
    except IngestError as exc:
        if exc.source is None:
            raise IngestError(exc.message, source=source) from None
        raise
