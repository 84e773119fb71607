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
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

import httpx

from yoten.engines.base import Engine, ProgressCallback
from yoten.errors import ModelUnreachableError, YotenError
from yoten.httpguard import guarded_async_client
from yoten.i18n import gettext as _
from yoten.ingest.feeds import FeedHTTPError, entry_matches, fetch_feed, parse_feed
from yoten.ingest.fetch import USER_AGENT, FetchedPage
from yoten.run.article import (
    FEED_ORIGIN,
    Outcome,
    build_article,
    check_and_store,
    needs_fetch,
    reuse_digest,
)
from yoten.run.politeness import ROBOTS_RETRY, HostGate, RobotsUnavailable, host_of
from yoten.run.schedule import after_error, after_success
from yoten.service.digests import make_digest
from yoten.settings import Settings
from yoten.store import Feed, NewSource, Source, Store, utcnow
from yoten.store.leases import Leases, dead_local_owner

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


def _note(progress: ProgressHook | None, event: str, summary: RunSummary) -> None:
    if progress is not None:
        progress(event, summary)


def _interval(feed: Feed) -> dt.timedelta | None:
    return dt.timedelta(seconds=feed.poll_interval_s) if feed.poll_interval_s else None


async def _poll_feed(
    feed: Feed,
    *,
    store: Store,
    gate: HostGate,
    settings: Settings,
    summary: RunSummary,
    now: dt.datetime,
) -> None:
    """Poll one feed; record its health (entries, warnings, errors) and when to poll it next."""
    try:
        answer = await gate.run(
            feed.url,
            lambda: fetch_feed(
                feed.url,
                client=gate.client,
                settings=settings,
                etag=feed.etag,
                last_modified=feed.last_modified,
            ),
        )
        if answer.status == "not_modified":
            summary.feeds_unchanged += 1
            interval = after_success(now, [], previous=_interval(feed), modified=False)
            await asyncio.to_thread(
                store.record_poll, feed.id, polled_at=now, keep_validators=True,
                next_poll_at=now + interval, interval_s=int(interval.total_seconds()),
            )  # fmt: skip
            return
        parsed = parse_feed(answer.data, url=answer.url, content_type=answer.content_type)
        kept = [e for e in parsed.entries if entry_matches(e, feed.include, feed.exclude)]
        items = [
            NewSource(
                url=e.link,
                canonical_url=e.canonical_url,
                origin=FEED_ORIGIN,
                feed_id=feed.id,
                title_hint=e.title,
                lang=feed.lang or parsed.language,
                fallback_html=e.content_html,
                published_hint=e.published,
            )
            for e in kept
        ]
        added = await asyncio.to_thread(store.add_sources, items, now=now)
        created = sum(1 for _source, new in added if new)
        summary.new += created
        summary.skipped += len(added) - created + (len(parsed.entries) - len(kept))
        for warning in parsed.warnings:
            summary.warnings.append(_("feed {name}: {error}").format(name=feed.name, error=warning))
        interval = after_success(
            now, [e.published for e in parsed.entries], ttl_minutes=parsed.ttl_minutes
        )
        await asyncio.to_thread(
            store.record_poll, feed.id, polled_at=now, etag=answer.etag, last_modified=answer.last_modified,
            entries=len(parsed.entries), warning="; ".join(parsed.warnings) or None,
            next_poll_at=now + interval, interval_s=int(interval.total_seconds()),
        )  # fmt: skip
    except YotenError as exc:
        summary.feeds_failed += 1
        summary.errors.append(_("feed {name}: {error}").format(name=feed.name, error=exc))
        retry_after = exc.retry_after if isinstance(exc, FeedHTTPError) else None
        interval = after_error(feed.consecutive_errors + 1, retry_after=retry_after)
        await asyncio.to_thread(
            store.record_poll, feed.id, polled_at=now, error=str(exc), keep_validators=True,
            next_poll_at=now + interval,
        )  # fmt: skip


class _Stopped(Exception):
    """The run is stopping: no new model call is started."""


async def _process(
    source: Source,
    *,
    store: Store,
    gate: HostGate,
    engine: Engine,
    settings: Settings,
    now: dt.datetime,
    llm_slots: asyncio.Semaphore,
    clock: Callable[[], dt.datetime],
    say: ProgressCallback | None,
    stop: asyncio.Event,
) -> Outcome:
    try:
        stored = await asyncio.to_thread(store.article_for_source, source.id)
        if stored is None:
            page: FetchedPage | None = None
            error: YotenError | None = None
            if needs_fetch(source):
                try:
                    page = await gate.fetch_page(source.url)
                except RobotsUnavailable as exc:
                    until = now + ROBOTS_RETRY
                    await asyncio.to_thread(store.defer_source, source.id, str(exc), until=until)
                    return Outcome(source.id, "deferred", error=str(exc))
                except YotenError as exc:
                    error = exc
            article = await asyncio.to_thread(build_article, source, page, error)
            article_id = await asyncio.to_thread(store.save_article, source.id, article)
        else:
            article_id, article = stored
            # Only an article kept by an earlier run can have a digest already (a crash
            # after the model answered); a fresh one is not looked up (one query less).
            reused = await asyncio.to_thread(
                reuse_digest, source, article_id, store=store, engine=engine
            )
            if reused is not None:
                return reused
        # Only the engine call holds one of the `concurrency` slots: fetching and
        # extracting the next articles, and checking and storing the last ones,
        # happen while the model is busy.
        async with llm_slots:
            if stop.is_set():
                raise _Stopped
            progress = (lambda m: say(f"{source.url}: {m}")) if say is not None else None
            digest = await asyncio.to_thread(
                make_digest, article, engine, budget=settings.article_timeout, progress=progress
            )
        return await asyncio.to_thread(
            check_and_store,
            source,
            article_id,
            article,
            digest,
            store=store,
            engine=engine,
            settings=settings,
        )
    except _Stopped:
        raise
    except ModelUnreachableError as exc:
        # Not this article's failure: no attempt is spent, the pass pauses.
        return Outcome(source.id, "failed", error=str(exc), unreachable=True)
    except YotenError as exc:
        message = str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug in one article's processing must not stop the run
        message = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    # The backoff runs from the failure, not from the start of the pass.
    await asyncio.to_thread(store.record_failure, source.id, message, now=clock())
    return Outcome(source.id, "failed", error=message)


#: Seconds a pass waits for an unreachable model server before each new try.
MODEL_PAUSES = (30.0, 60.0, 120.0)


class _ModelGate:
    """Pauses the whole pass while the model server is unreachable; stops it after the last pause."""

    def __init__(self, pauses: tuple[float, ...]) -> None:
        self.pauses = pauses
        self.lock = asyncio.Lock()
        self.generation = 0  # bumped after every pause: a failure from before it is stale
        self.in_a_row = 0
        self.stopped: str | None = None

    async def unreachable(
        self, seen: int, error: str, summary: RunSummary, progress: ProgressHook | None
    ) -> None:
        async with self.lock:
            if self.stopped or seen != self.generation:
                return  # another worker already paused (or stopped) for this outage
            if self.in_a_row >= len(self.pauses):
                self.stopped = f"model server unreachable: {error}"
                return
            delay = self.pauses[self.in_a_row]
            self.in_a_row += 1
            summary.paused += 1
            summary.errors.append(
                _("model server unreachable, pausing {delay:g} s: {error}").format(
                    delay=delay, error=error
                )
            )
            _note(progress, "pause", summary)
            await asyncio.sleep(delay)
            self.generation += 1


def interleave_hosts(sources: list[Source]) -> list[Source]:
    """The sources round-robin by host, so that workers do not queue on one host's politeness
    while the others sit idle (a feed's entries are stored, and would be taken, together)."""
    by_host: dict[str, list[Source]] = {}
    for source in sources:
        by_host.setdefault(host_of(source.url), []).append(source)
    rounds = itertools.zip_longest(*by_host.values())
    return [s for batch in rounds for s in batch if s is not None]


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


async def _pending(
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
    # With no feed to poll, what is pending is known now; with none either, no HTTP
    # client is made (its TLS setup and the async transport cost ~50 ms of CPU).
    sources = None if feeds else await _pending(store, limit, now, only)
    if sources == []:
        if poll:
            _note(progress, "feeds", summary)
        _note(progress, "start", summary)
        return
    limits = httpx.Limits(
        max_connections=max(10, concurrency * 2), max_keepalive_connections=concurrency * 2
    )
    async with guarded_async_client(
        timeout=settings.timeout,
        max_bytes=settings.max_bytes,
        transport=transport,
        limits=limits,
        headers={"User-Agent": USER_AGENT},
    ) as client:
        gate_http = HostGate(client, settings)
        if poll:
            slots = asyncio.Semaphore(concurrency)

            async def poll_one(feed: Feed) -> None:
                async with slots:
                    await _poll_feed(
                        feed,
                        store=store,
                        gate=gate_http,
                        settings=settings,
                        summary=summary,
                        now=now,
                    )

            await asyncio.gather(*(poll_one(f) for f in feeds))
            _note(progress, "feeds", summary)

        if stop.is_set():
            return
        if sources is None:
            sources = await _pending(store, limit, now, only)
        sources = interleave_hosts(sources)
        summary.pending = len(sources)
        _note(progress, "start", summary)
        llm_slots = asyncio.Semaphore(concurrency)
        model_gate = _ModelGate(model_pauses)
        queue: asyncio.Queue[Source] = asyncio.Queue()
        for source in sources:
            queue.put_nowait(source)

        owner = f"{socket.gethostname()}:{os.getpid()}:run {summary.run_id}"
        leases = Leases(store, ttl=settings.lease)  # renewed while the articles are worked on

        async def worker() -> None:
            while not stop.is_set() and not model_gate.stopped:
                try:
                    source = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                # Another run on the same store may have taken it since we listed it.
                claimed = await asyncio.to_thread(
                    leases.claim, source.id, owner, stale=dead_local_owner
                )
                if not claimed:
                    summary.pending -= 1
                    continue
                seen = model_gate.generation
                try:
                    outcome = await _process(
                        source,
                        store=store,
                        gate=gate_http,
                        engine=engine,
                        settings=settings,
                        now=now,
                        llm_slots=llm_slots,
                        clock=clock,
                        say=say,
                        stop=stop,
                    )
                except _Stopped:
                    return
                finally:
                    await asyncio.shield(asyncio.to_thread(leases.release, source.id, owner))
                if outcome.unreachable:
                    queue.put_nowait(source)  # tried again after the pause, attempt not spent
                    await model_gate.unreachable(seen, outcome.error or "", summary, progress)
                    continue
                summary.published += outcome.published
                summary.errors.extend(outcome.problems)
                if outcome.status == "digested":
                    model_gate.in_a_row = 0
                    summary.digested += 1
                elif outcome.status == "reused":
                    summary.skipped += 1
                elif outcome.status == "deferred":
                    summary.deferred += 1
                    summary.errors.append(f"{source.url}: {outcome.error}")
                else:
                    summary.failed += 1
                    summary.errors.append(f"{source.url}: {outcome.error}")
                _note(progress, "article", summary)

        # Twice as many workers as engine slots: half of them prepare the next
        # articles (or store finished ones) while the others wait on the model.
        try:
            await asyncio.gather(*(worker() for _ in range(min(2 * concurrency, len(sources)))))
        finally:
            # Not awaited, so a second cancellation cannot cut it short: whatever the
            # run still holds (work abandoned at the end of the stop grace) is released.
            leases.close()
        if model_gate.stopped:
            summary.stopped = model_gate.stopped
            summary.left_pending = queue.qsize()


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
