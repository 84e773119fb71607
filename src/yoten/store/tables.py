"""The database schema as SQLAlchemy 2 typed ORM classes.

The Alembic migrations in ``yoten/store/migrations`` create exactly these
tables; a test compares the migrated schema with this metadata.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "ArticleRow",
    "Base",
    "DigestRow",
    "FeedRow",
    "MailSeenRow",
    "PublicationRow",
    "RunRow",
    "SourceRow",
    "UTCDateTime",
]

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC datetime on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with a stable constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


class FeedRow(Base):
    """A feed to poll: RSS 1.0/2.0 or Atom."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(35))
    include: Mapped[str | None] = mapped_column(Text)
    exclude: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    last_success: Mapped[dt.datetime | None]
    last_warning: Mapped[str | None] = mapped_column(Text)
    entries_seen: Mapped[int | None] = mapped_column(Integer)
    consecutive_errors: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    poll_interval_s: Mapped[int | None] = mapped_column(Integer)
    next_poll_at: Mapped[dt.datetime | None]


class MailSeenRow(Base):
    """A newsletter message already read (by mailbox and Message-ID)."""

    __tablename__ = "mail_seen"
    __table_args__ = (UniqueConstraint("mailbox", "message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(500))
    message_id: Mapped[str] = mapped_column(String(500))
    seen_at: Mapped[dt.datetime]


class SourceRow(Base):
    """One article URL to process, found in a feed or a newsletter."""

    __tablename__ = "sources"
    __table_args__ = (Index("ix_sources_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    url: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(300))
    """Where the URL was found: ``feed`` (see ``feed_id``), ``newsletter: <sender>`` …"""
    feed_id: Mapped[int | None] = mapped_column(ForeignKey("feeds.id", ondelete="SET NULL"))
    """The feed the entry came from; None for a newsletter, or once the feed is removed."""
    feed: Mapped[FeedRow | None] = relationship(lazy="joined")
    title_hint: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(35))
    fallback_html: Mapped[str | None] = mapped_column(Text)
    published_hint: Mapped[dt.datetime | None]
    """When the feed says the entry was published (an aware UTC time)."""
    first_seen: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(20), default="new")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[dt.datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    """Who works on the source now (a run); the claim is void after ``claimed_until``."""
    claimed_until: Mapped[dt.datetime | None]


class ArticleRow(Base):
    """The Article extracted from a source, kept whole as JSON."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(35))
    canonical_url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]


class DigestRow(Base):
    """One digest of an article by one engine/model/prompt version, with its check report."""

    __tablename__ = "digests"
    __table_args__ = (
        UniqueConstraint("article_id", "engine", "model", "prompt_version"),
        # covers the site build's stamps query (id is the rowid): no digest JSON is read
        Index("ix_digests_status_updated", "status", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    engine: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(200), default="")
    prompt_version: Mapped[str] = mapped_column(String(100), default="")
    data: Mapped[dict[str, Any]]
    prompt_tokens: Mapped[int | None]
    completion_tokens: Mapped[int | None]
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    status_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class PublicationRow(Base):
    """Where a digest was published; unique per target so publishing is idempotent."""

    __tablename__ = "publications"
    __table_args__ = (UniqueConstraint("digest_id", "target"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"))
    target: Mapped[str] = mapped_column(String(200))
    remote_id: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[dt.datetime]


class RunRow(Base):
    """One `yoten run` pass and its counts."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[dt.datetime]
    finished: Mapped[dt.datetime | None]
    counts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
