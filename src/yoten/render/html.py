"""The house format as HTML: a fragment (for pages of the site) and a standalone page.

Jinja2 with autoescaping: every string from an article or a model is escaped.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from yoten.models import Digest
from yoten.render.text import format_posted_at
from yoten.urlcheck import http_url_problem

__all__ = ["is_http_url", "render_html", "render_html_body"]


@cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("yoten.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    env.tests["http_url"] = is_http_url
    return env


def is_http_url(value: object) -> bool:
    """True for an absolute http(s) URL with a host: the only kind that becomes a link."""
    return http_url_problem(value) is None


def render_html_body(digest: Digest) -> Markup:
    """【概要】…【引用・参照・底本】 as escaped HTML sections, for embedding in a page."""
    return Markup(_env().get_template("digest_body.html").render(d=digest))


def render_html(digest: Digest) -> str:
    """A standalone HTML page (lang of the digest's own text, inline CSS, no scripts)."""
    from yoten.lang import digest_language

    posted = format_posted_at(digest.posted_at) if digest.posted_at else ""
    language = digest_language(digest)
    return (
        _env()
        .get_template("page.html")
        .render(
            d=digest,
            body=render_html_body(digest),
            posted=posted,
            lang="ja" if language == "und" else language,
        )
    )
