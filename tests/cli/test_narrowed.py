"""The command tree built for one command (``yoten.cli.app._narrowed``) behaves as the whole tree."""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest
import typer

import yoten.cli.app  # noqa: F401 - the module, not the Typer app that yoten.cli exports

app_module = sys.modules["yoten.cli.app"]
app = app_module.app

NAMES = sorted(
    {c.name or typer.main.get_command_name(c.callback.__name__) for c in app.registered_commands}
    | {g.name for g in app.registered_groups if isinstance(g.name, str)}
)


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = app_module.main(argv)
    return code, out.getvalue(), err.getvalue()


def test_every_command_is_narrowed() -> None:
    assert {"run", "site", "url", "posts"} <= set(NAMES)
    for name in NAMES:
        narrow = app_module._narrowed([name, "--help"])
        assert len(narrow.registered_commands) + len(narrow.registered_groups) == 1
    assert app_module._narrowed(["--help"]) is app
    assert app_module._narrowed(["rn"]) is app  # a typo: the whole list, for the suggestion


@pytest.mark.parametrize(
    "argv",
    [[name, "--help"] for name in NAMES]
    + [[name, "--no-such-option"] for name in NAMES]
    + [["site", "build", "--help"], ["posts", "approve", "--help"], ["site"], ["url"]]
    + [["run", "--concurrency", "0"]],
)
def test_same_output_as_the_whole_tree(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("YOTEN_HOME", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "100")
    narrowed = _run(argv)
    monkeypatch.setattr(app_module, "_narrowed", lambda _argv: app)
    assert narrowed == _run(argv)
