"""The one test of a web address: an absolute http(s) URL with a usable host.

Ingest (:func:`yoten.ingest.urls.ensure_http_url`), settings and blog-service
URLs (``base-url``, ``[site]``, ``[publish.*]``) and the renderers' links
(:func:`yoten.render.html.is_http_url`) all ask :func:`http_url_problem`, so
what one accepts the others accept. Standard library and yoten's own catalog only: it runs in
the settings model and the templates.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from yoten.i18n import gettext as _

__all__ = ["HTTP_PORTS", "http_url_problem"]

#: The schemes yoten follows, with their default ports (RFC 9110 §4.2).
HTTP_PORTS = {"http": 80, "https": 443}

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")  # RFC 3986 §3.1
_BAD_HOST_CHARS = re.compile(r"[\s<>\"'`{}|\\^%]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def http_url_problem(url: object) -> str | None:
    """Why ``url`` is not an absolute http(s) URL with a host, or None when it is one.

    The URL is taken as given (callers strip surrounding space if they
    allow it): other schemes (``file:``, ``javascript:``, ``data:``), no host,
    a bad port or IPv6 literal, spaces in the host and control characters are
    each a one-line reason.
    """
    if not isinstance(url, str) or not url.strip():
        return _("empty URL")
    match = _SCHEME.match(url)
    if match is None:
        return _("not an http(s) URL")
    scheme = match.group(1).lower()
    if scheme not in HTTP_PORTS:
        return _("unsupported URL scheme {scheme}: only http and https are allowed").format(
            scheme=scheme
        )
    try:
        parts = urlsplit(url)
        port = parts.port
        host = parts.hostname
    except ValueError as exc:
        return _("malformed URL: {exc}").format(exc=exc)
    if not host or _BAD_HOST_CHARS.search(host) or not parts.netloc.strip():
        return _("malformed URL: no valid host")
    if port == 0:
        return _("malformed URL: port 0")
    if _CONTROLS.search(url):
        return _("malformed URL: control characters")
    return None
