"""A real HTTP server on 127.0.0.1 that serves feeds and articles and counts requests.

Bodies may contain ``{{BASE}}``, replaced by ``http://127.0.0.1:PORT`` when
served. Routes with an ETag or Last-Modified answer conditional requests with
304. Routing ignores the query string; the request log keeps it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

FEEDS = Path(__file__).resolve().parent.parent / "data" / "feeds"

TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".rdf": "application/rdf+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    delay: float = 0.0
    head_allowed: bool = True
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Hit:
    method: str
    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Site:
    """The running server: add routes, read the request log."""

    server: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    active: dict[str, int] = field(default_factory=dict)
    max_active: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route) -> None:
        self.routes[path] = route

    def file(self, path: str, name: str, **kw: Any) -> None:
        """Serve a fixture from tests/data/feeds at ``path``."""
        source = FEEDS / name
        kw.setdefault("content_type", TYPES.get(source.suffix, "text/plain; charset=utf-8"))
        self.add(path, Route(body=source.read_bytes(), **kw))

    def count(self, path: str, method: str | None = None) -> int:
        """Requests for ``path`` (query ignored), optionally of one method."""
        with self.lock:
            return sum(
                1
                for h in self.hits
                if urlsplit(h.path).path == path and (method is None or h.method == method)
            )

    def requests_for(self, path: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if urlsplit(h.path).path == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on loopback

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _serve(self, head: bool) -> None:
            path = urlsplit(self.path).path
            with site.lock:
                site.hits.append(
                    Hit(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
                )
                site.active[path] = site.active.get(path, 0) + 1
                host_active = sum(site.active.values())
                site.max_active = max(site.max_active, host_active)
            try:
                route = site.routes.get(path)
                if route is None:
                    self._send(
                        404, b"<html><body><h1>Not found</h1></body></html>", "text/html", {}, head
                    )
                    return
                if route.delay:
                    time.sleep(route.delay)
                if head and not route.head_allowed:
                    self._send(405, b"", "text/plain", {"Allow": "GET"}, head)
                    return
                headers: dict[str, str] = dict(route.headers)
                if route.location:
                    headers["Location"] = route.location.replace("{{BASE}}", site.base)
                if route.etag:
                    headers["ETag"] = route.etag
                if route.last_modified:
                    headers["Last-Modified"] = route.last_modified
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if (route.etag and inm == route.etag) or (
                    route.last_modified and not route.etag and ims == route.last_modified
                ):
                    self._send(304, b"", None, headers, head)
                    return
                body = route.body.replace(b"{{BASE}}", site.base.encode())
                self._send(route.status, body, route.content_type, headers, head)
            finally:
                with site.lock:
                    site.active[path] -= 1

        def _send(
            self, status: int, body: bytes, ctype: str | None, headers: dict[str, str], head: bool
        ) -> None:
            try:
                self.send_response(status)
                if ctype:
                    self.send_header("Content-Type", ctype)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(0 if status == 304 else len(body)))
                self.end_headers()
                if not head and status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:
            self._serve(head=False)

        def do_HEAD(self) -> None:
            self._serve(head=True)

    return Handler


def start_site() -> Site:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    site = Site(server)
    server.RequestHandlerClass = _handler(site)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True, name="test-site"
    ).start()
    return site


@pytest.fixture
def site() -> Iterator[Site]:
    """A started test site, shut down after the test."""
    s = start_site()
    try:
        yield s
    finally:
        s.server.shutdown()
        s.server.server_close()


def news_site(site: Site) -> Site:
    """The standard news fixture: three feeds, a broken one, an HTML page, articles."""
    site.file(
        "/rss.xml", "rss2.xml", etag='"rss-v1"', last_modified="Wed, 19 Jun 2024 10:00:00 GMT"
    )
    site.file(
        "/atom.xml",
        "atom.xml",
        content_type="application/atom+xml; charset=utf-8",
        last_modified="Thu, 20 Jun 2024 09:00:00 GMT",
    )
    site.file("/rss1.rdf", "rss1.rdf")
    site.file("/broken.xml", "broken.xml")
    site.file("/feeds.html", "not-a-feed.html")
    for name in ("a1", "a2", "a3", "a5"):
        site.file(f"/news/{name}", f"{name}.html")
    site.file("/news/empty", "empty.html")
    return site
