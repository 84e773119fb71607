"""The store on a real PostgreSQL server: migrations, feeds, sources, digests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, inspect

from tests.conftest import CliResult
from yoten.errors import InputError
from yoten.models import Article
from yoten.store import Store
from yoten.store.migrate import current_revision, head_revision

Cli = Callable[..., CliResult]
pytestmark = [pytest.mark.services, pytest.mark.filterwarnings("ignore::ResourceWarning")]


def test_migrations_apply_and_reopen_is_a_no_op(postgres_url: str) -> None:
    with Store.open(postgres_url) as store:
        assert store.engine.dialect.name == "postgresql"
        assert current_revision(store.engine) == head_revision()
    with Store.open(postgres_url) as store:  # second open: already at head
        assert current_revision(store.engine) == head_revision()
    engine = create_engine(postgres_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert {"feeds", "sources", "articles", "digests", "runs", "alembic_version"} <= tables


def test_feeds_and_source_dedupe_on_postgres(postgres_url: str) -> None:
    with Store.open(postgres_url) as store:
        store.add_feed("Outlet", "http://127.0.0.1:9/rss.xml", lang="en", include="(?i)world")
        with pytest.raises(InputError, match="already exists"):
            store.add_feed("Outlet", "http://127.0.0.1:9/other.xml")
        assert [(f.name, f.lang, f.include) for f in store.list_feeds()] == [
            ("Outlet", "en", "(?i)world")
        ]

        first, created = store.add_source(
            "http://127.0.0.1:9/a?utm_source=x", "http://127.0.0.1:9/a", origin="feed:Outlet"
        )
        again, created_again = store.add_source(
            "http://127.0.0.1:9/a?utm_medium=email", "http://127.0.0.1:9/a", origin="mail:x"
        )
        assert created and not created_again
        assert again.id == first.id
        assert [s.canonical_url for s in store.pending_sources()] == ["http://127.0.0.1:9/a"]


def test_one_digest_per_key_on_postgres(postgres_url: str) -> None:
    from yoten.engines.extractive import ExtractiveEngine
    from yoten.pipeline import digest_article
    from yoten.settings import Settings

    with Store.open(postgres_url) as store:
        source, _ = store.add_source("http://127.0.0.1:9/b", "http://127.0.0.1:9/b", origin="test")
        article = Article(
            title="Harbour opens",
            url="http://127.0.0.1:9/b",
            language="en",
            text=" ".join(
                f"The harbour of Townsend opened its pier number {n} on Tuesday." for n in range(12)
            ),
        )
        article_id = store.save_article(source.id, article)
        digest = digest_article(article, ExtractiveEngine.from_settings(Settings()))
        one = store.save_digest(
            article_id,
            digest,
            engine="extractive",
            model=None,
            prompt_version=None,
            done_source=True,
        )
        two = store.save_digest(
            article_id, digest, engine="extractive", model=None, prompt_version=None
        )
        assert one.id == two.id
        assert store.count_posts() == 1
        assert store.get_source(source.id).status == "done"


def test_cli_feeds_on_postgres(cli: Cli, postgres_url: str) -> None:
    added: CliResult = cli(
        "feeds", "add", "http://127.0.0.1:9/rss.xml", "--name", "Outlet", "--db", postgres_url
    )
    assert added.code == 0, added.err
    listed: CliResult = cli("feeds", "list", "--json", "--db", postgres_url)
    assert listed.code == 0, listed.err
    assert '"name": "Outlet"' in listed.out


def test_source_claims_on_postgres(postgres_url: str) -> None:
    """Claims race on PostgreSQL as on SQLite: of 8 threads claiming at once, one wins."""
    import datetime as dt
    from concurrent.futures import ThreadPoolExecutor

    from yoten.store import NewSource

    with Store.open(postgres_url) as store:
        [(source, _)] = store.add_sources(
            [
                NewSource(
                    url="http://127.0.0.1:9/a", canonical_url="http://127.0.0.1:9/a", origin="t"
                )
            ]
        )
        with ThreadPoolExecutor(8) as pool:
            wins = list(pool.map(lambda i: store.claim_source(source.id, f"h:{i}:run"), range(8)))
        assert wins.count(True) == 1
        winner = f"h:{wins.index(True)}:run"
        store.release_source(source.id, winner)
        assert store.claim_source(source.id, "h:9:run", ttl=dt.timedelta(0))
        assert store.claim_source(source.id, "h:10:run")  # expired lease taken over
