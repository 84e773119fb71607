"""Shared pieces for the run tests: a site with N distinct articles and a valid model answer."""

from __future__ import annotations

from tests.feeds.site import Route, Site

TOPICS = [
    "harbour",
    "railway",
    "school",
    "ferry",
    "museum",
    "forest",
    "bridge",
    "market",
    "library",
    "stadium",
]

#: A complete, schema-valid answer of an OpenAI-compatible model (what the stub returns).
DRAFT = {
    "headline": "港町:新しい施設が開業",
    "overview": {
        "lead": ["港町で新しい施設が開業した。"],
        "highlights": [{"label": "開業", "text": "施設は火曜日に開業した。"}],
        "context": [{"label": "背景", "text": "計画は数年前に始まった。"}],
        "closing": ["今後の運営が注目される。"],
    },
    "details": {
        "intro": ["市は新しい施設の開業を発表した。"],
        "topics": [
            {
                "heading": "施設の概要",
                "sections": [
                    {"heading": "開業", "paragraphs": ["施設は火曜日に開業した。"], "bullets": []}
                ],
            }
        ],
        "closing": [],
    },
    "key_points": [
        {"heading": "施設の概要", "sections": [{"heading": "開業", "bullets": ["火曜日に開業"]}]}
    ],
}


def article_html(n: int) -> str:
    """A distinct article page (five paragraphs) about a made-up town."""
    topic = TOPICS[n % len(TOPICS)]
    town = f"Townsend {n}"
    paras = [
        f"The town of {town} opened a new {topic} on Tuesday, the council said, after a project that took {n % 5 + 2} years.",
        f"Officials said the {topic} cost {10 + n} million euros, most of it from a regional fund set up in 2019.",
        f"Residents of {town} had waited since the old {topic} closed, and about {100 + n} of them came to the opening.",
        f"Critics said the money could have gone to housing, but the mayor of {town} said the {topic} would bring visitors.",
        f"The council will publish a first report on the {topic} in the spring, including visitor numbers and costs.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{town} opens a new {topic}</title>"
        f"<meta property='og:site_name' content='Loopback News'></head><body><article>"
        f"<h1>{town} opens a new {topic}</h1>{body}</article></body></html>"
    )


def serve_articles(site: Site, count: int, *, feed_path: str = "/many.xml") -> str:
    """Serve ``count`` articles and an RSS feed listing them; returns the feed URL."""
    items = []
    for n in range(count):
        site.add(
            f"/story/{n}",
            Route(body=article_html(n).encode(), content_type="text/html; charset=utf-8"),
        )
        items.append(
            f"<item><title>Story {n}</title><link>{{{{BASE}}}}/story/{n}?utm_source=rss</link></item>"
        )
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Loopback News</title>{''.join(items)}</channel></rss>"
    site.add(feed_path, Route(body=feed.encode(), content_type="application/rss+xml"))
    return site.url(feed_path)
