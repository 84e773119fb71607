"""End to end: `yoten run --queue` polls and enqueues, two `yoten worker` processes digest.

Real Redis, real PostgreSQL, a real HTTP site on 127.0.0.1, and the workers
as real subprocesses of the `yoten` command (extractive engine).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import CliResult
from tests.distributed.site import NewsSite, news_site
from yoten.store import Store
from yoten.store.tables import DigestRow

pytest.importorskip("dramatiq")

Cli = Callable[..., CliResult]
pytestmark = [pytest.mark.services, pytest.mark.filterwarnings("ignore::ResourceWarning")]

ARTICLES = 12
LINE = re.compile(r"source (\d+): (digested|reused|failed|busy|not_due|missing)\b")


class Worker:
    """One `yoten worker` subprocess and its log file."""

    def __init__(
        self,
        name: str,
        log_dir: Path,
        queue: str,
        db: str,
        *,
        processes: int = 1,
        engine: Sequence[str] = ("--engine", "extractive"),
        env: Mapping[str, str] | None = None,
        host: str | None = None,
    ) -> None:
        """``engine``: the engine's flags; ``host``: run under another host name (unshare)."""
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("wb")
        args = [
            sys.executable, "-m", "yoten", "worker", "--queue", queue, "--db", db, *engine,
            "--processes", str(processes), "--threads", "1",
        ]  # fmt: skip
        if host is not None:
            args = ["unshare", "--uts", "sh", "-c", 'hostname "$0" && exec "$@"', host, *args]
        self.process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def outcomes(self) -> list[tuple[int, str]]:
        return [(int(m.group(1)), m.group(2)) for m in LINE.finditer(self.log())]

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if " ready: " in self.log():
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"worker not ready (exit {self.process.poll()}):\n{self.log()}")

    def terminate(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def wait(self, timeout: float = 30) -> int | None:
        """The exit code after SIGTERM; killed (None) if it does not stop in time."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            return None
        finally:
            self._log.close()


def stop_all(workers: list[Worker]) -> list[int | None]:
    """SIGTERM every worker at once, then collect the exit codes."""
    for w in workers:
        w.terminate()
    return [w.wait() for w in workers]


@pytest.fixture
def site() -> Iterator[NewsSite]:
    # Article pages answer after 0.25 s, as over a network: the work spreads over both workers.
    with news_site(ARTICLES, delay=0.25) as s:
        yield s


def wait_done(db: str, count: int, timeout: float) -> dict[str, int]:
    deadline = time.monotonic() + timeout
    with Store.open(db) as store:
        while True:
            counts = store.source_counts()
            if counts.get("done", 0) + counts.get("failed", 0) + counts.get("dead", 0) >= count:
                return counts
            if time.monotonic() > deadline:
                return counts
            time.sleep(0.2)


def queue_run(cli: Cli, redis_url: str, db: str) -> dict[str, object]:
    result = cli("run", "--queue", redis_url, "--db", db, "--json")
    assert result.code == 0, result.err
    data: dict[str, object] = json.loads(result.out)
    return data


def test_two_workers_share_the_work_and_digest_each_article_once(
    cli: Cli,
    site: NewsSite,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
) -> None:
    db = postgres_url
    added = cli(
        "feeds", "add", site.feed_url, "--name", "Loopback Courier", "--lang", "en", "--db", db
    )
    assert added.code == 0, added.err

    workers = [Worker(name, tmp_path, redis_url, db) for name in ("worker-a", "worker-b")]
    try:
        for w in workers:
            w.wait_ready(40)

        first = queue_run(cli, redis_url, db)
        assert first["mode"] == "queue"
        assert (first["new"], first["enqueued"], first["already_queued"]) == (ARTICLES, ARTICLES, 0)
        assert site.count("/feed.xml") == 1
        # The poller digests nothing: no article page was fetched yet.
        assert not [h for h in site.hits if h.route.startswith("/news/")]

        counts = wait_done(db, ARTICLES, timeout=40)
        assert counts == {"done": ARTICLES}, "\n".join(w.log() for w in workers)

        # Re-running finds nothing new and enqueues nothing.
        again = queue_run(cli, redis_url, db)
        assert (again["new"], again["enqueued"], again["pending"]) == (0, 0, 0)

        # Duplicate messages for done sources (as after a redelivery) change nothing.
        from yoten.distributed.broker import declare_actor, make_broker

        with Store.open(db) as store:
            done_ids = [s.id for s in store.list_sources()][:3]
        broker = make_broker(redis_url)
        try:
            actor = declare_actor(broker, lambda source_id, token: None)
            for source_id in done_ids:
                actor.send(source_id, "duplicate")
        finally:
            broker.close()
        deadline = time.monotonic() + 20
        while sum(1 for w in workers for _, s in w.outcomes() if s == "not_due") < 3:
            assert time.monotonic() < deadline, "\n".join(w.log() for w in workers)
            time.sleep(0.2)
    finally:
        codes = stop_all(workers)
    assert codes == [0, 0], "\n".join(w.log() for w in workers)

    # Every article has exactly one digest, each article page was fetched once.
    with Store.open(db) as store:
        with store.engine.connect() as conn:
            per_article = Counter(
                {
                    int(a): int(n)
                    for a, n in conn.execute(
                        select(DigestRow.article_id, func.count()).group_by(DigestRow.article_id)
                    )
                }
            )
        assert len(per_article) == ARTICLES and set(per_article.values()) == {1}
        assert store.count_posts() == ARTICLES
        assert {p.status for p in store.list_posts(limit=100)} <= {
            "checked",
            "failed",
            "untranslated",
        }  # English sources, extractive engine
    assert all(site.count(f"/news/{n}") == 1 for n in range(ARTICLES)), site.hits

    # The work was shared: each worker digested some, together all, none twice.
    digested = [[sid for sid, status in w.outcomes() if status == "digested"] for w in workers]
    assert all(len(d) >= 1 for d in digested), [w.log() for w in workers]
    assert sorted(digested[0] + digested[1]) == sorted(set(digested[0] + digested[1]))
    assert len(digested[0]) + len(digested[1]) == ARTICLES
    assert all("stopped" in w.log() for w in workers)


def test_one_worker_command_with_two_processes(
    cli: Cli,
    redis_url: str,
    postgres_url: str,
    tmp_path: Path,
) -> None:
    db = postgres_url
    with news_site(4, delay=0.1) as small:
        assert cli("feeds", "add", small.feed_url, "--name", "Small", "--db", db).code == 0
        worker = Worker("pool", tmp_path, redis_url, db, processes=2)
        try:
            deadline = time.monotonic() + 40
            while len(re.findall(r"worker \S+:(\d+) ready", worker.log())) < 2:
                assert time.monotonic() < deadline and worker.process.poll() is None, worker.log()
                time.sleep(0.1)
            pids = set(re.findall(r"worker \S+:(\d+) ready", worker.log()))
            assert len(pids) == 2 and str(worker.process.pid) not in pids  # two child processes
            assert queue_run(cli, redis_url, db)["enqueued"] == 4
            assert wait_done(db, 4, timeout=30) == {"done": 4}, worker.log()
        finally:
            [code] = stop_all([worker])
    assert code == 0, worker.log()
    assert worker.log().count("stopped") == 2
    assert sorted(sid for sid, status in worker.outcomes() if status == "digested") == [1, 2, 3, 4]
