"""[review] and [queue] of yoten.toml give the defaults of `yoten review` and the
distributed mode; flags and YOTEN_QUEUE still win."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.distributed.test_default_mode import closed_port


@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """`yoten worker` sets up process-wide logging; later tests must not inherit it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)


def _write(text: str) -> None:
    Path("yoten.toml").write_text(text, encoding="utf-8")


def test_review_host_from_the_file_needs_a_password(cli) -> None:  # type: ignore[no-untyped-def]
    _write('[review]\nhost = "0.0.0.0"\nport = 0\n')
    r = cli("review")
    assert r.code == 2 and "--password" in r.err and len(r.err.strip().splitlines()) == 1


@pytest.mark.slow
def test_review_port_from_the_file_and_a_flag_wins(cli) -> None:  # type: ignore[no-untyped-def]
    busy = socket.create_server(("127.0.0.1", 0))
    try:
        port = busy.getsockname()[1]
        _write(f'[review]\nhost = "0.0.0.0"\nport = {port}\n')
        r = cli("review", "--host", "127.0.0.1")  # the file's port, the flag's host
    finally:
        busy.close()
    assert r.code == 2 and f"cannot listen on 127.0.0.1 port {port}" in r.err


def test_review_table_is_checked(cli) -> None:  # type: ignore[no-untyped-def]
    _write("[review]\nport = 70000\n")
    r = cli("review")
    assert r.code == 2 and "invalid setting review.port" in r.err


@pytest.mark.slow
def test_worker_queue_from_the_file(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("dramatiq")
    monkeypatch.delenv("YOTEN_QUEUE", raising=False)
    port = closed_port()
    _write(f'[queue]\nurl = "redis://:topsecret@127.0.0.1:{port}/0"\n')
    r = cli("worker", "--engine", "extractive")
    assert r.code == 9, r.err
    assert "cannot reach the queue" in r.err and f"127.0.0.1:{port}" in r.err
    assert "topsecret" not in r.err
    shown = cli("config", "show")
    assert shown.code == 0 and "topsecret" not in shown.out
    assert json.loads(shown.out)["queue"]["url"].startswith("redis://")
    # the environment beats the file
    monkeypatch.setenv("YOTEN_QUEUE", "http://127.0.0.1:6379/0")
    r = cli("worker", "--engine", "extractive")
    assert r.code == 2 and "redis://" in r.err


@pytest.mark.slow
def test_run_goes_distributed_with_a_queue_in_the_file(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("dramatiq")
    monkeypatch.delenv("YOTEN_QUEUE", raising=False)
    _write(f'[queue]\nurl = "redis://127.0.0.1:{closed_port()}/0"\n')
    r = cli("run")
    assert r.code == 9 and "queue: cannot reach the queue" in r.err, r.err
