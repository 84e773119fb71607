"""Where a site build reads its posts: references first, digests only when a page needs them.

A build first asks the source what changed since its last build
(:meth:`PostSource.changes`): a :class:`PostRef` (id, slug, date, tags and a
version that changes whenever the digest changes) for each post added or
changed, and the ids of the posts that left. A source that cannot tell
answers with every post. The build then loads the digests of the posts
whose pages must be rendered, newest first, one at a time, so memory does
not grow with the number of posts and an incremental build loads only what
changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from yoten.errors import PublishError
from yoten.i18n import gettext as _
from yoten.site.model import SitePost

__all__ = ["Changes", "MemorySource", "PostRef", "PostSource", "order_key"]


@dataclass(frozen=True)
class PostRef:
    """A post without its digest; ``version`` changes whenever the digest does."""

    id: str
    slug: str
    published: dt.datetime
    tags: tuple[str, ...]
    version: str


@dataclass(frozen=True)
class Changes:
    """The posts added or changed since a position, and those that left.

    With ``complete``, ``refs`` is every post and ``gone`` is empty: every
    post not in ``refs`` left. ``count`` is how many posts the source holds
    (so a build can tell that posts vanished without a trace), ``position``
    where the next build asks from (``None``: it cannot ask for changes).
    """

    refs: list[PostRef]
    gone: frozenset[str]
    complete: bool
    count: int
    position: str | None


class PostSource(Protocol):
    """The posts of a site."""

    def changes(self, since: str | None) -> Changes:
        """What changed since ``since`` (a position this source gave); every post when ``None``."""
        ...

    def load(self, ids: Collection[str]) -> Iterator[SitePost]:
        """The posts ``ids``, best newest first (the build's order, :func:`order_key`), with
        no control character in their text (:func:`yoten.site.render.clean_digest`: they
        are invalid in HTML and XML)."""
        ...


def order_key(post_id: str, published: dt.datetime) -> tuple[dt.datetime, int, int, str]:
    """Sort key of the site's order (use reversed: newest first); numeric ids compare as numbers."""
    return (published, 1, int(post_id), "") if post_id.isdigit() else (published, 0, 0, post_id)


def version_of(text: str) -> str:
    """A short content hash."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class MemorySource:
    """Posts already in memory (tests, benchmarks, small sites)."""

    def __init__(self, posts: Sequence[SitePost]) -> None:
        self._posts = {p.id: p for p in posts}
        self._refs: list[PostRef] = []
        for post in posts:
            try:
                text = post.digest.model_dump_json(warnings=False)
            except Exception as exc:  # noqa: BLE001 - a damaged digest becomes one line
                raise PublishError(
                    _("cannot render post {id}: {exc}").format(id=post.id, exc=exc)
                ) from None
            self._refs.append(
                PostRef(post.id, post.slug, post.published, post.tags, version_of(text))
            )

    def changes(self, since: str | None) -> Changes:
        return Changes(self._refs, frozenset(), True, len(self._refs), None)

    def load(self, ids: Collection[str]) -> Iterator[SitePost]:
        from yoten.site.render import clean_digest

        wanted = [self._posts[i] for i in ids]
        for post in sorted(wanted, key=lambda p: order_key(p.id, p.published), reverse=True):
            try:
                digest, _json = clean_digest(post.digest)
            except Exception as exc:  # noqa: BLE001 - a damaged digest becomes one line
                raise PublishError(
                    _("cannot render post {id}: {exc}").format(id=post.id, exc=exc)
                ) from None
            yield post if digest is post.digest else dataclasses.replace(post, digest=digest)
