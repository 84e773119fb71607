"""Store → site posts: the published posts of a store, dated by their first site publication."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from pydantic import ValidationError

from yoten.errors import PublishError
from yoten.i18n import gettext as _
from yoten.models import Digest
from yoten.site.model import SitePost, post_slug
from yoten.site.source import PostRef

if TYPE_CHECKING:
    from pathlib import Path

    from yoten.site.build import BuildResult
    from yoten.site.model import SiteConfig
    from yoten.store import Store

__all__ = ["SITE_TARGET", "StoreSource", "build_from_store", "record_site_publications"]

SITE_TARGET = "site"


def record_site_publications(store: Store) -> None:
    """Record each published post as published to the ``site`` target (its date on the site)."""
    store.record_missing_publications(SITE_TARGET)


class StoreSource:
    """The published posts of a store: stamps in one query, digests streamed in another.

    A post's version is its ``updated_at`` (every edit of a digest sets it). The
    store keeps it to the second, so a post updated within the last
    ``FRESH`` seconds gets a version of its own that no later build will
    see again: an edit made in the same second as a build is never missed.
    """

    FRESH = dt.timedelta(seconds=2)

    def __init__(self, store: Store) -> None:
        self.store = store

    def refs(self) -> Iterator[PostRef]:
        fresh_after = dt.datetime.now(dt.UTC) - self.FRESH
        for post_id, published, updated in self.store.published_stamps(SITE_TARGET):
            version = updated.isoformat()
            if updated >= fresh_after:
                version = f"fresh-{uuid.uuid4().hex}"
            yield PostRef(str(post_id), post_slug(post_id, published), published, (), version)

    def load(self, ids: Collection[str]) -> Iterator[SitePost]:
        wanted = {int(i) for i in ids}
        for post_id, published, data in self.store.stream_published(SITE_TARGET, wanted):
            try:
                digest = Digest.model_validate_json(data)
            except ValidationError as exc:
                raise PublishError(
                    _("post {post_id} holds invalid data: {errors}").format(
                        post_id=post_id, errors=exc.errors()[0]["msg"]
                    )
                ) from None
            yield SitePost.make(post_id, digest, published=published)


def build_from_store(store: Store, out: Path, config: SiteConfig | None = None) -> BuildResult:
    """Build the site in ``out`` from the store's published posts (recorded on the site first)."""
    from yoten.site.build import build_site

    record_site_publications(store)
    return build_site(StoreSource(store), out, config)
