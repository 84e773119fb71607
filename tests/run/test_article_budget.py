"""The per-article time budget of `yoten run`: a slow engine call fails its article, not the run."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from tests.feeds.site import Site
from tests.run.helpers import DRAFT, serve_articles
from tests.support.openai_server import OpenAIStubServer
from yoten.errors import EngineError
from yoten.models import Article
from yoten.run import run_once
from yoten.run.article import make_digest
from yoten.settings import Settings, load_settings
from yoten.store import Store

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def stub():
    with OpenAIStubServer() as server:
        yield server


@pytest.mark.slow
def test_an_article_over_its_time_budget_fails_and_the_run_goes_on(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    settings = Settings(
        engine="openai",
        base_url=stub.base_url,
        model="stub-model",
        db=db,
        max_retries=0,
        article_timeout=0.5,
    )
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, 3))
        stub.enqueue_completion(DRAFT)
        stub.enqueue_completion(DRAFT, delay=3.0)  # the model answers after the budget
        stub.enqueue_completion(DRAFT)
        started = time.monotonic()
        summary = run_once(store, settings, concurrency=1, now=NOW)
        elapsed = time.monotonic() - started
        assert (summary.digested, summary.failed) == (2, 1)
        assert elapsed < 3.0  # the run did not wait for the slow answer
        [failed] = store.list_sources("failed")
        assert failed.last_error is not None
        assert failed.last_error.startswith("engine: no digest within the per-article time budget")
        # retried later: ten minutes from the failure (the pass's clock)
        assert failed.next_attempt_at is not None
        assert (
            dt.timedelta(minutes=10)
            <= failed.next_attempt_at - NOW
            < dt.timedelta(minutes=10, seconds=30)
        )


def test_the_extractive_engine_runs_within_the_budget_and_errors_pass_through() -> None:
    from yoten.engines.extractive import ExtractiveEngine

    article = Article(title="t", language="en", text="The ferry returns in April. Fares stay low.")
    digest = make_digest(article, ExtractiveEngine(), budget=30.0)
    assert digest.overview.lead == ["The ferry returns in April."]
    assert digest.sources and digest.sources[0].title == "t"
    # an engine's own error comes out as itself, from the caller's thread
    empty = Article(title="t", language="en", text="   ")
    with pytest.raises(Exception, match="no sentences") as caught:
        make_digest(empty, ExtractiveEngine(), budget=30.0)
    assert not isinstance(caught.value, EngineError)


def test_the_budget_is_a_setting() -> None:
    assert Settings().article_timeout == 1200.0
    settings = load_settings({}, environ={"YOTEN_ARTICLE_TIMEOUT": "42"}, config_file=None)
    assert settings.article_timeout == 42.0
