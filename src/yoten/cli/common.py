"""Options and helpers shared by the command modules."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from yoten.errors import InputError
from yoten.fsutil import read_input_file, write_atomic

if TYPE_CHECKING:
    from yoten.models import Report
    from yoten.settings import Settings

__all__ = [
    "BaseUrlOpt",
    "EngineOpt",
    "ModelOpt",
    "OutputOpt",
    "TimeoutOpt",
    "VerboseOpt",
    "err_console",
    "make_settings",
    "out_console",
    "print_report",
    "progress",
    "read_input",
    "write_output",
]

err_console = Console(stderr=True, highlight=False, soft_wrap=True)
out_console = Console(highlight=False, soft_wrap=True)


def print_report(report: Report, console: Console = err_console) -> None:
    """The check's findings, one line each, then a summary line."""
    from yoten.render.report import format_findings

    for line in format_findings(report):
        console.print(line)


EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine",
        "-e",
        help="extractive (offline) or openai. Default: openai when a base URL is set.",
    ),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="OpenAI-compatible server, e.g. http://localhost:11434/v1 [env: YOTEN_BASE_URL]",
    ),
]
ModelOpt = Annotated[
    str | None, typer.Option("--model", "-m", help="Model name on that server [env: YOTEN_MODEL]")
]
TimeoutOpt = Annotated[
    float | None, typer.Option("--timeout", help="Seconds per network request (default 120).")
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Say more on stderr (tokens used, timings).")
]


def make_settings(**flags: Any) -> Settings:
    """Settings from defaults → config file → environment → these flags (None = unset)."""
    from yoten.settings import load_settings

    return load_settings(flags)


def read_input(path: str) -> str:
    """Text of a file, or of stdin for ``-``; InputError for a missing/binary file."""
    if path == "-":
        return sys.stdin.read()
    raw = read_input_file(Path(path), source=path)
    if b"\x00" in raw[:8192]:
        raise InputError("binary file, expected text", source=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("file is not UTF-8 text", source=path) from None


def write_output(text: str, output: Path | None) -> None:
    """Print to stdout, or write the file atomically."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)
        err_console.print(f"wrote {output}", style="dim")


@contextmanager
def progress(message: str) -> Iterator[Any]:
    """A spinner on stderr when it is a terminal; silent when piped.

    Yields a callback ``update(msg)`` that engines use to report each step.
    """
    if not err_console.is_terminal:
        yield lambda _msg: None
        return
    with err_console.status(message) as status:
        yield status.update
