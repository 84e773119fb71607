"""Schema migrations carry existing rows over (a database made by an older yoten)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from yoten.store import Store
from yoten.store.migrate import alembic_config


def _database_at(revision: str, path: Path) -> str:
    """A SQLite database migrated up to ``revision`` only, with Alembic itself."""
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()
    return url


def _add_source(url: str, n: int, published_hint: str | None, origin: str = "feed:A") -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sources (id, canonical_url, url, origin, published_hint, first_seen,"
                " status, attempts) VALUES (:id, :u, :u, :o, :p, '2024-06-20 10:00:00', 'new', 0)"
            ),
            {"id": n, "u": f"https://a.example/{n}", "o": origin, "p": published_hint},
        )
    engine.dispose()


def test_published_hint_becomes_an_aware_time(tmp_path: Path) -> None:
    url = _database_at("0003", tmp_path / "old.db")
    _add_source(url, 1, "2024-06-20T01:02:03+09:00")
    _add_source(url, 2, "2024-06-20T01:02:03")  # no offset: UTC, as feeds give it
    _add_source(url, 3, "yesterday")  # was silently ignored; now visibly no date
    _add_source(url, 4, None)
    with Store.open(url) as store:  # migrates to head
        hints = {s.id: s.published_hint for s in store.list_sources()}
        assert hints == {
            1: dt.datetime(2024, 6, 19, 16, 2, 3, tzinfo=dt.UTC),
            2: dt.datetime(2024, 6, 20, 1, 2, 3, tzinfo=dt.UTC),
            3: None,
            4: None,
        }
        # a new source keeps the instant it was given, aware
        when = dt.datetime(2024, 6, 21, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
        added, _ = store.add_source("https://a.example/5", "https://a.example/5", origin="x",
                                    published_hint=when)  # fmt: skip
        assert store.get_source(added.id).published_hint == when
        assert store.get_source(added.id).published_hint.tzinfo is not None  # type: ignore[union-attr]


def test_downgrade_gives_the_iso_strings_back(tmp_path: Path) -> None:
    url = _database_at("0003", tmp_path / "old.db")
    _add_source(url, 1, "2024-06-20T01:02:03+09:00")
    Store.open(url).close()
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    with engine.connect() as conn:
        value = conn.execute(text("SELECT published_hint FROM sources")).scalar()
    engine.dispose()
    assert value == "2024-06-19T16:02:03+00:00"


def test_the_feed_of_a_source_becomes_a_foreign_key(tmp_path: Path) -> None:
    url = _database_at("0004", tmp_path / "old.db")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO feeds (id, name, url, created_at, consecutive_errors) VALUES "
                "(7, 'Harbor: Times', 'https://h.example/rss', '2024-06-20 10:00:00', 0)"
            )
        )
    engine.dispose()
    _add_source(url, 1, None, origin="feed:Harbor: Times")  # a colon in the name too
    _add_source(url, 2, None, origin="feed:Removed long ago")
    _add_source(url, 3, None, origin="newsletter: Courier <c@courier.example>")
    with Store.open(url) as store:
        sources = {s.id: (s.origin, s.feed) for s in store.list_sources()}
        assert sources == {
            1: ("feed", "Harbor: Times"),
            2: ("feed:Removed long ago", None),
            3: ("newsletter: Courier <c@courier.example>", None),
        }
        # removing the feed keeps its sources, without a feed (ON DELETE SET NULL)
        store.remove_feed("Harbor: Times")
        assert store.get_source(1).feed is None and store.get_source(1).origin == "feed"
