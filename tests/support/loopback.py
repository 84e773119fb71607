"""The one loopback HTTP server of the test suite: real HTTP/1.1 on 127.0.0.1, port 0.

Every test server is built on :class:`LoopbackServer`: the news sites of the
feed and distributed tests, the ingest fixtures, the hostile server, the
OpenAI-compatible model and the blog services. It answers each request with a
:class:`Reply` (body, status, headers, a delay, a trickled or chunked body,
or raw bytes for a hostile answer), keeps a log of :class:`Hit` (method, path,
headers, body, time) and counts the requests being answered at once::

    with LoopbackServer({"/a": Reply(b"<p>hi</p>", delay=0.2)}) as srv:
        httpx.get(srv.url("/a"))
        assert srv.count("/a") == 1 and srv.most_active == 1

Routes are looked up by path without the query string; a route may be a
:class:`Reply` or a function of the :class:`Hit` returning one. A server that
speaks a protocol (the model, the blog services) overrides :meth:`respond`.
Nagle's algorithm is off (TCP_NODELAY) so loopback answers never wait 40 ms for
a delayed ACK.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, BinaryIO, Self
from urllib.parse import urlsplit

__all__ = ["Headers", "Hit", "LoopbackServer", "Reply"]


class Headers(dict[str, str]):
    """Request headers with lower-cased names, looked up in any case."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__((name.lower(), value) for name, value in items)

    def __getitem__(self, name: str) -> str:
        return super().__getitem__(name.lower())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and super().__contains__(name.lower())

    def get(self, name: str, default: Any = None) -> Any:  # type: ignore[override]
        return super().get(name.lower(), default)


@dataclass
class Hit:
    """One request as the server received it."""

    method: str
    path: str  # with the query string
    headers: Headers
    body: bytes = b""
    at: float = field(default_factory=time.monotonic)
    status: int = 0  # the status it was answered with (0 for a raw answer)

    @property
    def route(self) -> str:
        """The path without the query string."""
        return urlsplit(self.path).path


@dataclass
class Reply:
    """What the server answers."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    trickle: float = 0.0  # seconds between body bytes
    chunks: Iterable[bytes] | None = None  # sent with chunked transfer encoding instead of body
    chunk_delay: float = 0.0  # seconds between chunks
    content_length: bool = True  # False: no length, the body ends when the connection closes
    raw: Callable[[BinaryIO], None] | None = None  # writes the whole answer (status line on)


Route = Reply | Callable[[Hit], Reply]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client went away between requests (a timeout, a size cap): expected
        super().handle_error(request, client_address)


NOT_FOUND = Reply(b"<html><body><h1>Not found</h1></body></html>", 404)


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 with routes, a hit log and a concurrency counter."""

    def __init__(
        self,
        routes: dict[str, Route] | None = None,
        *,
        counted: Callable[[Hit], bool] | None = None,
        name: str = "loopback",
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        #: Requests being answered now (from arrival until their answer is ready to
        #: write, its ``delay`` included), and the most there ever were at once (only
        #: those ``counted`` selects, all by default).
        self.active = 0
        self.most_active = 0
        self._counted = counted
        self.stopping = threading.Event()  # wakes answers waiting on a delay
        self._httpd = _Server(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True, name=name
        )

    # ------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ addresses

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    # ------------------------------------------------------------ routes and log

    def add(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def respond(self, hit: Hit) -> Reply:
        """The answer to ``hit``: its route's, else 404. Protocol servers override this."""
        route = self.routes.get(hit.route)
        if route is None:
            return NOT_FOUND
        return route(hit) if callable(route) else route

    def count(self, path: str, method: str | None = None) -> int:
        """Requests for ``path`` (query ignored), optionally of one method."""
        return len([h for h in self.requests_for(path) if method is None or h.method == method])

    def requests_for(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.route == path]

    # ------------------------------------------------------------ handler side

    def _enter(self, hit: Hit) -> bool:
        counted = self._counted is None or self._counted(hit)
        with self.lock:
            self.hits.append(hit)
            if counted:
                self.active += 1
                self.most_active = max(self.most_active, self.active)
        return counted

    def _leave(self) -> None:
        with self.lock:
            self.active -= 1


def _handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on loopback

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            return

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            hit = Hit(self.command, self.path, Headers(self.headers.items()), body)
            counted = server._enter(hit)
            try:
                reply = server.respond(hit)
                if reply.delay and server.stopping.wait(reply.delay):
                    return
                hit.status = 0 if reply.raw else reply.status
                # A request stops counting as active once its answer is ready, before a byte
                # is written: a client that has read the answer may send its next request
                # before this thread gets the lock back, and that is not two at once.
                if counted:
                    server._leave()
                    counted = False
                self._write(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout or a size cap): expected
            finally:
                if counted:
                    server._leave()

        def _write(self, reply: Reply) -> None:
            if reply.raw is not None:
                reply.raw(self.wfile)
                self.wfile.flush()
                self.close_connection = True
                return
            body = reply.body
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.chunks is not None:
                self.send_header("Transfer-Encoding", "chunked")
            elif reply.content_length:
                self.send_header("Content-Length", str(0 if reply.status == 304 else len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if self.command == "HEAD" or reply.status == 304:
                return
            if reply.chunks is not None:
                self._chunked(reply)
            elif reply.trickle:
                for i in range(len(body)):
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            else:
                self.wfile.write(body)

        def _chunked(self, reply: Reply) -> None:
            assert reply.chunks is not None
            for index, chunk in enumerate(reply.chunks):
                if index and reply.chunk_delay and server.stopping.wait(reply.chunk_delay):
                    return
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = _handle

    return Handler
