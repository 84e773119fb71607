"""What a person (or a policy) does to a stored post: edit and re-check, approve, reject, publish.

The review page, ``yoten posts approve|reject``, ``yoten publish`` and
``yoten run --publish clean`` all go through :class:`PostService`, so the
rules (an error finding or a digest not in Japanese needs an explicit yes)
and the store transitions are the same whichever way a post is decided.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from yoten.errors import ConfirmationNeeded, InputError, PublishError, YotenError
from yoten.i18n import gettext as _
from yoten.lang import digest_language
from yoten.render.parse import parse_post
from yoten.render.text import render_text
from yoten.service import publishing
from yoten.service.digests import assess, untranslated_note
from yoten.settings import Settings
from yoten.store import Post, Store

if TYPE_CHECKING:
    from yoten.site import SiteConfig

__all__ = [
    "MAX_REASON_CHARS",
    "MAX_TEXT_CHARS",
    "ApproveResult",
    "PostService",
    "error_count",
    "needs_confirmation",
    "waiting_posts",
]

MAX_TEXT_CHARS = 200_000
MAX_REASON_CHARS = 2_000


def error_count(post: Post) -> int:
    """How many of the post's findings are errors."""
    return sum(f.severity == "error" for f in post.report.findings) if post.report else 0


def waiting_posts(store: Store) -> list[Post]:
    """Checked posts (in Japanese, no error finding) that wait for approval, oldest first.

    The language is read again: a post stored as checked before digests were
    told apart by language may be in English.
    """
    total = store.count_posts("checked")
    posts = store.list_posts("checked", limit=total) if total else []
    return sorted((p for p in posts if digest_language(p.digest) == "ja"), key=lambda p: p.id)


def needs_confirmation(post: Post, lang: str | None = None) -> str | None:
    """Why approving ``post`` needs an explicit yes (in ``lang``), or None."""
    if post.status == "published":
        return None  # publishing again
    if post.status == "untranslated" or digest_language(post.digest) != "ja":
        return _("post {id} is not in Japanese", lang).format(id=post.id)
    errors = error_count(post)
    if errors:
        return _("post {id} has {n} error finding(s)", lang).format(id=post.id, n=errors)
    return None


@dataclass
class ApproveResult:
    """What approving one post did."""

    post: Post
    done: list[str] = field(default_factory=list)
    """One line per target that worked, e.g. 'site: 12 file(s) written to /srv/blog'."""
    failed: list[str] = field(default_factory=list)
    """One line per blog service that failed (the post stays published on the site)."""


class PostService:
    """The decisions on the posts of one store, publishing to a site folder and blog services."""

    def __init__(
        self,
        *,
        store: Store,
        settings: Settings,
        site_dir: Path | None = None,
        targets: Sequence[str] = (),
        site_config: SiteConfig | None = None,
    ) -> None:
        self.store = store
        self.site_config = site_config
        self.settings = settings
        self.site_dir = site_dir
        self.targets = tuple(targets)

    # -- reading -------------------------------------------------------------

    def post(self, post_id: int) -> Post:
        """One post; InputError when there is none."""
        return self.store.get_post(post_id)

    def text(self, post: Post) -> str:
        """The post's digest in the house text format."""
        return render_text(post.digest)

    def waiting(self) -> list[Post]:
        """See :func:`waiting_posts`."""
        return waiting_posts(self.store)

    # -- editing -------------------------------------------------------------

    def save_text(self, post_id: int, text: str) -> Post:
        """Replace a post's digest with ``text`` (house format), re-check and store it.

        ParseError when ``text`` is not a post; nothing is stored then.
        """
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(
                _("the post text is longer than {max_text_chars:,} characters").format(
                    max_text_chars=MAX_TEXT_CHARS
                )
            )
        post = self.store.get_post(post_id)
        parsed = parse_post(text)
        # What the text format does not carry is kept from the stored digest.
        digest = parsed.model_copy(update={"meta": post.digest.meta})
        found = assess(digest, post.article, self.settings)
        reason = None if found.translated else untranslated_note(found.language)
        return self.store.update_digest(
            post_id, digest, found.report, status=found.status, reason=reason
        )

    def save_section(self, post_id: int, key: str, body: str) -> Post:
        """Replace one section (see :mod:`yoten.web.sections`), then as :meth:`save_text`."""
        from yoten.web.sections import replace_section

        if len(body) > MAX_TEXT_CHARS:
            raise InputError(
                _("the section text is longer than {max_text_chars:,} characters").format(
                    max_text_chars=MAX_TEXT_CHARS
                )
            )
        post = self.store.get_post(post_id)
        return self.save_text(post_id, replace_section(render_text(post.digest), key, body))

    # -- decisions -----------------------------------------------------------

    def approve(self, post_id: int, *, force: bool = False) -> ApproveResult:
        """Approve one post: see :meth:`approve_many`."""
        return self.approve_many([post_id], force=force)[0]

    def approve_many(
        self,
        post_ids: Iterable[int],
        *,
        force: bool = False,
        draft: bool = False,
        tags: Sequence[str] = (),
    ) -> list[ApproveResult]:
        """Mark the posts published, rebuild the site once and publish each to every service.

        Nothing changes when one of them needs an explicit yes (an error
        finding, or a digest not in Japanese) and ``force`` is not given:
        ConfirmationNeeded says which. Credentials are loaded first: a
        ConfigError changes nothing. When the site build fails, the posts go
        back to the status they had and a PublishError says why. A blog
        service that fails is reported in ``failed`` while the post stays
        published; approving again retries it (publishing is idempotent: the
        remote post is updated, not copied).
        """
        before = [self.store.get_post(i) for i in dict.fromkeys(post_ids)]
        if not force:
            reasons = [r for r in map(needs_confirmation, before) if r]
            if reasons:
                raise ConfirmationNeeded("; ".join(reasons))
        publishers = publishing.open_publishers(self.targets, self.settings)
        try:
            results = [ApproveResult(self.store.set_status(p.id, "published")) for p in before]
            if self.site_dir is not None and results:
                try:
                    line = publishing.build_site(self.store, self.site_dir, config=self.site_config)
                except (YotenError, OSError) as exc:  # OSError: the site folder is unusable
                    for p in before:
                        self.store.set_status(p.id, p.status, p.status_reason)
                    raise PublishError(_("site build failed: {exc}").format(exc=exc)) from None
                for result in results:
                    result.done.append(line)
            for result in results:
                for publisher in publishers:
                    try:
                        result.done.append(
                            publishing.publish_with(
                                self.store, result.post, publisher, tags=tags, draft=draft
                            )
                        )
                    except YotenError as exc:
                        result.failed.append(f"{publisher.target}: {exc}")
        finally:
            for publisher in publishers:
                publisher.close()
        for result in results:
            result.post = self.store.get_post(result.post.id)
        return results

    def reject(self, post_id: int, reason: str) -> Post:
        """Mark the post rejected with ``reason`` (required); take it off the site if it was on it."""
        reason = " ".join(reason.split())
        if not reason:
            raise InputError(_("a rejection needs a reason"))
        if len(reason) > MAX_REASON_CHARS:
            raise InputError(
                _("the reason is longer than {max_reason_chars:,} characters").format(
                    max_reason_chars=MAX_REASON_CHARS
                )
            )
        before = self.store.get_post(post_id)
        post = self.store.set_status(post_id, "rejected", reason)
        if before.status == "published" and self.site_dir is not None:
            try:  # take it off the site again
                publishing.build_site(self.store, self.site_dir, config=self.site_config)
            except (YotenError, OSError) as exc:
                self.store.set_status(post_id, before.status, before.status_reason)
                raise PublishError(
                    _("could not take the post off the site: {exc}").format(exc=exc)
                ) from None
        return post
