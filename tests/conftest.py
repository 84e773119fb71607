"""Shared fixtures: an isolated user directory and a CLI runner."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest_plugins = ["tests.support.openai_server", "tests.support.browser", "tests.support.hostile"]

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed-putin-vietnam.txt"


@pytest.fixture(autouse=True)
def _isolated_user(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every user directory at a temp dir and clear yoten's environment."""
    home = tmp_path_factory.mktemp("home")
    for var in list(__import__("os").environ):
        if var.startswith("YOTEN_") or var == "OPENAI_API_KEY":
            monkeypatch.delenv(var)
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):  # English messages unless a test asks
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("YOTEN_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.chdir(home)
    return home


@pytest.fixture(autouse=True)
def _root_logging_restored() -> Iterator[None]:
    """Give each test the root logger as it found it: a distributed worker run in the
    test process sets INFO and adds its stderr handler, which later tests would see."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run ``yoten ARGS`` in-process; returns CliResult(code, out, err)."""
    from yoten.cli import main

    def run(*args: str, stdin: str | None = None) -> CliResult:
        if stdin is not None:
            import io

            monkeypatch.setattr(
                sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
            )
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def seed_path() -> Path:
    return SEED
