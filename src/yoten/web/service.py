"""What the review page does to a post: save an edit (and re-check), approve, reject.

The web routes only translate HTTP to these calls; the work is done by the
store, the renderer/parser, the checker, the site builder and the publishers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from yoten.errors import InputError, PublishError, YotenError
from yoten.models import Article, Digest, Report
from yoten.render.parse import parse_post
from yoten.render.text import render_text
from yoten.settings import Settings
from yoten.store import Post, Store
from yoten.web import publishing
from yoten.web.sections import replace_section

if TYPE_CHECKING:
    from yoten.site import SiteConfig

__all__ = ["MAX_REASON_CHARS", "MAX_TEXT_CHARS", "ApproveResult", "ReviewService"]

MAX_TEXT_CHARS = 200_000
MAX_REASON_CHARS = 2_000


def run_check(digest: Digest, article: Article, settings: Settings) -> Report:
    """The checker's report on ``digest`` against its source (with the user's glossary, if set)."""
    from yoten.check import check_digest, load_glossary

    glossary = load_glossary(settings.glossary) if settings.glossary else None
    return check_digest(digest, article, glossary=glossary)


def status_for(report: Report | None) -> str:
    """The status a post gets after a (re-)check."""
    if report is None:
        return "draft"
    return "checked" if report.ok else "failed"


@dataclass
class ApproveResult:
    """What approving a post did."""

    post: Post
    done: list[str] = field(default_factory=list)
    """One line per target that worked, e.g. 'site: 12 file(s) written to /srv/blog'."""
    failed: list[str] = field(default_factory=list)
    """One line per blog service that failed (the post stays published on the site)."""


class ReviewService:
    """The review actions on one store."""

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

    # -- editing -------------------------------------------------------------

    def save_text(self, post_id: int, text: str) -> Post:
        """Replace a post's digest with ``text`` (house format), re-check and store it.

        ParseError when ``text`` is not a post; nothing is stored then.
        """
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(f"the post text is longer than {MAX_TEXT_CHARS:,} characters")
        post = self.store.get_post(post_id)
        parsed = parse_post(text)
        # What the text format does not carry is kept from the stored digest.
        digest = parsed.model_copy(update={"meta": post.digest.meta})
        report = run_check(digest, post.article, self.settings)
        self.store.update_digest(post_id, digest, report)
        return self.store.set_status(post_id, status_for(report))

    def save_section(self, post_id: int, key: str, body: str) -> Post:
        """Replace one section (see :mod:`yoten.web.sections`), then as :meth:`save_text`."""
        if len(body) > MAX_TEXT_CHARS:
            raise InputError(f"the section text is longer than {MAX_TEXT_CHARS:,} characters")
        post = self.store.get_post(post_id)
        return self.save_text(post_id, replace_section(render_text(post.digest), key, body))

    # -- decisions -----------------------------------------------------------

    def approve(self, post_id: int) -> ApproveResult:
        """Mark the post published, rebuild the site and publish to every configured service.

        Credentials are loaded first: a ConfigError changes nothing. When the
        site build fails, the post goes back to the status it had and a
        PublishError says why. A blog service that fails is reported in
        ``failed`` while the post stays published; approving again retries it
        (publishing is idempotent: the remote post is updated, not copied).
        """
        before = self.store.get_post(post_id)
        publishers = publishing.open_publishers(self.targets, self.settings)
        try:
            post = self.store.set_status(post_id, "published")
            result = ApproveResult(post)
            if self.site_dir is not None:
                try:
                    result.done.append(
                        publishing.build_site(self.store, self.site_dir, config=self.site_config)
                    )
                except (YotenError, OSError) as exc:  # OSError: the site folder is unusable
                    self.store.set_status(post_id, before.status, before.status_reason)
                    raise PublishError(f"site build failed: {exc}") from None
            for publisher in publishers:
                try:
                    result.done.append(publishing.publish_with(self.store, post, publisher))
                except YotenError as exc:
                    result.failed.append(f"{publisher.target}: {exc}")
        finally:
            for publisher in publishers:
                publisher.close()
        result.post = self.store.get_post(post_id)
        return result

    def reject(self, post_id: int, reason: str) -> Post:
        """Mark the post rejected with ``reason`` (required)."""
        reason = " ".join(reason.split())
        if not reason:
            raise InputError("a rejection needs a reason")
        if len(reason) > MAX_REASON_CHARS:
            raise InputError(f"the reason is longer than {MAX_REASON_CHARS:,} characters")
        before = self.store.get_post(post_id)
        post = self.store.set_status(post_id, "rejected", reason)
        if before.status == "published" and self.site_dir is not None:
            try:  # take it off the site again
                publishing.build_site(self.store, self.site_dir, config=self.site_config)
            except (YotenError, OSError) as exc:
                self.store.set_status(post_id, before.status, before.status_reason)
                raise PublishError(f"could not take the post off the site: {exc}") from None
        return post
