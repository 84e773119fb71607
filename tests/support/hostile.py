"""A hostile HTTP server on 127.0.0.1: each route writes whatever raw bytes it likes.

Routes are functions of the connection's file; helpers build the usual
attacks (headers dripped one byte at a time, compression bombs).
"""

from __future__ import annotations

import gzip
import socketserver
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

import pytest

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


class HostileServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.sizes: list[int] = []  # request body sizes, in order
        server = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                line = self.rfile.readline().decode("latin-1")
                length = 0
                while (header := self.rfile.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = header.decode("latin-1").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip() or 0)
                server.sizes.append(len(self.rfile.read(length)))
                path = line.split(" ")[1] if line.count(" ") >= 2 else "/"
                server.hits.append(path)
                route = server.routes.get(
                    path.split("?")[0], response(b"not here", status="404 Not Found")
                )
                try:
                    route(self.wfile)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    try:
        yield server
    finally:
        server.close()
