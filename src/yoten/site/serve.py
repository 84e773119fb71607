"""``yoten site serve``: preview a built site with the standard library's HTTP server."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path

from yoten.errors import InputError
from yoten.i18n import gettext as _

__all__ = ["make_server"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files from the site folder; logs one short line per request."""

    extensions_map = {  # noqa: RUF012 - overrides the base class's mapping
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".xml": "application/xml",
        ".webp": "image/webp",
        ".css": "text/css; charset=utf-8",
        ".html": "text/html; charset=utf-8",
    }


def make_server(
    root: Path, *, host: str = "127.0.0.1", port: int = 8080
) -> http.server.ThreadingHTTPServer:
    """A threading HTTP server for ``root`` (not started); port 0 picks a free port."""
    if not (root / "index.html").is_file():
        raise InputError(
            _("not a built site (no index.html); run `yoten site build` first"), source=str(root)
        )
    handler = functools.partial(_QuietHandler, directory=str(root))
    try:
        return http.server.ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise InputError(
            _("cannot listen on {host}:{port}: {error}").format(
                host=host, port=port, error=exc.strerror or exc
            )
        ) from None
