"""Limits that every HTTP request yoten makes is held to, whoever the server is.

:class:`GuardedTransport` and :class:`GuardedAsyncTransport` wrap httpx's own
transports and add:

- one overall deadline per request, headers and body included: a server that
  sends one byte a second cannot stretch a 5 s timeout (httpx's timeouts are
  per read). The deadline reaches every socket read through a context
  variable read by a thin wrapper around httpcore's network backend;
- content decoding done here, with the cap applied to the *decoded* bytes as
  they are produced (zlib's ``max_length``), so a 6 KB gzip bomb never grows
  past the cap in memory; stacked (``gzip, gzip``) and unknown encodings are
  refused.

Errors are httpx exceptions (``httpx.ReadTimeout``, :class:`ResponseTooLarge`,
:class:`BadContentEncoding`), so callers and libraries that already handle
httpx errors (the openai client among them) need nothing new.
"""

from __future__ import annotations

import contextvars
import select
import ssl
import time
import typing
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

from yoten.i18n import gettext as _

__all__ = [
    "BadContentEncoding",
    "GuardedAsyncTransport",
    "GuardedTransport",
    "ResponseTooLarge",
    "guarded_async_client",
    "guarded_client",
    "openai_http_client",
]

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "yoten_deadline", default=None
)
_CHUNK = 64 * 1024
_UNKNOWN = object()
_POLL = hasattr(select, "poll")


class ResponseTooLarge(httpx.DecodingError):
    """The decoded body passed the cap."""


class BadContentEncoding(httpx.DecodingError):
    """A stacked or unknown ``Content-Encoding``."""


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:g}"


@contextmanager
def _until(deadline: float) -> Iterator[None]:
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _left(timeout: float | None) -> float | None:
    """``timeout`` shortened to what is left before the request's deadline."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout(_("the request's overall deadline passed"))
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, _left(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._inner.connect_tcp(host, port, _left(timeout), local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _left(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket: Any = _UNKNOWN  # the raw socket, once asked for

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _left(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _left(timeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(
            await self._inner.start_tls(ssl_context, server_hostname, _left(timeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "is_readable":
            # httpcore asks this of every pooled connection each time it hands out or
            # takes back a connection (some 20 times an article in `yoten run`); through
            # anyio each answer costs ~12 µs, mostly looking the socket up again. The
            # same poll on the socket looked up once costs ~1.4 µs:
            if self._socket is _UNKNOWN:
                self._socket = self._inner.get_extra_info("socket") if _POLL else None
            if self._socket is not None:
                return _readable(self._socket)
        return self._inner.get_extra_info(info)


def _readable(sock: Any) -> bool:
    """Whether ``sock`` has something to read now (its end, on an idle connection), as
    httpcore's ``is_socket_readable``: a socket without a file descriptor counts as readable."""
    fd = sock.fileno()
    if fd is None or fd < 0:
        return True
    poll = select.poll()  # where there is none (Windows), httpcore answers: see _POLL
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, _left(timeout), local_address, socket_options
        )
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(
            await self._inner.connect_unix_socket(path, _left(timeout), socket_options)
        )

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _Decoder:
    """Decodes one response body, refusing to produce more than ``limit`` bytes."""

    def __init__(
        self, encoding: str, *, limit: int, deadline: float, request: httpx.Request
    ) -> None:
        self._limit = limit
        self._deadline = deadline
        self._request = request
        self._size = 0
        self._zlib: typing.Any = None
        self._deflate = False
        codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise BadContentEncoding(
                _("stacked content encodings refused: {encoding}").format(encoding=encoding),
                request=request,
            )
        if codings and codings[0] in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif codings and codings[0] == "deflate":
            self._deflate = True
        elif codings:
            raise BadContentEncoding(
                _("unknown content encoding refused: {codings}").format(codings=codings[0][:40]),
                request=request,
            )

    def _count(self, data: bytes) -> bytes:
        self._size += len(data)
        if self._size > self._limit:
            raise ResponseTooLarge(
                _("response larger than {limit} MB").format(limit=_megabytes(self._limit)),
                request=self._request,
            )
        if time.monotonic() > self._deadline:
            raise httpx.ReadTimeout(
                _("the request's overall deadline passed"), request=self._request
            )
        return data

    def feed(self, raw: bytes) -> Iterator[bytes]:
        if self._deflate and self._zlib is None:
            # "deflate" is zlib-wrapped by the standard, raw deflate by some servers
            wrapped = len(raw) >= 2 and (raw[0] & 0x0F) == 8 and (raw[0] << 8 | raw[1]) % 31 == 0
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        if self._zlib is None:
            yield self._count(raw)
            return
        data = raw
        while data and not self._zlib.eof:
            room = self._limit - self._size + 1
            try:
                out = self._zlib.decompress(data, min(room, _CHUNK))
            except zlib.error as exc:
                raise httpx.DecodingError(
                    _("corrupt compressed body: {exc}").format(exc=exc), request=self._request
                ) from None
            data = self._zlib.unconsumed_tail
            if out:
                yield self._count(out)

    def flush(self) -> Iterator[bytes]:
        if self._zlib is not None and not self._zlib.eof:
            tail = self._zlib.flush(self._limit - self._size + 1)
            if tail:
                yield self._count(tail)


class _GuardedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, decoder: _Decoder, deadline: float) -> None:
        self._inner = inner
        self._decoder = decoder
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            with _until(self._deadline):
                raw = next(chunks, None)
            if raw is None:
                break
            yield from self._decoder.feed(raw)
        yield from self._decoder.flush()

    def close(self) -> None:
        self._inner.close()


class _GuardedAsyncStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, decoder: _Decoder, deadline: float) -> None:
        self._inner = inner
        self._decoder = decoder
        self._deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = aiter(self._inner)
        while True:
            with _until(self._deadline):
                raw = await anext(chunks, None)
            if raw is None:
                break
            for out in self._decoder.feed(raw):
                yield out
        for out in self._decoder.flush():
            yield out

    async def aclose(self) -> None:
        await self._inner.aclose()


def _decoded_response(
    response: httpx.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    headers = response.headers.copy()
    if "content-encoding" in headers:
        del headers["content-encoding"]
        headers.pop("content-length", None)
    return httpx.Response(
        response.status_code, headers=headers, stream=stream, extensions=response.extensions
    )


class GuardedTransport(httpx.BaseTransport):
    """httpx's transport with an overall deadline and a cap on the decoded body."""

    def __init__(
        self,
        *,
        timeout: float,
        max_bytes: int,
        inner: httpx.BaseTransport | None = None,
        **options: typing.Any,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        if inner is None:
            http = httpx.HTTPTransport(**options)
            pool = getattr(http, "_pool", None)
            if pool is not None and hasattr(pool, "_network_backend"):
                pool._network_backend = _Backend(pool._network_backend)
            inner = http
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = time.monotonic() + self.timeout
        request.headers["accept-encoding"] = "gzip, deflate"
        with _until(deadline):
            response = self._inner.handle_request(request)
        try:
            decoder = _Decoder(
                response.headers.get("content-encoding", ""),
                limit=self.max_bytes,
                deadline=deadline,
                request=request,
            )
        except BaseException:
            response.close()
            raise
        assert isinstance(response.stream, httpx.SyncByteStream)
        return _decoded_response(response, _GuardedStream(response.stream, decoder, deadline))

    def close(self) -> None:
        self._inner.close()


class GuardedAsyncTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`GuardedTransport`."""

    def __init__(
        self,
        *,
        timeout: float,
        max_bytes: int,
        inner: httpx.AsyncBaseTransport | None = None,
        **options: typing.Any,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        if inner is None:
            http = httpx.AsyncHTTPTransport(**options)
            pool = getattr(http, "_pool", None)
            if pool is not None and hasattr(pool, "_network_backend"):
                pool._network_backend = _AsyncBackend(pool._network_backend)
            inner = http
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = time.monotonic() + self.timeout
        request.headers["accept-encoding"] = "gzip, deflate"
        with _until(deadline):
            response = await self._inner.handle_async_request(request)
        try:
            decoder = _Decoder(
                response.headers.get("content-encoding", ""),
                limit=self.max_bytes,
                deadline=deadline,
                request=request,
            )
        except BaseException:
            await response.aclose()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return _decoded_response(response, _GuardedAsyncStream(response.stream, decoder, deadline))

    async def aclose(self) -> None:
        await self._inner.aclose()


def guarded_client(
    *,
    timeout: float,
    max_bytes: int,
    transport: httpx.BaseTransport | None = None,
    **options: typing.Any,
) -> httpx.Client:
    """An ``httpx.Client`` whose every request is held to ``timeout`` overall and ``max_bytes`` decoded."""
    guard = GuardedTransport(timeout=timeout, max_bytes=max_bytes, inner=transport)
    return httpx.Client(timeout=timeout, transport=guard, **options)


def guarded_async_client(
    *,
    timeout: float,
    max_bytes: int,
    transport: httpx.AsyncBaseTransport | None = None,
    limits: httpx.Limits | None = None,
    **options: typing.Any,
) -> httpx.AsyncClient:
    """The asyncio twin of :func:`guarded_client`."""
    extra = {"limits": limits} if limits is not None else {}
    guard = GuardedAsyncTransport(timeout=timeout, max_bytes=max_bytes, inner=transport, **extra)
    return httpx.AsyncClient(timeout=timeout, transport=guard, **options)


def openai_http_client(*, timeout: float, max_bytes: int) -> Any:
    """An ``httpx2.Client`` (what the ``openai`` package uses) whose requests go
    through :class:`GuardedTransport`: the same deadline and decoded-size cap."""
    import httpx2

    guard = GuardedTransport(timeout=timeout, max_bytes=max_bytes)

    def translated(exc: httpx.HTTPError, request: httpx2.Request) -> httpx2.HTTPError:
        if isinstance(exc, httpx.TimeoutException):
            return httpx2.ReadTimeout(str(exc), request=request)
        if isinstance(exc, httpx.DecodingError):
            return httpx2.DecodingError(str(exc), request=request)
        return httpx2.ConnectError(str(exc), request=request)

    class Body(httpx2.SyncByteStream):
        def __init__(self, response: httpx.Response, request: httpx2.Request) -> None:
            self._response = response
            self._request = request

        def __iter__(self) -> Iterator[bytes]:
            try:
                yield from self._response.iter_raw()
            except httpx.HTTPError as exc:
                raise translated(exc, self._request) from None

        def close(self) -> None:
            self._response.close()

    class Bridge(httpx2.BaseTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            inner = httpx.Request(
                request.method,
                str(request.url),
                headers=request.headers.raw,
                content=request.read(),
            )
            try:
                response = guard.handle_request(inner)
            except httpx.HTTPError as exc:
                raise translated(exc, request) from None
            return httpx2.Response(
                response.status_code, headers=response.headers.raw, stream=Body(response, request)
            )

        def close(self) -> None:
            guard.close()

    return httpx2.Client(timeout=timeout, transport=Bridge())
