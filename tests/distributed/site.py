"""A loopback news site for the distributed tests: one RSS 2.0 feed and its article pages.

Every page is generated here (made-up towns and numbers). Article pages
answer after ``delay`` seconds, like a real site over a network, so that
work spreads over several workers. ``/robots.txt`` is absent (404: all
allowed). Requests are counted per path, and the most article requests
answered at once is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tests.support.loopback import Hit, LoopbackServer, Reply

PLACES = [
    "Alderbrook",
    "Bexmoor",
    "Calderwick",
    "Dunhollow",
    "Elmstead",
    "Farrowgate",
    "Glenmarch",
    "Harwick",
    "Ivybridge",
    "Juniper Bay",
    "Kestrel Point",
    "Lowerby",
]
THINGS = [
    "tram line",
    "library",
    "ferry pier",
    "market hall",
    "bridge",
    "school",
    "museum",
    "stadium",
    "harbour wall",
    "clinic",
    "bus depot",
    "concert hall",
]


def article_html(n: int) -> str:
    """A distinct English article page (six paragraphs) about a made-up town."""
    place, thing = PLACES[n % len(PLACES)], THINGS[n % len(THINGS)]
    paras = [
        (
            f"The town council of {place} opened its new {thing} on Monday after {n % 4 + 2} years of work, "
            "the mayor told reporters at the ceremony."
        ),
        (
            f"The {thing} cost {12 + n} million euros, of which {4 + n % 3} million came from a regional fund "
            "created in 2019 to support small towns."
        ),
        (
            f"About {200 + 10 * n} residents of {place} attended the opening, and the council expects "
            f"{1000 + 50 * n} visitors a week during the first summer."
        ),
        (
            "Opposition councillors said the money should have gone to housing, while shop owners in "
            f"{place} welcomed the extra visitors."
        ),
        f"The old {thing} had closed in 2016 after an inspection found damage that was too costly to repair.",
        f"A first report on the use and the running costs of the new {thing} will be published in the spring.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    title = f"{place} opens a new {thing}"
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta property='og:site_name' content='Loopback Courier'>"
        "<meta property='article:published_time' content='2024-06-20T08:00:00+00:00'></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def feed_xml(base: str, count: int) -> str:
    """An RSS 2.0 feed listing ``count`` articles (links carry tracking to be canonicalized away)."""
    items = "".join(
        f"<item><title>Story {n}</title><link>{base}/news/{n}?utm_source=rss&amp;utm_medium=feed</link>"
        f"<guid>{base}/news/{n}</guid><pubDate>Thu, 20 Jun 2024 08:00:00 GMT</pubDate></item>"
        for n in range(count)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Loopback Courier</title><link>{base}/</link><description>Test feed</description>"
        f"<language>en</language>{items}</channel></rss>"
    )


class NewsSite(LoopbackServer):
    """The running site; ``most_active`` counts article requests only."""

    def __init__(self, count: int, delay: float) -> None:
        super().__init__(counted=lambda hit: _article(hit.route) is not None, name="news-site")
        self.count_articles, self.delay = count, delay

    @property
    def feed_url(self) -> str:
        return f"{self.base}/feed.xml"

    def respond(self, hit: Hit) -> Reply:
        if hit.route == "/feed.xml":
            body = feed_xml(self.base, self.count_articles).encode()
            return Reply(body, content_type="application/rss+xml; charset=utf-8")
        n = _article(hit.route)
        if n is None or n >= self.count_articles:
            return Reply(b"not found", 404, "text/plain; charset=utf-8")
        return Reply(article_html(n).encode(), delay=self.delay)


def _article(path: str) -> int | None:
    """The article number of ``/news/N``."""
    return int(path[6:]) if path.startswith("/news/") and path[6:].isdigit() else None


@contextmanager
def news_site(count: int = 12, *, delay: float = 0.0) -> Iterator[NewsSite]:
    """Serve the feed and ``count`` articles on 127.0.0.1 until the block ends."""
    with NewsSite(count, delay) as site:
        yield site
