"""The review web app: list posts by status, review one beside its source, edit, approve, reject.

Server-rendered HTML (Jinja2, plain forms, no JavaScript, nothing from a
CDN). Every POST carries the session's CSRF token and, when the browser sends
one, a same-origin ``Origin``; every page is sent with a strict
Content-Security-Policy. Only the host names the server was bound to are
answered (DNS rebinding). With a password, every page but the login form
needs the signed session cookie (or HTTP Basic with the password), and wrong
passwords lock the client out for a while (:class:`LoginThrottle`).
"""

from __future__ import annotations

import asyncio
import math
import secrets
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException as StarletteHTTPException

from yoten.errors import ConfirmationNeeded, InputError, PublishError
from yoten.i18n import N_, gettext, ngettext
from yoten.i18n import language as current_language
from yoten.lang import digest_language
from yoten.render.labels import SEVERITY_LABELS, STATUS_LABELS, finding_label, label
from yoten.service.posts import MAX_TEXT_CHARS, PostService, needs_confirmation
from yoten.settings import Settings
from yoten.store import DIGEST_STATUSES, Post, Store
from yoten.web.access import HostRule, LoginThrottle, basic_auth_ok, password_ok
from yoten.web.evidence import evidence_ids, source_paragraphs
from yoten.web.highlight import build_views
from yoten.web.sections import SECTION_KEYS, split_sections
from yoten.web.session import COOKIE_NAME, Session, SessionSigner

if TYPE_CHECKING:
    from yoten.site import SiteConfig

__all__ = ["SECURITY_HEADERS", "create_app"]

HERE = Path(__file__).parent
PAGE_SIZE = 50
MAX_BODY_BYTES = 2 * MAX_TEXT_CHARS * 4  # the post text in UTF-8, form-encoded, with room
PUBLIC_PATHS = ("/login", "/static/")
FAILED_LOGIN_DELAY_S = 0.5

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


def _templates(lang: str) -> Jinja2Templates:
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
    env.globals["http_url"] = _http_url
    env.globals["ui_lang"] = lang
    env.globals["status_label"] = lambda s: label(STATUS_LABELS, s, lang)
    env.globals["severity_label"] = lambda s: label(SEVERITY_LABELS, s, lang)
    env.globals["finding_label"] = lambda f: finding_label(f, lang)
    return Jinja2Templates(env=env)


def _http_url(value: object) -> str | None:
    """``value`` when it is an http(s) URL (safe for an href), else None."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def _counts(post: Post) -> dict[str, int]:
    findings = post.report.findings if post.report else []
    return {
        "error": sum(f.severity == "error" for f in findings),
        "warning": sum(f.severity == "warning" for f in findings),
        "info": sum(f.severity == "info" for f in findings),
    }


def _page_lang(post: Post) -> str:
    """The ``lang`` of the post's own text on the page."""
    found = digest_language(post.digest)
    return "ja" if found == "und" else found


def _session(request: Request) -> Session:
    session: Session = request.state.session
    return session


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _said(request: Request, message: str, **values: object) -> str:
    """``message`` in the review page's language (outside :func:`create_app`'s own ``_``)."""
    text = gettext(message, request.app.state.language)
    return text.format(**values) if values else text


def _locked_out(request: Request, wait: float) -> PlainTextResponse:
    seconds = math.ceil(wait)
    return PlainTextResponse(
        _said(request, N_("too many wrong passwords: try again in {seconds} s"), seconds=seconds),
        status_code=429,
        headers={"Retry-After": str(seconds)},
    )


async def _checked_form(request: Request) -> FormData:
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
    if not _session(request).check_csrf(form.get("csrf_token")):
        raise HTTPException(
            403, _said(request, N_("missing or wrong CSRF token: reload the page and try again"))
        )
    return form


def _field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


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
    hosts = hosts or HostRule.for_bind("127.0.0.1")
    throttle = throttle or LoginThrottle()
    service = PostService(
        store=store, settings=settings, site_dir=site_dir, targets=targets, site_config=site_config
    )
    signer = SessionSigner(secret or secrets.token_bytes(32))
    lang = language or settings.language or current_language()

    def _(message: str, **values: object) -> str:
        text = gettext(message, lang)
        return text.format(**values) if values else text

    templates = _templates(lang)
    app = FastAPI(title="yoten review", docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.service = service
    app.state.language = lang

    def page(
        request: Request, name: str, context: dict[str, Any], status_code: int = 200
    ) -> HTMLResponse:
        session = _session(request)
        base = {
            "csrf": session.csrf,
            "flash": session.pop_flash(),
            "login": password is not None,
            "statuses": DIGEST_STATUSES,
        }
        return templates.TemplateResponse(request, name, base | context, status_code=status_code)

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
            if wait := throttle.wait(_client(request)):
                return _locked_out(request, wait)
            authed = basic_auth_ok(header, password)
            if authed:
                throttle.succeeded(_client(request))
            else:
                throttle.failed(_client(request))
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

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if not hasattr(request.state, "session"):
            return PlainTextResponse(str(exc.detail), status_code=exc.status_code)
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else None
        return page(
            request,
            "error.html",
            {"status": exc.status_code, "message": message or _("Nothing here.")},
            status_code=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        message = _(
            "Bad {where}: {problem}.", where=where, problem=first.get("msg", "invalid value")
        )
        return page(request, "error.html", {"status": 400, "message": message}, status_code=400)

    def load(post_id: int) -> Post:
        try:
            return service.post(post_id)
        except InputError:
            raise HTTPException(404, _("There is no post with id {id}.", id=post_id)) from None

    # -- login -----------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse)
    async def login_form(request: Request) -> Response:
        if password is None or _session(request).authed:
            return RedirectResponse("/", status_code=303)
        return page(request, "login.html", {"error": None})

    @app.post("/login", response_class=HTMLResponse)
    async def login(request: Request) -> Response:
        form = await _checked_form(request)
        if password is None:
            return RedirectResponse("/", status_code=303)
        client = _client(request)
        if wait := throttle.wait(client):
            message = f"Too many wrong passwords: try again in {math.ceil(wait)} s."
            return page(request, "login.html", {"error": message}, status_code=429)
        if not password_ok(form.get("password"), password):
            throttle.failed(client)  # counted before any await: parallel guesses count too
            await asyncio.sleep(FAILED_LOGIN_DELAY_S)
            return page(request, "login.html", {"error": _("Wrong password.")}, status_code=401)
        throttle.succeeded(client)
        old = _session(request)
        fresh = Session(authed=True)  # a new CSRF token after login
        old.csrf, old.authed, old.dirty = fresh.csrf, True, True
        return RedirectResponse("/", status_code=303)

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        await _checked_form(request)
        session = _session(request)
        session.authed, session.dirty = False, True
        return RedirectResponse("/login" if password else "/", status_code=303)

    # -- pages -----------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request, status: str | None = None, page_no: int = 1) -> Response:
        if status is not None and status not in DIGEST_STATUSES:
            raise HTTPException(404, _("Unknown status {status!r}.", status=status))
        counts = {s: store.count_posts(s) for s in DIGEST_STATUSES}
        total = sum(counts.values()) if status is None else counts[status]
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page_no = min(max(1, page_no), pages)
        posts = store.list_posts(status, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        rows = [{"post": p, "counts": _counts(p), "lang": _page_lang(p)} for p in posts]
        return page(
            request,
            "list.html",
            {
                "status": status,
                "counts": counts,
                "total": sum(counts.values()),
                "rows": rows,
                "page_no": page_no,
                "pages": pages,
            },
        )

    def review_page(
        request: Request,
        post: Post,
        *,
        error: str | None = None,
        edit_key: str | None = None,
        edit_text: str | None = None,
        status_code: int = 200,
    ) -> HTMLResponse:
        text = service.text(post)
        findings = post.report.findings if post.report else []
        sections, finding_views = build_views(split_sections(text), findings)
        article = post.article
        paragraphs = source_paragraphs(article, findings)
        return page(
            request,
            "review.html",
            {
                "post": post,
                "article": article,
                "paragraphs": paragraphs,
                "sections": sections,
                "findings": finding_views,
                "evidence_ids": evidence_ids(findings),
                "counts": _counts(post),
                "needs_yes": needs_confirmation(post, lang),
                "post_lang": _page_lang(post),
                "text": text,
                "error": error,
                "edit_key": edit_key,
                "edit_text": edit_text,
                "checked": post.report is not None,
                "site": site_dir is not None,
                "targets": list(targets),
            },
            status_code=status_code,
        )

    @app.get("/posts/{post_id:int}", response_class=HTMLResponse)
    async def review(request: Request, post_id: int) -> Response:
        return review_page(request, load(post_id))

    @app.post("/posts/{post_id:int}/edit", response_class=HTMLResponse)
    async def edit(request: Request, post_id: int) -> Response:
        form = await _checked_form(request)
        post = load(post_id)
        key, text = _field(form, "section") or "all", _field(form, "text")
        try:
            if key == "all":
                post = await run_in_threadpool(service.save_text, post_id, text)
            elif key in SECTION_KEYS:
                post = await run_in_threadpool(service.save_section, post_id, key, text)
            else:
                raise InputError(_("unknown section {key!r}").format(key=key))
        except InputError as exc:  # ParseError included
            return review_page(
                request, post, error=str(exc), edit_key=key, edit_text=text, status_code=400
            )
        c = _counts(post)
        _session(request).set_flash(
            _(
                "Saved and re-checked: {errors} error(s), {warnings} warning(s) — status {status}.",
                errors=c["error"],
                warnings=c["warning"],
                status=label(STATUS_LABELS, post.status, lang),
            )
        )
        anchor = "" if key == "all" else f"#sec-{key}"
        return RedirectResponse(f"/posts/{post_id}{anchor}", status_code=303)

    @app.post("/posts/{post_id:int}/approve", response_class=HTMLResponse)
    async def approve(request: Request, post_id: int) -> Response:
        form = await _checked_form(request)
        post = load(post_id)
        force = form.get("confirm") == "yes"
        try:
            result = await run_in_threadpool(service.approve, post_id, force=force)
        except ConfirmationNeeded as exc:
            return review_page(
                request,
                post,
                error=_(
                    "{why}: tick the box to approve anyway.",
                    why=needs_confirmation(post, lang) or exc.message,
                ),
                status_code=400,
            )
        except InputError as exc:  # ConfigError: a service's credentials are missing
            return review_page(request, post, error=str(exc), status_code=400)
        except PublishError as exc:
            return review_page(request, load(post_id), error=str(exc), status_code=502)
        done = "; ".join(result.done) if result.done else _("status set")
        message = _("Approved and published ({done}).", done=done)
        if result.failed:
            message += " " + _(
                "Failed: {what} — approve again to retry.", what="; ".join(result.failed)
            )
        _session(request).set_flash(message)
        return RedirectResponse(f"/posts/{post_id}", status_code=303)

    @app.post("/posts/{post_id:int}/reject", response_class=HTMLResponse)
    async def reject(request: Request, post_id: int) -> Response:
        form = await _checked_form(request)
        post = load(post_id)
        try:
            await run_in_threadpool(service.reject, post_id, _field(form, "reason"))
        except InputError as exc:
            return review_page(request, post, error=str(exc), status_code=400)
        except PublishError as exc:
            return review_page(request, load(post_id), error=str(exc), status_code=502)
        _session(request).set_flash(_("Rejected."))
        return RedirectResponse(f"/posts/{post_id}", status_code=303)

    return app
