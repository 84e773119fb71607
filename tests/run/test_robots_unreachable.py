"""A 5xx on robots.txt puts the host off for later without spending the articles' attempts
(issue 12, item 17)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.feeds.site import Route, Site
from tests.run.helpers import serve_articles
from yoten.run import process_article, run_once
from yoten.settings import Settings
from yoten.store import Store

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(f"sqlite:///{tmp_path / 'yoten.db'}") as s:
        yield s


@pytest.mark.slow
def test_robots_5xx_defers_the_host(site: Site, store: Store) -> None:
    store.add_feed("Loop", serve_articles(site, 3))
    site.add("/robots.txt", Route(status=503, body=b"busy"))
    first = run_once(store, Settings(), now=NOW)
    assert (first.digested, first.failed, first.deferred) == (0, 0, 3)
    assert site.count("/robots.txt") == 1 and site.count("/story/0") == 0
    for source in store.list_sources():
        assert source.attempts == 0 and source.status == "new"
        assert source.next_attempt_at == NOW + dt.timedelta(minutes=10)
        assert "robots.txt unreachable (HTTP 503)" in (source.last_error or "")
    # not due yet: nothing is tried
    early = run_once(store, Settings(), now=NOW + dt.timedelta(minutes=5), poll=False)
    assert (early.pending, early.deferred) == (0, 0)
    site.add("/robots.txt", Route(body=b"User-agent: *\nAllow: /\n", content_type="text/plain"))
    later = run_once(store, Settings(), now=NOW + dt.timedelta(minutes=11), poll=False)
    assert later.digested == 3 and store.source_counts() == {"done": 3}


@pytest.mark.slow
def test_robots_5xx_defers_in_the_worker_path(site: Site, store: Store) -> None:
    store.add_feed("Loop", serve_articles(site, 1))
    site.add("/robots.txt", Route(status=500, body=b"oops"))
    run_once(store, Settings(), now=NOW)
    [source] = store.list_sources()
    assert source.attempts == 0
    outcome = process_article(
        source.id, store=store, settings=Settings(), now=NOW + dt.timedelta(minutes=11)
    )
    assert outcome.status == "deferred"
    assert store.get_source(source.id).attempts == 0


@pytest.mark.slow
def test_an_unreachable_model_server_defers_in_the_worker_path(site: Site, store: Store) -> None:
    """The distributed worker's unit of work spends no attempt when the model server is down."""
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store.add_feed("Loop", serve_articles(site, 1))
    run_once(store, Settings(), now=NOW, limit=0)
    [source] = store.list_sources()
    settings = Settings(engine="openai", base_url=f"http://127.0.0.1:{port}/v1", model="m")
    outcome = process_article(source.id, store=store, settings=settings, now=NOW)
    assert (outcome.status, outcome.unreachable) == ("deferred", True)
    after = store.get_source(source.id)
    assert after.attempts == 0 and after.status == "new"
    assert after.next_attempt_at is not None and after.next_attempt_at > NOW
