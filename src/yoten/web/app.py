"""The review web app: list posts by status, review one beside its source, edit, approve, reject.

Server-rendered HTML (Jinja2, plain forms, no JavaScript, nothing from a
CDN). Every POST carries the session's CSRF token and, when the browser sends
one, a same-origin ``Origin``; every page is sent with a strict
Content-Security-Policy. Only the host names the server was bound to are
answered (DNS rebinding). With a password, every page but the login form
needs the signed session cookie (or HTTP Basic with the password), and wrong
passwords lock the client out for a while (:class:`LoginThrottle`).

The routes are one ``APIRouter`` per concern (:mod:`yoten.web.login`,
:mod:`yoten.web.posts`); what they share is a :class:`ReviewContext` on
``app.state.review``.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from yoten.i18n import language as current_language
from yoten.service.posts import PostService
from yoten.settings import Settings
from yoten.store import Store
from yoten.web import login, posts
from yoten.web.access import HostRule, LoginThrottle, basic_auth_ok
from yoten.web.context import (
    HERE,
    ReviewContext,
    client_of,
    context_of,
    locked_out,
    templates_for,
)
from yoten.web.session import COOKIE_NAME, SessionSigner

if TYPE_CHECKING:
    from yoten.site import SiteConfig

__all__ = ["SECURITY_HEADERS", "create_app"]

PUBLIC_PATHS = ("/login", "/static/")

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # same-origin: our own form posts carry a real Origin (checked below), links out carry nothing
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(
    *,
    store: Store,
    settings: Settings,
    site_dir: Path | None = None,
    password: str | None = None,
    targets: Sequence[str] = (),
    secret: bytes | None = None,
    secure_cookies: bool = False,
    site_config: SiteConfig | None = None,
    language: str | None = None,
    hosts: HostRule | None = None,
    throttle: LoginThrottle | None = None,
) -> FastAPI:
    """The review app on ``store``.

    ``site_dir``: where approve rebuilds the static site (None: no site).
    ``targets``: blog services approve publishes to (e.g. ``["hatena"]``).
    ``site_config``: options of that build (base URL, title …).
    ``language``: of the page (``en`` or ``ja``); default ``settings.language``,
    else as :func:`yoten.i18n.language` finds it. ``password``: when set, a login is needed. ``secret``: the cookie signing
    key (random per process when not given, so a restart logs everyone out).
    ``hosts``: the accepted ``Host`` names (default: the loopback names).
    ``throttle``: the limits on wrong passwords (default: :class:`LoginThrottle`).
    """
    service = PostService(
        store=store, settings=settings, site_dir=site_dir, targets=targets, site_config=site_config
    )
    lang = language or settings.language or current_language()
    review = ReviewContext(
        service=service,
        templates=templates_for(lang),
        lang=lang,
        password=password,
        throttle=throttle or LoginThrottle(),
    )
    app = FastAPI(title="yoten review", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.service = service
    app.state.language = lang
    app.state.review = review
    _guard(
        app,
        review,
        hosts or HostRule.for_bind("127.0.0.1"),
        SessionSigner(secret or secrets.token_bytes(32)),
        secure_cookies=secure_cookies,
    )
    _error_pages(app)
    app.include_router(login.router)
    app.include_router(posts.router)
    return app


def _guard(
    app: FastAPI,
    review: ReviewContext,
    hosts: HostRule,
    signer: SessionSigner,
    *,
    secure_cookies: bool,
) -> None:
    """The middleware every request passes: host name, session, login, security headers."""
    password, throttle, _ = review.password, review.throttle, review.say

    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if not hosts.allows(request.headers.get("host")):
            return PlainTextResponse(_("unknown host name"), status_code=400)
        session = signer.loads(request.cookies.get(COOKIE_NAME))
        request.state.session = session
        public = request.url.path.startswith(PUBLIC_PATHS)
        authed = password is None or session.authed
        header = request.headers.get("authorization")
        if not authed and password is not None and header:
            if wait := throttle.wait(client_of(request)):
                return locked_out(request, wait)
            authed = basic_auth_ok(header, password)
            if authed:
                throttle.succeeded(client_of(request))
            else:
                throttle.failed(client_of(request))
        response: Response
        if authed or public:
            response = await call_next(request)
        elif request.method in ("GET", "HEAD"):
            response = RedirectResponse("/login", status_code=303)
        else:
            response = PlainTextResponse(_("log in first"), status_code=401)
        if session.dirty:
            response.set_cookie(
                COOKIE_NAME,
                signer.dumps(session),
                max_age=signer.max_age_s,
                httponly=True,
                samesite="strict",
                secure=secure_cookies,
                path="/",
            )
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response


def _error_pages(app: FastAPI) -> None:
    """HTTP errors and refused parameters as the app's own error page."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not hasattr(request.state, "session"):
            return PlainTextResponse(str(exc.detail), status_code=exc.status_code)
        review = context_of(request)
        _ = review.say
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else None
        return review.page(
            request,
            "error.html",
            {"status": exc.status_code, "message": message or _("Nothing here.")},
            status_code=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        review = context_of(request)
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        _ = review.say
        message = _(
            "Bad {where}: {problem}.", where=where, problem=first.get("msg", "invalid value")
        )
        return review.page(
            request, "error.html", {"status": 400, "message": message}, status_code=400
        )
