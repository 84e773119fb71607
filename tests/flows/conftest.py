"""A loopback outlet with one Japanese and one English article in its feed, and a store URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.feeds.site import Route, Site, site  # noqa: F401  (fixture)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Mixed News</title><link>{{BASE}}/</link>
<description>one Japanese, one English</description>
<item><title>京都市、路面電車を半世紀ぶり復活へ</title><link>{{BASE}}/ja/kyoto</link>
<pubDate>Fri, 11 Apr 2025 08:00:00 GMT</pubDate></item>
<item><title>Harbour ferry</title><link>{{BASE}}/en/ferry</link>
<pubDate>Thu, 10 Apr 2025 08:00:00 GMT</pubDate></item>
</channel></rss>
"""


def mixed_outlet(site: Site) -> Site:  # noqa: F811
    """The outlet: /rss.xml lists /ja/kyoto (Japanese) and /en/ferry (English)."""
    site.add(
        "/rss.xml", Route(body=FEED.encode(), content_type="application/rss+xml; charset=utf-8")
    )
    site.add("/ja/kyoto", Route(body=(EXAMPLES / "ja-kyoto-tram.html").read_bytes()))
    site.add("/en/ferry", Route(body=(EXAMPLES / "en-harbour-ferry.html").read_bytes()))
    return site


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'flows.db'}"


@pytest.fixture
def outlet(site: Site) -> Site:  # noqa: F811
    return mixed_outlet(site)
