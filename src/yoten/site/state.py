"""What a site build remembers: one SQLite file in the site, ``.yoten-manifest.sqlite``.

It holds the files yoten wrote (with the key of their inputs and their
hash), what listings need of each post (headline, excerpt, outlet, key,
neighbours), the source's position (where the next build reads changes from)
and the layout the pages were made with. A build reads what it needs and
writes only the rows that changed, in one transaction after the new files
are in place: a crash before it leaves the old record, so the next build
sees the same changes again and renders the same pages again. Files to
delete are recorded in that same transaction and deleted after it (again at
the next build's start if the process died in between), so a stale page is
never left behind unowned.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yoten.site.source import PostRef

__all__ = ["STATE_NAME", "FileEntry", "PostRow", "SiteState", "Update"]

STATE_NAME = ".yoten-manifest.sqlite"
_VERSION = "3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, key TEXT NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS posts (
    id TEXT PRIMARY KEY, slug TEXT NOT NULL, published TEXT NOT NULL, tags TEXT NOT NULL,
    version TEXT NOT NULL, key TEXT NOT NULL, newer TEXT, older TEXT,
    headline TEXT NOT NULL, excerpt TEXT NOT NULL, outlet TEXT
);
CREATE TABLE IF NOT EXISTS doomed (rel TEXT PRIMARY KEY);
"""


@dataclass(frozen=True)
class FileEntry:
    """A file yoten wrote: the key of its inputs and the SHA-256 of its bytes."""

    key: str
    sha256: str


@dataclass(frozen=True)
class PostRow:
    """What the last build kept of one post."""

    ref: PostRef
    key: str
    neighbours: tuple[str | None, str | None]
    headline: str
    excerpt: str
    outlet: str | None


@dataclass
class Update:
    """What a build changes in the record; written by :meth:`SiteState.commit`."""

    files: dict[str, FileEntry] = field(default_factory=dict)
    posts: list[PostRow] = field(default_factory=list)
    gone_posts: set[str] = field(default_factory=set)
    stale: set[str] = field(default_factory=set)
    meta: dict[str, str] = field(default_factory=dict)


class SiteState:
    """The record of one site folder (created empty when the site has none)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        try:
            self._db.executescript(_SCHEMA)
            version = self.meta().get("version")
            if version not in (None, _VERSION):  # another yoten's record: start afresh
                self._db.executescript(
                    "DELETE FROM files; DELETE FROM posts; DELETE FROM meta; DELETE FROM doomed;"
                )
        except sqlite3.DatabaseError:
            self._db.close()
            raise

    @staticmethod
    def readable(path: Path) -> bool:
        """True when ``path`` is a record this yoten can open."""
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error:
            return False
        try:
            db.execute("SELECT count(*) FROM files").fetchone()
            return True
        except sqlite3.Error:
            return False
        finally:
            db.close()

    def close(self) -> None:
        self._db.close()

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT name, value FROM meta").fetchall())

    def files(self) -> dict[str, FileEntry]:
        """Every file yoten wrote, by path relative to the site (unchecked: may be unsafe)."""
        return {
            rel: FileEntry(key, sha)
            for rel, key, sha in self._db.execute("SELECT rel, key, sha256 FROM files")
        }

    def posts(self) -> Iterator[PostRow]:
        rows = self._db.execute(
            "SELECT id, slug, published, tags, version, key, newer, older, headline, excerpt,"
            " outlet FROM posts"
        )
        parse = dt.datetime.fromisoformat
        for pid, slug, published, tags, version, key, newer, older, head, excerpt, outlet in rows:
            tags_ = tuple(json.loads(tags)) if tags != "[]" else ()
            ref = PostRef(pid, slug, parse(published), tags_, version)
            yield PostRow(ref, key, (newer, older), head, excerpt, outlet)

    def doomed(self) -> list[str]:
        return [rel for (rel,) in self._db.execute("SELECT rel FROM doomed")]

    def forget_doomed(self, rels: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM doomed WHERE rel = ?", [(r,) for r in rels])

    def commit(self, changes: Update) -> None:
        """Write ``changes`` in one transaction (stale files become doomed, not yet deleted)."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany(
                "INSERT OR REPLACE INTO files (rel, key, sha256) VALUES (?, ?, ?)",
                [(rel, e.key, e.sha256) for rel, e in changes.files.items()],
            )
            db.executemany("DELETE FROM files WHERE rel = ?", [(r,) for r in changes.stale])
            db.executemany(
                "INSERT OR IGNORE INTO doomed (rel) VALUES (?)", [(r,) for r in changes.stale]
            )
            db.executemany("DELETE FROM posts WHERE id = ?", [(i,) for i in changes.gone_posts])
            db.executemany(
                "INSERT OR REPLACE INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_post_values(row) for row in changes.posts],
            )
            db.executemany(
                "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
                [*changes.meta.items(), ("version", _VERSION)],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def _post_values(row: PostRow) -> tuple[Any, ...]:
    ref = row.ref
    return (
        ref.id,
        ref.slug,
        ref.published.isoformat(),
        json.dumps(list(ref.tags), ensure_ascii=False),
        ref.version,
        row.key,
        row.neighbours[0],
        row.neighbours[1],
        row.headline,
        row.excerpt,
        row.outlet,
    )
