"""``yoten worker``: Dramatiq workers, in this process or in N child processes.

Each worker process opens the shared store, makes its engine, declares the
``yoten.process_source`` actor on its own Redis broker and runs a Dramatiq
:class:`~dramatiq.Worker` with M threads. SIGTERM or SIGINT stops it
gracefully: no new messages are taken, those in progress finish (up to
``settings.stop_grace``), prefetched ones go back to the queue, and the
store claims of work that did not finish are released, so the next worker
or run takes it at once. A second signal stops at once (still releasing).
Messages are acknowledged only after they were processed, so a worker
killed mid-task loses nothing: Redis hands its messages to another worker
once its heartbeat stops (after about a minute), and its store claims
expire after one lease.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass, replace
from types import FrameType
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from yoten.distributed.config import ADVISORY_LOCK_CLASS, mask_url
from yoten.errors import StoreError, Translation, map_errors
from yoten.i18n import gettext as _
from yoten.settings import Settings
from yoten.store import Store
from yoten.store.store import DB_ERRORS

__all__ = ["WorkerOptions", "configure_logging", "open_shared_store", "run_worker", "serve"]

log = logging.getLogger("yoten.worker")

HANDLER_NAME = "yoten-worker"
#: Seconds a crashed child process waits before it is started again.
RESTART_DELAY_S = 2.0
#: A signal this soon after the first is the same stop (systemd signals every
#: process of the unit, and the parent passes its signal on), not a second one.
SAME_STOP_S = 1.0


class _StopNow(Exception):
    """A second signal: stop without waiting for the messages in progress."""


@dataclass(frozen=True)
class WorkerOptions:
    """How to run the workers."""

    queue_url: str
    settings: Settings
    processes: int = 1
    threads: int = 4
    #: Longest wait between two polls of an empty queue.
    idle_ms: int = 1000
    verbose: bool = False


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time of each record.

    A plain StreamHandler keeps the stream it was given, which breaks once
    that stream is swapped and closed (a redirection, a test's capture).
    """

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


class _RedactingFormatter(logging.Formatter):
    """Log lines without URL passwords or authorization header values."""

    def format(self, record: logging.LogRecord) -> str:
        from yoten.redact import redact

        return redact(super().format(record))


def configure_logging(verbose: bool = False) -> None:
    """One line per event on stderr, with the process id (set up once per process)."""
    root = logging.getLogger()
    if not any(h.name == HANDLER_NAME for h in root.handlers):
        handler = _StderrHandler()
        handler.set_name(HANDLER_NAME)
        handler.setFormatter(
            _RedactingFormatter("%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("dramatiq").setLevel(logging.INFO if verbose else logging.WARNING)
    for noisy in ("httpx", "httpx2", "httpcore", "openai", "trafilatura", "alembic"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.WARNING)


def open_shared_store(url: str | None, *, threads: int) -> Store:
    """Open the store for a worker with ``threads`` threads.

    On PostgreSQL the migrations run under an advisory lock (many workers
    starting on a fresh database migrate it once) and the connection pool is
    sized for the threads (and the thread that renews their claims).
    Other databases are opened as :meth:`Store.open` does.
    """
    try:
        backend = make_url(url).get_backend_name() if url and "://" in url else "sqlite"
    except ArgumentError:
        backend = "unknown"  # Store.open reports the bad URL
    if backend != "postgresql":
        return Store.open(url)
    assert url is not None
    where = mask_url(url)
    opening: dict[type[BaseException], Translation] = {**DB_ERRORS, ImportError: StoreError}
    with map_errors(opening, message=_("cannot open the database: {error}"), source=where):
        engine = create_engine(url, pool_pre_ping=True, pool_size=2 * threads + 1, max_overflow=2)
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:c, 0)"), {"c": ADVISORY_LOCK_CLASS})
            conn.commit()
            try:
                Store.open(url).close()  # creates or migrates the schema
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:c, 0)"), {"c": ADVISORY_LOCK_CLASS})
                conn.commit()
    return Store(engine)


def _worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def serve(options: WorkerOptions, stop: threading.Event | None = None) -> int:
    """Run one worker process's Dramatiq worker until ``stop`` is set (or SIGTERM/SIGINT)."""
    import dramatiq

    from yoten.distributed.broker import declare_actor, make_broker
    from yoten.distributed.politeness import SharedPoliteness
    from yoten.distributed.tasks import WorkerContext, handle_source
    from yoten.engines import make_engine
    from yoten.store.leases import Leases

    stop = stop or threading.Event()
    releasing = threading.Event()  # from then on a signal changes nothing
    grace = options.settings.stop_grace
    if threading.current_thread() is threading.main_thread():
        first: list[float] = []

        def on_signal(signum: int, _frame: FrameType | None) -> None:
            name = signal.Signals(signum).name
            if not first:
                first.append(time.monotonic())
                log.info("got %s: finishing the messages in progress (up to %gs)", name, grace)
                stop.set()
            elif not releasing.is_set() and time.monotonic() - first[0] >= SAME_STOP_S:
                log.info("got %s again: stopping now, releasing the work in progress", name)
                raise _StopNow

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)

    broker = make_broker(options.queue_url)
    store = open_shared_store(options.settings.db, threads=options.threads)
    leases = Leases(store, ttl=options.settings.lease)
    try:
        ctx = WorkerContext(
            store=store,
            settings=options.settings,
            engine=make_engine(options.settings),
            worker_id=_worker_id(),
            leases=leases,
            politeness=SharedPoliteness(
                broker.client, wait_s=options.settings.timeout, per_host=options.settings.per_host
            ),
        )

        def process_source(source_id: int, token: str) -> None:
            handle_source(ctx, source_id, token)

        declare_actor(broker, process_source)
        worker = dramatiq.Worker(
            broker, worker_threads=options.threads, worker_timeout=options.idle_ms
        )
        worker.start()
        log.info(
            "worker %s ready: %d thread(s), queue %s, store %s, engine %s",
            ctx.worker_id,
            options.threads,
            mask_url(options.queue_url),
            store.url,
            options.settings.effective_engine,
        )
        try:
            while not stop.wait(0.5):
                pass
            worker.stop(timeout=int(grace * 1000))
        except _StopNow:
            releasing.set()
            worker.stop(timeout=1)  # the threads take nothing more; prefetched messages go back
        finally:
            releasing.set()
            released = leases.close()  # what did not finish is free for the next worker now
            log.info(
                "worker %s stopped%s",
                ctx.worker_id,
                f" ({released} article(s) not finished, released)" if released else "",
            )
    finally:
        leases.close()
        broker.close()
        store.close()
    return 0


def _child_main(options: WorkerOptions) -> None:
    configure_logging(options.verbose)
    try:
        code = serve(options)
    except Exception as exc:  # noqa: BLE001 - one line, then the parent starts another process
        log.error("worker process failed: %s", exc)
        code = 1
    sys.exit(code)


def _supervise(options: WorkerOptions) -> int:
    """Run ``options.processes`` child processes; restart one that dies; stop all on a signal."""
    context = multiprocessing.get_context("spawn")
    child = replace(options, processes=1)
    stopping = threading.Event()
    children: list[multiprocessing.process.BaseProcess] = []

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        if stopping.is_set():  # a second signal: the children stop at once
            for process in children:
                if process.is_alive() and process.pid is not None:
                    os.kill(process.pid, signal.SIGTERM)
            return
        log.info(
            "got %s: stopping %d worker process(es)", signal.Signals(signum).name, options.processes
        )
        stopping.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    def start() -> multiprocessing.process.BaseProcess:
        process = context.Process(
            target=_child_main, args=(child,), name="yoten-worker", daemon=False
        )
        process.start()
        return process

    children.extend(start() for _ in range(options.processes))
    while not stopping.wait(0.5):
        for i, process in enumerate(children):
            if not process.is_alive() and not stopping.is_set():
                log.warning(
                    "worker process %s exited with code %s; starting another",
                    process.pid,
                    process.exitcode,
                )
                time.sleep(RESTART_DELAY_S)
                children[i] = start()
    for process in children:
        if process.is_alive() and process.pid is not None:
            os.kill(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + options.settings.stop_grace + 10
    for process in children:
        process.join(max(0.1, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(5)
    return 0


def run_worker(options: WorkerOptions) -> int:
    """Check the queue and the store, then serve in this process or supervise child processes."""
    from yoten.distributed.broker import make_broker

    configure_logging(options.verbose)
    from yoten.engines import make_engine

    make_broker(options.queue_url).close()  # fail fast with one line when Redis is down
    make_engine(options.settings)  # and when the engine settings are wrong
    open_shared_store(
        options.settings.db, threads=1
    ).close()  # creates/migrates once, before the children
    if options.processes <= 1:
        return serve(options)
    return _supervise(options)
