"""Claims are leases renewed while the work goes on, and a stop releases unfinished work
(issue 12, items 12 and 15).

Real ``yoten run`` subprocesses on one SQLite store, a loopback model that
answers slowly, and "other machines" made with ``unshare --uts`` (a process
with another host name, so its claims cannot be checked by process id and
only their lease tells whether it is alive). Every test counts the model
calls and the stored digests: each article is digested exactly once and
none is lost.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.feeds.site import Site
from tests.run.helpers import DRAFT, serve_articles
from tests.run.test_run import digests_per_article
from tests.support.openai_server import OpenAIStubServer
from yoten.store import NewSource, Store
from yoten.store.leases import Leases


@pytest.fixture
def stub():
    with OpenAIStubServer() as server:
        yield server


def can_fake_a_host() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(
        ["unshare", "--uts", "hostname", "yoten-test"], capture_output=True, check=False
    )
    return done.returncode == 0


other_machine = pytest.mark.skipif(
    not can_fake_a_host(), reason="needs unshare --uts (root) to run a process as another host"
)


def yoten_run(
    db: str,
    stub: OpenAIStubServer,
    home: Path,
    *,
    host: str | None = None,
    concurrency: int = 2,
    **env: str,
) -> subprocess.Popen[bytes]:
    """``yoten run`` against the stub model; on ``host`` (another host name) if given."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
    environ.update(YOTEN_HOME=str(home), PYTHONPATH=os.pathsep.join(sys.path), **env)
    args = [
        sys.executable, "-m", "yoten", "run", "--engine", "openai", "--base-url", stub.base_url,
        "--model", "stub-model", "--concurrency", str(concurrency), "--db", db, "--json",
    ]  # fmt: skip
    if host is not None:
        script = 'hostname "$0" && exec "$@"'
        args = ["unshare", "--uts", "sh", "-c", script, host, *args]
    return subprocess.Popen(args, env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def claims(db_path: Path) -> list[tuple[str, str | None]]:
    """(status, claimed_by) of every source."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT status, claimed_by FROM sources ORDER BY id").fetchall()
    finally:
        conn.close()


def wait_for(
    condition: Callable[[], bool], run: subprocess.Popen[bytes], timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if run.poll() is not None:
            raise AssertionError(run.communicate()[1].decode())
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def setup_store(site: Site, tmp_path: Path, count: int) -> tuple[str, Path]:
    db_path = tmp_path / "yoten.db"
    db = f"sqlite:///{db_path}"
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, count))
    return db, db_path


@pytest.mark.slow
def test_a_lease_is_renewed_while_held_and_expires_when_not(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'y.db'}") as store:
        [(a, _), (b, _)] = store.add_sources(
            [
                NewSource(url=f"https://a.example/{n}", canonical_url=f"https://a.example/{n}", origin="t")
                for n in (1, 2)
            ]
        )  # fmt: skip
        leases = Leases(store, ttl=2.0)  # renewed every 2/3 s
        assert leases.claim(a.id, "host-a:1:run 1")
        # b is claimed by a process that never renews (it died on another machine)
        assert store.claim_source(b.id, "host-b:2:run 2", ttl=dt.timedelta(seconds=2))
        time.sleep(4)
        assert not store.claim_source(a.id, "host-c:3:run 3")  # renewed: still held
        assert store.claim_source(b.id, "host-c:3:run 3")  # expired: taken over
        assert leases.close() == 1  # released what it still held
        assert not leases.claim(a.id, "host-a:1:run 1")  # closed: claims nothing more
        assert store.claim_source(a.id, "host-c:3:run 3")


@other_machine
@pytest.mark.slow
def test_a_long_model_call_is_not_taken_over(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    """Model answers take 3 leases; a run on another machine starts meanwhile and
    finds every article still held: one model call per article, not two."""
    count = 2
    db, db_path = setup_store(site, tmp_path, count)
    for _ in range(2 * count):
        stub.enqueue_completion(DRAFT, delay=6.0)
    first = yoten_run(db, stub, tmp_path / "a", host="machine-a", YOTEN_LEASE="2s")
    wait_for(lambda: len(stub.completion_requests) == count, first)
    time.sleep(3)  # past the first lease: only its renewal keeps the claims
    second = yoten_run(db, stub, tmp_path / "b", host="machine-b", YOTEN_LEASE="2s")
    out_b, err_b = second.communicate(timeout=60)
    out_a, err_a = first.communicate(timeout=60)
    assert (first.returncode, second.returncode) == (0, 0), (err_a.decode(), err_b.decode())
    assert json.loads(out_a)["digested"] == count
    assert json.loads(out_b)["digested"] == 0
    assert len(stub.completion_requests) == count
    assert digests_per_article(db_path) and set(digests_per_article(db_path).values()) == {1}


@other_machine
@pytest.mark.slow
def test_the_work_of_a_run_killed_on_another_machine_is_free_after_one_lease(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    """kill -9 of a run on another machine: its claims cannot be checked by process id,
    they expire after the lease (2 s here, not an hour), and a run here digests
    every article once."""
    count = 4
    db, db_path = setup_store(site, tmp_path, count)
    for _ in range(count):
        stub.enqueue_completion(DRAFT, delay=12.0)  # the killed run's calls: never received
    killed = yoten_run(
        db, stub, tmp_path / "a", host="machine-a", concurrency=count, YOTEN_LEASE="2s"
    )
    wait_for(lambda: len(stub.completion_requests) == count, killed)
    held = [owner for _status, owner in claims(db_path)]
    assert all(owner and owner.startswith("machine-a:") for owner in held), held
    killed.send_signal(signal.SIGKILL)
    killed.wait(10)
    for _ in range(count):  # the answers for the run here come at once
        stub.enqueue_completion(DRAFT)
    time.sleep(3.5)  # one lease (stored to the second)
    rerun = yoten_run(db, stub, tmp_path / "b", YOTEN_LEASE="2s")
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err.decode()
    assert json.loads(out)["digested"] == count
    assert len(stub.completion_requests) == 2 * count  # the killed run's calls, then ours
    assert set(digests_per_article(db_path).values()) == {1}
    assert len(digests_per_article(db_path)) == count
    assert claims(db_path) == [("done", None)] * count


@pytest.mark.slow
def test_answers_slower_than_the_old_20_s_are_kept_within_the_stop_grace(
    site: Site, stub: OpenAIStubServer, tmp_path: Path
) -> None:
    """SIGTERM while two answers are on their way, each 22 s long; the grace (40 s here)
    lets them arrive and be stored; nothing else starts."""
    count = 4
    db, db_path = setup_store(site, tmp_path, count)
    for _ in range(count):
        stub.enqueue_completion(DRAFT, delay=22.0)
    run = yoten_run(db, stub, tmp_path / "home", YOTEN_STOP_GRACE="40s")
    wait_for(lambda: len(stub.completion_requests) == 2, run)
    run.send_signal(signal.SIGTERM)
    _out, err = run.communicate(timeout=60)
    assert run.returncode == 143, err.decode()
    assert len(stub.completion_requests) == 2
    assert sum(digests_per_article(db_path).values()) == 2  # both answers stored
    assert sorted(claims(db_path)) == [("done", None)] * 2 + [("new", None)] * 2


@pytest.mark.slow
@pytest.mark.parametrize("second_signal", [False, True])
def test_work_not_finished_within_the_grace_is_released_and_done_once_by_the_next_run(
    site: Site, stub: OpenAIStubServer, tmp_path: Path, second_signal: bool
) -> None:
    """SIGTERM with a 1 s grace while answers take 8 s (or a second signal at once): the
    run exits within the grace, the unfinished articles are free at once (no lease
    to wait out), and the next run digests each of them once."""
    count = 4
    db, db_path = setup_store(site, tmp_path, count)
    for _ in range(2):
        stub.enqueue_completion(DRAFT, delay=8.0)
    grace = "60s" if second_signal else "1s"
    run = yoten_run(db, stub, tmp_path / "home", YOTEN_STOP_GRACE=grace)
    wait_for(lambda: len(stub.completion_requests) == 2, run)
    run.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    if second_signal:
        time.sleep(0.3)
        run.send_signal(signal.SIGINT)
    _out, err = run.communicate(timeout=60)
    took = time.monotonic() - signalled
    assert run.returncode in (143, 130), err.decode()
    assert took < 5, f"{took:.1f} s to stop"
    assert digests_per_article(db_path) == {}
    assert claims(db_path) == [("new", None)] * count  # nothing held, nothing failed
    for _ in range(count):
        stub.enqueue_completion(DRAFT)
    rerun = yoten_run(db, stub, tmp_path / "home")
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err.decode()
    assert json.loads(out)["digested"] == count
    assert len(stub.completion_requests) == 2 + count  # the two abandoned calls, then one each
    assert sorted(digests_per_article(db_path).values()) == [1] * count
