"""A real HTTP server on 127.0.0.1 that serves feeds and articles and counts requests.

Bodies may contain ``{{BASE}}``, replaced by ``http://127.0.0.1:PORT`` when
served. Routes with an ETag or Last-Modified answer conditional requests with
304. Routing ignores the query string; the request log keeps it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support.loopback import Hit, LoopbackServer, Reply

__all__ = ["FEEDS", "Hit", "Route", "Site", "news_site", "site", "start_site"]

FEEDS = Path(__file__).resolve().parent.parent / "data" / "feeds"

TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".rdf": "application/rdf+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}


@dataclass
class Route(Reply):
    """What one path answers: a reply, with validators and a redirect target."""

    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None
    head_allowed: bool = True


class Site(LoopbackServer):
    """The running server: add routes, read the request log (``hits``, ``count``)."""

    routes: dict[str, Route]  # type: ignore[assignment]

    @property
    def max_active(self) -> int:
        """The most requests answered at once."""
        return self.most_active

    def file(self, path: str, name: str, **kw: Any) -> None:
        """Serve a fixture from tests/data/feeds at ``path``."""
        source = FEEDS / name
        kw.setdefault("content_type", TYPES.get(source.suffix, "text/plain; charset=utf-8"))
        self.add(path, Route(body=source.read_bytes(), **kw))

    def respond(self, hit: Hit) -> Reply:
        route = self.routes.get(hit.route)
        if route is None:
            return Reply(b"<html><body><h1>Not found</h1></body></html>", 404, "text/html")
        if hit.method == "HEAD" and not route.head_allowed:
            return Reply(
                status=405, content_type="text/plain", headers={"Allow": "GET"}, delay=route.delay
            )
        headers = dict(route.headers)
        if route.location:
            headers["Location"] = route.location.replace("{{BASE}}", self.base)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        inm = hit.headers.get("If-None-Match")
        ims = hit.headers.get("If-Modified-Since")
        if (route.etag and inm == route.etag) or (
            route.last_modified and not route.etag and ims == route.last_modified
        ):
            return Reply(status=304, content_type=None, headers=headers, delay=route.delay)
        body = route.body.replace(b"{{BASE}}", self.base.encode())
        return dataclasses.replace(route, body=body, headers=headers)


def start_site() -> Site:
    """A started test site (stop it with ``site.stop()``)."""
    return Site(name="test-site").start()


@pytest.fixture
def site() -> Iterator[Site]:
    """A started test site, shut down after the test."""
    with Site(name="test-site") as s:
        yield s


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
