"""Pooled connections through yoten's guarded async client: an idle connection the server
closed is replaced, an open one reused (httpcore asks the stream whether it is readable)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest

from yoten.httpguard import _AsyncStream, guarded_async_client


class _KeepAliveServer:
    """HTTP/1.1 on 127.0.0.1 that keeps connections open, except that it closes one
    after answering ``/bye`` (without saying so: as a server whose keep-alive ran out)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.closed = threading.Event()  # a connection was closed after /bye
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while True:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    data += chunk
                head, data = data.split(b"\r\n\r\n", 1)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                if head.split()[1] == b"/bye":
                    break
        self.closed.set()

    async def wait_closed(self) -> None:
        assert await asyncio.to_thread(self.closed.wait, 10)
        await asyncio.sleep(0.05)  # the end reaches the client's socket (loopback)


@pytest.fixture
def server() -> Iterator[_KeepAliveServer]:
    running = _KeepAliveServer()
    yield running
    running.sock.close()


def test_a_connection_the_server_closed_is_replaced_and_an_open_one_reused(
    server: _KeepAliveServer,
) -> None:
    base = f"http://127.0.0.1:{server.port}"

    async def main() -> list[tuple[int, int]]:
        seen: list[tuple[int, int]] = []
        async with guarded_async_client(timeout=5, max_bytes=1000) as client:
            for path in ("/a", "/b", "/bye", "/c", "/d"):
                response = await client.get(base + path)
                seen.append((response.status_code, server.accepted))
                if path == "/bye":
                    await server.wait_closed()
        return seen

    assert asyncio.run(main()) == [(200, 1), (200, 1), (200, 1), (200, 2), (200, 2)]


def test_readable_is_what_the_network_backend_says(server: _KeepAliveServer) -> None:
    import httpcore

    async def main() -> list[tuple[bool, bool]]:
        inner = await httpcore.AnyIOBackend().connect_tcp("127.0.0.1", server.port)
        stream = _AsyncStream(inner)
        answers = [(stream.get_extra_info("is_readable"), inner.get_extra_info("is_readable"))]
        await stream.write(b"GET /bye HTTP/1.1\r\nHost: x\r\n\r\n")
        await server.wait_closed()  # answered, then closed: readable
        answers.append((stream.get_extra_info("is_readable"), inner.get_extra_info("is_readable")))
        await stream.aclose()
        answers.append((stream.get_extra_info("is_readable"), inner.get_extra_info("is_readable")))
        return answers

    assert asyncio.run(main()) == [(False, False), (True, True), (True, True)]
