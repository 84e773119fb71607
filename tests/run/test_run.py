"""Runs end to end: resume after SIGKILL, no second LLM call, failures isolated, the per-article unit."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.feeds.site import Site, news_site
from tests.run.helpers import DRAFT, serve_articles
from tests.support.openai_server import OpenAIStubServer
from yoten.run import process_article, run_once
from yoten.settings import Settings
from yoten.store import Store

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def stub():
    with OpenAIStubServer() as server:
        yield server


def openai_settings(stub: OpenAIStubServer, db: str, **kw: object) -> Settings:
    return Settings(
        engine="openai", base_url=stub.base_url, model="stub-model", db=db, max_retries=0, **kw
    )


def digests_per_article(db_path: Path) -> dict[int, int]:
    conn = sqlite3.connect(db_path)
    try:
        return dict(
            conn.execute("SELECT article_id, count(*) FROM digests GROUP BY article_id").fetchall()
        )
    except sqlite3.OperationalError:
        return {}
    finally:
        conn.close()


def yoten_run(db: str, stub: OpenAIStubServer, home: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
    env.update(YOTEN_HOME=str(home), PYTHONPATH=os.pathsep.join(sys.path))
    args = [
        sys.executable,
        "-m",
        "yoten",
        "run",
        "--engine",
        "openai",
        "--base-url",
        stub.base_url,
        "--model",
        "stub-model",
        "--concurrency",
        "2",
        "--db",
        db,
        "--json",
    ]
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_digests_every_article_exactly_once(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    count = 8
    db_path = tmp_path / "yoten.db"
    db = f"sqlite:///{db_path}"
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, count))
    for _ in range(3 * count):
        stub.enqueue_completion(DRAFT, delay=0.4)

    first = yoten_run(db, stub, tmp_path / "home")
    deadline = time.monotonic() + 60
    while sum(digests_per_article(db_path).values()) < 3:
        assert first.poll() is None, first.stderr.read().decode() if first.stderr else ""
        assert time.monotonic() < deadline, "the first run stored nothing in time"
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait(10)
    after_kill = digests_per_article(db_path)
    assert 3 <= sum(after_kill.values()) < count  # killed in the middle
    calls_before = len(stub.completion_requests)

    second = yoten_run(db, stub, tmp_path / "home")
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err.decode()
    per_article = digests_per_article(db_path)
    assert len(per_article) == count and set(per_article.values()) == {1}
    # the resumed run only asked the model for what was not stored yet
    assert len(stub.completion_requests) - calls_before == count - sum(after_kill.values())
    # Asked twice at most: the articles whose model call was in flight at the kill
    # (concurrency 2) plus those whose answer had arrived but was not stored yet
    # (one per engine slot, waiting for check + store): 2 × concurrency.
    assert len(stub.completion_requests) <= count + 2 * 2
    with Store.open(db) as store:
        assert store.source_counts() == {"done": count}
        assert len(store.list_sources()) == count
    assert b'"failed": 0' in out


@pytest.mark.slow
def test_rerun_never_calls_the_model_again_for_a_digested_article(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    settings = openai_settings(stub, db)
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, 3))
        for _ in range(3):
            stub.enqueue_completion(DRAFT, prompt_tokens=1234)
        first = run_once(store, settings, concurrency=2, now=NOW)
        assert (first.new, first.digested, first.failed) == (3, 3, 0)
        assert len(stub.completion_requests) == 3
        post = store.list_posts()[0]
        assert (post.engine, post.model, post.prompt_tokens) == ("openai", "stub-model", 1234)
        assert post.prompt_version  # the packaged prompt's version is part of the key
        assert post.report is not None and post.status in ("checked", "failed")

        # sources forced back to pending (as after a crash between digest and done): the stored digest is reused
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sources SET status = 'new'")
        again = run_once(store, settings, concurrency=2, now=NOW, poll_all=True)
        assert (again.digested, again.skipped, again.failed) == (
            0,
            3 + 3,
            0,
        )  # 3 feed entries known + 3 reused
        assert len(stub.completion_requests) == 3
        assert store.count_posts() == 3


@pytest.mark.slow
def test_an_engine_error_is_recorded_and_does_not_block_the_others(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    settings = openai_settings(stub, db)
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, 3))
        stub.enqueue_completion(DRAFT)
        stub.enqueue_error(400, "the model refused the request", type="invalid_request_error")
        stub.enqueue_completion(DRAFT)
        summary = run_once(store, settings, concurrency=1, now=NOW)
        assert (summary.digested, summary.failed) == (2, 1)
        [failed] = store.list_sources("failed")
        assert failed.last_error is not None and failed.last_error.startswith("engine:")
        # Ten minutes from the failure (the pass's clock: its start plus the time since).
        assert failed.next_attempt_at is not None
        assert (
            dt.timedelta(minutes=10)
            <= failed.next_attempt_at - NOW
            < dt.timedelta(minutes=10, seconds=30)
        )
        # the article was kept: the retry calls the model, but does not fetch the page again
        fetched = site.count(f"/story/{failed.canonical_url.rsplit('/', 1)[1]}")
        stub.enqueue_completion(DRAFT)
        retry = run_once(store, settings, now=NOW + dt.timedelta(hours=1), poll=False)
        assert (retry.digested, retry.failed) == (1, 0)
        assert site.count(f"/story/{failed.canonical_url.rsplit('/', 1)[1]}") == fetched
        assert store.count_posts() == 3


@pytest.mark.slow
def test_backoff_runs_from_the_failure_not_from_the_start_of_the_pass(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, 2))
        stub.enqueue_completion(DRAFT, delay=1.5)  # a slow model: the pass takes a while
        stub.enqueue_error(400, "the model refused the request", type="invalid_request_error")
        summary = run_once(store, openai_settings(stub, db), concurrency=1, now=NOW)
        assert (summary.digested, summary.failed) == (1, 1)
        [failed] = store.list_sources("failed")
        assert failed.next_attempt_at is not None
        assert failed.next_attempt_at - NOW >= dt.timedelta(minutes=10, seconds=1.5)


@pytest.mark.slow
def test_an_unreachable_model_pauses_then_stops_the_pass_without_spending_attempts(
    site: Site, tmp_path: Path
) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    settings = Settings(
        engine="openai", base_url=f"http://127.0.0.1:{port}/v1", model="m", db=db, max_retries=0
    )
    events: list[str] = []
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, 3))
        started = time.monotonic()
        summary = run_once(
            store,
            settings,
            concurrency=2,
            now=NOW,
            model_pauses=(0.2, 0.3),
            progress=lambda event, _s: events.append(event),
        )
        assert time.monotonic() - started >= 0.5  # both pauses were waited out
        assert summary.paused == 2 and events.count("pause") == 2
        assert summary.stopped is not None and "model server unreachable" in summary.stopped
        assert "cannot connect to the model server" in summary.stopped
        assert (summary.digested, summary.failed) == (0, 0)
        assert summary.left_pending >= 1
        assert "stopped: model server unreachable" in summary.line()
        # Nothing was recorded as the articles' failure: all still pending, attempts unspent.
        assert store.list_sources("failed") == []
        assert all(s.attempts == 0 for s in store.list_sources("pending"))


@pytest.mark.slow
def test_each_model_attempt_is_told_per_article(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, 1))
        stub.enqueue_completion("not json", prompt_tokens=700, completion_tokens=20)
        stub.enqueue_completion(DRAFT, prompt_tokens=760, completion_tokens=300)
        lines: list[str] = []
        settings = openai_settings(stub, db).model_copy(update={"max_retries": 1})
        summary = run_once(store, settings, concurrency=1, now=NOW, say=lines.append)
    assert summary.digested == 1
    attempts = [line for line in lines if ": attempt: " in line]
    assert len(attempts) == 2 and all("/story/0" in line for line in attempts)
    assert "700+20 tokens" in attempts[0] and "760+300 tokens" in attempts[1]


@pytest.mark.slow
def test_another_engine_makes_its_own_digest(
    site: Site, tmp_path: Path, stub: OpenAIStubServer
) -> None:
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, 2))
        run_once(store, Settings(db=db), now=NOW)  # extractive
        assert {p.engine for p in store.list_posts()} == {"extractive"}
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sources SET status = 'new'")
        for _ in range(2):
            stub.enqueue_completion(DRAFT)
        summary = run_once(store, openai_settings(stub, db), now=NOW, poll=False)
        assert summary.digested == 2
        assert sorted(p.engine for p in store.list_posts()) == [
            "extractive",
            "extractive",
            "openai",
            "openai",
        ]


@pytest.mark.slow
def test_process_article_is_a_plain_function_a_worker_can_call(site: Site, tmp_path: Path) -> None:
    news_site(site)
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    with Store.open(db) as store:
        ok, _ = store.add_source(
            site.url("/news/a1?utm_source=x"), site.url("/news/a1"), origin="manual"
        )
        gone, _ = store.add_source(
            site.url("/news/missing"), site.url("/news/missing"), origin="manual"
        )
        outcome = process_article(ok.id, store=store, settings=Settings(db=db))
        assert outcome.status == "digested" and outcome.post_id is not None
        post = store.get_post(outcome.post_id)
        assert post.title == "Harbor city opens its first tidal power plant"
        assert post.report is not None
        assert site.count("/robots.txt") == 1
        # delivered twice (a task queue may redeliver): no second digest, no second fetch
        again = process_article(ok.id, store=store, settings=Settings(db=db))
        assert (again.status, again.post_id) == ("reused", outcome.post_id)
        assert site.count("/news/a1") == 1
        failed = process_article(gone.id, store=store, settings=Settings(db=db), now=NOW)
        assert failed.status == "failed" and "HTTP 404" in (failed.error or "")
        assert store.get_source(gone.id).next_attempt_at == NOW + dt.timedelta(minutes=10)
