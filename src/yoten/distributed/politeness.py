"""Politeness shared by every worker through Redis: one robots.txt fetch per host, at
most ``per-host`` article fetches in flight per host (one by default), and the host's
Crawl-delay between them, whichever worker or machine fetches.

The single-process runner keeps the same rules in memory (:class:`yoten.run.politeness.HostGate`).
A Redis failure here never fails an article: the worker then fetches robots.txt
itself and does not wait, as a lone process would.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import redis

from yoten.distributed.config import NAMESPACE

__all__ = ["SharedPoliteness"]

ROBOTS_TTL_S = 3600
UNREACHABLE_TTL_S = 600
ROBOTS_MAX_CHARS = 512_000  # RFC 9309 §2.5: parse at least 500 KiB


#: Take one of ARGV[2] slots for token ARGV[1] until ARGV[3] ms from now; 1 if taken.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return 1
end
return 0
"""


def _key(kind: str, host: str) -> str:
    return f"{NAMESPACE}:{kind}:{hashlib.sha256(host.encode()).hexdigest()[:32]}"


class SharedPoliteness:
    """The robots.txt cache and the per-host fetch slots and Crawl-delay gate, in Redis."""

    def __init__(self, client: redis.Redis, *, wait_s: float = 30.0, per_host: int = 1) -> None:
        self.client = client
        self.wait_s = wait_s
        self.per_host = per_host
        #: A slot outlives the fetch's own deadline, then frees itself.
        self._hold_ms = int((wait_s + 10) * 1000)
        self._acquire = client.register_script(_ACQUIRE)

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
                if self.client.set(lock, "1", nx=True, ex=int(self.wait_s) + 1):
                    # The worker that held the lock may have cached the file and let
                    # go between our read and our lock: read again before fetching.
                    cached = self.client.get(key)
                    if cached is not None:
                        self.client.delete(lock)
                        data = json.loads(cached)
                        return data["status"], data["text"]
                    break
                if time.monotonic() > deadline:
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

    @contextmanager
    def turn(self, host: str, delay: float) -> Iterator[None]:
        """Hold one of the host's fetch slots for the block, whichever worker or machine
        fetches: ``per_host`` slots, one when robots.txt sets a Crawl-delay, and then
        ``delay`` seconds after the end of the host's previous fetch.

        A slot is a member of a sorted set scored by its expiry (Redis's clock), so
        the slot of a worker that died mid-fetch is free again after the fetch's
        deadline.
        """
        token = uuid.uuid4().hex
        slots, gate = _key("slots", host), _key("gate", host)
        limit = 1 if delay > 0 else self.per_host
        held = False
        try:
            pause = 0.02
            while not self._acquire(keys=[slots], args=[token, limit, self._hold_ms]):
                time.sleep(pause)
                pause = min(0.25, pause * 1.5)
            held = True
            while delay > 0 and (left := self.client.pttl(gate)) and int(left) > 0:
                time.sleep(max(0.01, int(left) / 1000))
        except redis.RedisError:
            pass  # fetch without the shared gate, as a lone process would
        try:
            yield
        finally:
            if held:
                try:
                    if delay > 0:
                        self.client.set(gate, "1", px=max(1, int(delay * 1000)))
                    self.client.zrem(slots, token)
                except redis.RedisError:
                    pass  # the slot expires by itself
