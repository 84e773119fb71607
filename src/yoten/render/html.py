"""The house format as HTML: a fragment (for pages of the site) and a standalone page.

The fragment is built in Python, every string from an article or a model passed
through :func:`escape` (a site build renders one per post, and a Jinja template
with macros cost about a third of a 10,000-post build); the standalone page
around it is a Jinja2 template with autoescaping.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from yoten.models import Digest, LabelledPoint, Topic
from yoten.render.text import (
    CITATION,
    CONTEXT,
    DETAILS,
    HIGHLIGHTS,
    KEY_POINTS,
    OVERVIEW,
    format_posted_at,
)
from yoten.urlcheck import http_url_problem

__all__ = ["escape", "is_http_url", "render_html", "render_html_body"]


@cache
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("yoten.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def is_http_url(value: object) -> bool:
    """True for an absolute http(s) URL with a host: the only kind that becomes a link."""
    return http_url_problem(value) is None


def escape(text: str) -> str:
    """``text`` safe inside HTML text and quoted attributes: the same characters and
    entities as markupsafe's (and so Jinja's autoescape), without a Markup per call.
    Text with none of them (most of a Japanese digest) is returned after five searches
    for one character, which take half the time of five replacements."""
    if "&" not in text and "<" not in text and ">" not in text and "'" not in text:
        if '"' not in text:
            return text
    return (
        text.replace("&", "&amp;")
        .replace(">", "&gt;")
        .replace("<", "&lt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


def _paragraphs(out: list[str], items: list[str], opening: str = "\n<p>") -> None:
    for text in items:
        out += (opening, escape(text), "</p>")


def _points(out: list[str], items: list[LabelledPoint]) -> None:
    out.append('<div class="points">')
    for point in items:
        out += (
            '\n<p class="point"><strong class="point-label">',
            escape(point.label),
            "</strong>:",
            escape(point.text),
            "</p>",
        )
    out.append("\n</div>")


def _topics(out: list[str], items: list[Topic]) -> None:
    for topic in items:
        out += ('\n<section class="topic">\n<h3>', escape(topic.heading), "</h3>")
        for number, section in enumerate(topic.sections, start=1):
            out += ('\n<section class="numbered">\n<h4>', str(number), ".")
            out += (escape(section.heading), "</h4>")
            _paragraphs(out, section.paragraphs)
            if section.bullets:
                out.append('\n<ul class="bullets">')
                for bullet in section.bullets:
                    out += ("\n<li>", escape(bullet), "</li>")
                out.append("\n</ul>")
            out.append("\n</section>")
        out.append("\n</section>")


def render_html_body(digest: Digest) -> Markup:
    """【概要】…【引用・参照・底本】 as escaped HTML sections, for embedding in a page."""
    ov, details = digest.overview, digest.details
    out = [f'<section class="overview">\n<h2>{OVERVIEW}</h2>']
    _paragraphs(out, ov.lead)
    if ov.highlights:
        out.append(f"\n<h3>{HIGHLIGHTS}</h3>")
        _points(out, ov.highlights)
    if ov.context:
        out.append(f"\n<h3>{CONTEXT}</h3>")
        _points(out, ov.context)
    _paragraphs(out, ov.closing, '\n<p class="closing">')
    out.append(f'\n</section>\n<section class="details">\n<h2>{DETAILS}</h2>')
    _paragraphs(out, details.intro)
    _topics(out, details.topics)
    _paragraphs(out, details.closing, '\n<p class="closing">')
    out.append("\n</section>")
    if digest.key_points:
        out.append(f'\n<section class="key-points">\n<h2>{KEY_POINTS}</h2>')
        _topics(out, digest.key_points)
        out.append("\n</section>")
    if digest.sources:
        out.append(f'\n<section class="sources">\n<h2>{CITATION}</h2>')
        for source in digest.sources:
            out += ('\n<p class="source"><cite>', escape(source.title), "</cite>")
            if source.outlet:
                out += (" ", escape(source.outlet))
            if source.date:
                out += (" ", source.date.strftime("%Y.%m.%d"))
            if source.url:
                url = escape(source.url)
                if is_http_url(source.url):
                    out += ('<br><a href="', url, '" rel="nofollow noopener">', url, "</a>")
                else:
                    out += ("<br>", url)
            out.append("</p>")
        out.append("\n</section>")
    out.append("\n")
    return Markup("".join(out))


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
