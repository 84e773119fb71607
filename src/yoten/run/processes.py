"""`yoten run --processes N`: one pass shared out among N worker processes, so the GIL is no limit.

This process polls the feeds, then shares the pending articles out by host
(it keeps one share, and starts N - 1 worker processes for the others): every
pending article of one host goes to the same process, so per-host politeness
(one request at a time, robots.txt, Crawl-delay) holds as in one process, and
no article is given to two processes. Each worker runs the usual asyncio pass
over its articles with its share of the concurrency; the exactly-once
guarantees are the store's (the Article kept before the model is called, a
digest looked up by its key first, one transaction per step), so a crash of
any process loses at most the work in flight and the next run resumes.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from yoten.engines.base import Engine
from yoten.errors import InputError
from yoten.i18n import gettext as _
from yoten.i18n import language, use_language
from yoten.run.politeness import host_of
from yoten.run.runner import ProgressHook, RunSummary, run_once
from yoten.settings import Settings
from yoten.store import Source, Store, utcnow

__all__ = ["run_processes", "share_out"]


def share_out(sources: list[Source], processes: int) -> list[list[int]]:
    """Source ids per process, whole hosts at a time, the busiest hosts first to the least loaded."""
    by_host: dict[str, list[int]] = defaultdict(list)
    for source in sources:
        by_host[host_of(source.url)].append(source.id)
    shares: list[list[int]] = [[] for _ in range(processes)]
    for host in sorted(by_host, key=lambda h: (-len(by_host[h]), h)):
        min(shares, key=len).extend(by_host[host])
    return [share for share in shares if share]


def _worker(
    db_url: str, settings: Settings, ids: list[int], concurrency: int, now: dt.datetime, lang: str
) -> dict[str, Any]:
    """One worker process: the usual pass over ``ids``, its messages in the parent's
    language (fixed, as the command line fixes it: not looked up for each message);
    its counts."""
    use_language(lang)
    with Store.open(db_url) as store:
        return run_once(
            store, settings, concurrency=concurrency, poll=False, only=ids, now=now
        ).as_dict()


def run_processes(
    store: Store,
    settings: Settings,
    *,
    processes: int,
    engine: Engine | None = None,
    concurrency: int = 4,
    limit: int | None = None,
    poll: bool = True,
    poll_all: bool = False,
    now: dt.datetime | None = None,
    progress: ProgressHook | None = None,
) -> RunSummary:
    """Poll here, then process the pending sources in up to ``processes`` worker processes.

    ``concurrency`` is the total number of model calls in flight, shared
    among the processes (at least one each). Workers make their own engine
    from ``settings``.
    """
    if processes < 1:
        raise ValueError("processes must be at least 1")
    url = store.engine.url
    if url.get_backend_name() == "sqlite" and (url.database or ":memory:") == ":memory:":
        raise InputError(
            _("--processes needs a database file or server, not an in-memory database")
        )
    now = now or utcnow()
    summary = run_once(
        store,
        settings,
        engine=engine,
        concurrency=concurrency,
        poll=poll,
        poll_all=poll_all,
        only=(),
        now=now,
    )
    if summary.signal is not None:  # stopped (SIGTERM, Ctrl-C) while polling: nothing more starts
        return summary
    sources = store.pending_sources(limit, now=now)
    summary.pending = len(sources)
    if progress is not None:
        progress("start", summary)
    shares = share_out(sources, processes)
    if shares:
        each = max(1, concurrency // len(shares))
        db_url = url.render_as_string(hide_password=False)
        context = multiprocessing.get_context("spawn")  # no inherited threads or open connections
        with ProcessPoolExecutor(max_workers=max(1, len(shares) - 1), mp_context=context) as pool:
            futures = [
                pool.submit(_worker, db_url, settings, ids, each, now, language())
                for ids in shares[1:]
            ]
            # This process takes the first share itself while the workers start.
            mine = run_once(
                store,
                settings,
                engine=engine,
                concurrency=each,
                poll=False,
                only=shares[0],
                now=now,
            )
            results: list[dict[str, Any]] = [mine.as_dict()]
            for future in futures:
                try:
                    results.append(future.result())
                except BrokenProcessPool as exc:
                    summary.errors.append(
                        _("a worker process stopped ({error}); its articles stay pending").format(
                            error=exc
                        )
                    )
        for counts in results:
            for key in ("digested", "failed", "skipped", "published", "deferred", "paused"):
                setattr(summary, key, getattr(summary, key) + counts[key])
            summary.left_pending += counts["left_pending"]
            summary.errors += counts["errors"]
            summary.warnings += counts["warnings"]
            summary.stopped = summary.stopped or counts["stopped"]
            summary.signal = summary.signal or counts["signal"]
    if summary.run_id is not None:
        store.finish_run(summary.run_id, summary.as_dict())
    if progress is not None:
        progress("article", summary)
    return summary
