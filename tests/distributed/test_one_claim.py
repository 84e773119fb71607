"""One claim for runs and workers, released on stop, and per-host limits across workers
(issue 12, items 12, 15 and 16).

Real Redis and PostgreSQL, a loopback news site, a loopback model server that
answers slowly, and ``yoten run`` / ``yoten worker`` as real subprocesses
(a worker "on another machine" runs under another host name with
``unshare --uts``). Each test counts the model calls and the stored digests:
every article is digested exactly once and none is lost.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import CliResult
from tests.distributed.site import NewsSite, news_site
from tests.distributed.test_workers import Worker, stop_all, wait_done
from tests.run.helpers import DRAFT
from tests.run.test_leases import other_machine
from tests.support.openai_server import OpenAIStubServer
from yoten.store import Store
from yoten.store.tables import DigestRow, SourceRow

pytest.importorskip("dramatiq")

Cli = Callable[..., CliResult]
pytestmark = [
    pytest.mark.services,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]


@pytest.fixture
def stub() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer() as server:
        yield server


def model_flags(stub: OpenAIStubServer) -> tuple[str, ...]:
    return ("--engine", "openai", "--base-url", stub.base_url, "--model", "stub-model")


def digests_per_article(db: str) -> Counter[int]:
    with Store.open(db) as store, store.engine.connect() as conn:
        rows = conn.execute(
            select(DigestRow.article_id, func.count()).group_by(DigestRow.article_id)
        )
        return Counter({int(a): int(n) for a, n in rows})


def claims(db: str) -> list[tuple[str, str | None]]:
    """(status, claimed_by) of every source, in id order."""
    with Store.open(db) as store, store.engine.connect() as conn:
        rows = conn.execute(
            select(SourceRow.status, SourceRow.claimed_by).order_by(SourceRow.id)
        ).all()
        return [(str(status), owner) for status, owner in rows]


def digested_by(worker: Worker) -> list[int]:
    return [sid for sid, status in worker.outcomes() if status == "digested"]


def add_feed(cli: Cli, site: NewsSite, db: str) -> None:
    added = cli("feeds", "add", site.feed_url, "--name", "Loopback Courier", "--db", db)
    assert added.code == 0, added.err


def enqueue(cli: Cli, redis_url: str, db: str) -> dict[str, int]:
    result = cli("run", "--queue", redis_url, "--db", db, "--json")
    assert result.code == 0, result.err
    data: dict[str, int] = json.loads(result.out)
    return data


def until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_a_run_and_workers_on_one_store_digest_each_article_once(
    cli: Cli, stub: OpenAIStubServer, redis_url: str, postgres_url: str, tmp_path: Path
) -> None:
    """A local ``yoten run`` works through the articles while the poller enqueues them for
    two workers: one claim (the store's) keeps all three apart."""
    count, db = 12, postgres_url
    for _ in range(2 * count):
        stub.enqueue_completion(DRAFT, delay=0.4)
    with news_site(count, delay=0.05) as site:
        add_feed(cli, site, db)
        workers = [
            Worker(name, tmp_path, redis_url, db, engine=model_flags(stub))
            for name in ("worker-a", "worker-b")
        ]
        try:
            for w in workers:
                w.wait_ready(40)
            env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
            env.update(YOTEN_HOME=str(tmp_path / "home"))
            local = subprocess.Popen(
                [sys.executable, "-m", "yoten", "run", *model_flags(stub), "--concurrency", "2",
                 "--db", db, "--json"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            )  # fmt: skip
            until(lambda: len(stub.completion_requests) >= 1, 60, "the run's first model call")
            queued = enqueue(cli, redis_url, db)
            assert queued["enqueued"] >= 1, queued
            out, err = local.communicate(timeout=120)
            assert local.returncode == 0, err.decode()
            assert wait_done(db, count, timeout=60) == {"done": count}
        finally:
            codes = stop_all(workers)
    assert codes == [0, 0], "\n".join(w.log() for w in workers)
    by_run = json.loads(out)["digested"]
    by_workers = digested_by(workers[0]) + digested_by(workers[1])
    assert by_run >= 1 and len(by_workers) >= 1, (by_run, by_workers)
    assert by_run + len(by_workers) == count
    assert len(stub.completion_requests) == count  # one model call per article
    per_article = digests_per_article(db)
    assert len(per_article) == count and set(per_article.values()) == {1}


@pytest.mark.parametrize("second_signal", [False, True])
def test_a_stopping_worker_releases_what_it_could_not_finish(
    cli: Cli,
    stub: OpenAIStubServer,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
    second_signal: bool,
) -> None:
    """SIGTERM with a 1 s grace while the model takes 15 s (or a 60 s grace and a second
    SIGTERM): the worker exits at once, the article it held is free at once, and
    another worker digests it once."""
    count, db = 2, postgres_url
    stub.enqueue_completion(DRAFT, delay=15.0)
    with news_site(count) as site:
        add_feed(cli, site, db)
        slow = Worker(
            "slow", tmp_path, redis_url, db, engine=model_flags(stub),
            env={"YOTEN_STOP_GRACE": "60s" if second_signal else "1s"},
        )  # fmt: skip
        slow.wait_ready(40)
        assert enqueue(cli, redis_url, db)["enqueued"] == count
        until(lambda: len(stub.completion_requests) == 1, 60, "the model call")
        if second_signal:
            slow.terminate()
            time.sleep(1.5)  # a signal within a second is the same stop (systemd and the parent)
        signalled = time.monotonic()
        [code] = stop_all([slow])
        took = time.monotonic() - signalled
        assert code == 0 and took < 6, (code, took, slow.log())
        assert "1 article(s) not finished, released" in slow.log()
        states = claims(db)
        assert ("new", None) in states, states  # released, no attempt spent
        assert not any(status == "done" for status, _ in states)  # the late answer was not kept
        for _ in range(count):
            stub.enqueue_completion(DRAFT)
        fresh = Worker("fresh", tmp_path, redis_url, db, engine=model_flags(stub))
        try:
            fresh.wait_ready(40)
            enqueue(cli, redis_url, db)  # the released article goes out again
            assert wait_done(db, count, timeout=60) == {"done": count}, fresh.log()
        finally:
            [code] = stop_all([fresh])
    assert code == 0, fresh.log()
    assert sorted(digested_by(fresh)) == [1, 2]
    assert len(stub.completion_requests) == 1 + count  # the abandoned call, then one each
    assert set(digests_per_article(db).values()) == {1}


@other_machine
def test_the_article_of_a_worker_killed_on_another_machine_is_free_after_one_lease(
    cli: Cli, stub: OpenAIStubServer, redis_url: str, postgres_url: str, tmp_path: Path
) -> None:
    """kill -9 of a worker on another machine mid model call: its claim expires after the
    lease (2 s), the poller sends the article again and a worker here digests it once."""
    db = postgres_url
    stub.enqueue_completion(DRAFT, delay=12.0)  # the killed worker's call
    with news_site(1) as site:
        add_feed(cli, site, db)
        lease = {"YOTEN_LEASE": "2s"}
        doomed = Worker(
            "doomed", tmp_path, redis_url, db, engine=model_flags(stub), env=lease, host="machine-b"
        )
        doomed.wait_ready(40)
        assert enqueue(cli, redis_url, db)["enqueued"] == 1
        until(lambda: len(stub.completion_requests) == 1, 60, "the model call")
        [(status, owner)] = claims(db)
        assert status == "new" and owner and owner.startswith("machine-b:"), owner
        doomed.process.send_signal(signal.SIGKILL)
        doomed.wait(10)
        stub.enqueue_completion(DRAFT)
        here = Worker("here", tmp_path, redis_url, db, engine=model_flags(stub), env=lease)
        try:
            here.wait_ready(40)
            time.sleep(3.5)  # one lease (stored to the second)
            assert enqueue(cli, redis_url, db)["enqueued"] == 1  # not held for hours
            assert wait_done(db, 1, timeout=30) == {"done": 1}, here.log()
        finally:
            [code] = stop_all([here])
    assert code == 0, here.log()
    assert digested_by(here) == [1]
    assert len(stub.completion_requests) == 2
    assert list(digests_per_article(db).values()) == [1]


@pytest.mark.parametrize("per_host", [1, 2])
def test_per_host_holds_across_worker_processes(
    cli: Cli, redis_url: str, postgres_url: str, tmp_path: Path, per_host: int
) -> None:
    """Three worker processes, no Crawl-delay: at most ``per-host`` article requests to the
    host at once, whichever worker sends them."""
    count, db = 6, postgres_url
    with news_site(count, delay=0.5) as site:
        add_feed(cli, site, db)
        workers = [
            Worker(f"w{n}", tmp_path, redis_url, db, env={"YOTEN_PER_HOST": str(per_host)})
            for n in range(3)
        ]
        try:
            for w in workers:
                w.wait_ready(40)
            assert enqueue(cli, redis_url, db)["enqueued"] == count
            assert wait_done(db, count, timeout=60) == {"done": count}
        finally:
            codes = stop_all(workers)
        assert codes == [0, 0, 0], "\n".join(w.log() for w in workers)
        assert site.most_active == per_host, site.most_active
        assert all(site.count(f"/news/{n}") == 1 for n in range(count)), site.hits
    assert sum(len(digested_by(w)) for w in workers) == count
    assert set(digests_per_article(db).values()) == {1}
