"""Typer's own words in the user's language: the usage line, the help option, usage errors.

Typer (0.29) carries its own copy of Click, whose words are written in English
without gettext; Typer's own module asks the standard library's gettext, which
:func:`yoten.i18n.library_messages` points at yoten's catalog. This module is the
one place that knows the copied Click's English words:

- "Usage: " and the help option's "Show this message and exit." go through
  Click's public hooks: each command's ``context_class``, the context's
  ``formatter_class`` and ``Command.get_help_option`` (:func:`localise`);
- yoten prints usage errors itself (:func:`show_usage_error`): the message Typer
  built is matched against the English templates below and said again from the
  catalog; a value Pydantic refused is said again from its error type and context.

A Typer that words any of this differently fails ``tests/i18n/test_typer_words.py``,
which runs each error under a Japanese locale.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import IO, Any

import typer
from typer._click.formatting import HelpFormatter

from yoten.cli.param_values import install
from yoten.i18n import N_, gettext
from yoten.validation_words import reason

__all__ = ["localise", "show_usage_error", "usage_message"]


#: What Typer's own module asks gettext for: listed so that the catalog keeps them.
TYPER_GETTEXT = (
    N_("Arguments"),
    N_("Options"),
    N_("Commands"),
    N_("Missing command."),
    N_("No such command {name!r}."),
    N_("default: {default}"),
    N_("required"),
    N_("env var: {var}"),
    N_("(dynamic)"),
    N_("Aborted!"),
)

#: Typer's usage-error messages as it writes them in English, ``{name}`` for what varies.
#: A ``{message}`` is itself said again (the reason a value was refused).
TEMPLATES = (
    N_("Missing argument {name}."),
    N_("Missing option {name}."),
    N_("Missing parameter {name}."),
    N_("No such option: {name} (Possible options: {options})"),
    N_("No such option: {name}"),
    N_("Invalid value for {name}: {message}"),
    N_("Invalid value: {message}"),
    N_("Got unexpected extra argument(s) ({args})"),
    N_("Option {name} requires an argument."),
    N_("Option {name} requires {count} arguments."),
    N_("Option {name} does not take a value."),
    N_("Argument {name} takes {count} values."),
    N_("Value must be an iterable."),
    N_("{message}. Did you mean {suggestions}?"),
)

_FIELD = re.compile(r"\{(\w+)\}")


def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)  # text, name, text, name, ..., text
    return re.compile(
        "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        ),
        re.DOTALL,
    )


_PATTERNS = [(template, _pattern(template)) for template in TEMPLATES]


class _Formatter(HelpFormatter):
    """Click's help formatter with the usage line's prefix from the catalog."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, gettext("Usage: ") if prefix is None else prefix)


class _Context(typer.Context):
    """A context whose help page and usage line speak the user's language.

    Its command's parameters (the help option among them) convert plain values
    without Pydantic (:mod:`yoten.cli.param_values`).
    """

    formatter_class = _Formatter

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        option = self.command.get_help_option(self)
        if option is not None:
            option.help = gettext("Show this message and exit.")
        install([*self.command.params, option])


def _commands(command: Any) -> Iterator[Any]:
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _commands(sub)


def localise(command: Any) -> None:
    """Make ``command`` and its subcommands create contexts that speak the user's language."""
    for cmd in _commands(command):
        cmd.context_class = _Context


def _pydantic_reason(exc: BaseException | None, said: str) -> str | None:
    """What Pydantic said (``said``) in the user's language, when ``exc`` is its error."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return None
    try:
        first = errors()[0]
    except (IndexError, TypeError, ValueError):
        return None
    if not isinstance(first, dict) or str(first.get("msg")) != said:
        return None
    return reason(first)


def _translate(text: str, cause: BaseException | None) -> str:
    """``text``, one of Typer's messages, in the user's language (as is when unknown)."""
    reason = _pydantic_reason(cause, text)
    if reason is not None:
        return reason
    for template, pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        fields = match.groupdict()
        if "message" in fields:
            fields["message"] = _translate(fields["message"], cause)
        return gettext(template).format(**fields)
    return text


def usage_message(exc: Exception) -> str:
    """The message of a Typer usage error in the user's language."""
    format_message = getattr(exc, "format_message", None)
    text = format_message() if callable(format_message) else str(exc)
    return _translate(str(text), exc.__cause__)


def show_usage_error(exc: Exception, file: IO[str] | None = None) -> None:
    """Print a usage error as Click does (usage line, where to find help, the error)."""
    out = sys.stderr if file is None else file
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            command = f"{ctx.command_path} {ctx.help_option_names[0]}"
            hint = gettext("Try '{command}' for help.").format(command=command) + "\n"
        print(f"{ctx.get_usage()}\n{hint}", file=out)
    print(gettext("Error: {message}").format(message=usage_message(exc)), file=out)
