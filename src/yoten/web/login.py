"""The login and logout routes of the review app (used only with a password)."""

from __future__ import annotations

import asyncio
import math

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from yoten.web.access import password_ok
from yoten.web.context import checked_form, client_of, context_of, session_of
from yoten.web.session import Session

__all__ = ["router"]

FAILED_LOGIN_DELAY_S = 0.5

router = APIRouter()


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request) -> Response:
    review = context_of(request)
    if review.password is None or session_of(request).authed:
        return RedirectResponse("/", status_code=303)
    return review.page(request, "login.html", {"error": None})


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    form = await checked_form(request)
    review = context_of(request)
    _ = review.say
    if review.password is None:
        return RedirectResponse("/", status_code=303)
    client = client_of(request)
    if wait := review.throttle.wait(client):
        message = f"Too many wrong passwords: try again in {math.ceil(wait)} s."
        return review.page(request, "login.html", {"error": message}, status_code=429)
    if not password_ok(form.get("password"), review.password):
        review.throttle.failed(client)  # counted before any await: parallel guesses count too
        await asyncio.sleep(FAILED_LOGIN_DELAY_S)
        return review.page(request, "login.html", {"error": _("Wrong password.")}, status_code=401)
    review.throttle.succeeded(client)
    old = session_of(request)
    fresh = Session(authed=True)  # a new CSRF token after login
    old.csrf, old.authed, old.dirty = fresh.csrf, True, True
    return RedirectResponse("/", status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    await checked_form(request)
    session = session_of(request)
    session.authed, session.dirty = False, True
    return RedirectResponse("/login" if context_of(request).password else "/", status_code=303)
