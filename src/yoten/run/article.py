"""The work done for one source: article → digest → check → store.

:func:`process_article` is the whole job for one source as one plain,
synchronous function, so a task-queue worker can call it with nothing but a
source id. The asyncio runner (:mod:`yoten.run.runner`) uses the same steps,
fetching through its per-host gate and running the sync steps in threads.

Idempotence: the Article is stored before the engine is called, and for an
Article kept by an earlier attempt a digest is looked up by (article, engine,
model, prompt version) before any LLM call (a fresh Article can have none),
so a re-run after a crash or a re-delivered task never digests twice.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import httpx

from yoten.engines.base import Engine
from yoten.errors import IngestError, ModelUnreachableError, YotenError
from yoten.httpguard import guarded_client
from yoten.i18n import gettext as _
from yoten.ingest.feeds import (
    FEED_SUMMARY_NOTE,
    article_from_feed_content,
    is_full_content,
    is_usable_summary,
)
from yoten.ingest.fetch import USER_AGENT, FetchedPage
from yoten.models import Article, Digest
from yoten.service.digests import assess, make_digest, untranslated_note
from yoten.service.policy import publish_if_clean
from yoten.settings import Settings
from yoten.store import Source, Store

if TYPE_CHECKING:
    from yoten.run.politeness import SharedGate

__all__ = [
    "FEED_ORIGIN",
    "Outcome",
    "build_article",
    "check_and_store",
    "engine_key",
    "needs_fetch",
    "process_article",
    "reuse_digest",
]

FEED_ORIGIN = "feed"
"""The origin of a source found in a feed (which feed: ``Source.feed``, a foreign key)."""
OutcomeStatus = Literal["digested", "reused", "failed", "deferred"]


@dataclass(frozen=True)
class Outcome:
    """What became of one source: digested now, digest already there, or failed."""

    source_id: int
    status: OutcomeStatus
    post_id: int | None = None
    error: str | None = None
    published: bool = False
    """Published by the ``--publish clean`` policy."""
    problems: tuple[str, ...] = ()
    """What went wrong publishing it (the digest itself is stored)."""
    unreachable: bool = False  # the model server could not be reached: nothing recorded


def engine_key(engine: Engine) -> tuple[str, str | None, str | None]:
    """(engine name, model, prompt version): the key under which digests are kept."""
    name = str(getattr(engine, "name", type(engine).__name__))
    model = getattr(engine, "model", None)
    prompt = getattr(engine, "prompt", None)
    version = getattr(prompt, "version", None) or getattr(engine, "prompt_version", None)
    return name, (str(model) if model else None), (str(version) if version else None)


def needs_fetch(source: Source) -> bool:
    """False when the feed entry itself carries the full article text."""
    return not is_full_content(source.fallback_html)


def _from_page(page: FetchedPage) -> Article:
    from yoten.ingest import extract_article, extract_text, looks_like_html
    from yoten.ingest.urls import canonicalize

    if page.is_html or looks_like_html(page.text):
        return extract_article(page.text, url=page.final_url)
    article = extract_text(page.text, name=page.final_url)
    return article.model_copy(update={"canonical_url": canonicalize(page.final_url)})


def _from_feed(source: Source, note: str | None) -> Article:
    return article_from_feed_content(
        source.fallback_html or "",
        url=source.url,
        canonical_url=source.canonical_url,
        title=source.title_hint,
        outlet=source.feed,
        language=source.lang,
        published=source.published_hint,
        note=note,
    )


def build_article(source: Source, page: FetchedPage | None, error: YotenError | None) -> Article:
    """The Article of a source from its fetched page, else from its feed entry's content.

    ``page`` is None when it was not fetched (full feed content) or the fetch
    failed with ``error``. When extraction fails too and the feed entry has
    text long enough to be an article, that text is used and the Article says so
    in ``notes``; with a shorter summary the error is raised, so the source stays
    pending for a later fetch.
    """
    article: Article | None = None
    if page is not None:
        try:
            article = _from_page(page)
        except YotenError as exc:
            error = exc
    if article is None:
        if source.fallback_html and (page is not None or error is not None):
            if is_usable_summary(source.fallback_html):
                try:
                    article = _from_feed(source, FEED_SUMMARY_NOTE)
                except IngestError:
                    pass
        elif source.fallback_html:
            article = _from_feed(source, None)
    if article is None:
        raise error or IngestError(_("no article text"), source=source.url)
    update: dict[str, object] = {"url": source.url}
    if not article.canonical_url:
        update["canonical_url"] = source.canonical_url
    if not article.title.strip() and source.title_hint:
        update["title"] = source.title_hint
    if article.language == "und" and source.lang:
        update["language"] = source.lang
    if article.outlet is None and source.feed:
        update["outlet"] = source.feed
    if article.published is None and source.published_hint is not None:
        update["published"] = source.published_hint
    return article.model_copy(update=update)


def reuse_digest(
    source: Source, article_id: int, *, store: Store, engine: Engine
) -> Outcome | None:
    """The outcome "reused" (source marked done) when the article already has this engine's digest."""
    name, model, version = engine_key(engine)
    existing = store.find_digest(article_id, name, model, version)
    if existing is None:
        return None
    store.mark_source_done(source.id)
    return Outcome(source.id, "reused", existing.id)


def check_and_store(
    source: Source,
    article_id: int,
    article: Article,
    digest: Digest,
    *,
    store: Store,
    engine: Engine,
    settings: Settings,
) -> Outcome:
    """Check a fresh digest, store it with its report and mark the source done (one transaction).

    Then, under ``--publish clean`` (``settings.publish``), publish it if it is clean.
    """
    name, model, version = engine_key(engine)
    found = assess(digest, article, settings)
    post = store.save_digest(
        article_id,
        digest,
        engine=name,
        model=model,
        prompt_version=version,
        report=found.report,
        status=found.status,
        status_reason="; ".join(
            reason
            for reason in (
                FEED_SUMMARY_NOTE if FEED_SUMMARY_NOTE in article.notes else "",
                "" if found.translated else untranslated_note(found.language),
            )
            if reason
        )
        or None,
        done_source=True,
        article=article,
    )
    policy = publish_if_clean(store, settings, post)
    return Outcome(
        source.id, "digested", post.id, published=policy.published, problems=policy.problems
    )


_CLIENTS: dict[tuple[float, int], httpx.Client] = {}
_CLIENT_LOCK = threading.Lock()


def _shared_client(settings: Settings) -> httpx.Client:
    """One connection pool for the synchronous path (creating a client costs ~50 ms of TLS setup)."""
    with _CLIENT_LOCK:
        key = (settings.timeout, settings.max_bytes)
        client = _CLIENTS.get(key)
        if client is None:
            client = _CLIENTS[key] = guarded_client(
                timeout=settings.timeout,
                max_bytes=settings.max_bytes,
                headers={"User-Agent": USER_AGENT},
            )
        return client


def _fetch_sync(url: str, settings: Settings, shared: SharedGate | None = None) -> FetchedPage:
    """Fetch one page after checking robots.txt (the task-queue path).

    With ``shared`` (distributed workers), robots.txt comes from the workers'
    shared cache, and the host's fetch slots (``per_host``) and Crawl-delay
    hold across all workers.
    """
    from yoten.ingest.fetch import fetch
    from yoten.ingest.urls import ensure_http_url
    from yoten.run.politeness import MAX_CRAWL_DELAY, ROBOTS_AGENT, host_of, robots_rules

    url = ensure_http_url(url)
    host = host_of(url)
    client = _shared_client(settings)

    def fetch_robots() -> tuple[int | None, str]:
        try:
            response = client.get(f"{host}/robots.txt", follow_redirects=True)
        except httpx.HTTPError:
            return None, ""
        return response.status_code, response.text

    status, text = shared.robots(host, fetch_robots) if shared is not None else fetch_robots()
    rules = robots_rules(host, status, text)
    if not rules.can_fetch(ROBOTS_AGENT, url):
        raise IngestError(_("disallowed by robots.txt"), source=url)
    if shared is None:
        return fetch(url, settings=settings, client=client)
    with shared.turn(host, min(float(rules.crawl_delay(ROBOTS_AGENT) or 0), MAX_CRAWL_DELAY)):
        return fetch(url, settings=settings, client=client)


#: How long a worker leaves an article when the model server cannot be reached.
MODEL_UNREACHABLE_RETRY = dt.timedelta(minutes=2)


def process_article(
    source_id: int,
    *,
    store: Store,
    settings: Settings,
    engine: Engine | None = None,
    now: dt.datetime | None = None,
    shared: SharedGate | None = None,
) -> Outcome:
    """Do all the work for one source, synchronously: the unit a task-queue worker runs.

    Fetch (robots.txt respected) → extract (feed content as fallback) → store
    the Article (or take the one kept by an earlier attempt, unless it has a
    digest with this engine/model/prompt version already) → digest → check →
    store the digest and mark the source done. A failure is recorded on the
    source with a retry time (exponential backoff) and returned as an
    ``Outcome`` with status ``failed``; it is never raised.
    """
    from yoten.run.politeness import ROBOTS_RETRY, RobotsUnavailable

    source = store.get_source(source_id)
    try:
        if engine is None:
            from yoten.engines import make_engine

            engine = make_engine(settings)
        stored = store.article_for_source(source.id)
        if stored is None:
            page: FetchedPage | None = None
            error: YotenError | None = None
            if needs_fetch(source):
                try:
                    page = _fetch_sync(source.url, settings, shared)
                except RobotsUnavailable as exc:
                    store.defer_source(
                        source.id, str(exc), until=(now or dt.datetime.now(dt.UTC)) + ROBOTS_RETRY
                    )
                    return Outcome(source.id, "deferred", error=str(exc))
                except YotenError as exc:
                    error = exc
            article = build_article(source, page, error)
            article_id = store.save_article(source.id, article)
        else:
            article_id, article = stored
            # only an Article kept by an earlier attempt can have a digest already
            reused = reuse_digest(source, article_id, store=store, engine=engine)
            if reused is not None:
                return reused
        digest = make_digest(article, engine, budget=settings.article_timeout)
        return check_and_store(
            source, article_id, article, digest, store=store, engine=engine, settings=settings
        )
    except ModelUnreachableError as exc:
        # Not the article's fault: no attempt is spent; the poller hands it out again
        # after the pause (the in-process run pauses the whole pass instead).
        until = (now or dt.datetime.now(dt.UTC)) + MODEL_UNREACHABLE_RETRY
        store.defer_source(source.id, str(exc), until=until)
        return Outcome(source.id, "deferred", error=str(exc), unreachable=True)
    except YotenError as exc:
        store.record_failure(source.id, str(exc), now=now)
        return Outcome(source.id, "failed", error=str(exc))
