"""Jinja2 environment and page rendering for the static blog (autoescape on)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from markupsafe import Markup

from yoten.models import Digest
from yoten.render.html import is_http_url, render_html_body
from yoten.render.text import format_posted_at

__all__ = ["environment", "render_body", "render_page", "stylesheet", "templates_hash"]

TEMPLATE_FILES = ("base.html", "index.html", "list.html", "archive.html", "style.css")


def _jday(value: dt.datetime) -> str:
    return value.strftime("%Y年%m月%d日")


@cache
def environment() -> jinja2.Environment:
    """The site's template environment: autoescape everywhere, undefined values raise."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("yoten.site", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        keep_trailing_newline=True,
        auto_reload=False,  # packaged templates: no stat of each file on every page
    )
    env.tests["http_url"] = is_http_url
    env.filters["jdate"] = format_posted_at
    env.filters["jday"] = _jday
    return env


@cache
def templates_hash() -> str:
    """A hash of every template, the stylesheet and the code that writes a digest's body
    and a post's page (:mod:`yoten.render.html`, :mod:`yoten.site.post_page`): a change
    invalidates all pages."""
    folder = resources.files("yoten.site") / "templates"
    sha = hashlib.sha256()
    for name in TEMPLATE_FILES:
        sha.update(name.encode())
        sha.update((folder / name).read_bytes())
    sha.update((resources.files("yoten.render") / "html.py").read_bytes())
    sha.update((resources.files("yoten.site") / "post_page.py").read_bytes())
    return sha.hexdigest()[:16]


def stylesheet() -> bytes:
    """The packaged stylesheet."""
    return (resources.files("yoten.site") / "templates" / "style.css").read_bytes()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Remove control characters that are invalid in HTML and XML."""
    return _CONTROL.sub("", value)


def _strings(value: Any, out: list[str]) -> list[str]:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out)
    return out


def clean_data(data: Any) -> Any:
    """``data`` (parsed JSON) with control characters removed from every string; ``data``
    itself when none holds one. Faster than :func:`clean_digest` on a digest's JSON before
    validation (one search over its strings joined, no JSON written again).

    Raises ValueError for a lone surrogate (JSON may escape one; no page can hold it)."""
    text = "\n".join(_strings(data, []))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("a lone surrogate in the text (not Unicode)") from None
    if _CONTROL.search(text) is None:
        return data
    return _clean(data)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


# What control characters look like inside JSON text (escaped C0, raw C1 and non-characters).
_CONTROL_IN_JSON = re.compile(r"\\u00(?:0[0-8bcef]|1[0-9a-f]|7f)|[\x7f-\x9f\ufffe\uffff]")


_C1_IN_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_ESCAPE = re.compile(r"\\.")


def _holds_control(as_json: str) -> bool:
    """:data:`_CONTROL_IN_JSON` for pydantic's JSON (C0 escaped, backspace and form feed as
    ``\\b`` and ``\\f``, the rest raw), by substring
    searches on its bytes: a character class scanned over 5,000 Japanese characters took
    as long as the rest of the check."""
    if ("\\b" in as_json or "\\f" in as_json) and {"\\b", "\\f"} & set(_ESCAPE.findall(as_json)):
        return True
    if "\\u00" in as_json:
        return _CONTROL_IN_JSON.search(as_json) is not None
    data = as_json.encode("utf-8", "surrogatepass")
    if b"\x7f" in data or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        return True
    return b"\xc2" in data and _C1_IN_UTF8.search(data) is not None


def clean_digest(digest: Digest) -> tuple[Digest, str]:
    """The digest with control characters removed from every text field, and its JSON."""
    as_json = digest.model_dump_json()
    if not _holds_control(as_json):
        return digest, as_json
    cleaned = Digest.model_validate(_clean(digest.model_dump()))
    return cleaned, cleaned.model_dump_json()


def render_body(digest: Digest) -> Markup:
    """The house-format body (【概要】 … 【引用・参照・底本】) as an escaped HTML fragment.

    The same fragment as ``yoten render --format html``: one renderer for both.
    """
    return render_html_body(digest)


def embedded_body(digest: Digest) -> str:
    """:func:`render_body` for a page or feed that is Japanese: a digest in another
    language says so with its own ``lang`` (blog services, Atom entries)."""
    from yoten.lang import digest_language

    html = str(render_body(digest))
    language = digest_language(digest)
    if language in ("ja", "und"):
        return html
    return f'<div lang="{language}">\n{html}</div>\n'


def render_page(template: str, **context: Any) -> str:
    """Render one page template."""
    return environment().get_template(template).render(**context)


def local_time(value: dt.datetime, timezone: str) -> dt.datetime:
    """``value`` in the site's time zone."""
    return value.astimezone(ZoneInfo(timezone))
