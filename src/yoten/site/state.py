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

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from yoten.site.images import Banner
from yoten.site.source import PostRef

__all__ = ["STATE_NAME", "FileEntry", "PostRow", "SiteState", "Update"]

STATE_NAME = ".yoten-manifest.sqlite"
_VERSION = "3"

_TABLES = ("meta", "files", "posts", "terms", "doomed")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, key TEXT NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS posts (
    id TEXT PRIMARY KEY, slug TEXT NOT NULL, published TEXT NOT NULL, tags TEXT NOT NULL,
    version TEXT NOT NULL, key TEXT NOT NULL, newer TEXT, older TEXT,
    headline TEXT NOT NULL, excerpt TEXT NOT NULL, outlet TEXT, pos INTEGER NOT NULL,
    banner TEXT
);
CREATE INDEX IF NOT EXISTS posts_pos ON posts (pos);
CREATE TABLE IF NOT EXISTS terms (
    kind TEXT NOT NULL, slug TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (kind, slug, id)
);
CREATE INDEX IF NOT EXISTS terms_id ON terms (id);
CREATE TABLE IF NOT EXISTS doomed (rel TEXT PRIMARY KEY);
"""


class FileEntry(NamedTuple):
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
    pos: int
    """Place in the site's order, 0 the newest."""
    banner: Banner | None
    terms: tuple[tuple[str, str], ...] | None = None
    """The listings it is on besides the index: (kind, slug), the month as ("archive",
    "YYYY-MM"); None when written: its listings did not change (or when read)."""


@dataclass
class Update:
    """What a build changes in the record; written by :meth:`SiteState.commit`."""

    files: dict[str, FileEntry] = field(default_factory=dict)
    posts: list[PostRow] = field(default_factory=list)
    gone_posts: set[str] = field(default_factory=set)
    stale: set[str] = field(default_factory=set)
    meta: dict[str, str] = field(default_factory=dict)
    every_post: bool = False
    """``posts`` is every post: the record's posts are replaced, not updated one by one."""


class SiteState:
    """The record of one site folder (created empty when the site has none)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        try:
            tables = {n for (n,) in self._db.execute("SELECT name FROM sqlite_master")}
            version = self.meta().get("version") if "meta" in tables else None
            if version != _VERSION:  # new, or another yoten's record: start afresh
                self._db.executescript(
                    "".join(f"DROP TABLE IF EXISTS {t};" for t in _TABLES) + _SCHEMA
                )
        except sqlite3.DatabaseError:
            self._db.close()
            raise

    @staticmethod
    def readable(path: Path) -> bool:
        """True when ``path`` is a record this yoten can open."""
        try:
            db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
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
        rows = self._db.execute("SELECT rel, key, sha256 FROM files")
        return {rel: FileEntry(key, sha) for rel, key, sha in rows}

    _COLUMNS = (
        "id, slug, published, tags, version, key, newer, older, headline, excerpt, outlet, pos,"
        " banner"
    )

    def posts(self) -> Iterator[PostRow]:
        """Every post of the last build, in no order."""
        return _rows(self._db.execute(f"SELECT {self._COLUMNS} FROM posts"))

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM posts").fetchone()[0])

    def new_versions(self, refs: Iterable[PostRef]) -> tuple[list[PostRef], bool]:
        """Of ``refs``, those whose version differs from the record's, and whether every one
        is in the record with the same slug, date and tags (else the list is not complete)."""
        by_id = {ref.id: ref for ref in refs}
        wanted = sorted(by_id)
        differ: list[PostRef] = []
        seen = 0
        for start in range(0, len(wanted), 500):  # short parameter lists
            chunk = wanted[start : start + 500]
            query = (
                "SELECT id, slug, published, tags, version FROM posts"
                f" WHERE id IN ({','.join('?' * len(chunk))})"
            )
            for pid, slug, published, tags, version in self._db.execute(query, chunk):
                ref = by_id[pid]
                seen += 1
                if (slug, published, tags) != (ref.slug, ref.published.isoformat(), _tags(ref)):
                    return differ, False
                if version != ref.version:
                    differ.append(ref)
        return differ, seen == len(wanted)

    def posts_by_id(self, ids: Iterable[str]) -> dict[str, PostRow]:
        wanted = sorted(set(ids))
        found: dict[str, PostRow] = {}
        for start in range(0, len(wanted), 500):  # short parameter lists
            chunk = wanted[start : start + 500]
            query = f"SELECT {self._COLUMNS} FROM posts WHERE id IN ({','.join('?' * len(chunk))})"
            found.update((row.ref.id, row) for row in _rows(self._db.execute(query, chunk)))
        return found

    def posts_between(self, start: int, stop: int) -> list[PostRow]:
        """The posts at places ``start`` to ``stop - 1``, in order."""
        query = f"SELECT {self._COLUMNS} FROM posts WHERE pos >= ? AND pos < ? ORDER BY pos"
        return list(_rows(self._db.execute(query, (start, stop))))

    def term_posts(self, kind: str, slug: str) -> list[PostRow]:
        """The posts listed on one tag, outlet or month page, in order."""
        columns = ", ".join(f"p.{c.strip()}" for c in self._COLUMNS.split(","))
        query = (
            f"SELECT {columns} FROM terms t JOIN posts p ON p.id = t.id"
            " WHERE t.kind = ? AND t.slug = ? ORDER BY p.pos"
        )
        return list(_rows(self._db.execute(query, (kind, slug))))

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
            if changes.every_post:
                db.execute("DELETE FROM posts")
                db.execute("DELETE FROM terms")
            else:
                gone = [(i,) for i in changes.gone_posts]
                regrouped = [(row.ref.id,) for row in changes.posts if row.terms is not None]
                db.executemany("DELETE FROM posts WHERE id = ?", gone)
                db.executemany("DELETE FROM terms WHERE id = ?", gone + regrouped)
            db.executemany(
                "INSERT OR REPLACE INTO posts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_post_values(row) for row in changes.posts],
            )
            db.executemany(
                "INSERT OR IGNORE INTO terms (kind, slug, id) VALUES (?, ?, ?)",
                [(k, s, row.ref.id) for row in changes.posts for k, s in row.terms or ()],
            )
            db.executemany(
                "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
                [*changes.meta.items(), ("version", _VERSION)],
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


def _tags(ref: PostRef) -> str:
    return json.dumps(list(ref.tags), ensure_ascii=False)


def _rows(cursor: Iterable[tuple[Any, ...]]) -> Iterator[PostRow]:
    parse = dt.datetime.fromisoformat
    for (
        pid,
        slug,
        published,
        tags,
        version,
        key,
        newer,
        older,
        head,
        excerpt,
        outlet,
        pos,
        banner,
    ) in cursor:
        ref = PostRef(
            pid, slug, parse(published), tuple(json.loads(tags)) if tags != "[]" else (), version
        )
        shown = Banner(**json.loads(banner)) if banner else None
        yield PostRow(ref, key, (newer, older), head, excerpt, outlet, pos, shown)


def _post_values(row: PostRow) -> tuple[Any, ...]:
    ref = row.ref
    banner = (
        None
        if row.banner is None
        else json.dumps(dataclasses.asdict(row.banner), ensure_ascii=False)
    )
    return (
        ref.id,
        ref.slug,
        ref.published.isoformat(),
        _tags(ref),
        ref.version,
        row.key,
        row.neighbours[0],
        row.neighbours[1],
        row.headline,
        row.excerpt,
        row.outlet,
        row.pos,
        banner,
    )
