"""The poller of the distributed mode: poll feeds into the store, enqueue pending sources.

One process does this (``yoten run --queue URL``); it never digests. Each
pending source (new, or failed and due for a retry) gets one message on the
queue, at most once: its claim in the store marks it as queued until a
worker takes it over.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from yoten.engines.base import Engine
from yoten.settings import Settings
from yoten.store import Store, utcnow

if TYPE_CHECKING:
    from dramatiq.brokers.redis import RedisBroker

    from yoten.run import ProgressHook

__all__ = ["EnqueueResult", "QueueSummary", "enqueue_pending", "queued_owner", "run_queued"]


@dataclass
class EnqueueResult:
    """What one enqueue step did: sources pending, enqueued now, already queued."""

    pending: int = 0
    enqueued: int = 0
    already_queued: int = 0
    source_ids: list[int] = field(default_factory=list)


@dataclass
class QueueSummary:
    """Counts of one ``yoten run --queue`` pass (the poll counts, then the enqueue counts)."""

    new: int = 0
    skipped: int = 0
    feeds: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    pending: int = 0
    enqueued: int = 0
    already_queued: int = 0
    waiting: int = 0
    run_id: int | None = None
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        """``12 new, 0 skipped, 12 enqueued, 0 already queued (12 waiting)``."""
        return (
            f"{self.new} new, {self.skipped} skipped, {self.enqueued} enqueued, "
            f"{self.already_queued} already queued ({self.waiting} waiting)"
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready counts (errors capped at 50), with ``"mode": "queue"``."""
        data = asdict(self)
        data["errors"] = self.errors[:50]
        data["mode"] = "queue"
        return data


def _unused_body(source_id: int, token: str) -> None:  # pragma: no cover - never run by the poller
    raise RuntimeError("the poller only sends messages")


def queued_owner(token: str) -> str:
    """The store claim of a source whose message ``token`` waits in the queue."""
    return f"queued {token}"


def enqueue_pending(
    store: Store,
    queue_url: str,
    *,
    limit: int | None = None,
    now: dt.datetime | None = None,
    broker: RedisBroker | None = None,
    claim_ttl: int | None = None,
) -> EnqueueResult:
    """Send one message per pending source that is not queued yet; at most ``limit`` messages.

    Safe to call any number of times, from any number of processes, beside
    ``yoten run`` on the same store: a source is claimed in the store (the
    claim every run and worker takes, see :mod:`yoten.store.leases`) for its
    message's token before the message is sent. The worker that gets the
    message takes the claim over; a message lost with Redis leaves a claim that
    expires after ``claim_ttl`` seconds, and the source is enqueued again.
    """
    from yoten.distributed.broker import declare_actor, make_broker, send_source
    from yoten.distributed.config import CLAIM_TTL_S

    own = broker is None
    active = make_broker(queue_url) if broker is None else broker
    ttl = dt.timedelta(seconds=claim_ttl or CLAIM_TTL_S)
    try:
        actor = declare_actor(active, _unused_body)
        result = EnqueueResult()
        sources = store.pending_sources(None, now=now or utcnow())
        result.pending = len(sources)
        for source in sources:
            if limit is not None and result.enqueued >= limit:
                break
            token = uuid.uuid4().hex
            if not store.claim_source(source.id, queued_owner(token), ttl=ttl):
                result.already_queued += 1  # queued, or in the hands of a worker or a run
                continue
            try:
                send_source(actor, source.id, token)
            except BaseException:
                store.release_source(source.id, queued_owner(token))
                raise
            result.enqueued += 1
            result.source_ids.append(source.id)
        return result
    finally:
        if own:
            active.close()


def run_queued(
    store: Store,
    settings: Settings,
    *,
    queue_url: str,
    engine: Engine | None = None,
    concurrency: int = 4,
    limit: int | None = None,
    poll: bool = True,
    poll_all: bool = False,
    now: dt.datetime | None = None,
    progress: ProgressHook | None = None,
) -> QueueSummary:
    """One pass of the poller: poll feeds (unless ``poll`` is False), then enqueue pending sources.

    The poll is the runner's own (:func:`yoten.run.run_once` with no article
    processed: ``limit=0``), so conditional GETs, filters and dedupe are the
    same as in single-process mode. The run is recorded in the store with the
    queue counts. ``engine`` is only handed to the runner, which does not use
    it when it processes nothing.
    """
    from yoten.distributed.broker import make_broker, queue_depth
    from yoten.run import run_once

    broker = make_broker(queue_url)  # fail before polling when the queue is down
    try:
        if engine is None:
            from yoten.engines import make_engine

            engine = make_engine(settings)
        polled = run_once(
            store,
            settings,
            engine=engine,
            concurrency=concurrency,
            limit=0,
            poll=poll,
            poll_all=poll_all,
            now=now,
            progress=progress,
        )
        sent = enqueue_pending(store, queue_url, limit=limit, broker=broker)
        summary = QueueSummary(
            new=polled.new,
            skipped=polled.skipped,
            feeds=polled.feeds,
            feeds_unchanged=polled.feeds_unchanged,
            feeds_failed=polled.feeds_failed,
            pending=sent.pending,
            enqueued=sent.enqueued,
            already_queued=sent.already_queued,
            waiting=queue_depth(broker),
            run_id=polled.run_id,
            errors=list(polled.errors),
        )
        if summary.run_id is not None:
            store.finish_run(summary.run_id, summary.as_dict())
        return summary
    finally:
        broker.close()
