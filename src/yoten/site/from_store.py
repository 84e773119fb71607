"""Store → site posts: the published posts of a store, dated by their first site publication."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Protocol

from pydantic import ValidationError

from yoten.errors import PublishError
from yoten.i18n import gettext as _
from yoten.models import Digest
from yoten.site.model import SitePost, post_slug
from yoten.site.source import Changes, PostRef

if TYPE_CHECKING:
    from pathlib import Path

    from yoten.site.build import BuildResult
    from yoten.site.model import SiteConfig

__all__ = [
    "SITE_TARGET",
    "PublishedPosts",
    "StoreSource",
    "build_from_store",
    "record_site_publications",
]

SITE_TARGET = "site"


class PublishedPosts(Protocol):
    """What a site build asks of the store: :class:`yoten.store.Store`, or
    :class:`yoten.store.direct.DirectStore` (a SQLite store without SQLAlchemy)."""

    @property
    def location(self) -> str: ...

    def record_missing_publications(self, target: str) -> int: ...

    def published_stamps(self, target: str) -> list[tuple[int, dt.datetime, dt.datetime]]: ...

    def publication_changes(
        self, target: str, since: dt.datetime
    ) -> list[tuple[int, bool, dt.datetime | None, dt.datetime]]: ...

    def count_published(self, target: str) -> int: ...

    def stream_published(
        self, target: str, ids: Collection[int] | None = None, *, batch: int = 500
    ) -> Iterator[tuple[int, dt.datetime, str]]: ...


def record_site_publications(store: PublishedPosts) -> None:
    """Record each published post as published to the ``site`` target (its date on the site)."""
    store.record_missing_publications(SITE_TARGET)


class StoreSource:
    """The published posts of a store: what changed in one query, digests streamed in another.

    A post's version is its ``updated_at`` (every edit, approval or
    withdrawal of a digest sets it). Changes are asked for from a position
    ``MARGIN`` before the last build's query, so an edit whose transaction was
    still open then, or written by a host whose clock is a little behind, is
    not missed; posts seen again unchanged cost a key comparison, not a
    render. The store keeps ``updated_at`` to the second, so a post updated
    within the last ``FRESH`` seconds gets a version of its own that no later
    build will see again: an edit made in the same second as a build is never
    missed. A post deleted outright (not withdrawn) leaves no row to find:
    the build sees the count of published posts differ and asks for every
    post.
    """

    FRESH = dt.timedelta(seconds=2)
    MARGIN = dt.timedelta(seconds=60)

    def __init__(self, store: PublishedPosts) -> None:
        self.store = store
        # which store the position belongs to (a hash: the site is public, the URL is not)
        self._identity = hashlib.sha256(store.location.encode("utf-8")).hexdigest()[:16]

    def _ref(
        self, post_id: int, published: dt.datetime, updated: dt.datetime, fresh_after: dt.datetime
    ) -> PostRef:
        version = updated.isoformat()
        if updated >= fresh_after:
            version = f"fresh-{uuid.uuid4().hex}"
        return PostRef(str(post_id), post_slug(post_id, published), published, (), version)

    def _since(self, position: str | None) -> dt.datetime | None:
        identity, _, stamp = (position or "").partition("@")
        if identity != self._identity:
            return None
        try:
            return dt.datetime.fromisoformat(stamp)
        except ValueError:
            return None

    def changes(self, since: str | None) -> Changes:
        now = dt.datetime.now(dt.UTC)
        fresh_after = now - self.FRESH
        position = f"{self._identity}@{(now - self.MARGIN).isoformat()}"
        start = self._since(since)
        if start is None:
            stamps = self.store.published_stamps(SITE_TARGET)
            every = [self._ref(i, p, u, fresh_after) for i, p, u in stamps]
            return Changes(every, frozenset(), True, len(every), position)
        refs: list[PostRef] = []
        gone: set[str] = set()
        for post_id, published_now, published, updated in self.store.publication_changes(
            SITE_TARGET, start
        ):
            if published_now and published is not None:
                refs.append(self._ref(post_id, published, updated, fresh_after))
            else:
                gone.add(str(post_id))
        count = self.store.count_published(SITE_TARGET)
        return Changes(refs, frozenset(gone), False, count, position)

    def load(self, ids: Collection[str]) -> Iterator[SitePost]:
        from yoten.site.render import clean_data

        wanted = {int(i) for i in ids}
        for post_id, published, data in self.store.stream_published(SITE_TARGET, wanted):
            try:
                # parsed by the standard library (faster than pydantic's parser, most of all
                # on the ASCII-escaped JSON of older stores), control characters removed
                # before validation
                digest = Digest.model_validate(clean_data(json.loads(data)))
            except (ValueError, ValidationError) as exc:
                errors = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else exc
                raise PublishError(
                    _("post {post_id} holds invalid data: {errors}").format(
                        post_id=post_id, errors=errors
                    )
                ) from None
            yield SitePost.make(post_id, digest, published=published)


def build_from_store(
    store: PublishedPosts, out: Path, config: SiteConfig | None = None
) -> BuildResult:
    """Build the site in ``out`` from the store's published posts (recorded on the site first)."""
    from yoten.site.build import build_site

    record_site_publications(store)
    return build_site(StoreSource(store), out, config)
