"""The work of a pass that has some: poll the due feeds, then fetch → extract → digest →
check → store each pending source (:func:`work`, called by :func:`yoten.run.runner.run_pass`).

A module of its own so that a pass with nothing to do does not load the HTTP
client, the feed parser and the article pipeline.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import os
import socket
from collections.abc import Callable, Collection
from functools import partial

import httpx

from yoten.engines.base import Engine, ProgressCallback
from yoten.errors import ModelUnreachableError, YotenError
from yoten.httpguard import guarded_async_client
from yoten.i18n import gettext as _
from yoten.ingest.feeds import FeedHTTPError, entry_matches, fetch_feed, parse_feed
from yoten.ingest.fetch import USER_AGENT, FetchedPage
from yoten.models import Article
from yoten.run.article import (
    FEED_ORIGIN,
    Outcome,
    build_article,
    check_and_store,
    needs_fetch,
    reuse_digest,
)
from yoten.run.politeness import ROBOTS_RETRY, HostGate, RobotsUnavailable, host_of
from yoten.run.runner import ProgressHook, RunSummary, note_progress, pending_sources
from yoten.run.schedule import after_error, after_success
from yoten.service.digests import make_digest
from yoten.settings import Settings
from yoten.store import Feed, NewSource, Source, Store
from yoten.store.leases import Leases, dead_local_owner

__all__ = ["interleave_hosts", "work"]


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


def _keep_article(
    store: Store, source: Source, page: FetchedPage | None, error: YotenError | None
) -> tuple[int, Article]:
    """Extract the source's Article and store it (one trip to a thread for both)."""
    article = build_article(source, page, error)
    return store.save_article(source.id, article), article


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
            article_id, article = await asyncio.to_thread(_keep_article, store, source, page, error)
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
            note_progress(progress, "pause", summary)
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


async def work(
    store: Store,
    settings: Settings,
    engine: Engine,
    concurrency: int,
    limit: int | None,
    now: dt.datetime,
    progress: ProgressHook | None,
    transport: httpx.AsyncBaseTransport | None,
    stop: asyncio.Event,
    summary: RunSummary,
    *,
    poll: bool,
    feeds: list[Feed],
    sources: list[Source] | None,
    say: ProgressCallback | None,
    model_pauses: tuple[float, ...],
    clock: Callable[[], dt.datetime],
    only: Collection[int] | None,
) -> None:
    """Poll ``feeds`` (with ``poll``: the due ones, listed by the caller), then work on the
    pending sources (``sources`` when the caller listed them already, else listed after
    the poll)."""
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
            note_progress(progress, "feeds", summary)

        if stop.is_set():
            return
        if sources is None:
            sources = await pending_sources(store, limit, now, only)
        sources = interleave_hosts(sources)
        summary.pending = len(sources)
        note_progress(progress, "start", summary)
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
                outcome: Outcome | None = None
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
                    # An outcome recorded on the source (done, failed, deferred) dropped the
                    # claim in the same transaction: it is only forgotten (no write, so no
                    # thread); anything else releases it in the store.
                    if outcome is not None and not outcome.unreachable:
                        leases.release(source.id, owner, dropped=True)
                    else:
                        release = partial(leases.release, source.id, owner)
                        await asyncio.shield(asyncio.to_thread(release))
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
                note_progress(progress, "article", summary)

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
