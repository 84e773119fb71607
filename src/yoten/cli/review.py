"""``yoten review``: the review web page on 127.0.0.1 (or another host, with a password)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yoten.cli.app import app
from yoten.errors import ConfigError

if TYPE_CHECKING:
    import uvicorn

    from yoten.settings import Settings

__all__ = ["build_server", "review"]

PASSWORD_ENV = "YOTEN_REVIEW_PASSWORD"


def build_server(
    *,
    settings: Settings,
    host: str = "127.0.0.1",
    port: int = 8000,
    password: str | None = None,
    site_dir: Path | None = None,
    targets: tuple[str, ...] = (),
    base_url: str | None = None,
    title: str | None = None,
) -> uvicorn.Server:
    """A configured (not yet started) uvicorn server for the review app.

    ConfigError when ``host`` is not a loopback address and no password is set,
    or a target is unknown; StoreError when the database cannot be opened.
    """
    import uvicorn  # imported here: other commands start faster without it

    from yoten.publish import TARGETS
    from yoten.store import Store
    from yoten.web import create_app, require_password_for_host
    from yoten.web.session import session_secret

    password = require_password_for_host(host, password)
    if not 0 <= port <= 65535:
        raise ConfigError(f"--port must be between 0 and 65535, got {port}")
    for target in targets:
        if target not in TARGETS:
            raise ConfigError(
                f"unknown publish target {target!r} (choose from: {', '.join(TARGETS)})"
            )
    blog = None
    if site_dir is not None:
        from yoten.site.model import site_config

        blog = site_config(base_url=base_url, title=title)
    store = Store.open(settings.db)
    web = create_app(
        store=store,
        settings=settings,
        site_dir=site_dir,
        password=password,
        targets=targets,
        site_config=blog,
        secret=session_secret(),
    )
    server_config = uvicorn.Config(web, host=host, port=port, log_level="warning", access_log=False)
    return uvicorn.Server(server_config)


@app.command(
    epilog=(
        "Examples:\n\n"
        "  yoten review                                  # http://127.0.0.1:8000/\n\n"
        "  yoten review --site-dir out/ --publish-to hatena\n\n"
        "  YOTEN_REVIEW_PASSWORD=... yoten review --host 0.0.0.0"
    )
)
def review(
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on; a non-loopback one needs a password."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    password: Annotated[
        str | None,
        typer.Option(
            "--password", help=f"Require this password to log in (or set {PASSWORD_ENV})."
        ),
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="SQLAlchemy URL of the store (or set YOTEN_DB).")
    ] = None,
    site_dir: Annotated[
        Path | None,
        typer.Option("--site-dir", help="Approving a post rebuilds the static site here."),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url", help="Public URL of the site (with --site-dir), for feed and sitemap."
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help="Site title (with --site-dir).")
    ] = None,
    publish_to: Annotated[
        list[str] | None,
        typer.Option(
            "--publish-to", help="Also publish approved posts to hatena or wordpress (repeatable)."
        ),
    ] = None,
) -> None:
    """Review digests in the browser: see findings beside the source, edit, approve, reject."""
    from yoten.settings import load_settings

    settings = load_settings({"db": db})
    server = build_server(
        settings=settings,
        host=host,
        port=port,
        password=password or os.environ.get(PASSWORD_ENV) or None,
        site_dir=site_dir,
        targets=tuple(publish_to or ()),
        base_url=base_url,
        title=title,
    )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"yoten review: http://{shown}:{port}/  (Ctrl+C to stop)", err=True)
    server.run()
