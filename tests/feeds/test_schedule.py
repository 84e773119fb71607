"""Issue 13: each feed is polled on its own schedule, and its health is recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.feeds.site import Route, Site
from yoten.run import run_once
from yoten.run.schedule import MAX_INTERVAL, MIN_INTERVAL, after_error, after_success
from yoten.settings import Settings
from yoten.store import Store

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)


def _rss(n: int, every: dt.timedelta, *, ttl: int | None = None, cut: bool = False) -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>{{{{BASE}}}}/news/{i}</link>"
        f"<pubDate>{(NOW - i * every).strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        for i in range(n)
    )
    ttl_tag = f"<ttl>{ttl}</ttl>" if ttl else ""
    doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{ttl_tag}{items}</channel></rss>'
    if cut:
        doc = doc[: doc.rindex("<item>") + 12]
    return doc.encode()


@pytest.mark.parametrize(
    ("n", "every", "ttl", "expected"),
    [
        (14, dt.timedelta(hours=12), None, dt.timedelta(hours=6.5 * 24 / 14)),  # 14 in 6.5 days
        (50, dt.timedelta(minutes=5), None, MIN_INTERVAL),  # 50 in 4 hours: the floor
        (3, dt.timedelta(days=30), None, MAX_INTERVAL),  # one entry this week, and it is new
        (0, dt.timedelta(hours=1), None, MAX_INTERVAL),
        (50, dt.timedelta(minutes=5), 180, dt.timedelta(hours=3)),  # <ttl> asks for less often
    ],
)
def test_interval_after_success(
    n: int, every: dt.timedelta, ttl: int | None, expected: dt.timedelta
) -> None:
    dates = [NOW - i * every for i in range(n)]
    assert after_success(NOW, dates, ttl_minutes=ttl) == expected


def test_interval_after_errors_and_retry_after() -> None:
    assert [after_error(k) for k in (1, 2, 3)] == [MIN_INTERVAL, 2 * MIN_INTERVAL, 4 * MIN_INTERVAL]
    assert after_error(30) == MAX_INTERVAL
    assert after_error(1, retry_after=7200) == dt.timedelta(hours=2)
    assert after_error(1, retry_after=60) == MIN_INTERVAL  # never sooner than the backoff
    assert after_success(NOW, [], previous=dt.timedelta(hours=2), modified=False) == dt.timedelta(
        hours=2
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(f"sqlite:///{tmp_path / 'yoten.db'}") as s:
        yield s


@pytest.mark.slow
def test_feeds_are_polled_when_due_with_health_recorded(site: Site, store: Store) -> None:
    site.add(
        "/busy.xml",
        Route(body=_rss(14, dt.timedelta(hours=12)), content_type="application/rss+xml"),
    )
    site.add("/down.xml", Route(status=503, headers={"Retry-After": "7200"}))
    site.add(
        "/cut.xml",
        Route(body=_rss(3, dt.timedelta(days=1), cut=True), content_type="application/rss+xml"),
    )
    for name in ("busy", "down", "cut"):
        store.add_feed(name, site.url(f"/{name}.xml"))
    first = run_once(store, Settings(), now=NOW, limit=0)
    assert (first.feeds, first.feeds_failed) == (3, 1)
    assert any("cut: the feed is truncated or malformed" in w for w in first.warnings)
    feeds = {f.name: f for f in store.list_feeds()}
    busy, down, cut = feeds["busy"], feeds["down"], feeds["cut"]
    assert (busy.entries_seen, busy.consecutive_errors, busy.last_success) == (14, 0, NOW)
    assert busy.next_poll_at == NOW + dt.timedelta(hours=6.5 * 24 / 14)
    assert down.consecutive_errors == 1 and down.last_error and "HTTP 503" in down.last_error
    assert down.next_poll_at == NOW + dt.timedelta(hours=2)  # Retry-After honoured
    assert cut.entries_seen == 2 and cut.last_warning and "truncated" in cut.last_warning

    # an hour later nothing is due; three hours later the failing feed is asked again
    assert run_once(store, Settings(), now=NOW + dt.timedelta(hours=1), limit=0).feeds == 0
    assert site.count("/down.xml") == 1
    later = run_once(store, Settings(), now=NOW + dt.timedelta(hours=3), limit=0)
    assert later.feeds == 1 and site.count("/down.xml") == 2
    assert {f.name: f for f in store.list_feeds()}["down"].consecutive_errors == 2

    # the server recovers: the error count is reset
    site.add(
        "/down.xml", Route(body=_rss(1, dt.timedelta(days=1)), content_type="application/rss+xml")
    )
    run_once(store, Settings(), now=NOW + dt.timedelta(days=2), limit=0)
    down = {f.name: f for f in store.list_feeds()}["down"]
    assert (down.consecutive_errors, down.last_error, down.entries_seen) == (0, None, 1)


@pytest.mark.slow
def test_a_page_that_is_not_its_article_is_a_recorded_failure(site: Site, store: Store) -> None:
    """Issue 13: a members-only notice is not digested; the run records why."""
    page = (
        Path(__file__).resolve().parents[2]
        / "benchmarks/data/extract-set/pages/wrong-members-only-en.html"
    )
    site.add("/news/members", Route(body=page.read_bytes()))
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Inside the negotiations</title><link>{{BASE}}/news/members</link></item>"
        "</channel></rss>"
    )
    site.add("/feed.xml", Route(body=feed.encode(), content_type="application/rss+xml"))
    store.add_feed("T", site.url("/feed.xml"))
    summary = run_once(store, Settings(), now=NOW)
    assert (summary.new, summary.digested, summary.failed) == (1, 0, 1)
    [source] = store.list_sources()
    assert source.last_error and "the page shows a subscription notice instead" in source.last_error
    assert store.count_posts() == 0
