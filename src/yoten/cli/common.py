"""Options and helpers shared by the command modules."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from yoten.errors import InputError
from yoten.fsutil import MAX_INPUT_BYTES, read_input_file, write_atomic
from yoten.i18n import gettext as _

if TYPE_CHECKING:
    from types import TracebackType

    from rich.console import Console

    from yoten.models import Report
    from yoten.settings import Settings

__all__ = [
    "BaseUrlOpt",
    "EngineOpt",
    "MaxTokensOpt",
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
    "stderr_is_terminal",
    "terminal_safe",
    "write_output",
]

# C0 and C1 controls (ESC starts colour, cursor and OSC 8 link sequences), DEL,
# and the Unicode bidi overrides that reorder what a terminal shows.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: object) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), so text
    from outside (feed names, titles, server messages) cannot drive the terminal."""
    return _CONTROL.sub(_escape, str(text))


class _LazyConsole:
    """A :class:`yoten.cli.console.SafeConsole` made on first use: Rich costs ~30 ms of
    start-up, and most commands print through ``typer.echo`` only."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def _get(self) -> Console:
        if self._console is None:
            from yoten.cli.console import SafeConsole

            self._console = SafeConsole(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)

    def __enter__(self) -> Console:  # Rich's Live enters its console
        return self._get().__enter__()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._get().__exit__(kind, exc, tb)


err_console = cast("Console", _LazyConsole(stderr=True, highlight=False, soft_wrap=True))
out_console = cast("Console", _LazyConsole(highlight=False, soft_wrap=True))


def stderr_is_terminal() -> bool:
    """``err_console.is_terminal``, without loading Rich where its answer is sure to be no:
    stderr is not a tty and neither TTY_COMPATIBLE nor FORCE_COLOR says otherwise."""
    isatty = getattr(sys.stderr, "isatty", None)
    if not (isatty and isatty()) and not {"TTY_COMPATIBLE", "FORCE_COLOR"} & os.environ.keys():
        return False
    return err_console.is_terminal


def print_report(report: Report, console: Console = err_console) -> None:
    """The check's findings, one line each, then a summary line."""
    from yoten.render.report import format_findings

    for line in format_findings(report):
        console.print(line, markup=True)  # format_findings escapes what it quotes


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
    str | None,
    typer.Option(
        "--timeout",
        help="Time one model answer may take, first token included: 90, 90s, 15m, 2h "
        "(default 15m) [env: YOTEN_MODEL_TIMEOUT]",
    ),
]
MaxTokensOpt = Annotated[
    int | None,
    typer.Option(
        "--max-tokens", min=16, help="Answer budget per model call (default: sized from the input)."
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write here (atomically) instead of stdout; - is stdout."),
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
        text = sys.stdin.read(MAX_INPUT_BYTES + 1)
        if len(text) > MAX_INPUT_BYTES:
            raise InputError(
                _("input larger than {max_input_bytes} MB").format(
                    max_input_bytes=MAX_INPUT_BYTES // 1_000_000
                ),
                source="stdin",
            )
        return text
    raw = read_input_file(Path(path), source=path)
    if b"\x00" in raw[:8192]:
        raise InputError(_("binary file, expected text"), source=path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(_("file is not UTF-8 text"), source=path) from None


def write_output(text: str, output: Path | None) -> None:
    """Print to stdout (no ``output``, or ``-``), or write the file atomically."""
    if output is None or str(output) == "-":
        sys.stdout.write(terminal_safe(text) if sys.stdout.isatty() else text)
        sys.stdout.flush()
    else:
        write_atomic(output, text)
        err_console.print(_("wrote {path}").format(path=output), style="dim", markup=False)


@contextmanager
def progress(message: str, *, verbose: bool = False) -> Iterator[Any]:
    """A spinner on stderr when it is a terminal; silent when piped.

    Yields a callback ``update(msg)`` that engines use to report each step.
    With ``verbose`` every step (each model attempt: status, tokens, seconds)
    is also printed as its own line, whether stderr is a terminal or a pipe.
    """
    from rich.markup import escape

    def say(msg: str) -> None:
        err_console.print(escape(msg), style="dim")

    if not stderr_is_terminal():
        yield say if verbose else (lambda _msg: None)
        return
    from rich.text import Text

    with err_console.status(Text(terminal_safe(message))) as status:

        def update(msg: str) -> None:
            status.update(Text(terminal_safe(msg)))
            if verbose:
                say(msg)

        yield update
