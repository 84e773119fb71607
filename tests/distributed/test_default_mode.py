"""Without a queue nothing changes: no broker is loaded; queue flags fail with one clear line."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import yoten.cli.worker  # noqa: F401  (registers `yoten worker` even before the app lists it)
from tests.conftest import CliResult
from yoten.distributed.config import check_queue_url, mask_url
from yoten.errors import ConfigError

Cli = Callable[..., CliResult]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_default_run_never_imports_the_queue_libraries(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from yoten.cli.app import main\n"
        "import yoten.distributed, yoten.cli.worker\n"
        "rc = main(['run', '--no-poll', '--json'])\n"
        "loaded = sorted(m for m in ('dramatiq', 'redis', 'psycopg') if m in sys.modules)\n"
        "print('RC', rc, 'LOADED', loaded)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("YOTEN_")}
    env.update(YOTEN_HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert "RC 0 LOADED []" in done.stdout, done.stdout + done.stderr
    assert (tmp_path / "home" / "yoten.db").exists()  # the default store: SQLite in the data dir


def test_queue_url_checks() -> None:
    assert check_queue_url(" redis://127.0.0.1:6379/0 ") == "redis://127.0.0.1:6379/0"
    assert check_queue_url("rediss://queue.example:6380/1").startswith("rediss://")
    with pytest.raises(ConfigError, match="needs a Redis URL"):
        check_queue_url(None)
    with pytest.raises(ConfigError, match="redis://"):
        check_queue_url("amqp://guest:guest@127.0.0.1/")
    assert mask_url("redis://:s3cret@127.0.0.1:6379/0") == "redis://:***@127.0.0.1:6379/0"
    assert mask_url("redis://app:s3cret@queue:6379/0") == "redis://app:***@queue:6379/0"
    assert mask_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"


def test_worker_without_queue_is_a_usage_error(cli: Cli) -> None:
    result = cli("worker")
    assert result.code == 2
    assert "--queue needs a Redis URL" in result.err
    assert "Traceback" not in result.err


def test_worker_rejects_a_non_redis_url(cli: Cli) -> None:
    result = cli("worker", "--queue", "http://127.0.0.1:6379/0")
    assert result.code == 2
    assert "redis://" in result.err


def test_worker_with_unreachable_redis_fails_in_one_line(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("dramatiq")
    port = closed_port()
    monkeypatch.setenv("YOTEN_QUEUE", f"redis://:topsecret@127.0.0.1:{port}/0")
    result = cli("worker", "--engine", "extractive")
    assert result.code == 9
    lines = [line for line in result.err.splitlines() if line.startswith("yoten:")]
    assert len(lines) == 1 and "cannot reach the queue" in lines[0], result.err
    assert f"127.0.0.1:{port}" in lines[0]
    assert "topsecret" not in result.err


def test_run_queue_with_unreachable_redis_fails_before_polling(cli: Cli) -> None:
    pytest.importorskip("dramatiq")
    result = cli("run", "--queue", f"redis://127.0.0.1:{closed_port()}/0")
    assert result.code == 9, result.err
    assert "queue: cannot reach the queue" in result.err
