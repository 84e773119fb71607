"""SIGTERM and Ctrl-C stop a run gracefully (issue 12, item 15).

A ``yoten run`` subprocess digests 10 articles with a model that answers in
1 s; a signal arrives after the first digests are stored. The run takes no
new work, stores the answers already on their way, closes its row and exits
within a bounded time with 128 + the signal's number.
"""

from __future__ import annotations

import signal
import sqlite3
import time
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


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_signal_stops_the_run_and_keeps_answers(
    site: Site, stub: OpenAIStubServer, tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    count = 10
    db_path = tmp_path / "yoten.db"
    db = f"sqlite:///{db_path}"
    with Store.open(db) as store:
        store.add_feed("Loopback", serve_articles(site, count))
    for _ in range(count):
        stub.enqueue_completion(DRAFT, delay=1.0)
    run = yoten_run(db, stub, tmp_path / "home")
    deadline = time.monotonic() + 60
    while sum(digests_per_article(db_path).values()) < 2:
        assert run.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    run.send_signal(sig)
    signalled = time.monotonic()
    _out, err = run.communicate(timeout=60)
    took = time.monotonic() - signalled
    assert run.returncode == code, err.decode()
    assert took < 10, f"{took:.1f} s to stop"
    digests = sum(digests_per_article(db_path).values())
    assert digests < count  # it stopped early
    # every answer the model gave was stored: none discarded
    assert digests == len(stub.completion_requests), (digests, len(stub.completion_requests))
    conn = sqlite3.connect(db_path)
    try:
        [(finished, counts)] = conn.execute("SELECT finished, counts FROM runs").fetchall()
    finally:
        conn.close()
    assert finished is not None and '"stopped"' in counts
    with Store.open(db) as store:
        sources = store.source_counts()
    assert sources == {"done": digests, "new": count - digests}
