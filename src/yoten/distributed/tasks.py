"""What a worker does with one message: lock the source, process it once, release its claim.

:func:`handle_source` wraps :func:`yoten.run.process_article` with what
several workers sharing one store need:

- a per-source lock: on PostgreSQL a session advisory lock
  (``pg_try_advisory_lock``) held on its own connection while the source is
  processed. A second worker that gets the same source (a re-delivered or
  duplicated message) finds it busy and leaves it to the holder. The lock
  dies with the holder's connection, so a crashed worker never leaves a
  source locked. Other databases get no lock and rely on the store's unique
  keys (one article per source, one digest per article/engine/model/prompt).
- a due check under the lock: a source already done, dead, or failed with a
  retry time still ahead is not processed again.
- failures: an article's own failure (404, no text, engine error) is recorded
  on the source by ``process_article`` with a retry time, and the message is
  acknowledged; a store failure (database down) is raised so that Dramatiq
  retries the message later.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import text
from sqlalchemy.engine import Engine as SqlEngine
from sqlalchemy.exc import SQLAlchemyError

from yoten.distributed.config import ADVISORY_LOCK_CLASS, QueueError
from yoten.engines.base import Engine
from yoten.errors import StoreError, YotenError
from yoten.i18n import gettext as _
from yoten.settings import Settings
from yoten.store import NoSuchSource, Source, Store, utcnow

if TYPE_CHECKING:
    from yoten.distributed.broker import Claims
    from yoten.run.politeness import SharedGate

__all__ = ["TaskResult", "WorkerContext", "handle_source", "is_due", "source_lock"]

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
    claims: Claims | None = None
    #: PostgreSQL engine for advisory locks; None: no per-source lock.
    lock_engine: SqlEngine | None = None
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


def lock_engine_for(store: Store) -> SqlEngine | None:
    """The store's engine when it is PostgreSQL (advisory locks available), else None."""
    return store.engine if store.engine.dialect.name == "postgresql" else None


@contextmanager
def source_lock(engine: SqlEngine | None, source_id: int) -> Iterator[bool]:
    """Hold the source's advisory lock while the block runs; yields False if another holds it.

    Without a PostgreSQL engine it yields True and locks nothing.
    """
    if engine is None:
        yield True
        return
    keys = {"c": ADVISORY_LOCK_CLASS, "s": source_id}
    try:
        conn = engine.connect()
    except SQLAlchemyError as exc:
        raise StoreError(
            _("cannot lock source {source_id}: {exc}").format(
                source_id=source_id, exc=" ".join(str(exc).split())[:300]
            )
        ) from None
    try:
        try:
            held = bool(conn.execute(text("SELECT pg_try_advisory_lock(:c, :s)"), keys).scalar())
            conn.commit()  # the lock is session-level: no transaction stays open
        except SQLAlchemyError as exc:
            conn.invalidate()
            raise StoreError(
                _("cannot lock source {source_id}: {exc}").format(
                    source_id=source_id, exc=" ".join(str(exc).split())[:300]
                )
            ) from None
        try:
            yield held
        finally:
            if held:
                try:
                    conn.execute(text("SELECT pg_advisory_unlock(:c, :s)"), keys)
                    conn.commit()
                except SQLAlchemyError:
                    conn.invalidate()  # closing the session releases the lock
    finally:
        conn.close()


def _release(ctx: WorkerContext, source_id: int, token: str) -> None:
    if ctx.claims is None:
        return
    try:
        ctx.claims.release(source_id, token)
    except QueueError as exc:  # the claim expires by itself
        log.warning("%s", exc)


def _process(
    ctx: WorkerContext, source_id: int, token: str
) -> tuple[TaskStatus, int | None, str | None]:
    from yoten.run import process_article

    with source_lock(ctx.lock_engine, source_id) as held:
        if not held:
            return "busy", None, "another worker holds it"
        try:
            source = ctx.store.get_source(source_id)
        except NoSuchSource:
            _release(ctx, source_id, token)
            return "missing", None, "not in the store"
        if not is_due(source, utcnow()):
            _release(ctx, source_id, token)
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
            raise  # the database failed: Dramatiq retries the message, the claim stays
        except YotenError as exc:  # recording the failure itself failed in a non-store way
            raise StoreError(
                _("source {source_id}: {exc}").format(source_id=source_id, exc=exc)
            ) from None
        except Exception as exc:  # noqa: BLE001 - a bug in one article must not kill the worker (as in the runner)
            message = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
            ctx.store.record_failure(source_id, message)
            _release(ctx, source_id, token)
            return "failed", None, message
        _release(ctx, source_id, token)
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
