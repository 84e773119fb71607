"""``--publish clean``: publish, unattended, the digests that need no one's yes.

A digest is clean when it is in Japanese and the check found no error
(status ``checked``). Anything else waits for a person (``yoten posts
approve`` or the review page). Used by ``yoten run`` on both of its paths and
by ``yoten worker``, through :func:`yoten.run.article.check_and_store`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from yoten.errors import YotenError
from yoten.settings import Settings
from yoten.store import Post, Store

__all__ = ["Published", "check_publish_settings", "publish_if_clean"]


@dataclass(frozen=True)
class Published:
    """What the policy did with one post."""

    published: bool = False
    problems: tuple[str, ...] = field(default_factory=tuple)


def check_publish_settings(settings: Settings) -> None:
    """ConfigError now (before any work) for an unknown target or missing credentials."""
    from yoten.service.publishing import open_publishers

    for publisher in open_publishers(settings.publish_to, settings):
        publisher.close()


def publish_if_clean(store: Store, settings: Settings, post: Post) -> Published:
    """Approve ``post`` when the policy is ``clean`` and the post is; never raises."""
    if settings.publish != "clean" or post.status != "checked":
        return Published()
    from yoten.service.posts import PostService

    targets: Sequence[str] = settings.publish_to
    service = PostService(store=store, settings=settings, targets=targets)
    try:
        result = service.approve(post.id)
    except YotenError as exc:  # the digest stays stored, as checked
        return Published(False, (f"post {post.id}: not published: {exc}",))
    return Published(True, tuple(f"post {post.id}: {line}" for line in result.failed))
