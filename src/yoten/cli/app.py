"""Root Typer app, command-group wiring and the one place errors become exit codes."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import os
import sys

import typer

from yoten.errors import YotenError, stage_name
from yoten.i18n import gettext as _

app = typer.Typer(
    name="yoten",
    help=(
        "Turn a foreign news article into a checked Japanese digest post "
        "(【概要】【詳細】【要点】【引用・参照・底本】).\n\n"
        "Example: yoten digest examples/ja-kyoto-tram.html"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts are plain: "[env: X]" must show as written
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Each module registers its commands on `app` (or adds a sub-app) at import.
_COMMAND_MODULES = [
    "yoten.cli.core",  # digest, parse, render, url, schema, config
    "yoten.cli.check",  # check, glossary
    "yoten.cli.models",  # models
    "yoten.cli.feeds",  # feeds, inbox, run, posts
    "yoten.cli.decide",  # posts approve|reject, publish
    "yoten.cli.site",  # images, site
    "yoten.cli.review",  # review
    "yoten.cli.worker",  # worker (distributed mode)
]

for _name in _COMMAND_MODULES:
    if importlib.util.find_spec(_name) is not None:
        importlib.import_module(_name)


def _narrowed(argv: list[str] | None) -> typer.Typer:
    """``app`` with only the command or named command group that ``argv`` starts with.

    Typer reads the signature and type hints of every command when it builds the
    command tree (~50 ms of each start-up); one command needs only its own. Without
    a command name first (``yoten``, ``yoten --help``, a typo, a command of an
    unnamed group), the whole ``app``: the full list and its suggestions.
    """
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else ""
    commands = [
        c
        for c in app.registered_commands
        if c.callback is not None
        and (c.name or typer.main.get_command_name(c.callback.__name__)) == name
    ]
    groups = [g for g in app.registered_groups if isinstance(g.name, str) and g.name == name]
    if not name or name.startswith("-") or len(commands) + len(groups) != 1:
        return app
    narrow = copy.copy(app)
    narrow.registered_commands, narrow.registered_groups = commands, groups
    return narrow


def _describe(exc: YotenError) -> str:
    """``stage: message (source)``, the stage in the user's language."""
    from yoten.redact import redact_url

    where = f" ({redact_url(exc.source)})" if exc.source else ""
    return f"{stage_name(exc.stage)}: {exc.message}{where}"


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, map YotenError to a one-line message and exit code."""
    from yoten.i18n import forget_language, library_messages, use_language

    lang = use_language(None)
    try:
        with library_messages(lang):
            return _run(argv, lang)
    finally:
        forget_language()


def _run(argv: list[str] | None, lang: str) -> int:
    """Run the command line in ``lang``; errors become one line and an exit code."""
    try:
        from yoten.cli.typer_words import localise

        command = typer.main.get_group(_narrowed(argv))  # a group even for one command
        localise(command)
        if lang != "en":
            from yoten.cli.help_i18n import translate_tree

            translate_tree(command, lang)
        result = command.main(args=argv, prog_name="yoten", standalone_mode=False)
    except YotenError as exc:
        from yoten.cli.common import terminal_safe

        print(f"yoten: {terminal_safe(_describe(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("yoten: " + _("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    except Exception as exc:  # usage errors and friends from typer's click
        if type(exc).__name__ == "Exit":
            return int(getattr(exc, "exit_code", 0))
        if type(exc).__name__ == "Abort":
            print("yoten: " + _("aborted"), file=sys.stderr)
            return 130
        show, code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(code, int):  # a usage error, in the user's language
            if type(exc).__name__ == "NoArgsIsHelpError":
                show()  # the help page, already translated
            else:
                from yoten.cli.typer_words import show_usage_error

                show_usage_error(exc)
            return code
        if os.environ.get("YOTEN_DEBUG"):
            raise
        # A bug in yoten, not bad input: one line, and the way to see more.
        from yoten.cli.common import terminal_safe

        detail = terminal_safe(" ".join(str(exc).splitlines()))
        print(
            "yoten: "
            + _("internal error: {error} (set YOTEN_DEBUG=1 for the traceback)").format(
                error=f"{type(exc).__name__}: {detail}"
            ),
            file=sys.stderr,
        )
        return 70
    # Without standalone mode, click returns typer.Exit's code as the result.
    return result if isinstance(result, int) else 0


def _console_main() -> None:
    sys.exit(main())
