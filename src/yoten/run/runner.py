"""One run: poll the feeds that are due, then fetch → extract → digest → check → store every pending source.

asyncio drives the work with at most ``concurrency`` engine (LLM) calls in
flight, while up to as many more sources are fetched, extracted, checked and
stored around them.
Each feed is polled when its schedule says (:mod:`yoten.run.schedule`: its
update frequency, TTL, Retry-After and consecutive errors), and its health is
recorded in the store. Fetches go through a :class:`~yoten.run.politeness.HostGate` (one request
at a time per host, robots.txt respected); extraction, engine calls (engines
are synchronous), checks and store writes run in a thread pool sized to the
concurrency. A failing source is recorded with its error and a retry time measured
from the failure (not from the start of the pass) and never stops the
others. A model server that cannot be reached at all (after the client's own
retries) is not the articles' fault: the pass pauses (30 s, 1 min, 2 min by
default) and tries again; if the server stays away the pass stops, leaving the
remaining articles pending with their attempts unspent.

Every store write is its own transaction and the Article is kept before the
engine is called, so a crash, SIGKILL or Ctrl-C loses at most the work in
flight, and the next run resumes without duplicates.

This module opens and closes the pass; the polling and the articles' work are
in :mod:`yoten.run.work`, imported only when a pass has something to do.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import threading
import time
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from yoten.engines.base import Engine, ProgressCallback
from yoten.i18n import gettext as _
from yoten.settings import Settings
from yoten.store import Feed, Source, Store, utcnow

if TYPE_CHECKING:
    import httpx

__all__ = ["ProgressHook", "RunSummary", "run_once", "run_pass"]


@dataclass
class RunSummary:
    """Counts of one run. ``skipped``: entries filtered out or already known, digests reused."""

    new: int = 0
    skipped: int = 0
    digested: int = 0
    published: int = 0
    failed: int = 0
    feeds: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    pending: int = 0
    deferred: int = 0
    """Sources put off without spending an attempt (their host's robots.txt was unreachable)."""
    run_id: int | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    paused: int = 0
    stopped: str | None = None
    """Why the pass stopped early with articles left pending (the model server was unreachable)."""
    left_pending: int = 0
    signal: str | None = None
    """The signal that stopped the run early (SIGTERM, SIGINT), if one did."""

    def line(self) -> str:
        """``12 new, 30 skipped, 11 digested, 1 failed`` (with ``, 9 published`` under
        --publish clean, deferred articles, and why a stopped pass stopped)."""
        published = _(", {n} published").format(n=self.published) if self.published else ""
        line = _(
            "{new} new, {skipped} skipped, {digested} digested{published}, {failed} failed"
        ).format(
            new=self.new,
            skipped=self.skipped,
            digested=self.digested,
            published=published,
            failed=self.failed,
        )
        if self.deferred:
            line += f", {self.deferred} deferred"
        if self.stopped:
            line += f"; stopped: {self.stopped} ({self.left_pending} left pending)"
        return line

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready counts (errors capped at 50)."""
        data = asdict(self)
        data["errors"] = self.errors[:50]
        data["warnings"] = self.warnings[:50]
        return data


#: progress(event, summary): event is "feeds" (feeds polled), "start" (pending known),
#: "article" (one finished) or "pause" (the model server is unreachable; waiting).
ProgressHook = Callable[[str, RunSummary], None]


def note_progress(progress: ProgressHook | None, event: str, summary: RunSummary) -> None:
    """Tell ``progress`` (when given) of ``event``."""
    if progress is not None:
        progress(event, summary)


#: Seconds a pass waits for an unreachable model server before each new try.
MODEL_PAUSES = (30.0, 60.0, 120.0)


async def run_pass(
    store: Store,
    settings: Settings,
    *,
    engine: Engine,
    concurrency: int = 4,
    limit: int | None = None,
    poll: bool = True,
    poll_all: bool = False,
    now: dt.datetime | None = None,
    progress: ProgressHook | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    say: ProgressCallback | None = None,
    model_pauses: tuple[float, ...] = MODEL_PAUSES,
    stop: asyncio.Event | None = None,
    summary: RunSummary | None = None,
    only: Collection[int] | None = None,
) -> RunSummary:
    """One pass (inside a running event loop): poll the feeds that are due (every feed with
    ``poll_all``), then process pending sources.

    ``say`` hears every model attempt of every article (``yoten run -v``). Once
    ``stop`` is set no new source is started and no new model call is made;
    answers already on their way are stored. Cancelled, the pass still records
    the run's end and counts. ``summary`` is filled in as the pass goes.

    With ``only``, just the pending sources with those ids (none for an empty
    collection: a pass that only polls). Pending sources are taken round-robin
    by host.
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    now = now or utcnow()
    started = time.monotonic()
    start_time = now

    def clock() -> dt.datetime:
        """The pass's clock: its start time plus the time elapsed since."""
        return start_time + dt.timedelta(seconds=time.monotonic() - started)

    stop = stop or asyncio.Event()
    summary = summary if summary is not None else RunSummary()
    summary.run_id = await asyncio.to_thread(store.start_run, now=now)
    try:
        await _pass(
            store,
            settings,
            engine,
            concurrency,
            limit,
            poll,
            now,
            progress,
            transport,
            stop,
            summary,
            poll_all=poll_all,
            say=say,
            model_pauses=model_pauses,
            clock=clock,
            only=only,
        )
    finally:
        # also when cancelled (a second signal): the run's row is closed with its counts
        await asyncio.shield(asyncio.to_thread(store.finish_run, summary.run_id, summary.as_dict()))
    return summary


async def pending_sources(
    store: Store, limit: int | None, now: dt.datetime, only: Collection[int] | None
) -> list[Source]:
    """The pending sources a pass works on (of ``only``, when given)."""
    if only is None:
        return await asyncio.to_thread(store.pending_sources, limit, now=now)
    if not only:
        return []
    wanted = set(only)
    pending = await asyncio.to_thread(store.pending_sources, None, now=now)
    return [s for s in pending if s.id in wanted][:limit]


async def _pass(
    store: Store,
    settings: Settings,
    engine: Engine,
    concurrency: int,
    limit: int | None,
    poll: bool,
    now: dt.datetime,
    progress: ProgressHook | None,
    transport: httpx.AsyncBaseTransport | None,
    stop: asyncio.Event,
    summary: RunSummary,
    *,
    poll_all: bool,
    say: ProgressCallback | None,
    model_pauses: tuple[float, ...],
    clock: Callable[[], dt.datetime],
    only: Collection[int] | None,
) -> None:
    feeds: list[Feed] = []
    if poll:
        feeds = await asyncio.to_thread(
            store.list_feeds if poll_all else partial(store.due_feeds, now)
        )
        summary.feeds = len(feeds)
    # With no feed to poll, what is pending is known now; with none either, neither the
    # work's modules (httpx, the feed parser, the article pipeline: ~100 ms of imports)
    # nor an HTTP client (its TLS setup: ~50 ms) are needed.
    sources = None if feeds else await pending_sources(store, limit, now, only)
    if sources == []:
        if poll:
            note_progress(progress, "feeds", summary)
        note_progress(progress, "start", summary)
        return
    from yoten.run.work import work  # HTTP, extraction and the engine: only for work to do

    await work(
        store,
        settings,
        engine,
        concurrency,
        limit,
        now,
        progress,
        transport,
        stop,
        summary,
        poll=poll,
        feeds=feeds,
        sources=sources,
        say=say,
        model_pauses=model_pauses,
        clock=clock,
        only=only,
    )


def run_once(
    store: Store,
    settings: Settings,
    *,
    engine: Engine | None = None,
    concurrency: int = 4,
    limit: int | None = None,
    poll: bool = True,
    poll_all: bool = False,
    now: dt.datetime | None = None,
    progress: ProgressHook | None = None,
    say: ProgressCallback | None = None,
    model_pauses: tuple[float, ...] = MODEL_PAUSES,
    only: Collection[int] | None = None,
) -> RunSummary:
    """One full pass in a fresh event loop, with a thread pool sized for ``concurrency``.

    SIGTERM or SIGINT (Ctrl-C) stop it gracefully: no new work is taken, the
    answers already on their way are stored, the run is closed, and the
    summary comes back with ``signal`` set. A second signal, or
    ``settings.stop_grace`` seconds, cut the wait short: the run is still
    closed, and the articles not finished are released for the next run.
    """
    if engine is None:
        from yoten.engines import make_engine

        engine = make_engine(settings)
    chosen: Engine = engine
    summary = RunSummary()

    async def main() -> RunSummary:
        loop = asyncio.get_running_loop()
        executor = ThreadPoolExecutor(
            max_workers=2 * concurrency + 4, thread_name_prefix="yoten-run"
        )
        loop.set_default_executor(executor)
        stop = asyncio.Event()
        task = asyncio.ensure_future(
            run_pass(
                store,
                settings,
                engine=chosen,
                concurrency=concurrency,
                limit=limit,
                poll=poll,
                poll_all=poll_all,
                now=now,
                progress=progress,
                say=say,
                model_pauses=model_pauses,
                stop=stop,
                summary=summary,
                only=only,
            )
        )

        def on_signal(sig: signal.Signals) -> None:
            if stop.is_set():
                task.cancel()
                return
            summary.signal = sig.name
            stop.set()
            loop.call_later(settings.stop_grace, task.cancel)

        handled = _install_signal_handlers(loop, on_signal)
        try:
            return await task
        except asyncio.CancelledError:
            if summary.signal is None:
                raise
            return summary
        finally:
            for sig in handled:
                loop.remove_signal_handler(sig)
            if summary.signal is not None:
                # a model call still running in a thread must not hold up the exit:
                # asyncio.run would wait for the default executor's threads
                executor.shutdown(wait=False, cancel_futures=True)
                loop.set_default_executor(ThreadPoolExecutor(max_workers=1))

    return asyncio.run(main())


def _install_signal_handlers(
    loop: asyncio.AbstractEventLoop, handler: Callable[[signal.Signals], None]
) -> list[signal.Signals]:
    """SIGTERM and SIGINT call ``handler`` (main thread only; elsewhere nothing is installed)."""
    if threading.current_thread() is not threading.main_thread():
        return []
    installed = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, handler, sig)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append(sig)
    return installed
