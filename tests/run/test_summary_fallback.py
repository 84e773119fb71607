"""A failed fetch does not silently become a digest of a one-line feed description (issue 12, item 13)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.feeds.site import Route, Site
from tests.run.helpers import article_html
from yoten.ingest.feeds import FEED_SUMMARY_NOTE
from yoten.run import run_once
from yoten.settings import Settings
from yoten.store import Store

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)
LONG = (
    "The harbour board approved the new breakwater on Monday after two years of studies and a public "
    "inquiry that drew more than four hundred written objections from fishermen and residents. "
    "The structure will be built from rock quarried inland and is meant to protect the inner basin "
    "from winter storms, which damaged thirty boats last year. Work starts in September and should "
    "take three years, the board said, at a cost it put at 42 million euros."
)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(f"sqlite:///{tmp_path / 'yoten.db'}") as s:
        yield s


def _feed(site: Site) -> None:
    items = [
        ("/story/broken", "Flood", "Flood."),  # 500 and a one-word description
        ("/story/gone", "Harbour", "The harbour reopened."),  # 404 and a one-line description
        ("/story/long", "Breakwater", f"&lt;p&gt;{LONG}&lt;/p&gt;"),  # 500 but a real summary
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{{{{BASE}}}}{p}</link><description>{d}</description></item>"
        for p, t, d in items
    )
    feed = (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{body}</channel></rss>"
    )
    site.add("/rss.xml", Route(body=feed.encode(), content_type="application/rss+xml"))
    site.add("/story/broken", Route(status=500, body=b"oops"))
    site.add("/story/long", Route(status=500, body=b"oops"))


@pytest.mark.slow
def test_short_descriptions_wait_for_a_later_fetch(site: Site, store: Store) -> None:
    _feed(site)
    store.add_feed("Loop", site.url("/rss.xml"))
    summary = run_once(store, Settings(), now=NOW)
    assert (summary.digested, summary.failed) == (1, 2)
    sources = {s.canonical_url.removeprefix(site.base): s for s in store.list_sources()}
    for path in ("/story/broken", "/story/gone"):
        assert sources[path].status == "failed" and sources[path].next_attempt_at is not None
    [post] = store.list_posts()
    assert post.url.endswith("/story/long")
    assert FEED_SUMMARY_NOTE in post.article.notes
    assert (post.status_reason or "").startswith(FEED_SUMMARY_NOTE)  # then "not translated…"

    # the page comes back: the next attempt digests the real article
    site.add(
        "/story/broken",
        Route(body=article_html(3).encode(), content_type="text/html; charset=utf-8"),
    )
    later = run_once(store, Settings(), now=NOW + dt.timedelta(minutes=11), poll=False)
    assert later.digested == 1
    posts = {p.url.removeprefix(site.base): p for p in store.list_posts()}
    assert (
        FEED_SUMMARY_NOTE not in posts["/story/broken"].article.notes
        and "Townsend 3" in posts["/story/broken"].article.text
    )
