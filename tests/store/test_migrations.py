"""Schema migrations carry existing rows over (a database made by an older yoten),
on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from tests.support.services import postgres_server  # noqa: F401 - a fixture
from yoten.store import Store
from yoten.store.migrate import alembic_config


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.services)])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database: a SQLite file, or one on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    server = request.getfixturevalue("postgres_server")
    url: str = server.create_database()
    return url


def _database_at(revision: str, url: str) -> str:
    """The database at ``url`` migrated up to ``revision`` only, with Alembic itself."""
    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()
    return url


def _n(canonical_url: str) -> int:
    return int(canonical_url.rsplit("/", 1)[1])


def _add_source(url: str, n: int, published_hint: str | None, origin: str = "feed:A") -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sources (canonical_url, url, origin, published_hint, first_seen,"
                " status, attempts) VALUES (:c, :u, :o, :p, '2024-06-20 10:00:00', 'new', 0)"
            ),
            {
                "c": f"https://a.example/{n}",
                "u": f"https://a.example/{n}",
                "o": origin,
                "p": published_hint,
            },
        )
    engine.dispose()


@pytest.mark.slow
def test_published_hint_becomes_an_aware_time(empty_db: str) -> None:
    url = _database_at("0003", empty_db)
    _add_source(url, 1, "2024-06-20T01:02:03+09:00")
    _add_source(url, 2, "2024-06-20T01:02:03")  # no offset: UTC, as feeds give it
    _add_source(url, 3, "yesterday")  # was silently ignored; now visibly no date
    _add_source(url, 4, None)
    with Store.open(url) as store:  # migrates to head
        hints = {_n(s.canonical_url): s.published_hint for s in store.list_sources()}
        assert hints == {
            1: dt.datetime(2024, 6, 19, 16, 2, 3, tzinfo=dt.UTC),
            2: dt.datetime(2024, 6, 20, 1, 2, 3, tzinfo=dt.UTC),
            3: None,
            4: None,
        }
        # a new source keeps the instant it was given, aware
        when = dt.datetime(2024, 6, 21, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
        address = "https://a.example/5"
        added, _ = store.add_source(address, address, origin="x", published_hint=when)
        assert store.get_source(added.id).published_hint == when
        assert store.get_source(added.id).published_hint.tzinfo is not None  # type: ignore[union-attr]


@pytest.mark.slow
def test_downgrade_gives_the_iso_strings_back(empty_db: str) -> None:
    url = _database_at("0003", empty_db)
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


@pytest.mark.slow
def test_the_feed_of_a_source_becomes_a_foreign_key(empty_db: str) -> None:
    url = _database_at("0004", empty_db)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO feeds (name, url, created_at, consecutive_errors) VALUES "
                "('Harbor: Times', 'https://h.example/rss', '2024-06-20 10:00:00', 0)"
            )
        )
    engine.dispose()
    _add_source(url, 1, None, origin="feed:Harbor: Times")  # a colon in the name too
    _add_source(url, 2, None, origin="feed:Removed long ago")
    _add_source(url, 3, None, origin="newsletter: Courier <c@courier.example>")
    with Store.open(url) as store:
        sources = {_n(s.canonical_url): (s.origin, s.feed) for s in store.list_sources()}
        assert sources == {
            1: ("feed", "Harbor: Times"),
            2: ("feed:Removed long ago", None),
            3: ("newsletter: Courier <c@courier.example>", None),
        }
        # removing the feed keeps its sources, without a feed (ON DELETE SET NULL)
        [first] = [s for s in store.list_sources() if _n(s.canonical_url) == 1]
        assert (first.feed, first.origin) == ("Harbor: Times", "feed")
        store.remove_feed("Harbor: Times")
        assert store.get_source(first.id).feed is None
