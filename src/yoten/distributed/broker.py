"""The Dramatiq broker on Redis and the actor's declaration.

Sources are claimed in the store, not here (:mod:`yoten.store.leases`).

This module imports dramatiq and redis; the rest of yoten imports it only in
distributed mode.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

try:
    import dramatiq
    import redis
    from dramatiq.brokers.redis import RedisBroker
except ImportError:  # pragma: no cover - depends on the installed extras
    raise ImportError(
        "distributed mode needs dramatiq and redis: pip install 'yoten[distributed]'"
    ) from None

from yoten.distributed.config import (
    ACTOR_NAME,
    NAMESPACE,
    QUEUE_NAME,
    QueueError,
    check_queue_url,
    mask_url,
)
from yoten.i18n import gettext as _

__all__ = ["declare_actor", "make_broker", "queue_depth", "send_source"]

#: Dramatiq options of the actor: retries only for unexpected errors (store
#: down); article failures are recorded in the store and retried by the poller.
ACTOR_OPTIONS: dict[str, Any] = {
    "max_retries": 5,
    "min_backoff": 5_000,
    "max_backoff": 600_000,
    "time_limit": 3_600_000,
}

#: Out of a million broker commands, how many also requeue the messages of
#: workers whose heartbeat stopped (Dramatiq's default is 1,000; 10,000 makes
#: a crashed worker's messages come back within about a minute or two even
#: with few workers polling).
MAINTENANCE_CHANCE = 10_000


def _redis_message(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def make_broker(url: str) -> RedisBroker:
    """A RedisBroker on ``url`` that answers PING; QueueError if it does not."""
    url = check_queue_url(url)
    try:
        client = redis.Redis.from_url(
            url, socket_connect_timeout=5, socket_timeout=30, health_check_interval=30
        )
        client.ping()
        broker = RedisBroker(  # type: ignore[no-untyped-call]
            client=client, namespace=NAMESPACE, maintenance_chance=MAINTENANCE_CHANCE
        )
    except (redis.RedisError, ValueError, OSError) as exc:
        raise QueueError(
            _("cannot reach the queue: {exc}").format(exc=_redis_message(exc)), source=mask_url(url)
        ) from None
    return broker


def declare_actor(
    broker: RedisBroker, fn: Callable[[int, str], object]
) -> dramatiq.Actor[Any, Any]:
    """Declare the ``yoten.process_source`` actor on ``broker`` with ``fn`` as its body.

    The poller declares it with a body that is never run (it only sends); a
    worker declares it with the real handler.
    """
    decorate = dramatiq.actor(
        broker=broker, actor_name=ACTOR_NAME, queue_name=QUEUE_NAME, **ACTOR_OPTIONS
    )
    actor: dramatiq.Actor[Any, Any] = decorate(fn)
    return actor


def send_source(actor: dramatiq.Actor[Any, Any], source_id: int, token: str) -> None:
    """Enqueue one message ``(source_id, token)`` for ``actor``; QueueError on a Redis failure."""
    try:
        actor.send(source_id, token)
    except redis.RedisError as exc:
        raise QueueError(
            _("cannot enqueue source {source_id}: {exc}").format(
                source_id=source_id, exc=_redis_message(exc)
            )
        ) from None


def queue_depth(broker: RedisBroker) -> int:
    """Messages waiting in the queue (not counting those a worker holds)."""
    try:
        return int(broker.client.llen(f"{NAMESPACE}:{QUEUE_NAME}"))
    except redis.RedisError as exc:
        raise QueueError(
            _("cannot read the queue: {exc}").format(exc=_redis_message(exc))
        ) from None
