"""Enqueueing and message handling against real Redis and PostgreSQL (in this process)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from tests.distributed.site import NewsSite, news_site
from yoten.settings import Settings
from yoten.store import Store
from yoten.store.tables import DigestRow

pytest.importorskip("dramatiq")
pytestmark = [pytest.mark.services, pytest.mark.filterwarnings("ignore::ResourceWarning")]

import redis

from yoten.distributed.broker import make_broker, queue_depth
from yoten.distributed.poller import enqueue_pending, queued_owner
from yoten.distributed.tasks import TaskResult, WorkerContext, handle_source
from yoten.store.leases import Leases
from yoten.store.tables import SourceRow


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with news_site(4) as s:
        yield s


@pytest.fixture
def store(postgres_url: str) -> Iterator[Store]:
    with Store.open(postgres_url) as s:
        yield s


def add_sources(store: Store, site: NewsSite, count: int) -> list[int]:
    ids = []
    for n in range(count):
        source, created = store.add_source(
            f"{site.base}/news/{n}", f"{site.base}/news/{n}", origin="feed:Loopback"
        )
        assert created
        ids.append(source.id)
    return ids


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    c = redis.Redis.from_url(redis_url)
    try:
        yield c
    finally:
        c.close()


def context(store: Store, name: str = "test:1") -> WorkerContext:
    """What a worker process holds, built by hand (no Dramatiq involved)."""
    from yoten.engines import make_engine

    settings = Settings(engine="extractive", timeout=10)
    return WorkerContext(
        store=store,
        settings=settings,
        engine=make_engine(settings),
        worker_id=name,
        leases=Leases(store, ttl=settings.lease),
    )


def holder(store: Store, source_id: int) -> str | None:
    """Who holds the source's claim in the store."""
    with store.engine.connect() as conn:
        return conn.execute(
            select(SourceRow.claimed_by).where(SourceRow.id == source_id)
        ).scalar_one()


def digests_per_article(store: Store) -> Counter[int]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(DigestRow.article_id, func.count()).group_by(DigestRow.article_id)
        )
        return Counter({int(a): int(n) for a, n in rows})


def test_enqueue_is_idempotent(store: Store, site: NewsSite, redis_url: str) -> None:
    ids = add_sources(store, site, 3)
    first = enqueue_pending(store, redis_url)
    assert (first.pending, first.enqueued, first.already_queued) == (3, 3, 0)
    assert first.source_ids == ids
    again = enqueue_pending(store, redis_url)
    assert (again.pending, again.enqueued, again.already_queued) == (3, 0, 3)
    broker = make_broker(redis_url)
    try:
        assert queue_depth(broker) == 3
    finally:
        broker.close()
    assert all((holder(store, i) or "").startswith("queued ") for i in ids)


def test_enqueue_respects_limit(store: Store, site: NewsSite, redis_url: str) -> None:
    add_sources(store, site, 4)
    assert enqueue_pending(store, redis_url, limit=3).enqueued == 3
    rest = enqueue_pending(store, redis_url, limit=3)
    assert (rest.enqueued, rest.already_queued) == (1, 3)


def test_handle_source_claims_checks_and_releases(store: Store, site: NewsSite) -> None:
    [source_id] = add_sources(store, site, 1)
    ctx = context(store)
    assert store.claim_source(source_id, queued_owner("token-1"))

    # A run (or another worker) holds the source: this worker leaves it alone.
    assert store.claim_source(source_id, "elsewhere:1:run 7", stale=lambda _: True)
    busy = handle_source(ctx, source_id, "token-1")
    assert busy.status == "busy"
    assert store.article_for_source(source_id) is None
    assert holder(store, source_id) == "elsewhere:1:run 7"
    store.release_source(source_id, "elsewhere:1:run 7")

    done = handle_source(ctx, source_id, "token-1")
    assert done.status == "digested" and done.post_id is not None
    assert store.get_source(source_id).status == "done"
    assert holder(store, source_id) is None

    # A stale duplicate message: nothing to do.
    late = handle_source(ctx, source_id, "token-stale")
    assert late.status == "not_due"
    stored = store.article_for_source(source_id)
    assert stored is not None
    assert digests_per_article(store) == Counter({stored[0]: 1})
    ctx.leases.close()


def test_concurrent_duplicates_digest_once(
    store: Store, site: NewsSite, client: redis.Redis
) -> None:
    site.delay = 0.3  # keep the first worker busy while the others arrive
    [source_id] = add_sources(store, site, 1)
    contexts = [context(store, f"test:{i}") for i in range(6)]
    results: list[TaskResult] = []
    barrier = threading.Barrier(len(contexts))

    def work(ctx: WorkerContext) -> None:
        barrier.wait()
        results.append(handle_source(ctx, source_id, "same-message"))

    threads = [threading.Thread(target=work, args=(c,)) for c in contexts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    statuses = Counter(r.status for r in results)
    assert statuses["digested"] == 1
    assert statuses["busy"] >= 1  # the store claim turned at least one duplicate away
    assert statuses["digested"] + statuses["busy"] + statuses["not_due"] == 6
    assert site.count("/news/0") == 1  # fetched once
    assert sum(digests_per_article(store).values()) == 1


def test_failure_is_recorded_and_claim_released(
    store: Store, site: NewsSite, redis_url: str, client: redis.Redis
) -> None:
    source, _ = store.add_source(
        f"{site.base}/news/404", f"{site.base}/news/404", origin="feed:Loopback"
    )
    ctx = context(store)
    assert store.claim_source(source.id, queued_owner("t"))
    result = handle_source(ctx, source.id, "t")
    assert result.status == "failed" and result.error and "404" in result.error
    after = store.get_source(source.id)
    assert after.status == "failed" and after.attempts == 1 and after.next_attempt_at is not None
    assert holder(store, source.id) is None
    # Not due yet: the poller does not enqueue it again.
    assert enqueue_pending(store, redis_url).enqueued == 0
