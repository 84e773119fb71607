"""Plain, typed rows returned by :class:`yoten.store.Store` (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from yoten.models import Article, Digest, Report

__all__ = [
    "DIGEST_STATUSES",
    "SOURCE_STATUSES",
    "DigestStatus",
    "Feed",
    "NewSource",
    "Post",
    "Publication",
    "Run",
    "Source",
    "SourceStatus",
]

DigestStatus = Literal["draft", "checked", "failed", "untranslated", "published", "rejected"]
DIGEST_STATUSES: tuple[str, ...] = (
    "draft",
    "checked",
    "failed",
    "untranslated",
    "published",
    "rejected",
)

# new: waiting; failed: waiting for a retry after next_attempt_at; done: digested;
# dead: gave up after too many attempts.
SourceStatus = Literal["new", "failed", "done", "dead"]
SOURCE_STATUSES: tuple[str, ...] = ("new", "failed", "done", "dead")


@dataclass(frozen=True)
class Feed:
    """A feed the runner polls."""

    id: int
    name: str
    url: str
    lang: str | None
    include: str | None
    exclude: str | None
    etag: str | None
    last_modified: str | None
    last_polled: dt.datetime | None
    last_error: str | None
    last_success: dt.datetime | None = None
    last_warning: str | None = None
    entries_seen: int | None = None
    consecutive_errors: int = 0
    poll_interval_s: int | None = None
    next_poll_at: dt.datetime | None = None


@dataclass(frozen=True)
class NewSource:
    """An article URL about to be added (see :meth:`Store.add_sources`)."""

    url: str
    canonical_url: str
    origin: str
    title_hint: str | None = None
    lang: str | None = None
    fallback_html: str | None = None
    published_hint: dt.datetime | None = None
    feed_id: int | None = None
    """The feed the entry came from (``origin`` is then ``feed``)."""


@dataclass(frozen=True)
class Source:
    """An article URL found in a feed or newsletter, and where its processing stands."""

    id: int
    canonical_url: str
    url: str
    origin: str
    title_hint: str | None
    lang: str | None
    fallback_html: str | None
    published_hint: dt.datetime | None
    first_seen: dt.datetime
    status: str
    attempts: int
    last_error: str | None
    next_attempt_at: dt.datetime | None
    feed: str | None = None
    """The name of the feed the entry came from, None for a newsletter or a removed feed."""


@dataclass(frozen=True)
class Post:
    """A digest with its article and check report: what `yoten posts` shows."""

    id: int
    article_id: int
    source_id: int
    title: str
    outlet: str | None
    url: str | None
    status: str
    status_reason: str | None
    engine: str
    model: str
    prompt_version: str
    prompt_tokens: int | None
    completion_tokens: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    digest: Digest
    report: Report | None
    article: Article

    def summary(self) -> dict[str, Any]:
        """The row as JSON-ready data without the digest body."""
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "status": self.status,
            "status_reason": self.status_reason,
            "engine": self.engine,
            "model": self.model or None,
            "prompt_version": self.prompt_version or None,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "findings": None if self.report is None else len(self.report.findings),
        }


@dataclass(frozen=True)
class Publication:
    """One digest published to one target."""

    id: int
    digest_id: int
    target: str
    remote_id: str | None
    url: str | None
    published_at: dt.datetime


@dataclass(frozen=True)
class Run:
    """One `yoten run` pass."""

    id: int
    started: dt.datetime
    finished: dt.datetime | None
    counts: dict[str, Any] = field(default_factory=dict)
