"""A real HTTP server on 127.0.0.1 (port 0) serving the ingest fixtures."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.loopback import Hit, LoopbackServer, Reply

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


def _routes() -> dict[str, Reply]:
    big = b"<html><body>" + b"<p>" + b"filler text " * 40_000 + b"</p></body></html>"
    article = fixture_bytes("en-article.html")
    return {
        "/article.html": Reply(article),
        "/ja.html": Reply(fixture_bytes("ja-utf8.html")),
        "/sjis-header": Reply(
            fixture_bytes("ja-sjis.html"), content_type="text/html; charset=Shift_JIS"
        ),
        "/sjis-meta": Reply(fixture_bytes("ja-sjis.html"), content_type="text/html"),
        "/sjis-sniff": Reply(sjis_without_meta(), content_type="text/html"),
        "/eucjp-meta": Reply(eucjp_page(), content_type="text/html"),
        "/eucjp-header": Reply(
            fixture_bytes("ja-utf8.html").decode("utf-8").encode("euc_jp"),
            content_type="text/html; charset=EUC-JP",
        ),
        "/plain.txt": Reply(fixture_bytes("article.txt"), content_type="text/plain; charset=utf-8"),
        "/r1": _redirect(301, "/r2"),
        "/r2": _redirect(302, "r3?step=3"),
        "/r3": _redirect(307, "/article.html?utm_source=redirect"),
        "/to-file": _redirect(302, "file:///etc/passwd"),
        "/to-ftp": _redirect(301, "ftp://127.0.0.1/pub/article.html"),
        "/loop": _redirect(302, "/loop"),
        "/no-location": Reply(status=302, content_type=None),
        "/missing": Reply(b"<h1>Not found</h1>", 404),
        "/error": Reply(b"<h1>Oops</h1>", 500),
        "/image.png": Reply(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="image/png"),
        "/report.pdf": Reply(b"%PDF-1.7\n", content_type="application/pdf"),
        "/huge": Reply(big),
        "/huge-stream": Reply(big, content_length=False),
        "/slow": Reply(article, delay=1.0),
        "/slow-body": Reply(b"<p>" + b"x" * 40 + b"</p>", trickle=0.05),
    }


def _redirect(status: int, location: str) -> Reply:
    return Reply(status=status, content_type=None, headers={"Location": location})


@dataclass
class Web:
    base: str
    seen: list[Hit]

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="session")
def web() -> Iterator[Web]:
    """The fixture server; ``web.url('/article.html')``."""
    with LoopbackServer(dict(_routes()), name="ingest-fixtures") as server:
        yield Web(base=server.base, seen=server.hits)


@pytest.fixture
def closed_port() -> int:
    """A local port with nothing listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
