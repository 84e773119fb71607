"""``yoten run --watch`` outlives a database locked for 33 s (issue 12, item 14).

Another process holds SQLite's write lock longer than yoten's busy timeout
(30 s): the pass fails with "database is locked", the watcher logs it, backs
off and carries on once the lock is gone.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.distributed.test_watch_outage import _lines_until
from yoten.store import Store

pytestmark = pytest.mark.slow  # the fast lane skips it: see README, Development


def test_watch_survives_a_locked_database(tmp_path: Path) -> None:
    db_path = tmp_path / "y.db"
    Store.open(f"sqlite:///{db_path}").close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
    env.update(YOTEN_HOME=str(tmp_path / "home"), PYTHONPATH=os.pathsep.join(sys.path))
    args = [
        sys.executable,
        "-m",
        "yoten",
        "run",
        "--watch",
        "--every",
        "1s",
        "--no-poll",
        "--db",
        f"sqlite:///{db_path}",
    ]
    watcher = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = sqlite3.connect(db_path, isolation_level=None, timeout=30)
    try:
        _lines_until(watcher, "stdout", "digested", 60)
        lock.execute("BEGIN EXCLUSIVE")
        _lines_until(watcher, "stderr", "pass failed", 60)
        time.sleep(2)
        assert watcher.poll() is None, "the watcher gave up on a locked database"
        lock.execute("COMMIT")
        _lines_until(watcher, "stdout", "digested", 60)  # a good pass again
        assert watcher.poll() is None
    finally:
        lock.close()
        watcher.terminate()
        watcher.wait(10)
