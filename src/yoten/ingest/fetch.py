"""Fetch one web page over http(s), safely and with clear errors.

The checks live in small shared helpers (redirect target, status and content
type, size cap, deadline, decoding, error translation); :func:`fetch` and
:func:`fetch_async` are thin drivers of the same steps, one with
``httpx.Client``, one with ``httpx.AsyncClient``.

Redirects are followed by hand (at most :data:`MAX_REDIRECTS`) so that every
target is checked to be http(s) before anything is sent to it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from yoten import __version__
from yoten.errors import IngestError
from yoten.httpguard import ResponseTooLarge, guarded_client
from yoten.i18n import gettext as _
from yoten.ingest.charset import decode_bytes
from yoten.ingest.urls import ensure_http_url

if TYPE_CHECKING:
    import httpx

    from yoten.settings import Settings

# httpx is imported where a request is made, so that commands which never
# fetch (yoten url, yoten --help) start without it.

__all__ = ["MAX_REDIRECTS", "USER_AGENT", "FetchedPage", "fetch", "fetch_async"]

MAX_REDIRECTS = 10
USER_AGENT = f"yoten/{__version__} (+https://github.com/yoten)"
HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    "Accept-Language": "en;q=1.0, *;q=0.5",
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TEXT_TYPES = ("text/",)
_XML_TYPES = ("application/xhtml+xml", "application/xml")


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A fetched page, decoded to text."""

    url: str
    final_url: str
    status: int
    content_type: str
    text: str

    @property
    def is_html(self) -> bool:
        """True unless the server said the body is plain text."""
        return not self.content_type.startswith("text/plain")


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:g}"


class _Body:
    """Collects the body and enforces the size cap and the overall deadline."""

    def __init__(self, *, url: str, settings: Settings, started: float) -> None:
        self._url = url
        self._limit = settings.max_bytes
        self._deadline = started + settings.timeout
        self._timeout = settings.timeout
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise IngestError(
                _("page larger than {max_bytes} MB").format(max_bytes=_megabytes(self._limit)),
                source=self._url,
            )
        if time.monotonic() > self._deadline:
            raise IngestError(
                _("timed out after {timeout:g} s").format(timeout=self._timeout), source=self._url
            )
        self._chunks.append(chunk)

    @property
    def data(self) -> bytes:
        return b"".join(self._chunks)


def _redirect_target(response: httpx.Response, current: str) -> str | None:
    """The checked next URL when ``response`` is a redirect, else None."""
    if response.status_code not in _REDIRECTS:
        return None
    location: str | None = response.headers.get("location")
    if not location:
        raise IngestError(
            _("HTTP {status_code} redirect without a Location").format(
                status_code=response.status_code
            ),
            source=current,
        )
    target = urljoin(current, location.strip())
    try:
        return ensure_http_url(target)
    except IngestError as exc:
        raise IngestError(
            _("refused redirect: {message}").format(message=exc.message), source=current
        ) from None


def _media_type(response: httpx.Response) -> str:
    header: str = response.headers.get("content-type", "")
    return header.split(";")[0].strip().lower()


def _check_head(response: httpx.Response, url: str, settings: Settings) -> None:
    """Raise for error statuses, non-text content types and announced oversize bodies."""
    status = response.status_code
    if status >= 400:
        reason = response.reason_phrase or ""
        raise IngestError(f"HTTP {status} {reason}".strip(), source=url)
    if not 200 <= status < 300:
        raise IngestError(_("unexpected HTTP status {status}").format(status=status), source=url)
    media = _media_type(response)
    if media and not (media.startswith(_TEXT_TYPES) or media in _XML_TYPES):
        raise IngestError(_("not a web page: content type {media}").format(media=media), source=url)
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > settings.max_bytes:
        raise IngestError(
            _("page larger than {max_bytes} MB").format(max_bytes=_megabytes(settings.max_bytes)),
            source=url,
        )


def _page(url: str, final_url: str, response: httpx.Response, data: bytes) -> FetchedPage:
    content_type = response.headers.get("content-type", "")
    text = decode_bytes(data, content_type=content_type)
    return FetchedPage(
        url=url,
        final_url=final_url,
        status=response.status_code,
        content_type=_media_type(response) or "text/html",
        text=text,
    )


@contextmanager
def _network_errors(url: str, settings: Settings) -> Iterator[None]:
    """Translate httpx's exceptions into one-line IngestErrors."""
    import httpx

    try:
        yield
    except httpx.TimeoutException:
        raise IngestError(
            _("timed out after {timeout:g} s").format(timeout=settings.timeout), source=url
        ) from None
    except ResponseTooLarge:
        raise IngestError(
            _("page larger than {max_bytes} MB").format(max_bytes=_megabytes(settings.max_bytes)),
            source=url,
        ) from None
    except httpx.DecodingError as exc:  # stacked or unknown encodings, corrupt gzip
        raise IngestError(
            _("unusable answer: {exc}").format(exc=_first_line(exc)), source=url
        ) from None
    except httpx.ConnectError as exc:
        raise IngestError(
            _("cannot connect: {exc}").format(exc=_first_line(exc)), source=url
        ) from None
    except httpx.InvalidURL as exc:
        raise IngestError(
            _("malformed URL: {exc}").format(exc=_first_line(exc)), source=url
        ) from None
    except httpx.HTTPError as exc:
        name = type(exc).__name__
        raise IngestError(
            _("network error ({name}): {exc}").format(name=name, exc=_first_line(exc)), source=url
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _request_options(settings: Settings) -> dict[str, Any]:
    """Per-request options, so a caller's shared client cannot loosen the checks."""
    return {"headers": HEADERS, "timeout": settings.timeout, "follow_redirects": False}


def _too_many(url: str) -> IngestError:
    return IngestError(
        _("more than {max_redirects} redirects").format(max_redirects=MAX_REDIRECTS), source=url
    )


def fetch(url: str, *, settings: Settings, client: httpx.Client | None = None) -> FetchedPage:
    """GET ``url`` and return the decoded page.

    Raises IngestError for non-http(s) URLs or redirect targets, HTTP errors,
    connection failures and timeouts, non-text content and pages over
    ``settings.max_bytes``. ``client`` lets callers reuse a connection pool.
    """

    start = ensure_http_url(url)
    if client is None:
        with guarded_client(
            timeout=settings.timeout, max_bytes=settings.max_bytes, headers=HEADERS
        ) as own:
            return _fetch_with(own, start, settings)
    return _fetch_with(client, start, settings)


def _fetch_with(client: httpx.Client, url: str, settings: Settings) -> FetchedPage:
    started = time.monotonic()
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        with (
            _network_errors(current, settings),
            client.stream("GET", current, **_request_options(settings)) as response,
        ):
            target = _redirect_target(response, current)
            if target is None:
                _check_head(response, current, settings)
                body = _Body(url=current, settings=settings, started=started)
                for chunk in response.iter_bytes():
                    body.add(chunk)
                return _page(url, current, response, body.data)
        current = target
    raise _too_many(url)


async def fetch_async(url: str, *, client: httpx.AsyncClient, settings: Settings) -> FetchedPage:
    """The same as :func:`fetch` on a shared ``httpx.AsyncClient`` (for concurrent feeds)."""
    start = current = ensure_http_url(url)
    started = time.monotonic()
    for _hop in range(MAX_REDIRECTS + 1):
        with _network_errors(current, settings):
            async with client.stream("GET", current, **_request_options(settings)) as response:
                target = _redirect_target(response, current)
                if target is None:
                    _check_head(response, current, settings)
                    body = _Body(url=current, settings=settings, started=started)
                    async for chunk in response.aiter_bytes():
                        body.add(chunk)
                    return _page(start, current, response, body.data)
        current = target
    raise _too_many(url)
