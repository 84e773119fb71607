"""The post routes of the review app: the list, a post's review page, edit, approve, reject."""

from __future__ import annotations

import math

from fastapi import APIRouter, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from yoten.errors import ConfirmationNeeded, InputError, PublishError
from yoten.render.labels import STATUS_LABELS, label
from yoten.service.posts import needs_confirmation
from yoten.store import DIGEST_STATUSES, Post
from yoten.web.context import (
    ReviewContext,
    checked_form,
    context_of,
    counts,
    field,
    page_lang,
    session_of,
)
from yoten.web.evidence import evidence_ids, source_paragraphs
from yoten.web.highlight import build_views
from yoten.web.sections import SECTION_KEYS, split_sections

__all__ = ["PAGE_SIZE", "router"]

PAGE_SIZE = 50

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, status: str | None = None, page_no: int = 1) -> Response:
    review = context_of(request)
    if status is not None and status not in DIGEST_STATUSES:
        _ = review.say
        raise HTTPException(404, _("Unknown status {status!r}.", status=status))
    store = review.service.store
    by_status = {s: store.count_posts(s) for s in DIGEST_STATUSES}
    total = sum(by_status.values()) if status is None else by_status[status]
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page_no = min(max(1, page_no), pages)
    posts = store.list_posts(status, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
    rows = [{"post": p, "counts": counts(p), "lang": page_lang(p)} for p in posts]
    return review.page(
        request,
        "list.html",
        {
            "status": status,
            "counts": by_status,
            "total": sum(by_status.values()),
            "rows": rows,
            "page_no": page_no,
            "pages": pages,
        },
    )


def review_page(
    review: ReviewContext,
    request: Request,
    post: Post,
    *,
    error: str | None = None,
    edit_key: str | None = None,
    edit_text: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """A post's page: its text by section, the findings beside it, the source with evidence."""
    text = review.service.text(post)
    findings = post.report.findings if post.report else []
    sections, finding_views = build_views(split_sections(text), findings)
    article = post.article
    paragraphs = source_paragraphs(article, findings)
    return review.page(
        request,
        "review.html",
        {
            "post": post,
            "article": article,
            "paragraphs": paragraphs,
            "sections": sections,
            "findings": finding_views,
            "evidence_ids": evidence_ids(findings),
            "counts": counts(post),
            "needs_yes": needs_confirmation(post, review.lang),
            "post_lang": page_lang(post),
            "text": text,
            "error": error,
            "edit_key": edit_key,
            "edit_text": edit_text,
            "checked": post.report is not None,
            "site": review.service.site_dir is not None,
            "targets": list(review.service.targets),
        },
        status_code=status_code,
    )


@router.get("/posts/{post_id:int}", response_class=HTMLResponse)
async def show(request: Request, post_id: int) -> Response:
    review = context_of(request)
    return review_page(review, request, review.load(post_id))


@router.post("/posts/{post_id:int}/edit", response_class=HTMLResponse)
async def edit(request: Request, post_id: int) -> Response:
    form = await checked_form(request)
    review = context_of(request)
    _ = review.say
    post = review.load(post_id)
    key, text = field(form, "section") or "all", field(form, "text")
    try:
        if key == "all":
            post = await run_in_threadpool(review.service.save_text, post_id, text)
        elif key in SECTION_KEYS:
            post = await run_in_threadpool(review.service.save_section, post_id, key, text)
        else:
            raise InputError(_("unknown section {key!r}").format(key=key))
    except InputError as exc:  # ParseError included
        return review_page(
            review, request, post, error=str(exc), edit_key=key, edit_text=text, status_code=400
        )
    c = counts(post)
    session_of(request).set_flash(
        _(
            "Saved and re-checked: {errors} error(s), {warnings} warning(s) — status {status}.",
            errors=c["error"],
            warnings=c["warning"],
            status=label(STATUS_LABELS, post.status, review.lang),
        )
    )
    anchor = "" if key == "all" else f"#sec-{key}"
    return RedirectResponse(f"/posts/{post_id}{anchor}", status_code=303)


@router.post("/posts/{post_id:int}/approve", response_class=HTMLResponse)
async def approve(request: Request, post_id: int) -> Response:
    form = await checked_form(request)
    review = context_of(request)
    _ = review.say
    post = review.load(post_id)
    force = form.get("confirm") == "yes"
    try:
        result = await run_in_threadpool(review.service.approve, post_id, force=force)
    except ConfirmationNeeded as exc:
        why = needs_confirmation(post, review.lang) or exc.message
        return review_page(
            review,
            request,
            post,
            error=_("{why}: tick the box to approve anyway.", why=why),
            status_code=400,
        )
    except InputError as exc:  # ConfigError: a service's credentials are missing
        return review_page(review, request, post, error=str(exc), status_code=400)
    except PublishError as exc:
        return review_page(review, request, review.load(post_id), error=str(exc), status_code=502)
    done = "; ".join(result.done) if result.done else _("status set")
    message = _("Approved and published ({done}).", done=done)
    if result.failed:
        message += " " + _(
            "Failed: {what} — approve again to retry.", what="; ".join(result.failed)
        )
    session_of(request).set_flash(message)
    return RedirectResponse(f"/posts/{post_id}", status_code=303)


@router.post("/posts/{post_id:int}/reject", response_class=HTMLResponse)
async def reject(request: Request, post_id: int) -> Response:
    form = await checked_form(request)
    review = context_of(request)
    post = review.load(post_id)
    try:
        await run_in_threadpool(review.service.reject, post_id, field(form, "reason"))
    except InputError as exc:
        return review_page(review, request, post, error=str(exc), status_code=400)
    except PublishError as exc:
        return review_page(review, request, review.load(post_id), error=str(exc), status_code=502)
    _ = review.say
    session_of(request).set_flash(_("Rejected."))
    return RedirectResponse(f"/posts/{post_id}", status_code=303)
