"""Politeness shared by every worker through Redis: one robots.txt fetch per host, and
the host's Crawl-delay between article fetches, whichever worker or machine fetches.

The single-process runner keeps the same rules in memory (:class:`yoten.run.politeness.HostGate`).
A Redis failure here never fails an article: the worker then fetches robots.txt
itself and does not wait, as a lone process would.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable

import redis

from yoten.distributed.config import NAMESPACE

__all__ = ["SharedPoliteness"]

ROBOTS_TTL_S = 3600
UNREACHABLE_TTL_S = 600
ROBOTS_MAX_CHARS = 512_000  # RFC 9309 §2.5: parse at least 500 KiB


def _key(kind: str, host: str) -> str:
    return f"{NAMESPACE}:{kind}:{hashlib.sha256(host.encode()).hexdigest()[:32]}"


class SharedPoliteness:
    """The robots.txt cache and the per-host Crawl-delay gate, in Redis."""

    def __init__(self, client: redis.Redis, *, wait_s: float = 30.0) -> None:
        self.client = client
        self.wait_s = wait_s

    def robots(
        self, host: str, fetch: Callable[[], tuple[int | None, str]]
    ) -> tuple[int | None, str]:
        """(status, text) of the host's robots.txt: from the cache, or fetched by one worker."""
        key, lock = _key("robots", host), _key("robots-lock", host)
        deadline = time.monotonic() + self.wait_s
        try:
            while True:
                cached = self.client.get(key)
                if cached is not None:
                    data = json.loads(cached)
                    return data["status"], data["text"]
                if (
                    self.client.set(lock, "1", nx=True, ex=int(self.wait_s) + 1)
                    or time.monotonic() > deadline
                ):
                    break
                time.sleep(0.05)  # another worker is fetching it
        except (redis.RedisError, ValueError, KeyError, TypeError):
            return fetch()
        status, text = fetch()
        ttl = ROBOTS_TTL_S if status is not None and status < 500 else UNREACHABLE_TTL_S
        try:
            self.client.set(
                key, json.dumps({"status": status, "text": text[:ROBOTS_MAX_CHARS]}), ex=ttl
            )
            self.client.delete(lock)
        except redis.RedisError:
            pass
        return status, text

    def wait_turn(self, host: str, delay: float) -> None:
        """Return when this worker may fetch from ``host``: ``delay`` seconds after the last fetch."""
        if delay <= 0:
            return
        key = _key("gate", host)
        try:
            while not self.client.set(key, "1", nx=True, px=max(1, int(delay * 1000))):
                left = self.client.pttl(key)
                time.sleep(max(0.01, (left if isinstance(left, int) and left > 0 else 10) / 1000))
        except redis.RedisError:
            return
