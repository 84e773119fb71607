"""A real HTTP server on 127.0.0.1 (port 0) serving the ingest fixtures."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

DATA = Path(__file__).parents[1] / "data" / "ingest"


def fixture_bytes(name: str) -> bytes:
    return (DATA / name).read_bytes()


def sjis_without_meta() -> bytes:
    """The Shift_JIS page with its charset declaration removed (charset sniffing only)."""
    text = fixture_bytes("ja-sjis.html").decode("cp932")
    lines = [line for line in text.splitlines() if "charset" not in line.lower()]
    return "\n".join(lines).encode("cp932")


def eucjp_page() -> bytes:
    """The Japanese UTF-8 page re-encoded as EUC-JP, declaring it in <meta>."""
    text = fixture_bytes("ja-utf8.html").decode("utf-8")
    return text.replace('<meta charset="UTF-8">', '<meta charset="EUC-JP">').encode("euc_jp")


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line
    trickle: float = 0.0  # between body bytes
    content_length: bool = True


def _routes() -> dict[str, Callable[[], Reply]]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    big = b"<html><body>" + b"<p>" + b"filler text " * 40_000 + b"</p></body></html>"
    return {
        "/article.html": lambda: Reply(body=fixture_bytes("en-article.html"), headers=html),
        "/ja.html": lambda: Reply(body=fixture_bytes("ja-utf8.html"), headers=html),
        "/sjis-header": lambda: Reply(
            body=fixture_bytes("ja-sjis.html"),
            headers={"Content-Type": "text/html; charset=Shift_JIS"},
        ),
        "/sjis-meta": lambda: Reply(
            body=fixture_bytes("ja-sjis.html"), headers={"Content-Type": "text/html"}
        ),
        "/sjis-sniff": lambda: Reply(
            body=sjis_without_meta(), headers={"Content-Type": "text/html"}
        ),
        "/eucjp-meta": lambda: Reply(body=eucjp_page(), headers={"Content-Type": "text/html"}),
        "/eucjp-header": lambda: Reply(
            body=fixture_bytes("ja-utf8.html").decode("utf-8").encode("euc_jp"),
            headers={"Content-Type": "text/html; charset=EUC-JP"},
        ),
        "/plain.txt": lambda: Reply(
            body=fixture_bytes("article.txt"), headers={"Content-Type": "text/plain; charset=utf-8"}
        ),
        "/r1": lambda: Reply(301, headers={"Location": "/r2"}),
        "/r2": lambda: Reply(302, headers={"Location": "r3?step=3"}),
        "/r3": lambda: Reply(307, headers={"Location": "/article.html?utm_source=redirect"}),
        "/to-file": lambda: Reply(302, headers={"Location": "file:///etc/passwd"}),
        "/to-ftp": lambda: Reply(301, headers={"Location": "ftp://127.0.0.1/pub/article.html"}),
        "/loop": lambda: Reply(302, headers={"Location": "/loop"}),
        "/no-location": lambda: Reply(302),
        "/missing": lambda: Reply(404, body=b"<h1>Not found</h1>", headers=html),
        "/error": lambda: Reply(500, body=b"<h1>Oops</h1>", headers=html),
        "/image.png": lambda: Reply(
            body=b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, headers={"Content-Type": "image/png"}
        ),
        "/report.pdf": lambda: Reply(
            body=b"%PDF-1.7\n", headers={"Content-Type": "application/pdf"}
        ),
        "/huge": lambda: Reply(body=big, headers=html),
        "/huge-stream": lambda: Reply(body=big, headers=html, content_length=False),
        "/slow": lambda: Reply(body=fixture_bytes("en-article.html"), headers=html, delay=1.0),
        "/slow-body": lambda: Reply(body=b"<p>" + b"x" * 40 + b"</p>", headers=html, trickle=0.05),
    }


class _Handler(BaseHTTPRequestHandler):
    server_version = "yoten-test/1.0"
    routes = _routes()
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.seen.append({k.lower(): v for k, v in self.headers.items()} | {"path": self.path})
        make = self.routes.get(path)
        reply = make() if make else Reply(404, body=b"no such route")
        try:
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            for key, value in reply.headers.items():
                self.send_header(key, value)
            if reply.content_length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if reply.trickle:
                for i in range(len(reply.body)):
                    self.wfile.write(reply.body[i : i + 1])
                    self.wfile.flush()
                    time.sleep(reply.trickle)
            else:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeouts, size cap): expected

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Web:
    base: str
    seen: list[dict[str, str]]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="session")
def web() -> Iterator[Web]:
    """The fixture server; ``web.url('/article.html')``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield Web(base=f"http://{host!s}:{port}", seen=_Handler.seen)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A local port with nothing listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
