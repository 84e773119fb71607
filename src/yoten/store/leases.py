"""The claims one process holds on sources, renewed while the work goes on.

A run (``yoten run``, each ``--processes`` worker) and a distributed worker
claim a source in the store (:meth:`Store.claim_source`) before working on
it: one mechanism, so an article is digested once whichever of them takes
it. The claim is a lease of ``settings.lease`` (3 minutes by default) that a
background thread renews every third of that while the process holds it, so
a long model call is never taken over, and the articles of a process that
died (kill -9, a lost machine) are free again within one lease.

>>> with Leases(store, ttl=180.0) as leases:     # doctest: +SKIP
...     if leases.claim(source.id, owner):
...         try: work()
...         finally: leases.release(source.id, owner)
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
from collections import Counter
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Self

from yoten.errors import StoreError

if TYPE_CHECKING:
    from yoten.store.store import Store

__all__ = ["Leases", "dead_local_owner"]

log = logging.getLogger("yoten.leases")


class Leases:
    """Claims held by this process, renewed by a daemon thread every ``ttl / 3`` seconds.

    Closing stops the renewals and releases every claim still held: work that
    did not finish (a stop after the grace period) is free for the next run at
    once instead of after the lease.
    """

    def __init__(self, store: Store, *, ttl: float) -> None:
        self.store = store
        self.ttl = dt.timedelta(seconds=ttl)
        self._held: Counter[str] = Counter()  # owner → claims held
        self._lock = threading.Lock()
        self._claiming = 0  # claims on their way to the store
        self._settled = threading.Condition(self._lock)
        self._closed = threading.Event()
        self._released = False
        self._thread = threading.Thread(target=self._renew, name="yoten-leases", daemon=True)
        self._thread.start()

    def claim(
        self, source_id: int, owner: str, *, stale: Callable[[str], bool] | None = None
    ) -> bool:
        """Claim the source for ``owner`` (see :meth:`Store.claim_source`); renewed until released.

        Thread-safe, and safe against :meth:`close`: a claim still on its way when the
        leases close is waited for and released with the others (never left behind by
        a run cancelled while it was claiming)."""
        with self._lock:
            if self._closed.is_set():
                return False
            self._claiming += 1
        claimed = late = False
        try:
            claimed = self.store.claim_source(source_id, owner, ttl=self.ttl, stale=stale)
        finally:
            with self._lock:
                self._claiming -= 1
                late = claimed and self._released
                if claimed and not late:
                    self._held[owner] += 1
                self._settled.notify_all()
        if late:  # close() gave up waiting for this one: release it here
            self.store.release_source(source_id, owner)
            return False
        return claimed

    def release(self, source_id: int, owner: str, *, dropped: bool = False) -> None:
        """Drop the claim. Done, failed or deferred work drops it already, in the
        transaction that records the outcome: with ``dropped`` the claim is only
        forgotten here (no write); without, the store row is written (work that
        ended otherwise: stopped, cancelled, or the model server unreachable)."""
        try:
            if not dropped:
                self.store.release_source(source_id, owner)
        finally:  # only now: until the row is written, close() releases it too
            with self._lock:
                self._held[owner] -= 1
                if self._held[owner] <= 0:
                    del self._held[owner]

    def owners(self) -> list[str]:
        """The owners that hold claims now."""
        with self._lock:
            return list(self._held)

    def _renew(self) -> None:
        every = max(0.2, self.ttl.total_seconds() / 3)
        while not self._closed.wait(every):
            owners = self.owners()
            if not owners:
                continue
            try:
                self.store.renew_claims(owners, ttl=self.ttl)
            except StoreError as exc:  # tried again at the next beat, well within the lease
                log.warning("cannot renew claims: %s", exc)

    def close(self, *, wait: float = 30.0) -> int:
        """Stop renewing and release every claim still held (waiting up to ``wait``
        seconds for claims on their way); the number released."""
        self._closed.set()
        self._thread.join(5)
        with self._lock:
            self._settled.wait_for(lambda: self._claiming == 0, timeout=wait)
            owners = list(self._held)
            self._held.clear()
            self._released = True
        try:
            return self.store.release_claims(owners)
        except StoreError as exc:  # the claims expire by themselves after one lease
            log.warning("cannot release claims: %s", exc)
            return 0

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()


def dead_local_owner(owner: str) -> bool:
    """True when a claim's owner ("host:pid:…") is a process of this host that is gone."""
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return _zombie(int(pid))


def _zombie(pid: int) -> bool:
    """True for a process that has exited but was not reaped yet (Linux; False elsewhere).

    A killed `yoten run --processes` worker is reparented to PID 1, which may
    reap it late: it still answers ``kill(pid, 0)`` but holds no work.
    """
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            state = f.read().rpartition(")")[2].split()
    except OSError:
        return False
    return bool(state) and state[0] in ("Z", "X")
