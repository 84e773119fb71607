"""A post's page: ``base.html``'s shell around the post, written by Python.

A site build writes one page per post (10,000 for a large blog), and the
Jinja template with its escaping was the largest part of a full build after
the digest's body (:mod:`yoten.render.html`, written by Python for the same
reason). The shell (head, site header and footer) still comes from
``base.html``: rendered once per site and folder with markers where a page
differs (title, description, canonical URL, main part), then split at them.
Every value from a post is passed through :func:`yoten.render.html.escape`,
the characters and entities of Jinja's autoescape; ``tests/site`` holds the
page to the bytes of the Jinja template it replaced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from markupsafe import Markup

from yoten.render.html import escape
from yoten.render.text import format_posted_at

if TYPE_CHECKING:
    from yoten.models import Digest
    from yoten.site.images import Banner

__all__ = ["Link", "post_page"]

_SHELL = (
    '{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}'
    "{% block description %}{{ description }}{% endblock %}{% block main %}{{ main }}{% endblock %}"
)
_MARKS = ("title", "description", "canonical", "main")


class Link(Protocol):
    """A neighbour's link: where it is and its headline."""

    @property
    def href(self) -> str: ...

    @property
    def title(self) -> str: ...


@lru_cache(maxsize=16)
def _shell(site_title: str, site_description: str, root: str) -> tuple[list[str], list[str]]:
    """``base.html`` for one site and folder, split at the markers: (the text between them,
    the marker names in their order)."""
    from yoten.site.render import environment

    marks = {name: Markup(f"\x00{name}\x00") for name in _MARKS}
    site = {"title": site_title, "description": site_description}
    text = environment().from_string(_SHELL).render(site=site, root=root, **marks)
    pieces = text.split("\x00")
    return pieces[0::2], pieces[1::2]


def post_page(
    *,
    site: dict[str, str],
    root: str,
    canonical: str,
    digest: Digest,
    published: dt.datetime,
    body: str,
    excerpt: str,
    banner: Banner | None,
    terms: Sequence[dict[str, str]],
    newer: Link | None,
    older: Link | None,
    lang: str,
) -> str:
    """The page of one post (``body``: its house-format HTML, already escaped)."""
    r = escape(root)
    out = ['\n<article class="post"']
    if lang not in ("ja", "und"):
        out += (' lang="', escape(lang), '"')
    out += (
        '>\n<header class="post-header">\n<h1>',
        escape(digest.headline),
        '</h1>\n<p class="post-date"><time datetime="',
        escape(published.isoformat()),
        '">',
        escape(format_posted_at(published)),
        "</time></p>",
    )
    if banner:
        out += (
            '\n<figure class="banner">\n<picture>\n<source srcset="',
            r,
            escape(banner.webp),
            '" type="image/webp">\n<img src="',
            r,
            escape(banner.jpeg),
            '" width="',
            escape(str(banner.width)),
            '" height="',
            escape(str(banner.height)),
            '" alt="">\n</picture>',
        )
        if banner.credit:
            out += ('\n<figcaption class="credit">', escape(banner.credit), "</figcaption>")
        out.append("\n</figure>")
    elif digest.image_credit:
        out += ('\n<p class="credit">', escape(digest.image_credit), "</p>")
    out += ("\n</header>\n", body, '\n<footer class="post-footer">')
    if terms:
        out.append('\n<p class="terms">')
        for term in terms:
            href, name = escape(term["href"]), escape(term["name"])
            out += ('\n<a class="term" href="', r, href, '">', name, "</a>")
        out.append("\n</p>")
    out.append('\n<nav class="post-nav" aria-label="前後の記事">')
    if newer:
        out += ('\n<a class="newer" href="', r, escape(newer.href), '">← ')
        out += (escape(newer.title), "</a>")
    if older:
        out += ('\n<a class="older" href="', r, escape(older.href), '">')
        out += (escape(older.title), " →</a>")
    out.append("\n</nav>\n</footer>\n</article>\n")
    values = {
        "title": f"{escape(digest.headline)} | {escape(site['title'])}",
        "description": escape(excerpt),
        "canonical": escape(canonical),
        "main": "".join(out),
    }
    texts, marks = _shell(site["title"], site["description"], root)
    page = [texts[0]]
    for mark, text in zip(marks, texts[1:], strict=True):
        page += (values[mark], text)
    return "".join(page)
