"""What the routes of one review app share: its service, language, login and page helpers.

:func:`yoten.web.app.create_app` builds one :class:`ReviewContext` and keeps it
on ``app.state.review``; each router (:mod:`yoten.web.login`,
:mod:`yoten.web.posts`) reads it back with :func:`context_of`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import Request
from fastapi.exceptions import HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from yoten.errors import InputError
from yoten.i18n import N_, gettext, ngettext
from yoten.lang import digest_language
from yoten.render.labels import SEVERITY_LABELS, STATUS_LABELS, finding_label, label
from yoten.service.posts import MAX_TEXT_CHARS, PostService
from yoten.store import DIGEST_STATUSES, Post
from yoten.web.access import LoginThrottle
from yoten.web.session import Session

__all__ = [
    "ReviewContext",
    "checked_form",
    "client_of",
    "context_of",
    "counts",
    "field",
    "locked_out",
    "page_lang",
    "session_of",
    "templates_for",
]

HERE = Path(__file__).parent
MAX_BODY_BYTES = 2 * MAX_TEXT_CHARS * 4  # the post text in UTF-8, form-encoded, with room


@dataclass(frozen=True)
class ReviewContext:
    """One review app: the service it acts through and how its pages are made."""

    service: PostService
    templates: Jinja2Templates
    lang: str
    password: str | None
    throttle: LoginThrottle

    def say(self, message: str, **values: object) -> str:
        """``message`` in the page's language, filled with ``values``."""
        text = gettext(message, self.lang)
        return text.format(**values) if values else text

    def page(
        self, request: Request, name: str, context: dict[str, Any], status_code: int = 200
    ) -> HTMLResponse:
        """Template ``name`` with the session's CSRF token and flash message."""
        session = session_of(request)
        base = {
            "csrf": session.csrf,
            "flash": session.pop_flash(),
            "login": self.password is not None,
            "statuses": DIGEST_STATUSES,
        }
        return self.templates.TemplateResponse(
            request, name, base | context, status_code=status_code
        )

    def load(self, post_id: int) -> Post:
        """The post, or a 404 page."""
        _ = self.say
        try:
            return self.service.post(post_id)
        except InputError:
            raise HTTPException(404, _("There is no post with id {id}.", id=post_id)) from None


def context_of(request: Request) -> ReviewContext:
    review: ReviewContext = request.app.state.review
    return review


def templates_for(lang: str) -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        lambda message: gettext(message, lang),
        lambda singular, plural, n: ngettext(singular, plural, n, lang),
        newstyle=True,
    )
    env.filters["when"] = lambda d: d.strftime("%Y-%m-%d %H:%M") if d else ""
    env.globals["http_url"] = http_url
    env.globals["ui_lang"] = lang
    env.globals["status_label"] = lambda s: label(STATUS_LABELS, s, lang)
    env.globals["severity_label"] = lambda s: label(SEVERITY_LABELS, s, lang)
    env.globals["finding_label"] = lambda f: finding_label(f, lang)
    return Jinja2Templates(env=env)


def http_url(value: object) -> str | None:
    """``value`` when it is an http(s) URL (safe for an href), else None."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def counts(post: Post) -> dict[str, int]:
    findings = post.report.findings if post.report else []
    return {
        "error": sum(f.severity == "error" for f in findings),
        "warning": sum(f.severity == "warning" for f in findings),
        "info": sum(f.severity == "info" for f in findings),
    }


def page_lang(post: Post) -> str:
    """The ``lang`` of the post's own text on the page."""
    found = digest_language(post.digest)
    return "ja" if found == "und" else found


def session_of(request: Request) -> Session:
    session: Session = request.state.session
    return session


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _said(request: Request, message: str, **values: object) -> str:
    """``message`` in the review page's language."""
    text = gettext(message, request.app.state.language)
    return text.format(**values) if values else text


def locked_out(request: Request, wait: float) -> PlainTextResponse:
    seconds = math.ceil(wait)
    return PlainTextResponse(
        _said(request, N_("too many wrong passwords: try again in {seconds} s"), seconds=seconds),
        status_code=429,
        headers={"Retry-After": str(seconds)},
    )


async def checked_form(request: Request) -> FormData:
    """The POSTed form, after its CSRF token, Origin (or Referer) and fetch site are verified."""
    host = request.headers.get("host", "")
    origin = request.headers.get("origin") or request.headers.get("referer")
    if origin is not None and (origin == "null" or urlsplit(origin).netloc != host):
        raise HTTPException(403, _said(request, N_("cross-origin form submission refused")))
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise HTTPException(403, _said(request, N_("cross-origin form submission refused")))
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
        raise HTTPException(413, _said(request, N_("the form is too large")))
    form = await request.form()
    if not session_of(request).check_csrf(form.get("csrf_token")):
        raise HTTPException(
            403, _said(request, N_("missing or wrong CSRF token: reload the page and try again"))
        )
    return form


def field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""
