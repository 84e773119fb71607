"""Distributed mode: the per-article work as Dramatiq tasks on a Redis broker.

One poller (``yoten run --queue redis://…``) polls feeds into the store and
enqueues one message per pending source; any number of ``yoten worker``
processes, on any number of machines, run :func:`yoten.run.process_article`
for each message against a shared store (PostgreSQL).

Nothing here imports dramatiq, redis or psycopg at module import: the
default single-process mode never loads them. Install them with the
``distributed`` extra (``pip install 'yoten[distributed]'``).

See docs/distributed.md.
"""

from yoten.distributed.config import (
    ACTOR_NAME,
    CLAIM_TTL_S,
    QUEUE_NAME,
    QueueError,
    check_queue_url,
    mask_url,
)
from yoten.distributed.poller import EnqueueResult, QueueSummary, enqueue_pending, run_queued
from yoten.distributed.tasks import TaskResult, WorkerContext, handle_source
from yoten.distributed.worker import WorkerOptions, run_worker

__all__ = [
    "ACTOR_NAME",
    "CLAIM_TTL_S",
    "QUEUE_NAME",
    "EnqueueResult",
    "QueueError",
    "QueueSummary",
    "TaskResult",
    "WorkerContext",
    "WorkerOptions",
    "check_queue_url",
    "enqueue_pending",
    "handle_source",
    "mask_url",
    "run_queued",
    "run_worker",
]
