"""One run: poll the feeds, then fetch → extract → digest → check → store every pending source.

asyncio drives the work with at most ``concurrency`` engine (LLM) calls in
flight, while up to as many more sources are fetched, extracted, checked and
stored around them.
Fetches go through a :class:`~yoten.run.politeness.HostGate` (one request
at a time per host, robots.txt respected); extraction, engine calls (engines
are synchronous), checks and store writes run in a thread pool sized to the
concurrency. A failing source is recorded with its error and a retry time and
never stops the others.

Every store write is its own transaction and the Article is kept before the
engine is called, so a crash, SIGKILL or Ctrl-C loses at most the work in
flight, and the next run resumes without duplicates.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections.abc import Callable, Collection
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx

from yoten.engines.base import Engine
from yoten.errors import YotenError
from yoten.ingest.feeds import entry_matches, fetch_feed, parse_feed
from yoten.ingest.fetch import USER_AGENT, FetchedPage
from yoten.run.article import (
    FEED_ORIGIN,
    Outcome,
    build_article,
    check_and_store,
    make_digest,
    needs_fetch,
    reuse_digest,
)
from yoten.run.politeness import HostGate, host_of
from yoten.settings import Settings
from yoten.store import Feed, NewSource, Source, Store, utcnow

__all__ = ["ProgressHook", "RunSummary", "run_once", "run_pass"]


@dataclass
class RunSummary:
    """Counts of one run. ``skipped``: entries filtered out or already known, digests reused."""

    new: int = 0
    skipped: int = 0
    digested: int = 0
    failed: int = 0
    feeds: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    pending: int = 0
    run_id: int | None = None
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        """``12 new, 30 skipped, 11 digested, 1 failed``."""
        return f"{self.new} new, {self.skipped} skipped, {self.digested} digested, {self.failed} failed"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready counts (errors capped at 50)."""
        data = asdict(self)
        data["errors"] = self.errors[:50]
        return data


#: progress(event, summary): event is "feeds" (feeds polled), "start" (pending known) or "article".
ProgressHook = Callable[[str, RunSummary], None]


def _note(progress: ProgressHook | None, event: str, summary: RunSummary) -> None:
    if progress is not None:
        progress(event, summary)


async def _poll_feed(
    feed: Feed,
    *,
    store: Store,
    gate: HostGate,
    settings: Settings,
    summary: RunSummary,
    now: dt.datetime,
) -> None:
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
            await asyncio.to_thread(store.record_poll, feed.id, polled_at=now, keep_validators=True)
            return
        parsed = parse_feed(answer.data, url=answer.url, content_type=answer.content_type)
        kept = [e for e in parsed.entries if entry_matches(e, feed.include, feed.exclude)]
        items = [
            NewSource(
                url=e.link,
                canonical_url=e.canonical_url,
                origin=f"{FEED_ORIGIN}{feed.name}",
                title_hint=e.title,
                lang=feed.lang or parsed.language,
                fallback_html=e.content_html,
                published_hint=e.published.isoformat() if e.published else None,
            )
            for e in kept
        ]
        added = await asyncio.to_thread(store.add_sources, items, now=now)
        created = sum(1 for _source, new in added if new)
        summary.new += created
        summary.skipped += len(added) - created + (len(parsed.entries) - len(kept))
        await asyncio.to_thread(
            store.record_poll,
            feed.id,
            polled_at=now,
            etag=answer.etag,
            last_modified=answer.last_modified,
        )
    except YotenError as exc:
        summary.feeds_failed += 1
        summary.errors.append(f"feed {feed.name}: {exc}")
        await asyncio.to_thread(
            store.record_poll, feed.id, polled_at=now, error=str(exc), keep_validators=True
        )


async def _process(
    source: Source,
    *,
    store: Store,
    gate: HostGate,
    engine: Engine,
    settings: Settings,
    now: dt.datetime,
    llm_slots: asyncio.Semaphore,
) -> Outcome:
    try:
        stored = await asyncio.to_thread(store.article_for_source, source.id)
        if stored is None:
            page: FetchedPage | None = None
            error: YotenError | None = None
            if needs_fetch(source):
                try:
                    page = await gate.fetch_page(source.url)
                except YotenError as exc:
                    error = exc
            article = await asyncio.to_thread(build_article, source, page, error)
            article_id = await asyncio.to_thread(store.save_article, source.id, article)
        else:
            article_id, article = stored
        reused = await asyncio.to_thread(
            reuse_digest, source, article_id, store=store, engine=engine
        )
        if reused is not None:
            return reused
        # Only the engine call holds one of the `concurrency` slots: fetching and
        # extracting the next articles, and checking and storing the last ones,
        # happen while the model is busy.
        async with llm_slots:
            digest = await asyncio.to_thread(make_digest, article, engine)
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
    except YotenError as exc:
        message = str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug in one article's processing must not stop the run
        message = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    await asyncio.to_thread(store.record_failure, source.id, message, now=now)
    return Outcome(source.id, "failed", error=message)


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
    now: dt.datetime | None = None,
    progress: ProgressHook | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    only: Collection[int] | None = None,
) -> RunSummary:
    """One pass (inside a running event loop): poll feeds, then process pending sources.

    With ``only``, just the pending sources with those ids (none for an empty
    collection: a pass that only polls).
    """
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    now = now or utcnow()
    summary = RunSummary()
    summary.run_id = await asyncio.to_thread(store.start_run, now=now)
    limits = httpx.Limits(
        max_connections=max(10, concurrency * 2), max_keepalive_connections=concurrency * 2
    )
    async with httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT},
        limits=limits,
        timeout=settings.timeout,
        transport=transport,
    ) as client:
        gate = HostGate(client, settings)
        if poll:
            feeds = await asyncio.to_thread(store.list_feeds)
            summary.feeds = len(feeds)
            slots = asyncio.Semaphore(concurrency)

            async def poll_one(feed: Feed) -> None:
                async with slots:
                    await _poll_feed(
                        feed, store=store, gate=gate, settings=settings, summary=summary, now=now
                    )

            await asyncio.gather(*(poll_one(f) for f in feeds))
            _note(progress, "feeds", summary)

        if only is None:
            sources = await asyncio.to_thread(store.pending_sources, limit, now=now)
        elif only:
            wanted = set(only)
            pending = await asyncio.to_thread(store.pending_sources, None, now=now)
            sources = [s for s in pending if s.id in wanted][:limit]
        else:
            sources = []
        sources = interleave_hosts(sources)
        summary.pending = len(sources)
        _note(progress, "start", summary)
        llm_slots = asyncio.Semaphore(concurrency)
        queue: asyncio.Queue[Source] = asyncio.Queue()
        for source in sources:
            queue.put_nowait(source)

        async def worker() -> None:
            while True:
                try:
                    source = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                outcome = await _process(
                    source,
                    store=store,
                    gate=gate,
                    engine=engine,
                    settings=settings,
                    now=now,
                    llm_slots=llm_slots,
                )
                if outcome.status == "digested":
                    summary.digested += 1
                elif outcome.status == "reused":
                    summary.skipped += 1
                else:
                    summary.failed += 1
                    summary.errors.append(f"{source.url}: {outcome.error}")
                _note(progress, "article", summary)

        # Twice as many workers as engine slots: half of them prepare the next
        # articles (or store finished ones) while the others wait on the model.
        await asyncio.gather(*(worker() for _ in range(min(2 * concurrency, len(sources)))))
    await asyncio.to_thread(store.finish_run, summary.run_id, summary.as_dict())
    return summary


def run_once(
    store: Store,
    settings: Settings,
    *,
    engine: Engine | None = None,
    concurrency: int = 4,
    limit: int | None = None,
    poll: bool = True,
    now: dt.datetime | None = None,
    progress: ProgressHook | None = None,
    only: Collection[int] | None = None,
) -> RunSummary:
    """One full pass in a fresh event loop, with a thread pool sized for ``concurrency``."""
    if engine is None:
        from yoten.engines import make_engine

        engine = make_engine(settings)
    chosen: Engine = engine

    async def main() -> RunSummary:
        executor = ThreadPoolExecutor(
            max_workers=2 * concurrency + 4, thread_name_prefix="yoten-run"
        )
        asyncio.get_running_loop().set_default_executor(executor)
        return await run_pass(
            store,
            settings,
            engine=chosen,
            concurrency=concurrency,
            limit=limit,
            poll=poll,
            now=now,
            progress=progress,
            only=only,
        )

    return asyncio.run(main())
