"""A site build's queries on a SQLite store through the standard library, without SQLAlchemy.

``yoten site build`` asks the store for a few things: record the posts not
yet on the site, what changed since the last build, the digests of the posts
to render, and some counts. With SQLAlchemy and its ORM loaded only for that,
the imports were most of an incremental build (about 0.3 s of CPU on the
development machine). :func:`open_direct` opens a SQLite store that is
already at the packaged schema revision with :mod:`sqlite3` instead, and
:class:`DirectStore` answers those questions with the same SQL, the same
connection settings (:func:`sqlite_pragmas`, also what :class:`~yoten.store.Store`
sets on each connection), the same transaction (``BEGIN IMMEDIATE`` for the one
write) and the values as SQLAlchemy stores them (datetimes as naive UTC text,
``YYYY-MM-DD HH:MM:SS.ffffff``). Anything else (PostgreSQL, a URL with options, a
store to create or migrate) goes through :class:`~yoten.store.Store`;
``tests/store/test_direct.py`` holds the two to the same answers.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any, TypeVar

from yoten.errors import StoreError, Translation, map_errors
from yoten.store.migrate import packaged_head
from yoten.store.rows import DIGEST_STATUSES

__all__ = [
    "BUSY_TIMEOUT_MS",
    "DirectStore",
    "default_url",
    "open_direct",
    "read_posted_at",
    "sqlite_pragmas",
]

BUSY_TIMEOUT_MS = 30_000

#: sqlite3's errors as StoreErrors, as the store maps SQLAlchemy's: a locked database
#: (OperationalError) may work on a later try, anything else will not.
DB_ERRORS: dict[type[BaseException], Translation] = {
    sqlite3.OperationalError: (StoreError, True),
    sqlite3.Error: StoreError,
}

#: ``sqlite:///`` and a path SQLAlchemy reads as it is written (no query, no escapes).
_PLAIN_URL = re.compile(r"sqlite:///([^?#%]+)\Z")

_T = TypeVar("_T")


def sqlite_pragmas(dbapi_conn: Any, _record: Any = None) -> None:
    """The settings of every connection to a SQLite store: foreign keys, a busy timeout,
    WAL and ``synchronous=NORMAL``; transactions are begun explicitly (``isolation_level``
    None: pysqlite's implicit transactions skip DDL and SELECT)."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cur.execute("PRAGMA journal_mode").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            try:
                cur.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError:
                pass  # a read-only database: reads still work, writes report the error
        cur.execute("PRAGMA synchronous=NORMAL")
    finally:
        cur.close()


def _stored(value: dt.datetime) -> str:
    """An aware datetime as SQLAlchemy keeps it in SQLite (naive UTC text)."""
    utc = value.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%d %H:%M:%S}.{utc.microsecond:06d}"


def _read(value: str) -> dt.datetime:
    """A stored datetime as an aware UTC datetime (as the store's ``UTCDateTime`` reads it)."""
    when = dt.datetime.fromisoformat(value)
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def read_posted_at(value: str | None) -> dt.datetime | None:
    """A digest's ``posted_at`` JSON value as an aware datetime (UTC when it has no offset)."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def default_url() -> str:
    """``sqlite:///<data dir>/yoten.db``."""
    from yoten.settings import data_dir

    return f"sqlite:///{data_dir() / 'yoten.db'}"


def open_direct(url: str | None) -> DirectStore | None:
    """The SQLite store at ``url`` opened with sqlite3, or None when :class:`~yoten.store.Store`
    must open it: not a plain ``sqlite:///`` URL or path, no such file yet, or a schema
    other than the packaged revision (the store migrates it, or refuses a newer one).
    No URL: the default store (:func:`default_url`)."""
    url = url or default_url()
    if "://" not in url:  # a plain path, as Store.open reads it
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    match = _PLAIN_URL.match(url)
    if match is None or match[1] == ":memory:":
        return None
    path = Path(match[1]).expanduser()
    head = packaged_head()
    if head is None or not path.is_file():
        return None
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        sqlite_pragmas(db)
        revisions = [r for (r,) in db.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        revisions = []
    if revisions != [head]:
        db.close()
        return None
    return DirectStore(db, url)


class DirectStore:
    """The site build's calls of :class:`~yoten.store.Store` on one sqlite3 connection."""

    def __init__(self, db: sqlite3.Connection, location: str) -> None:
        self._db = db
        self.location = location
        """The URL, as SQLAlchemy renders it (a SQLite URL has no password)."""

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DirectStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _answer(self, ask: Callable[[sqlite3.Connection], _T]) -> _T:
        with map_errors(DB_ERRORS, source=self.location):
            return ask(self._db)

    def record_missing_publications(self, target: str) -> int:
        """:meth:`yoten.store.Store.record_missing_publications`, in one transaction."""

        def record(db: sqlite3.Connection) -> int:
            db.execute("BEGIN IMMEDIATE")
            try:
                rows = db.execute(
                    "SELECT d.id, CAST(JSON_EXTRACT(d.data, '$.\"posted_at\"') AS VARCHAR), d.updated_at"
                    " FROM digests d LEFT OUTER JOIN publications p"
                    " ON p.digest_id = d.id AND p.target = ?"
                    " WHERE d.status = 'published' AND p.id IS NULL",
                    (target,),
                ).fetchall()
                db.executemany(
                    "INSERT INTO publications (digest_id, target, published_at) VALUES (?, ?, ?)",
                    [
                        (digest_id, target, _stored(read_posted_at(posted) or _read(updated)))
                        for digest_id, posted, updated in rows
                    ],
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return len(rows)

        return self._answer(record)

    def published_stamps(self, target: str) -> list[tuple[int, dt.datetime, dt.datetime]]:
        """:meth:`yoten.store.Store.published_stamps`."""
        query = (
            "SELECT d.id, p.published_at, d.updated_at FROM digests d"
            " JOIN publications p ON p.digest_id = d.id"
            " WHERE d.status = 'published' AND p.target = ?"
        )
        return self._answer(
            lambda db: [(i, _read(p), _read(u)) for i, p, u in db.execute(query, (target,))]
        )

    def publication_changes(
        self, target: str, since: dt.datetime
    ) -> list[tuple[int, bool, dt.datetime | None, dt.datetime]]:
        """:meth:`yoten.store.Store.publication_changes` (from the same index)."""
        query = (
            "SELECT d.id, d.status, p.published_at, d.updated_at FROM digests d"
            " LEFT OUTER JOIN publications p ON p.digest_id = d.id AND p.target = ?"
            f" WHERE d.status IN ({', '.join('?' * len(DIGEST_STATUSES))}) AND d.updated_at >= ?"
        )
        parameters = (target, *DIGEST_STATUSES, _stored(since))
        return self._answer(
            lambda db: [
                (i, st == "published", None if p is None else _read(p), _read(u))
                for i, st, p, u in db.execute(query, parameters)
            ]
        )

    def count_published(self, target: str) -> int:
        """:meth:`yoten.store.Store.count_published`."""
        query = (
            "SELECT count(*) FROM digests d JOIN publications p ON p.digest_id = d.id"
            " WHERE d.status = 'published' AND p.target = ?"
        )
        return self._answer(lambda db: int(db.execute(query, (target,)).fetchone()[0]))

    def count_posts(self, status: str | None = None) -> int:
        """:meth:`yoten.store.Store.count_posts` (``status`` one of the store's statuses)."""
        if status is None:
            return self._answer(
                lambda db: int(db.execute("SELECT count(*) FROM digests").fetchone()[0])
            )
        query = "SELECT count(*) FROM digests WHERE status = ?"
        return self._answer(lambda db: int(db.execute(query, (status,)).fetchone()[0]))

    def stream_published(
        self, target: str, ids: Collection[int] | None = None, *, batch: int = 500
    ) -> Iterator[tuple[int, dt.datetime, str]]:
        """:meth:`yoten.store.Store.stream_published`: newest first, ``batch`` rows at a time."""
        wanted = None if ids is None else set(ids)
        query = (
            "SELECT d.id, p.published_at, CAST(d.data AS TEXT) FROM digests d"
            " JOIN publications p ON p.digest_id = d.id"
            " WHERE d.status = 'published' AND p.target = ?"
        )
        parameters: list[object] = [target]
        if wanted is not None and len(wanted) <= batch:  # else filtered below
            query += f" AND d.id IN ({', '.join('?' * len(wanted))})"
            parameters += sorted(wanted)
        query += " ORDER BY p.published_at DESC, d.id DESC"
        with map_errors(DB_ERRORS, source=self.location):
            cursor = self._db.execute(query, parameters)
            while rows := cursor.fetchmany(batch):
                for post_id, published_at, data in rows:
                    if wanted is None or post_id in wanted:
                        yield post_id, _read(published_at), data
