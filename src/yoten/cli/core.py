"""digest, parse, render, url, schema, config: the core commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yoten.cli.app import app
from yoten.cli.common import (
    BaseUrlOpt,
    EngineOpt,
    MaxTokensOpt,
    ModelOpt,
    OutputOpt,
    TimeoutOpt,
    VerboseOpt,
    err_console,
    make_settings,
    print_report,
    progress,
    read_input,
    write_output,
)
from yoten.errors import CheckFailed, ConfigError
from yoten.fsutil import check_output
from yoten.i18n import gettext as _

if TYPE_CHECKING:
    from yoten.models import DigestMeta, Report

FORMAT_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".txt": "text",
}

FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="text (house format), markdown, html or json. Default: from -o's suffix, else text.",
    ),
]


def _format(fmt: str | None, output: Path | None) -> str:
    from yoten.registry import available

    chosen = fmt or (FORMAT_BY_SUFFIX.get(output.suffix.lower()) if output else None) or "text"
    if chosen not in available("renderer"):
        raise ConfigError(
            _("unknown format {chosen!r} (choose from: {choices})").format(
                chosen=chosen, choices=", ".join(available("renderer"))
            )
        )
    return chosen


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yoten digest examples/ja-kyoto-tram.html\n\n"
        "  yoten digest https://example.com/news/article.html -o post.md\n\n"
        "  yoten digest article.html --engine openai --base-url http://localhost:11434/v1 --model qwen2.5:14b\n\n"
        "  yoten digest - --format json < article.txt"
    )
)
def digest(
    source: Annotated[str, typer.Argument(help="URL, .html/.txt file, or - for stdin.")],
    engine: EngineOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    timeout: TimeoutOpt = None,
    max_tokens: MaxTokensOpt = None,
    prompt: Annotated[
        Path | None, typer.Option("--prompt", help="Your own prompt template (same variables).")
    ] = None,
    max_input_tokens: Annotated[
        int | None,
        typer.Option(
            "--max-input-tokens", help="Condense longer articles section by section first."
        ),
    ] = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    check: Annotated[
        bool, typer.Option("--check/--no-check", help="Check the digest against the source.")
    ] = True,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 4 and write nothing if the check finds errors.")
    ] = False,
    glossary: Annotated[
        Path | None, typer.Option("--glossary", help="Glossary file (original → katakana).")
    ] = None,
    verbose: VerboseOpt = False,
) -> None:
    """Write a Japanese digest post of an article in the house format.

    The offline extractive engine is the default: it picks the article's own
    sentences and cannot translate. With --base-url (or YOTEN_BASE_URL) the
    openai engine writes a Japanese digest with any OpenAI-compatible server.
    The digest is checked against the source; findings go to stderr.
    """
    from yoten.engines import make_engine
    from yoten.ingest import load_article
    from yoten.render import render
    from yoten.service.digests import assess, make_digest

    settings = make_settings(
        engine=engine,
        base_url=base_url,
        model=model,
        model_timeout=timeout,
        max_tokens=max_tokens,
        prompt_file=prompt,
        max_input_tokens=max_input_tokens,
        glossary=glossary,
    )
    out_format = _format(fmt, output)
    if output is not None and str(output) != "-":
        check_output(output)  # a device or a folder: say so before the model works
    eng = make_engine(settings)
    with progress(f"reading {source}", verbose=verbose) as update:
        article = load_article(source, settings=settings, stdin=sys.stdin)
        update(_("digesting with {engine}").format(engine=eng.name))
        result = make_digest(article, eng, progress=update)
    _print_meta(result.meta, verbose=verbose)
    found = assess(result, article, settings, check=check)
    if found.report is not None:
        _print_findings(found.report, strict=strict, source=source)
    write_output(render(result, out_format), output)


def _print_meta(meta: DigestMeta | None, *, verbose: bool) -> None:
    """The engine's notices, and with -v the engine, model, prompt and tokens, on stderr."""
    for notice in meta.notices if meta else []:
        err_console.print(_("note: {notice}").format(notice=notice), style="yellow", markup=False)
    if verbose and meta is not None:
        err_console.print(
            _(
                "engine {engine}, model {model}, prompt {prompt}, "
                "tokens: {prompt_tokens} prompt + {completion_tokens} completion"
            ).format(
                engine=meta.engine,
                model=meta.model or "-",
                prompt=meta.prompt_version or "-",
                prompt_tokens=meta.prompt_tokens or 0,
                completion_tokens=meta.completion_tokens or 0,
            ),
            markup=False,
        )


def _print_findings(report: Report, *, strict: bool, source: str) -> None:
    """The check's findings on stderr; with --strict, errors stop the command (exit 4)."""
    print_report(report)
    if strict and not report.ok:
        errors = sum(f.severity == "error" for f in report.findings)
        raise CheckFailed(
            _("{errors} error(s) found; nothing written (--strict)").format(errors=errors),
            source=source,
        )


@app.command(epilog="Example:\n\n  yoten parse post.txt -o digest.json")
def parse(
    post: Annotated[str, typer.Argument(help="A post in the house format (file or - for stdin).")],
    output: OutputOpt = None,
) -> None:
    """Read a post in the house format into Digest JSON."""
    from yoten.render.json import render_json
    from yoten.render.parse import parse_post

    write_output(render_json(parse_post(read_input(post))), output)


@app.command(
    name="render",
    epilog="Examples:\n\n  yoten render digest.json --format html -o post.html\n\n  yoten render post.txt -f markdown",
)
def render_cmd(
    digest_file: Annotated[str, typer.Argument(help="Digest JSON or a house-format post (or -).")],
    fmt: FormatOpt = None,
    output: OutputOpt = None,
) -> None:
    """Render a digest as text (house format), Markdown, HTML or JSON."""
    from yoten.render import render
    from yoten.render.parse import read_digest

    d = read_digest(read_input(digest_file))
    write_output(render(d, _format(fmt, output)), output)


@app.command(
    epilog="Example:\n\n  yoten url 'https://site.example/x?utm_source=nl&id=7'  →  https://site.example/x?id=7"
)
def url(
    address: Annotated[str, typer.Argument(help="An article URL, possibly with tracking.")],
) -> None:
    """Print the canonical URL: tracking parameters and fragments removed."""
    from yoten.ingest.urls import canonicalize, ensure_http_url

    print(canonicalize(ensure_http_url(address)))


@app.command(epilog="Example:\n\n  yoten schema > digest.schema.json")
def schema() -> None:
    """Print the Digest JSON schema."""
    from yoten.models import Digest

    print(json.dumps(Digest.model_json_schema(), ensure_ascii=False, indent=2))


config_app = typer.Typer(help="Show the effective settings.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show", epilog="Example:\n\n  YOTEN_MODEL=qwen2.5:14b yoten config show")
def config_show() -> None:
    """Print the effective settings (flags → env → yoten.toml → defaults), secrets masked."""
    from yoten.settings import config_path

    data = make_settings().masked()
    data["config_file"] = str(config_path()) if config_path() else None
    print(json.dumps(data, ensure_ascii=False, indent=2))
