"""``yoten review``: the review web page on 127.0.0.1 (or another host, with a password)."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yoten.cli.app import app
from yoten.errors import ConfigError
from yoten.i18n import gettext as _

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
    allowed_hosts: tuple[str, ...] = (),
    certfile: Path | None = None,
    keyfile: Path | None = None,
) -> uvicorn.Server:
    """A configured (not yet started) uvicorn server for the review app.

    ConfigError when ``host`` is not a loopback address and no password is set,
    a target is unknown, or only one of ``certfile``/``keyfile`` is given;
    StoreError when the database cannot be opened. With both, the page is
    served over TLS and its cookies are ``Secure``.
    """
    import uvicorn  # imported here: other commands start faster without it

    from yoten.publish import TARGETS
    from yoten.store import Store
    from yoten.web import create_app, require_password_for_host
    from yoten.web.access import HostRule
    from yoten.web.session import session_secret

    password = require_password_for_host(host, password)
    if not 0 <= port <= 65535:
        raise ConfigError(_("--port must be between 0 and 65535, got {port}").format(port=port))
    for target in targets:
        if target not in TARGETS:
            raise ConfigError(
                _("unknown publish target {target!r} (choose from: {targets})").format(
                    target=target, targets=", ".join(TARGETS)
                )
            )
    if (certfile is None) != (keyfile is None):
        raise ConfigError(_("--certfile and --keyfile go together"))
    for path in (certfile, keyfile):
        if path is not None and not path.is_file():
            raise ConfigError(_("file not found"), source=str(path))
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
        hosts=HostRule.for_bind(host, allowed_hosts),
        secure_cookies=certfile is not None,
    )
    server_config = uvicorn.Config(
        web,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        ssl_certfile=str(certfile) if certfile else None,
        ssl_keyfile=str(keyfile) if keyfile else None,
    )
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
    ctx: typer.Context,
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
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="Another host name the page answers to, e.g. review.example.lan (repeatable).",
        ),
    ] = None,
    certfile: Annotated[
        Path | None,
        typer.Option("--certfile", help="TLS certificate (PEM): serve https, Secure cookies."),
    ] = None,
    keyfile: Annotated[
        Path | None, typer.Option("--keyfile", help="TLS private key (PEM).")
    ] = None,
) -> None:
    """Review digests in the browser: see findings beside the source, edit, approve, reject."""
    from yoten.settings import load_settings

    settings = load_settings({"db": db})
    # [review] of yoten.toml gives what the command line does not
    configured = settings.review
    if not _given(ctx, "host"):
        host = configured.host
    if not _given(ctx, "port"):
        port = configured.port
    allowed_host = allowed_host or configured.allowed_hosts
    certfile = certfile or configured.certfile
    keyfile = keyfile or configured.keyfile
    server = build_server(
        settings=settings,
        host=host,
        port=port,
        password=password or os.environ.get(PASSWORD_ENV) or None,
        site_dir=site_dir,
        targets=tuple(publish_to or ()),
        base_url=base_url,
        title=title,
        allowed_hosts=tuple(allowed_host or ()),
        certfile=certfile,
        keyfile=keyfile,
    )
    from yoten.web.access import is_loopback

    shown = f"[{host}]" if ":" in host else host
    scheme = "https" if certfile else "http"
    if certfile is None and not is_loopback(host):
        typer.echo(
            "yoten review: "
            + _(
                "warning: --host {host} without --certfile/--keyfile: the password and "
                "session cookie cross the network in clear text"
            ).format(host=host),
            err=True,
        )
    sock = _listen(host, port)
    typer.echo(
        "yoten review: "
        + _("http://{host}:{port}/  (Ctrl+C to stop)")
        .format(host=shown, port=port)
        .replace("http://", f"{scheme}://", 1),
        err=True,
    )
    server.run(sockets=[sock])


def _given(ctx: typer.Context, name: str) -> bool:
    """Whether option ``name`` was given on the command line (not its default)."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name != "DEFAULT"


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, or a ConfigError (exit 2) when the address cannot be used."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host.strip("[]"), port), family=family)
    except OSError as exc:
        raise ConfigError(
            _("cannot listen on {host} port {port}: {error}").format(
                host=host, port=port, error=exc.strerror or exc
            )
        ) from None
