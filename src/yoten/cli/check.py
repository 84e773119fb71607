"""check, glossary: verify a post against its source; keep the user's katakana glossary."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yoten.cli.app import app
from yoten.cli.common import (
    BaseUrlOpt,
    ModelOpt,
    TimeoutOpt,
    err_console,
    make_settings,
    out_console,
    print_report,
    read_input,
)
from yoten.errors import InputError
from yoten.i18n import gettext as _

if TYPE_CHECKING:
    from yoten.check.glossary import Glossary
    from yoten.settings import Settings

__all__ = ["check", "glossary_app"]

GlossaryFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--glossary", "-g", help="Glossary file (TOML or YAML). Default: the user glossary."
    ),
]


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yoten check post.txt --source article.html\n\n"
        "  yoten check digest.json --source https://example.com/news/1 --json\n\n"
        "  yoten check post.txt -s article.html --verify --base-url http://localhost:11434/v1 -m qwen2.5:14b"
    )
)
def check(
    post: Annotated[
        str, typer.Argument(help="A post in the house format or Digest JSON (file or -).")
    ],
    source: Annotated[
        str,
        typer.Option(
            "--source", "-s", help="The article it was made from: URL, .html/.txt file, or -."
        ),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help='Print {"ok": bool, "findings": [...]}.')
    ] = False,
    glossary: GlossaryFileOpt = None,
    verify: Annotated[
        bool,
        typer.Option(
            "--verify",
            help="Also ask an OpenAI-compatible model whether the source supports each sentence.",
        ),
    ] = False,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    timeout: TimeoutOpt = None,
) -> None:
    """Check a digest post against its source: numbers, dates, names, spelling, citation, structure.

    Exit status: 0 when no finding is an error, 1 when one is, 2 for bad input.
    """
    from yoten.check import check_digest
    from yoten.check.glossary import load_glossary, user_glossary
    from yoten.ingest import load_article
    from yoten.models import Report
    from yoten.render.parse import read_digest

    if post.strip() == "-" and source.strip() == "-":
        raise InputError(_("the post and the source cannot both come from stdin"))
    settings = make_settings(
        base_url=base_url, model=model, model_timeout=timeout, glossary=glossary
    )
    digest = read_digest(read_input(post))
    article = load_article(source, settings=settings, stdin=sys.stdin)
    terms = load_glossary(glossary) if glossary is not None else user_glossary(settings)
    report = check_digest(digest, article, glossary=terms)
    if verify:
        from yoten.check.verify import verify_digest

        extra = verify_digest(digest, article, settings=settings)
        report = Report(findings=[*report.findings, *extra.findings])
    if as_json:
        sys.stdout.write(json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print_report(report, out_console)
    if not report.ok:
        raise typer.Exit(1)


glossary_app = typer.Typer(
    name="glossary",
    help=(
        "List, add and remove glossary entries (original spelling → katakana) that `yoten check` enforces.\n\n"
        'Example: yoten glossary add "To Lam" トー・ラム'
    ),
    no_args_is_help=True,
)
app.add_typer(glossary_app)

FileOpt = Annotated[
    Path | None,
    typer.Option(
        "--file",
        "-f",
        help="Glossary file to use. Default: YOTEN_GLOSSARY or <data dir>/glossary.toml.",
    ),
]


def _settings(file: Path | None) -> Settings:
    return make_settings(glossary=file)


def _open(file: Path | None) -> Glossary:
    from yoten.check.glossary import Glossary, default_glossary_path, load_glossary

    settings = _settings(file)
    path = default_glossary_path(settings)
    return load_glossary(path) if path.is_file() else Glossary(path=path)


@glossary_app.command(name="list", epilog="Example:\n\n  yoten glossary list --json")
def list_entries(
    file: FileOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the entries as a JSON object.")
    ] = False,
) -> None:
    """Show the glossary's entries, one per line: original → katakana."""
    terms = _open(file)
    if as_json:
        sys.stdout.write(json.dumps(dict(terms.items()), ensure_ascii=False, indent=2) + "\n")
        return
    if not len(terms):
        out_console.print(_("the glossary is empty ({path})").format(path=terms.path))
        return
    for original, katakana in terms.items():
        out_console.print(f"{original} → {katakana}")


@glossary_app.command(epilog='Example:\n\n  yoten glossary add "To Lam" トー・ラム')
def add(
    original: Annotated[
        str, typer.Argument(help='The name as the source spells it, e.g. "To Lam".')
    ],
    katakana: Annotated[str, typer.Argument(help="The katakana posts must use, e.g. トー・ラム.")],
    file: FileOpt = None,
) -> None:
    """Add an entry (or replace the katakana of an existing one)."""
    terms = _open(file)
    terms.add(original, katakana)
    path = terms.save()
    err_console.print(
        _("added {original} → {katakana} ({path})").format(
            original=original, katakana=katakana, path=path
        )
    )


@glossary_app.command(epilog='Example:\n\n  yoten glossary remove "To Lam"')
def remove(
    original: Annotated[str, typer.Argument(help="The original spelling of the entry to remove.")],
    file: FileOpt = None,
) -> None:
    """Remove an entry."""
    terms = _open(file)
    katakana = terms.remove(original)
    path = terms.save()
    err_console.print(
        _("removed {original} → {katakana} ({path})").format(
            original=original, katakana=katakana, path=path
        )
    )
