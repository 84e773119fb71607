"""What a pass writes for each article: its claim, its Article, its outcome, and no more.

The outcome's own transaction (the digest, or the failure) marks the source
and drops its claim, so nothing is left to release afterwards, and the pass
leaves no claim behind.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.feeds.site import Site
from tests.run.helpers import DRAFT, serve_articles
from tests.support.openai_server import OpenAIStubServer
from yoten.run import run_once
from yoten.settings import Settings
from yoten.store import Store

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)


def _statements(store: Store) -> list[str]:
    """Every SQL statement the store runs from now on (the first word and table)."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()[:3]))

    event.listen(store.engine, "before_cursor_execute", note)
    return seen


def _claims_left(db_path: Path) -> list[tuple[str | None, str]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT claimed_by, status FROM sources WHERE claimed_by IS NOT NULL"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.slow
def test_a_digested_article_is_claimed_kept_and_stored_in_three_writes(
    site: Site, tmp_path: Path
) -> None:
    db_path = tmp_path / "yoten.db"
    db = f"sqlite:///{db_path}"
    with OpenAIStubServer() as stub, Store.open(db) as store:
        settings = Settings(
            engine="openai", base_url=stub.base_url, model="stub-model", db=db, max_retries=0
        )
        store.add_feed("Loopback", serve_articles(site, 3))
        run_once(store, settings, concurrency=2, now=NOW, only=())  # the poll alone
        for _ in range(3):
            stub.enqueue_completion(DRAFT)
        seen = _statements(store)
        summary = run_once(store, settings, concurrency=2, now=NOW, poll=False)
        assert summary.digested == 3
        writes = [s for s in seen if s.startswith(("INSERT", "UPDATE", "DELETE"))]
        # per article: the claim, the Article, the digest and its source marked done;
        # the run's own row (start, finish) twice
        assert sorted(writes) == sorted(
            ["UPDATE sources SET"] * 3
            + ["INSERT INTO articles"] * 3
            + ["INSERT INTO digests"] * 3
            + ["UPDATE sources SET"] * 3
            + ["INSERT INTO runs", "UPDATE runs SET"]
        )
        assert seen.count("BEGIN IMMEDIATE") == 3 * 3 + 2
        assert _claims_left(db_path) == []
        assert [s.status for s in store.list_sources()] == ["done"] * 3


@pytest.mark.slow
def test_a_failed_article_leaves_no_claim_and_is_not_released_twice(
    site: Site, tmp_path: Path
) -> None:
    db_path = tmp_path / "yoten.db"
    db = f"sqlite:///{db_path}"
    with OpenAIStubServer() as stub, Store.open(db) as store:
        settings = Settings(
            engine="openai", base_url=stub.base_url, model="stub-model", db=db, max_retries=0
        )
        store.add_feed("Loopback", serve_articles(site, 1))
        run_once(store, settings, concurrency=1, now=NOW, only=())
        stub.enqueue_error(400, "the model refused the request", type="invalid_request_error")
        seen = _statements(store)
        summary = run_once(store, settings, concurrency=1, now=NOW, poll=False)
        assert summary.failed == 1
        # the claim, the Article, the failure (which drops the claim); no release after it
        assert seen.count("BEGIN IMMEDIATE") == 3 + 2
        assert _claims_left(db_path) == []
        [source] = store.list_sources("failed")
        assert source.attempts == 1
