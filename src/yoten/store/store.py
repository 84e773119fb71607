"""The store: every feed, source, article, digest, publication and run, in one database.

SQLite by default (``<data dir>/yoten.db``, WAL mode, foreign keys on, a busy
timeout); any SQLAlchemy URL (PostgreSQL with psycopg 3 included) through
``--db``/``YOTEN_DB``. Migrations are applied when the store is opened.

Every public method runs in one transaction of its own: it either writes all
of its rows or none. SQLAlchemy errors leave this module as one-line
:class:`~yoten.errors.StoreError` messages.

The calls `yoten run` makes for every article (claim and release a source,
keep its Article, keep its digest) use SQLAlchemy Core statements on a
connection (:meth:`Store._connection`) instead of ORM sessions: the ORM's
session and unit of work cost most of their time (about 3 of 5 ms an
article), for the same statements.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from pydantic import ValidationError
from sqlalchemy import Text, cast, create_engine, event, func, insert, or_, select, update
from sqlalchemy.engine import URL, Connection, CursorResult, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from yoten.errors import InputError, NoSuchSource, StoreError, Translation, map_errors, one_line
from yoten.i18n import gettext as _
from yoten.models import Article, Digest, Report
from yoten.redact import redact_url
from yoten.store import migrate
from yoten.store import statements as sql
from yoten.store.direct import BUSY_TIMEOUT_MS, default_url, read_posted_at, sqlite_pragmas
from yoten.store.rows import (
    DIGEST_STATUSES,
    Feed,
    NewSource,
    Post,
    Publication,
    Run,
    Source,
)
from yoten.store.tables import (
    ArticleRow,
    DigestRow,
    FeedRow,
    MailSeenRow,
    PublicationRow,
    RunRow,
    SourceRow,
)

__all__ = ["NoSuchSource", "Store", "default_url", "utcnow"]

CLAIM_TTL = dt.timedelta(minutes=3)
"""How long a claim lasts unless renewed (``settings.lease``; :class:`yoten.store.leases.Leases`
renews the claims of a run or worker every third of it)."""


def utcnow() -> dt.datetime:
    """The current time as an aware UTC datetime (microseconds dropped)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


#: SQLAlchemy's errors as StoreErrors: a lost connection or a locked database
#: (OperationalError) may work on a later try, anything else will not.
DB_ERRORS: dict[type[BaseException], Translation] = {
    OperationalError: (StoreError, True),
    SQLAlchemyError: StoreError,
}


def _sqlite_begin(conn: Any) -> None:
    # Writers take the write lock up front (BEGIN IMMEDIATE) so that two
    # writers wait on the busy timeout instead of failing on lock upgrade.
    immediate = conn.get_execution_options().get("yoten_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            path = Path(database).expanduser()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    _("cannot create the database folder: {strerror}").format(
                        strerror=exc.strerror
                    ),
                    source=str(path.parent),
                ) from None
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, json_serializer=json_text
        )
        event.listen(engine, "connect", sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, json_serializer=json_text)


def json_text(value: Any) -> str:
    """A JSON column's text: UTF-8, not ASCII escapes (a Japanese digest is a quarter of
    the characters, and parsed back four times faster); a value with a string that UTF-8
    cannot hold (a lone surrogate) is escaped as before. Both read back the same."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return text


def _feed(row: FeedRow) -> Feed:
    return Feed(
        id=row.id,
        name=row.name,
        url=row.url,
        lang=row.lang,
        include=row.include,
        exclude=row.exclude,
        etag=row.etag,
        last_modified=row.last_modified,
        last_polled=row.last_polled,
        last_error=row.last_error,
        last_success=row.last_success,
        last_warning=row.last_warning,
        entries_seen=row.entries_seen,
        consecutive_errors=row.consecutive_errors or 0,
        poll_interval_s=row.poll_interval_s,
        next_poll_at=row.next_poll_at,
    )


def _source(row: SourceRow) -> Source:
    return Source(
        id=row.id,
        canonical_url=row.canonical_url,
        url=row.url,
        origin=row.origin,
        title_hint=row.title_hint,
        lang=row.lang,
        fallback_html=row.fallback_html,
        published_hint=row.published_hint,
        first_seen=row.first_seen,
        status=row.status,
        attempts=row.attempts,
        last_error=row.last_error,
        next_attempt_at=row.next_attempt_at,
        feed=row.feed.name if row.feed is not None else None,
    )


def _publication(row: PublicationRow) -> Publication:
    return Publication(
        id=row.id,
        digest_id=row.digest_id,
        target=row.target,
        remote_id=row.remote_id,
        url=row.url,
        published_at=row.published_at,
    )


def _post(
    digest: DigestRow,
    article: ArticleRow,
    *,
    stored: tuple[Digest, Report | None] | None = None,
    kept: Article | None = None,
) -> Post:
    """The Post of a row; ``stored``: the digest and report the row was just made from,
    ``kept``: the Article the article row holds (both already validated, so not
    validated again from their JSON)."""
    try:
        art = kept if kept is not None else Article.model_validate(article.data)
        if stored is not None:
            dig, rep = stored
        else:
            dig = Digest.model_validate(digest.data)
            rep = None if digest.report is None else Report.model_validate(digest.report)
    except ValidationError as exc:
        raise StoreError(
            _("post {post_id} holds invalid data: {errors}").format(
                post_id=digest.id, errors=exc.errors()[0]["msg"]
            )
        ) from None
    return Post(
        id=digest.id,
        article_id=article.id,
        source_id=article.source_id,
        title=article.title,
        outlet=article.outlet,
        url=article.canonical_url,
        status=digest.status,
        status_reason=digest.status_reason,
        engine=digest.engine,
        model=digest.model,
        prompt_version=digest.prompt_version,
        prompt_tokens=digest.prompt_tokens,
        completion_tokens=digest.completion_tokens,
        created_at=digest.created_at,
        updated_at=digest.updated_at,
        digest=dig,
        report=rep,
        article=art,
    )


def _inserted_id(result: CursorResult[Any]) -> int:
    """The id of the row an INSERT statement just wrote."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _check_regex(pattern: str | None, flag: str) -> None:
    if pattern is None:
        return
    try:
        re.compile(pattern)
    except re.error as exc:
        raise InputError(
            _("{flag} is not a valid regular expression: {exc}").format(flag=flag, exc=exc)
        ) from None


class Store:
    """Typed access to yoten's database. Open with :meth:`Store.open`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write_engine = engine.execution_options(yoten_write=True)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)

    # -- lifecycle -------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and create or migrate) the database at ``url``; default: the user data dir."""
        text = url or default_url()
        if "://" not in text:  # a plain path: a SQLite file
            text = f"sqlite:///{Path(text).expanduser().resolve()}"
        try:
            parsed = make_url(text)
        except ArgumentError:
            raise StoreError(
                _("not a database URL: {text!r}").format(text=redact_url(text))
            ) from None
        try:
            engine = _make_engine(parsed)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(
                _("cannot use database {url}: {exc}").format(
                    url=parsed.render_as_string(hide_password=True), exc=one_line(str(exc))
                )
            ) from None
        store = cls(engine)
        where = parsed.render_as_string(hide_password=True)
        try:
            with map_errors(
                DB_ERRORS, message=_("cannot open the database: {error}"), source=where
            ):
                migrate.upgrade(engine)
        except StoreError:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def location(self) -> str:
        """The database URL, password included: to tell stores apart, never to be shown."""
        return self.engine.url.render_as_string(hide_password=False)

    @contextmanager
    def _session(self, *, write: bool) -> Iterator[Session]:
        maker = self._write if write else self._read
        with map_errors(DB_ERRORS, source=self.url), maker() as session, session.begin():
            yield session

    @contextmanager
    def _connection(self, *, write: bool) -> Iterator[Connection]:
        """One transaction on a connection, for Core statements (the per-article calls)."""
        engine = self._write_engine if write else self.engine
        with map_errors(DB_ERRORS, source=self.url), engine.begin() as conn:
            yield conn

    # -- feeds -----------------------------------------------------------------

    def add_feed(
        self,
        name: str,
        url: str,
        *,
        lang: str | None = None,
        include: str | None = None,
        exclude: str | None = None,
    ) -> Feed:
        """Add a feed; a name already in use is an InputError."""
        name = name.strip()
        if not name:
            raise InputError(_("a feed needs a non-empty --name"))
        if len(name) > 200 or any(
            (ch.isspace() and ch != " ") or not ch.isprintable() for ch in name
        ):
            raise InputError(
                _("a feed name must be one line of printable text, at most 200 characters")
            )
        _check_regex(include, "--include")
        _check_regex(exclude, "--exclude")
        try:
            with self._session(write=True) as s:
                if s.scalar(select(FeedRow).where(FeedRow.name == name)) is not None:
                    raise InputError(_("a feed named {name!r} already exists").format(name=name))
                row = FeedRow(
                    name=name,
                    url=url,
                    lang=lang,
                    include=include,
                    exclude=exclude,
                    created_at=utcnow(),
                )
                s.add(row)
                s.flush()
                return _feed(row)
        except StoreError as exc:
            if "UNIQUE" in exc.message.upper() or "duplicate" in exc.message:
                raise InputError(
                    _("a feed named {name!r} already exists").format(name=name)
                ) from None
            raise

    def list_feeds(self) -> list[Feed]:
        """All feeds, by name."""
        with self._session(write=False) as s:
            return [_feed(r) for r in s.scalars(select(FeedRow).order_by(FeedRow.name))]

    def due_feeds(self, now: dt.datetime) -> list[Feed]:
        """The feeds whose next poll time has come (or was never set), by name."""
        with self._session(write=False) as s:
            query = select(FeedRow).where(
                or_(FeedRow.next_poll_at.is_(None), FeedRow.next_poll_at <= now)
            )
            return [_feed(r) for r in s.scalars(query.order_by(FeedRow.name))]

    def get_feed(self, name: str) -> Feed:
        """The feed called ``name``; InputError if there is none."""
        with self._session(write=False) as s:
            row = s.scalar(select(FeedRow).where(FeedRow.name == name))
            if row is None:
                raise InputError(
                    _("no feed named {name!r} (see: yoten feeds list)").format(name=name)
                )
            return _feed(row)

    def remove_feed(self, name: str) -> None:
        """Forget a feed (the articles already found stay)."""
        with self._session(write=True) as s:
            row = s.scalar(select(FeedRow).where(FeedRow.name == name))
            if row is None:
                raise InputError(
                    _("no feed named {name!r} (see: yoten feeds list)").format(name=name)
                )
            s.delete(row)

    def record_poll(
        self,
        feed_id: int,
        *,
        polled_at: dt.datetime,
        etag: str | None = None,
        last_modified: str | None = None,
        error: str | None = None,
        keep_validators: bool = False,
        entries: int | None = None,
        warning: str | None = None,
        next_poll_at: dt.datetime | None = None,
        interval_s: int | None = None,
    ) -> None:
        """Remember a poll: its time, the validators for the next conditional GET, or its error.

        A success resets the count of consecutive errors and records the
        entries seen and any warning (``entries`` None: not modified, the
        last counts stay); an error adds one to it. ``next_poll_at`` and
        ``interval_s`` are the feed's schedule (:mod:`yoten.run.schedule`).
        """
        with self._session(write=True) as s:
            row = s.get(FeedRow, feed_id)
            if row is None:
                return
            row.last_polled = polled_at
            row.last_error = error
            if error is None:
                row.last_success = polled_at
                row.consecutive_errors = 0
                if entries is not None:
                    row.entries_seen = entries
                    row.last_warning = warning
            else:
                row.consecutive_errors = (row.consecutive_errors or 0) + 1
            if next_poll_at is not None:
                row.next_poll_at = next_poll_at
            if interval_s is not None:
                row.poll_interval_s = interval_s
            if not keep_validators:
                row.etag = etag
                row.last_modified = last_modified

    # -- sources ---------------------------------------------------------------

    def add_sources(
        self, items: Sequence[NewSource], *, now: dt.datetime | None = None
    ) -> list[tuple[Source, bool]]:
        """Add article URLs in one transaction; a known canonical URL returns the existing row.

        Returns ``(source, created)`` for each item, in order.
        """
        now = now or utcnow()
        for attempt in range(3):
            try:
                return self._add_sources(items, now)
            except StoreError as exc:
                # Another process added the same URL between our SELECT and INSERT.
                if attempt == 2 or "unique" not in exc.message.lower():
                    raise
        raise AssertionError("unreachable")

    def _add_sources(
        self, items: Sequence[NewSource], now: dt.datetime
    ) -> list[tuple[Source, bool]]:
        out: list[tuple[Source, bool]] = []
        with self._session(write=True) as s:
            seen: dict[str, SourceRow] = {}
            for item in items:
                row = seen.get(item.canonical_url) or s.scalar(
                    select(SourceRow).where(SourceRow.canonical_url == item.canonical_url)
                )
                if row is not None:
                    out.append((_source(row), False))
                    seen[item.canonical_url] = row
                    continue
                row = SourceRow(
                    canonical_url=item.canonical_url,
                    url=item.url,
                    origin=item.origin,
                    title_hint=item.title_hint,
                    lang=item.lang,
                    fallback_html=item.fallback_html,
                    published_hint=item.published_hint,
                    feed_id=item.feed_id,
                    first_seen=now,
                    status="new",
                    attempts=0,
                )
                s.add(row)
                s.flush()
                seen[item.canonical_url] = row
                out.append((_source(row), True))
        return out

    def add_source(
        self,
        url: str,
        canonical_url: str,
        *,
        origin: str,
        title_hint: str | None = None,
        lang: str | None = None,
        fallback_html: str | None = None,
        published_hint: dt.datetime | None = None,
        now: dt.datetime | None = None,
    ) -> tuple[Source, bool]:
        """Add one article URL; returns ``(source, created)`` (existing row on a duplicate)."""
        item = NewSource(
            url, canonical_url, origin, title_hint, lang, fallback_html, published_hint
        )
        return self.add_sources([item], now=now)[0]

    def get_source(self, source_id: int) -> Source:
        """One source by id; StoreError if it does not exist."""
        with self._session(write=False) as s:
            row = s.get(SourceRow, source_id) if 0 < source_id < 2**63 else None
            if row is None:
                raise NoSuchSource(_("no source with id {source_id}").format(source_id=source_id))
            return _source(row)

    def pending_sources(
        self, limit: int | None = None, *, now: dt.datetime | None = None
    ) -> list[Source]:
        """Sources to process now: new ones, and failed ones whose retry time has come
        (a run claims each with :meth:`claim_source` before working on it)."""
        now = now or utcnow()
        query = (
            select(SourceRow)
            .where(
                (SourceRow.status.in_(("new", "failed")))
                & (
                    SourceRow.next_attempt_at.is_(None) & (SourceRow.status == "new")
                    | (SourceRow.next_attempt_at <= now)
                )
            )
            .order_by(SourceRow.id)
        )
        if limit is not None:
            query = query.limit(limit)
        with self._session(write=False) as s:
            return [_source(r) for r in s.scalars(query)]

    def list_sources(self, status: str | None = None) -> list[Source]:
        """All sources (optionally with one status), oldest first."""
        query = select(SourceRow).order_by(SourceRow.id)
        if status is not None:
            query = query.where(SourceRow.status == status)
        with self._session(write=False) as s:
            return [_source(r) for r in s.scalars(query)]

    def claim_source(
        self,
        source_id: int,
        owner: str,
        *,
        ttl: dt.timedelta = CLAIM_TTL,
        stale: Callable[[str], bool] | None = None,
    ) -> bool:
        """Lease a pending source to ``owner`` for ``ttl``; False when another owner holds
        a live claim or the source is no longer pending. ``stale(other)`` may declare a
        live claim's owner gone (a killed process), and its claim is taken over. Each
        step is one conditional UPDATE: atomic in SQLite and PostgreSQL alike."""
        now = utcnow()
        take = {"source_id": source_id, "owner": owner, "until": now + ttl}
        with self._connection(write=True) as c:
            if c.execute(sql.CLAIM, {**take, "now": now}).rowcount == 1:
                return True
            other = c.scalar(sql.CLAIMED_BY, {"source_id": source_id})
            if other is None or stale is None or not stale(other):
                return False
            return bool(c.execute(sql.CLAIM_FROM, {**take, "other": other}).rowcount == 1)

    def release_source(self, source_id: int, owner: str) -> None:
        """Drop ``owner``'s claim on the source, if it still holds it."""
        with self._connection(write=True) as c:
            c.execute(sql.RELEASE, {"source_id": source_id, "owner": owner})

    def renew_claims(self, owners: Collection[str], *, ttl: dt.timedelta = CLAIM_TTL) -> int:
        """Extend every claim ``owners`` still hold to ``ttl`` from now (a heartbeat, one
        UPDATE); the number of claims renewed. A claim taken over by another is not."""
        if not owners:
            return 0
        query = (
            update(SourceRow)
            .where(SourceRow.claimed_by.in_(list(owners)))
            .values(claimed_until=utcnow() + ttl)
        )
        with self._session(write=True) as s:
            return int(s.execute(query).rowcount)  # type: ignore[attr-defined]

    def release_claims(self, owners: Collection[str]) -> int:
        """Drop every claim ``owners`` still hold (work left unfinished is free for the
        next run at once); the number released."""
        if not owners:
            return 0
        query = (
            update(SourceRow)
            .where(SourceRow.claimed_by.in_(list(owners)))
            .values(claimed_by=None, claimed_until=None)
        )
        with self._session(write=True) as s:
            return int(s.execute(query).rowcount)  # type: ignore[attr-defined]

    def defer_source(self, source_id: int, reason: str, *, until: dt.datetime) -> None:
        """Try the source again at ``until`` without counting an attempt (the fault was
        not the article's, e.g. its host's robots.txt was unreachable)."""
        with self._session(write=True) as s:
            row = s.get(SourceRow, source_id)
            if row is not None and row.status in ("new", "failed"):
                row.next_attempt_at = until
                row.last_error = " ".join(reason.split())[:2000]
                row.claimed_by = row.claimed_until = None

    def mark_source_done(self, source_id: int) -> None:
        """The source has its digest: never process it again."""
        with self._session(write=True) as s:
            row = s.get(SourceRow, source_id)
            if row is not None:
                row.status = "done"
                row.last_error = None
                row.next_attempt_at = None
                row.claimed_by = row.claimed_until = None

    def record_failure(
        self,
        source_id: int,
        error: str,
        *,
        now: dt.datetime | None = None,
        max_attempts: int = 8,
        base_delay: dt.timedelta = dt.timedelta(minutes=10),
        max_delay: dt.timedelta = dt.timedelta(days=1),
    ) -> Source:
        """Record a failed attempt; retry after an exponential backoff, or give up ("dead")."""
        now = now or utcnow()
        with self._session(write=True) as s:
            row = s.get(SourceRow, source_id) if 0 < source_id < 2**63 else None
            if row is None:
                raise NoSuchSource(_("no source with id {source_id}").format(source_id=source_id))
            row.attempts += 1
            row.last_error = " ".join(error.split())[:2000]
            row.claimed_by = row.claimed_until = None
            if row.attempts >= max_attempts:
                row.status = "dead"
                row.next_attempt_at = None
            else:
                delay = min(base_delay * (2 ** (row.attempts - 1)), max_delay)
                row.status = "failed"
                row.next_attempt_at = now + delay
            s.flush()
            return _source(row)

    def source_counts(self) -> dict[str, int]:
        """How many sources are in each status."""
        with self._session(write=False) as s:
            rows = s.execute(select(SourceRow.status, func.count()).group_by(SourceRow.status))
            return {str(status): int(n) for status, n in rows}

    # -- articles --------------------------------------------------------------

    def save_article(self, source_id: int, article: Article) -> int:
        """Keep the Article for a source (replacing an earlier one); returns its id."""
        values = {
            "title": article.title,
            "outlet": article.outlet,
            "language": article.language,
            "canonical_url": article.canonical_url or article.url,
            "published": None if article.published is None else article.published.isoformat(),
            "data": article.model_dump(mode="json"),
        }
        with self._connection(write=True) as c:
            found = c.scalar(sql.ARTICLE_ID_OF_SOURCE, {"source_id": source_id})
            if found is None:
                row = {"source_id": source_id, "created_at": utcnow(), **values}
                return _inserted_id(c.execute(sql.INSERT_ARTICLE, row))
            c.execute(sql.UPDATE_ARTICLE, {"article_id": found, **values})
            return int(found)

    def article_for_source(self, source_id: int) -> tuple[int, Article] | None:
        """The stored Article of a source and its id, if it was fetched already."""
        with self._connection(write=False) as c:
            row = c.execute(sql.ARTICLE_FOR_SOURCE, {"source_id": source_id}).one_or_none()
        if row is None:
            return None
        return int(row.id), Article.model_validate(row.data)

    # -- digests / posts ---------------------------------------------------------

    def find_digest(
        self, article_id: int, engine: str, model: str | None, prompt_version: str | None
    ) -> Post | None:
        """The digest already made for this article by this engine/model/prompt version."""
        with self._session(write=False) as s:
            row = s.scalar(
                select(DigestRow).where(
                    DigestRow.article_id == article_id,
                    DigestRow.engine == engine,
                    DigestRow.model == (model or ""),
                    DigestRow.prompt_version == (prompt_version or ""),
                )
            )
            if row is None:
                return None
            article = s.get(ArticleRow, row.article_id)
            assert article is not None
            return _post(row, article)

    def save_digest(
        self,
        article_id: int,
        digest: Digest,
        *,
        engine: str,
        model: str | None,
        prompt_version: str | None,
        report: Report | None = None,
        status: str = "draft",
        status_reason: str | None = None,
        done_source: bool = False,
        article: Article | None = None,
    ) -> Post:
        """Store a digest (or return the one already stored under the same key).

        With ``done_source`` the article's source is marked done (its claim
        dropped, as :meth:`mark_source_done` does) in the same transaction.
        ``status_reason`` qualifies the status (e.g. made from a feed summary).
        ``article``: the Article stored under ``article_id``, when the caller has
        it (it is then not read back and validated again for the Post).
        """
        self._check_status(status)
        now = utcnow()
        key = {
            "article_id": article_id,
            "engine": engine,
            "model": model or "",
            "prompt_version": prompt_version or "",
        }
        try:
            with self._connection(write=True) as c:
                query = sql.POST_ARTICLE if article is not None else sql.POST_ARTICLE_DATA
                found = c.execute(query, {"article_id": article_id}).one_or_none()
                if found is None:
                    raise StoreError(
                        _("no article with id {article_id}").format(article_id=article_id)
                    )
                article_row = ArticleRow(**found._mapping)
                existing = c.execute(sql.DIGEST_BY_KEY, key).one_or_none()
                stored = None
                if existing is not None:
                    row = DigestRow(**existing._mapping)
                else:
                    stored = (digest, report)
                    meta = digest.meta
                    values = {
                        **key,
                        "data": digest.model_dump(mode="json"),
                        "prompt_tokens": meta.prompt_tokens if meta else None,
                        "completion_tokens": meta.completion_tokens if meta else None,
                        "report": None if report is None else report.model_dump(mode="json"),
                        "status": status,
                        "status_reason": status_reason,
                        "created_at": now,
                        "updated_at": now,
                    }
                    new_id = _inserted_id(c.execute(sql.INSERT_DIGEST, values))
                    row = DigestRow(id=new_id, **values)
                if done_source:
                    c.execute(sql.SOURCE_DONE, {"source_id": article_row.source_id})
            return _post(row, article_row, stored=stored, kept=article)
        except StoreError as exc:
            if "unique" in exc.message.lower():  # a concurrent writer stored it first
                found_post = self.find_digest(article_id, engine, model, prompt_version)
                if found_post is not None:
                    if done_source:  # as promised, whoever stored the digest
                        self.mark_source_done(found_post.source_id)
                    return found_post
            raise

    def list_posts(
        self, status: str | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[Post]:
        """Posts newest first, optionally with one status."""
        if status is not None:
            self._check_status(status)
        query = (
            select(DigestRow, ArticleRow)
            .join(ArticleRow, ArticleRow.id == DigestRow.article_id)
            .order_by(DigestRow.created_at.desc(), DigestRow.id.desc())
            .limit(max(0, limit))
            .offset(max(0, offset))
        )
        if status is not None:
            query = query.where(DigestRow.status == status)
        with self._session(write=False) as s:
            return [_post(d, a) for d, a in s.execute(query)]

    def count_posts(self, status: str | None = None) -> int:
        """How many posts there are (optionally with one status)."""
        query = select(func.count()).select_from(DigestRow)
        if status is not None:
            query = query.where(DigestRow.status == status)
        with self._session(write=False) as s:
            return int(s.scalar(query) or 0)

    def get_post(self, post_id: int) -> Post:
        """One post by id; InputError if there is none."""
        with self._session(write=False) as s:
            return self._get_post(s, post_id)

    @staticmethod
    def _get_post(s: Session, post_id: int) -> Post:
        # ids beyond 64 bits cannot be stored: no such post (SQLite would overflow)
        row = s.get(DigestRow, post_id) if 0 < post_id < 2**63 else None
        if row is None:
            raise InputError(
                _("no post with id {post_id} (see: yoten posts list)").format(post_id=post_id)
            )
        article = s.get(ArticleRow, row.article_id)
        assert article is not None
        return _post(row, article)

    def update_digest(
        self,
        post_id: int,
        digest: Digest,
        report: Report | None,
        *,
        status: str | None = None,
        reason: str | None = None,
    ) -> Post:
        """Replace a post's digest and check report (e.g. after an edit on the review page).

        With ``status`` (and its ``reason``), the post's status changes in the
        same transaction: the edit and the verdict on it are stored together or
        not at all.
        """
        if status is not None:
            self._check_status(status)
        with self._session(write=True) as s:
            row = s.get(DigestRow, post_id)
            if row is None:
                raise InputError(
                    _("no post with id {post_id} (see: yoten posts list)").format(post_id=post_id)
                )
            row.data = digest.model_dump(mode="json")
            row.report = None if report is None else report.model_dump(mode="json")
            if status is not None:
                row.status = status
                row.status_reason = reason
            row.updated_at = utcnow()
            s.flush()
            return self._get_post(s, post_id)

    def set_status(self, post_id: int, status: str, reason: str | None = None) -> Post:
        """Set a post's status (draft, checked, failed, published, rejected) with an optional reason."""
        self._check_status(status)
        with self._session(write=True) as s:
            row = s.get(DigestRow, post_id)
            if row is None:
                raise InputError(
                    _("no post with id {post_id} (see: yoten posts list)").format(post_id=post_id)
                )
            row.status = status
            row.status_reason = reason
            row.updated_at = utcnow()
            s.flush()
            return self._get_post(s, post_id)

    @staticmethod
    def _check_status(status: str) -> None:
        if status not in DIGEST_STATUSES:
            raise InputError(
                _("unknown status {status!r} (choose from: {digest_statuses})").format(
                    status=status, digest_statuses=", ".join(DIGEST_STATUSES)
                )
            )

    # -- publications ----------------------------------------------------------

    def record_publication(
        self,
        digest_id: int,
        target: str,
        *,
        remote_id: str | None = None,
        url: str | None = None,
        published_at: dt.datetime | None = None,
    ) -> Publication:
        """Remember that a digest went to ``target``; an existing record is updated, not duplicated."""
        with self._session(write=True) as s:
            if s.get(DigestRow, digest_id) is None:
                raise InputError(
                    _("no post with id {post_id} (see: yoten posts list)").format(post_id=digest_id)
                )
            row = s.scalar(
                select(PublicationRow).where(
                    PublicationRow.digest_id == digest_id, PublicationRow.target == target
                )
            )
            if row is None:
                row = PublicationRow(
                    digest_id=digest_id, target=target, published_at=published_at or utcnow()
                )
                s.add(row)
            elif published_at is not None:
                row.published_at = published_at
            row.remote_id = remote_id if remote_id is not None else row.remote_id
            row.url = url if url is not None else row.url
            s.flush()
            return _publication(row)

    def get_publication(self, digest_id: int, target: str) -> Publication | None:
        """Where the digest was published on ``target``, if it was."""
        with self._session(write=False) as s:
            row = s.scalar(
                select(PublicationRow).where(
                    PublicationRow.digest_id == digest_id, PublicationRow.target == target
                )
            )
            return None if row is None else _publication(row)

    def record_missing_publications(self, target: str) -> int:
        """Record each published post that has no publication on ``target`` yet; returns how many.

        A new record is dated by the digest's ``posted_at`` (UTC when it has no
        offset), else by the post's last update. One query, one transaction.
        """
        missing = (
            select(DigestRow.id, DigestRow.data["posted_at"].as_string(), DigestRow.updated_at)
            .outerjoin(
                PublicationRow,
                (PublicationRow.digest_id == DigestRow.id) & (PublicationRow.target == target),
            )
            .where(DigestRow.status == "published", PublicationRow.id.is_(None))
        )
        with self._session(write=True) as s:
            rows = s.execute(missing).all()
            if rows:  # one executemany: an object per row took a second for 10,000 posts
                s.execute(
                    insert(PublicationRow),
                    [
                        {
                            "digest_id": digest_id,
                            "target": target,
                            "published_at": read_posted_at(posted_at) or updated_at,
                        }
                        for digest_id, posted_at, updated_at in rows
                    ],
                )
            return len(rows)

    def published_stamps(self, target: str) -> list[tuple[int, dt.datetime, dt.datetime]]:
        """Published posts that went to ``target``: ``(post id, published_at, updated_at)``, no digests."""
        query = (
            select(DigestRow.id, PublicationRow.published_at, DigestRow.updated_at)
            .join(PublicationRow, PublicationRow.digest_id == DigestRow.id)
            .where(DigestRow.status == "published", PublicationRow.target == target)
        )
        with self._session(write=False) as s:
            return [(i, p, u) for i, p, u in s.execute(query)]

    def publication_changes(
        self, target: str, since: dt.datetime
    ) -> list[tuple[int, bool, dt.datetime | None, dt.datetime]]:
        """Posts updated at or after ``since``, whatever their status (an unpublished post is
        a change too): ``(post id, published now, published_at on target or None, updated_at)``.

        One query, answered from the ``(status, updated_at)`` index of the digests
        (one range per status), so its cost grows with the changes, not the posts.
        """
        query = (
            select(
                DigestRow.id, DigestRow.status, PublicationRow.published_at, DigestRow.updated_at
            )
            .outerjoin(
                PublicationRow,
                (PublicationRow.digest_id == DigestRow.id) & (PublicationRow.target == target),
            )
            .where(DigestRow.status.in_(DIGEST_STATUSES), DigestRow.updated_at >= since)
        )
        with self._session(write=False) as s:
            return [(i, st == "published", p, u) for i, st, p, u in s.execute(query)]

    def count_published(self, target: str) -> int:
        """How many published posts went to ``target``."""
        query = (
            select(func.count())
            .select_from(DigestRow)
            .join(PublicationRow, PublicationRow.digest_id == DigestRow.id)
            .where(DigestRow.status == "published", PublicationRow.target == target)
        )
        with self._session(write=False) as s:
            return int(s.scalar(query) or 0)

    def stream_published(
        self, target: str, ids: Collection[int] | None = None, *, batch: int = 500
    ) -> Iterator[tuple[int, dt.datetime, str]]:
        """Published posts that went to ``target``: ``(post id, published_at, digest JSON text)``.

        One query, newest publication first (ties: higher id first), read
        ``batch`` rows at a time so memory does not grow with the number of
        posts. With ``ids``, only those posts. The digest is left as JSON text:
        the caller parses only what it needs.
        """
        query = (
            select(DigestRow.id, PublicationRow.published_at, cast(DigestRow.data, Text))
            .join(PublicationRow, PublicationRow.digest_id == DigestRow.id)
            .where(DigestRow.status == "published", PublicationRow.target == target)
            .order_by(PublicationRow.published_at.desc(), DigestRow.id.desc())
            .execution_options(yield_per=batch)
        )
        wanted = None if ids is None else set(ids)
        if (
            wanted is not None and len(wanted) <= batch
        ):  # else filtered below: short parameter lists
            query = query.where(DigestRow.id.in_(sorted(wanted)))
        with self._session(write=False) as s:
            for post_id, published_at, data in s.execute(query):
                if wanted is None or post_id in wanted:
                    yield post_id, published_at, data

    def list_publications(self, digest_id: int) -> list[Publication]:
        """Every target the digest was published to."""
        with self._session(write=False) as s:
            rows = s.scalars(
                select(PublicationRow)
                .where(PublicationRow.digest_id == digest_id)
                .order_by(PublicationRow.id)
            )
            return [_publication(r) for r in rows]

    # -- newsletters -----------------------------------------------------------

    def seen_messages(self, mailbox: str) -> set[str]:
        """Message-IDs already read from ``mailbox``."""
        with self._session(write=False) as s:
            return set(
                s.scalars(select(MailSeenRow.message_id).where(MailSeenRow.mailbox == mailbox))
            )

    def mark_seen(self, mailbox: str, message_ids: Sequence[str]) -> None:
        """Remember messages as read (already-known ids are ignored)."""
        now = utcnow()
        with self._session(write=True) as s:
            known = set(
                s.scalars(
                    select(MailSeenRow.message_id).where(
                        MailSeenRow.mailbox == mailbox,
                        MailSeenRow.message_id.in_(list(message_ids)),
                    )
                )
            )
            for mid in dict.fromkeys(message_ids):
                if mid not in known:
                    s.add(MailSeenRow(mailbox=mailbox, message_id=mid, seen_at=now))

    # -- runs ------------------------------------------------------------------

    def start_run(self, *, now: dt.datetime | None = None) -> int:
        """Record the start of a run; returns its id."""
        with self._session(write=True) as s:
            row = RunRow(started=now or utcnow(), counts={})
            s.add(row)
            s.flush()
            return row.id

    def finish_run(
        self, run_id: int, counts: dict[str, Any], *, now: dt.datetime | None = None
    ) -> None:
        """Record the end of a run and its counts."""
        with self._session(write=True) as s:
            row = s.get(RunRow, run_id)
            if row is None:
                raise StoreError(_("no run with id {run_id}").format(run_id=run_id))
            row.finished = now or utcnow()
            row.counts = dict(counts)

    def list_runs(self, limit: int = 20) -> list[Run]:
        """The latest runs, newest first."""
        with self._session(write=False) as s:
            rows = s.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(limit))
            return [
                Run(id=r.id, started=r.started, finished=r.finished, counts=dict(r.counts or {}))
                for r in rows
            ]
