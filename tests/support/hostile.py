"""A hostile HTTP server on 127.0.0.1: each route writes whatever raw bytes it likes.

It is the shared :class:`~tests.support.loopback.LoopbackServer` with raw replies.

Routes are functions of the connection's file; helpers build the usual
attacks (headers dripped one byte at a time, compression bombs).
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

import pytest

from tests.support.loopback import Hit, LoopbackServer, Reply

Route = Callable[[BinaryIO], None]


def response(
    body: bytes, *, headers: dict[str, str] | None = None, status: str = "200 OK"
) -> Route:
    """A complete answer with Content-Length."""

    def write(out: BinaryIO) -> None:
        head = {
            "Content-Type": "text/html; charset=utf-8",
            **(headers or {}),
            "Content-Length": str(len(body)),
        }
        lines = [
            f"HTTP/1.1 {status}",
            *(f"{k}: {v}" for k, v in head.items()),
            "Connection: close",
            "",
            "",
        ]
        out.write("\r\n".join(lines).encode("latin-1") + body)

    return write


def drip(every: float, *, total: float) -> Route:
    """Headers sent one byte every ``every`` seconds, for ``total`` seconds, then a page."""

    def write(out: BinaryIO) -> None:
        out.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
        out.flush()
        end = time.monotonic() + total
        while time.monotonic() < end:
            out.write(b"X")
            out.flush()
            time.sleep(every)
        out.write(b"-Slow: 1\r\nContent-Length: 13\r\nConnection: close\r\n\r\n<p>late</p>\r\n")

    return write


def gzip_bomb(decoded: int, *, layers: int = 1) -> bytes:
    """``decoded`` zero bytes gzipped ``layers`` times, built without holding them in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * 1_000_000
    parts = [packer.compress(block) for _ in range(decoded // len(block))]
    data = b"".join(parts) + packer.flush()
    for _ in range(layers - 1):
        data = gzip.compress(data, 9)
    return data


class HostileServer(LoopbackServer):
    """The loopback server with raw routes: ``hostile.routes[path] = response(...)``."""

    routes: dict[str, Route]  # type: ignore[assignment]

    def respond(self, hit: Hit) -> Reply:
        route = self.routes.get(hit.route, response(b"not here", status="404 Not Found"))
        return Reply(raw=route)

    @property
    def sizes(self) -> list[int]:
        """Request body sizes, in order."""
        with self.lock:
            return [len(hit.body) for hit in self.hits]


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer(name="hostile") as server:
        yield server
