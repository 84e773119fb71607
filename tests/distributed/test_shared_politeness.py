"""Distributed workers share robots.txt and Crawl-delay, and a stale claim does not
hold a failed source for hours (issue 12, item 16).

Real Redis, a real HTTP site on 127.0.0.1, and four threads that each act as
a worker (``handle_source`` with the context a worker process builds).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import redis

from tests.feeds.site import Route, Site, start_site
from tests.run.helpers import article_html
from yoten.distributed.politeness import SharedPoliteness
from yoten.distributed.poller import enqueue_pending
from yoten.distributed.tasks import WorkerContext, handle_source
from yoten.settings import Settings
from yoten.store import Store
from yoten.store.leases import Leases

pytestmark = [pytest.mark.services, pytest.mark.filterwarnings("ignore::ResourceWarning")]

COUNT = 4


@pytest.fixture
def polite_site() -> Iterator[Site]:
    site = start_site()
    site.add(
        "/robots.txt", Route(body=b"User-agent: *\nCrawl-delay: 1\n", content_type="text/plain")
    )
    for n in range(COUNT):
        site.add(
            f"/news/{n}",
            Route(body=article_html(n).encode(), content_type="text/html; charset=utf-8"),
        )
    try:
        yield site
    finally:
        site.stop()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'y.db'}") as s:
        yield s


def _context(store: Store, client: redis.Redis, name: str) -> WorkerContext:
    from yoten.engines import make_engine

    settings = Settings(engine="extractive", timeout=10)
    return WorkerContext(
        store=store,
        settings=settings,
        engine=make_engine(settings),
        worker_id=name,
        leases=Leases(store, ttl=settings.lease),
        politeness=SharedPoliteness(client, wait_s=30),  # the default: a loaded CI machine is slow
    )


def test_workers_share_robots_and_crawl_delay(
    polite_site: Site, store: Store, redis_url: str
) -> None:
    client = redis.Redis.from_url(redis_url)
    try:
        ids = [
            store.add_source(
                f"{polite_site.base}/news/{n}", f"{polite_site.base}/news/{n}", origin="feed:Loop"
            )[0].id
            for n in range(COUNT)
        ]
        workers = [_context(store, client, f"w{i}") for i in range(COUNT)]
        with ThreadPoolExecutor(COUNT) as pool:
            results = list(
                pool.map(
                    lambda pair: handle_source(pair[0], pair[1], "t"),
                    zip(workers, ids, strict=True),
                )
            )
    finally:
        client.close()
    assert [r.status for r in results] == ["digested"] * COUNT
    assert polite_site.count("/robots.txt") == 1
    times = sorted(h.at for h in polite_site.hits if h.path.startswith("/news/"))
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == COUNT and min(gaps) >= 0.9, gaps


def test_a_claim_left_by_a_redis_outage_does_not_wait_six_hours(
    store: Store, redis_url: str
) -> None:
    source, _ = store.add_source(
        "http://127.0.0.1:9/news/x", "http://127.0.0.1:9/news/x", origin="t"
    )
    first = enqueue_pending(store, redis_url)
    assert first.enqueued == 1
    # the worker failed the source (recording the failure clears the claim)
    now = dt.datetime.now(dt.UTC)
    store.record_failure(source.id, "HTTP 503", now=now - dt.timedelta(minutes=11))
    again = enqueue_pending(store, redis_url, now=now)
    assert (again.enqueued, again.already_queued) == (1, 0)
    # and a claim whose source did not change is still respected
    third = enqueue_pending(store, redis_url, now=now)
    assert (third.enqueued, third.already_queued) == (0, 1)


class _LateReader(redis.Redis):
    """A real Redis client whose first cache read misses just before another worker
    caches robots.txt and lets go of the lock: the interleaving that once fetched
    the file twice (CI, 2026-12-05)."""

    def __init__(self, url: str, other: SharedPoliteness) -> None:
        pool = redis.ConnectionPool.from_url(url)
        super().__init__(connection_pool=pool)
        self.other = other
        self.reads = 0

    def get(self, name):  # type: ignore[no-untyped-def, override]
        self.reads += 1
        value = super().get(name)
        if self.reads == 1:
            self.other.robots("example.org", lambda: (200, "User-agent: *\n"))
        return value


def test_a_worker_that_wins_the_lock_late_reads_the_cache_again(redis_url: str) -> None:
    other_client = redis.Redis.from_url(redis_url)
    late = _LateReader(redis_url, SharedPoliteness(other_client))
    fetches: list[str] = []

    def fetch() -> tuple[int | None, str]:
        fetches.append("late")
        return 200, "User-agent: *\nDisallow: /\n"

    try:
        status, text = SharedPoliteness(late).robots("example.org", fetch)
    finally:
        late.close()
        other_client.close()
    assert fetches == []  # the other worker's copy was used
    assert (status, text) == (200, "User-agent: *\n")
