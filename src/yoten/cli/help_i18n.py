"""``--help`` in the user's language: the click command tree's texts through the catalog.

Typer keeps each command's help (its docstring), short help, epilog and each
option's help on the click objects it builds; :func:`translate_tree` swaps
them for their translation. :func:`extract` is the Babel extractor that puts
exactly those texts into the catalog (see ``babel.cfg``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from yoten.i18n import gettext

__all__ = ["extract", "help_texts", "translate_tree"]

_EXAMPLE_HEADS = ("Examples:", "Example:")


def _commands(command: Any) -> Iterator[Any]:
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _commands(sub)


def help_texts(command: Any) -> Iterator[str]:
    """Every help text of ``command`` and its subcommands (epilogs: only their heading)."""
    for cmd in _commands(command):
        for text in (cmd.help, cmd.short_help):
            if text:
                yield text
        if cmd.epilog:
            yield _split_epilog(cmd.epilog)[0]
        for param in cmd.params:
            if getattr(param, "help", None):
                yield param.help


def _split_epilog(epilog: str) -> tuple[str, str]:
    """(heading, the rest): examples are commands, the same in every language."""
    for head in _EXAMPLE_HEADS:
        if epilog.startswith(head):
            return head, epilog[len(head) :]
    return epilog, ""


def translate_tree(command: Any, lang: str) -> None:
    """Replace the help texts of ``command`` and its subcommands by their ``lang`` translation."""
    for cmd in _commands(command):
        if cmd.help:
            cmd.help = gettext(cmd.help, lang)
        if cmd.short_help:
            cmd.short_help = gettext(cmd.short_help, lang)
        if cmd.epilog:
            head, rest = _split_epilog(cmd.epilog)
            cmd.epilog = gettext(head, lang) + rest
        for param in cmd.params:
            if getattr(param, "help", None):
                param.help = gettext(param.help, lang)


def extract(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any) -> Iterator[Any]:
    """Babel extractor for ``cli/app.py``: its ``_()`` calls, then every ``--help`` text."""
    import typer
    from babel.messages.extract import extract_python

    yield from extract_python(fileobj, keywords, comment_tags, options)
    from yoten.cli.app import app

    seen: set[str] = set()
    for text in help_texts(typer.main.get_command(app)):
        if text not in seen:
            seen.add(text)
            yield 0, None, text, ["--help"]
