"""Concurrent runs on one store share the work (issue 12, item 12).

Three ``yoten run`` processes start together on one SQLite store with 24
pending articles and a model that answers in 0.3 s: each article is digested
once, by one run, with one model call.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.feeds.site import Site
from tests.run.helpers import DRAFT, serve_articles
from tests.run.test_run import digests_per_article, yoten_run
from tests.support.openai_server import OpenAIStubServer
from yoten.store import Store

pytestmark = pytest.mark.slow  # the fast lane skips it: see README, Development


@pytest.fixture
def stub():
    with OpenAIStubServer() as server:
        yield server


def test_three_runs_digest_each_article_once(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    count = 24
    db_path = tmp_path / "yoten.db"
    db = f"sqlite:///{db_path}"
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, count))
    for _ in range(3 * count):
        stub.enqueue_completion(DRAFT, delay=0.3)
    runs = [yoten_run(db, stub, tmp_path / "home") for _ in range(3)]
    summaries = []
    for run in runs:
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err.decode()
        summaries.append(json.loads(out))
    per_article = digests_per_article(db_path)
    assert len(per_article) == count and set(per_article.values()) == {1}
    assert len(stub.completion_requests) == count
    assert sum(s["digested"] for s in summaries) == count, summaries
    with Store.open(db) as store:
        assert store.source_counts() == {"done": count}


def test_a_live_claim_is_respected_and_an_expired_one_taken_over(tmp_path: Path) -> None:
    import datetime as dt

    from yoten.store import NewSource

    with Store.open(f"sqlite:///{tmp_path / 'y.db'}") as store:
        [(source, _)] = store.add_sources(
            [NewSource(url="https://a.example/1", canonical_url="https://a.example/1", origin="t")]
        )
        assert store.claim_source(source.id, "host:1:run 1")
        assert not store.claim_source(source.id, "host:2:run 2")
        assert store.claim_source(
            source.id, "host:2:run 2", stale=lambda owner: owner == "host:1:run 1"
        )
        store.release_source(source.id, "host:2:run 2")
        assert store.claim_source(source.id, "host:3:run 3", ttl=dt.timedelta(0))
        assert store.claim_source(source.id, "host:4:run 4")  # the lease expired
        store.mark_source_done(source.id)
        assert not store.claim_source(source.id, "host:5:run 5")  # done: nothing to claim
