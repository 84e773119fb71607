"""Every request has one overall deadline and a cap on its decoded body (issue 12, items 3, 4, 8).

The attacks run against a hostile server on 127.0.0.1: a gzip bomb, stacked
``gzip, gzip``, an unknown encoding, an endless robots.txt, and headers sent
one byte at a time. Memory is measured with tracemalloc (bytes objects).
"""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.support.hostile import HostileServer, drip, gzip_bomb, response
from yoten.errors import IngestError, PublishError
from yoten.ingest.feeds import fetch_feed
from yoten.ingest.fetch import fetch, fetch_async
from yoten.publish.base import HttpApi
from yoten.run.article import _fetch_sync
from yoten.run.politeness import HostGate
from yoten.settings import Settings

MB = 1_000_000


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(300 * MB)


@pytest.fixture(scope="module")
def double_bomb() -> bytes:
    return gzip_bomb(300 * MB, layers=2)


def _peak(call: Callable[[], Any]) -> tuple[float, BaseException | None]:
    """Peak traced memory in MB while ``call`` runs, and what it raised."""
    tracemalloc.start()
    raised: BaseException | None = None
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the test inspects whatever was raised
        raised = exc
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / MB, raised


def _async(
    coro_factory: Callable[[httpx.AsyncClient], Any], settings: Settings
) -> Callable[[], Any]:
    """``coro_factory`` run on a client made as ``yoten run`` makes its client."""
    from yoten.httpguard import guarded_async_client

    async def main() -> Any:
        async with guarded_async_client(
            timeout=settings.timeout, max_bytes=settings.max_bytes
        ) as client:
            return await coro_factory(client)

    return lambda: asyncio.run(main())


@pytest.mark.slow
def test_gzip_bomb_is_capped_as_it_is_decoded(hostile: HostileServer, bomb: bytes) -> None:
    hostile.routes["/bomb"] = response(bomb, headers={"Content-Encoding": "gzip"})
    settings = Settings(timeout=20.0)
    peak, raised = _peak(lambda: fetch(f"{hostile.base}/bomb", settings=settings))
    assert isinstance(raised, IngestError) and "larger than 5 MB" in str(raised)
    assert peak < 2 * settings.max_bytes / MB + 2, f"peak {peak:.0f} MB"


@pytest.mark.slow
def test_stacked_encodings_are_refused_before_decoding(
    hostile: HostileServer, double_bomb: bytes
) -> None:
    assert len(double_bomb) < 20_000
    hostile.routes["/double"] = response(double_bomb, headers={"Content-Encoding": "gzip, gzip"})
    hostile.routes["/brotli"] = response(b"\x00" * 100, headers={"Content-Encoding": "br"})
    settings = Settings(timeout=20.0)
    peak, raised = _peak(lambda: fetch(f"{hostile.base}/double", settings=settings))
    assert isinstance(raised, IngestError) and "stacked content encodings" in str(raised)
    assert peak < 5, f"peak {peak:.0f} MB"
    with pytest.raises(IngestError, match="unknown content encoding"):
        fetch(f"{hostile.base}/brotli", settings=settings)


@pytest.mark.slow
def test_feeds_and_async_pages_are_capped(hostile: HostileServer, bomb: bytes) -> None:
    hostile.routes["/feed.xml"] = response(
        bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"}
    )
    settings = Settings(timeout=20.0)
    peak, raised = _peak(
        _async(
            lambda c: fetch_feed(f"{hostile.base}/feed.xml", client=c, settings=settings), settings
        )
    )
    assert isinstance(raised, IngestError) and "feed larger than" in str(raised)
    assert peak < 15, f"peak {peak:.0f} MB"
    hostile.routes["/page"] = response(bomb, headers={"Content-Encoding": "gzip"})
    peak, raised = _peak(
        _async(lambda c: fetch_async(f"{hostile.base}/page", client=c, settings=settings), settings)
    )
    assert isinstance(raised, IngestError) and "larger than 5 MB" in str(raised)
    assert peak < 15, f"peak {peak:.0f} MB"


def test_robots_txt_is_capped(hostile: HostileServer, bomb: bytes) -> None:
    """A huge robots.txt is cut off at the page cap (and treated as unreachable: nothing fetched)."""
    hostile.routes["/robots.txt"] = response(
        bomb, headers={"Content-Encoding": "gzip", "Content-Type": "text/plain"}
    )
    hostile.routes["/a.html"] = response(b"<html><body><p>article</p></body></html>")
    settings = Settings(timeout=20.0)
    peak, raised = _peak(lambda: _fetch_sync(f"{hostile.base}/a.html", settings))
    assert isinstance(raised, IngestError) and "robots.txt" in str(raised)
    assert peak < 15, f"peak {peak:.0f} MB"

    async def gate(client: httpx.AsyncClient) -> bool:
        return await HostGate(client, settings).allowed(f"{hostile.base}/a.html")

    peak, raised = _peak(_async(gate, settings))
    assert isinstance(raised, IngestError) and "robots.txt unreachable" in str(raised)
    assert peak < 15, f"peak {peak:.0f} MB"


def test_blog_service_answers_are_capped(hostile: HostileServer, bomb: bytes) -> None:
    hostile.routes["/wp-json/wp/v2/posts"] = response(
        bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
    )
    api = HttpApi(service="wordpress", auth_hint="x", timeout=20.0)
    peak, raised = _peak(lambda: api.request("GET", f"{hostile.base}/wp-json/wp/v2/posts"))
    assert isinstance(raised, PublishError) and "larger than" in str(raised)
    assert peak < 30, f"peak {peak:.0f} MB"


def _elapsed(call: Callable[[], Any]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the test inspects whatever was raised
        return time.monotonic() - started, exc
    return time.monotonic() - started, None


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["page", "async page", "feed", "robots.txt", "blog service"])
def test_dripped_headers_hit_the_overall_deadline(hostile: HostileServer, kind: str) -> None:
    hostile.routes["/slow"] = drip(0.2, total=8.0)
    hostile.routes["/robots.txt"] = drip(0.2, total=8.0)
    settings = Settings(timeout=1.0)
    url = f"{hostile.base}/slow"
    calls: dict[str, Callable[[], Any]] = {
        "page": lambda: fetch(url, settings=settings),
        "async page": _async(lambda c: fetch_async(url, client=c, settings=settings), settings),
        "feed": _async(lambda c: fetch_feed(url, client=c, settings=settings), settings),
        "robots.txt": lambda: _fetch_sync(url, settings),
        "blog service": lambda: HttpApi(service="wordpress", auth_hint="x", timeout=1.0).request(
            "GET", url
        ),
    }
    took, raised = _elapsed(calls[kind])
    assert raised is not None and isinstance(raised, IngestError | PublishError)
    assert (
        "timed out" in str(raised)
        or "no answer within" in str(raised)
        or "robots.txt" in str(raised)
    )
    assert took < 3.0, f"{kind}: {took:.1f} s for a 1 s timeout"
