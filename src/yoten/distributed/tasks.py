"""What a worker does with one message: claim the source, process it once, release it.

:func:`handle_source` wraps :func:`yoten.run.process_article` with what
several workers sharing one store need:

- the source's claim in the store, the same lease ``yoten run`` takes
  (:mod:`yoten.store.leases`), so an article is digested once whichever
  worker or run gets it. The poller claims a source for the message it
  sends; the worker that gets the message takes that claim over, renews it
  while it works (a long model call is not taken over) and releases it. A
  second worker that gets the same source (a re-delivered or duplicated
  message) finds it busy and leaves it to the holder. The claim of a worker
  that died expires after one lease (at once on its own host).
- a due check: a source already done, dead, or failed with a retry time
  still ahead is not processed again.
- failures: an article's own failure (404, no text, engine error) is recorded
  on the source by ``process_article`` with a retry time, and the message is
  acknowledged; a store failure (database down) is raised so that Dramatiq
  retries the message later.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from yoten.engines.base import Engine
from yoten.errors import StoreError, YotenError
from yoten.i18n import gettext as _
from yoten.settings import Settings
from yoten.store import NoSuchSource, Source, Store, utcnow
from yoten.store.leases import Leases, dead_local_owner

if TYPE_CHECKING:
    from yoten.run.politeness import SharedGate

__all__ = ["TaskResult", "WorkerContext", "handle_source", "is_due"]

TaskStatus = Literal["digested", "reused", "failed", "busy", "not_due", "missing", "deferred"]

#: Clocks of worker machines and the poller may differ a little.
CLOCK_SLACK = dt.timedelta(seconds=60)

log = logging.getLogger("yoten.worker")


@dataclass
class WorkerContext:
    """Everything a worker process shares between its threads."""

    store: Store
    settings: Settings
    engine: Engine
    worker_id: str
    #: The store claims this process holds, renewed while it works on them.
    leases: Leases
    #: robots.txt cache and Crawl-delay shared by all workers (Redis); None: per process.
    politeness: SharedGate | None = None


@dataclass(frozen=True)
class TaskResult:
    """What became of one message."""

    source_id: int
    status: TaskStatus
    worker: str
    post_id: int | None = None
    error: str | None = None
    seconds: float = 0.0

    def line(self) -> str:
        """``source 12: digested (post 7) in 0.21s by host:1234``: the worker's log line."""
        extra = f" (post {self.post_id})" if self.post_id is not None else ""
        if self.error:
            extra += f": {self.error}"
        return (
            f"source {self.source_id}: {self.status}{extra} in {self.seconds:.2f}s by {self.worker}"
        )


def is_due(source: Source, now: dt.datetime) -> bool:
    """Whether a source should be processed now (the store's notion of pending)."""
    if source.status in ("new", "failed"):
        # a new source may be deferred (robots.txt unreachable) without a failed attempt
        return source.next_attempt_at is None or source.next_attempt_at <= now + CLOCK_SLACK
    return False


def _claim(ctx: WorkerContext, source_id: int, token: str, owner: str) -> bool:
    """Take the source's store claim over from the message's queue claim (or a dead
    process of this host, or an expired claim); False while another holds it."""
    from yoten.distributed.poller import queued_owner

    queued = queued_owner(token)
    return ctx.leases.claim(
        source_id, owner, stale=lambda other: other == queued or dead_local_owner(other)
    )


def _process(
    ctx: WorkerContext, source_id: int, token: str
) -> tuple[TaskStatus, int | None, str | None]:
    from yoten.run import process_article

    try:
        source = ctx.store.get_source(source_id)
    except NoSuchSource:
        return "missing", None, "not in the store"
    if not is_due(source, utcnow()):
        return "not_due", None, f"status {source.status}"
    owner = f"{ctx.worker_id}:worker {uuid.uuid4().hex[:12]}"
    if not _claim(ctx, source_id, token, owner):
        return "busy", None, "another worker or run holds it"
    try:
        source = ctx.store.get_source(source_id)
        if not is_due(source, utcnow()):  # done by another while we claimed it
            return "not_due", None, f"status {source.status}"
        try:
            outcome = process_article(
                source_id,
                store=ctx.store,
                settings=ctx.settings,
                engine=ctx.engine,
                shared=ctx.politeness,
            )
        except StoreError:
            raise  # the database failed: Dramatiq retries the message (the claim is released)
        except YotenError as exc:  # recording the failure itself failed in a non-store way
            raise StoreError(
                _("source {source_id}: {exc}").format(source_id=source_id, exc=exc)
            ) from None
        except Exception as exc:  # noqa: BLE001 - a bug in one article must not kill the worker (as in the runner)
            message = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
            ctx.store.record_failure(source_id, message)
            return "failed", None, message
    finally:
        try:
            ctx.leases.release(source_id, owner)
        except StoreError as exc:  # the claim expires by itself after one lease
            log.warning("%s", exc)
    if outcome.published:
        log.info("post %s: published (--publish clean)", outcome.post_id)
    for problem in outcome.problems:
        log.warning("%s", problem)
    return outcome.status, outcome.post_id, outcome.error


def handle_source(ctx: WorkerContext, source_id: int, token: str) -> TaskResult:
    """Process one message ``(source_id, token)`` and log one line about it.

    Raises StoreError only when the store cannot be used (Dramatiq retries).
    """
    started = time.monotonic()
    try:
        status, post_id, error = _process(ctx, int(source_id), str(token))
    except StoreError as exc:
        log.error("source %s: store error, will retry: %s (by %s)", source_id, exc, ctx.worker_id)
        raise
    result = TaskResult(
        int(source_id), status, ctx.worker_id, post_id, error, time.monotonic() - started
    )
    log.log(logging.WARNING if status == "failed" else logging.INFO, "%s", result.line())
    return result
