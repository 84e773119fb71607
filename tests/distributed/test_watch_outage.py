"""``yoten run --watch`` outlives a Redis outage (issue 12, item 14).

A dedicated redis-server on a fixed loopback port is stopped for a few
seconds while ``yoten run --watch --every 1s --queue …`` polls; the watcher
logs, backs off, and carries on when Redis is back.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.services import find_redis_server, free_port
from yoten.store import NewSource, Store

pytestmark = pytest.mark.services


def _redis(binary: str, port: int, workdir: Path) -> subprocess.Popen[bytes]:
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--dir", str(workdir), "--daemonize", "no"]  # fmt: skip
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    import socket

    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("redis did not start")


def _lines_until(
    proc: subprocess.Popen[bytes], stream_name: str, needle: str, timeout: float
) -> str:
    stream = getattr(proc, stream_name)
    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    seen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not selector.select(timeout=0.2):
            assert proc.poll() is None, f"the watcher exited ({proc.returncode}): {seen}"
            continue
        line = stream.readline().decode()
        if not line:
            break
        seen += line
        if needle in line:
            return seen
    raise AssertionError(f"{needle!r} not seen in {timeout} s: {seen}")


def test_watch_survives_a_redis_outage(tmp_path: Path) -> None:
    binary = find_redis_server()
    if binary is None:
        pytest.skip("redis-server is not installed")
    port = free_port()
    redis = _redis(binary, port, tmp_path)
    db = f"sqlite:///{tmp_path / 'y.db'}"
    with Store.open(db) as store:
        store.add_sources(
            [
                NewSource(
                    url="http://127.0.0.1:9/a", canonical_url="http://127.0.0.1:9/a", origin="t"
                )
            ]
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
    env.update(YOTEN_HOME=str(tmp_path / "home"), PYTHONPATH=os.pathsep.join(sys.path))
    args = [sys.executable, "-m", "yoten", "run", "--watch", "--every", "1s", "--no-poll",
            "--queue", f"redis://127.0.0.1:{port}/0", "--db", db]  # fmt: skip
    watcher = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _lines_until(watcher, "stdout", "queued", 30)
        redis.terminate()
        redis.wait(10)
        _lines_until(watcher, "stderr", "pass failed", 30)
        time.sleep(3)  # Redis stays down a while
        assert watcher.poll() is None, "the watcher gave up on one transient error"
        redis = _redis(binary, port, tmp_path)
        _lines_until(watcher, "stdout", "queued", 30)  # a good pass again
        assert watcher.poll() is None
    finally:
        watcher.terminate()
        watcher.wait(10)
        redis.terminate()
        redis.wait(10)


def test_every_with_an_absurd_value_is_exit_2(cli) -> None:
    for value in ("99999999999999h", "8000000s"):
        r = cli("run", "--watch", "--every", value, "--db", "sqlite:///:memory:")
        assert r.code == 2 and "--every" in r.err and len(r.err.strip().splitlines()) == 1
