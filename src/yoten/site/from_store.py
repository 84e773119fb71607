"""Store → site posts: the published posts of a store, dated by their first site publication."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from pydantic import ValidationError

from yoten.errors import PublishError
from yoten.models import Digest
from yoten.site.model import SitePost, post_slug
from yoten.site.source import PostRef, version_of

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
    """The published posts of a store, read in one streaming query per pass."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def refs(self) -> Iterator[PostRef]:
        for post_id, published, data in self.store.stream_published(SITE_TARGET):
            yield PostRef(
                str(post_id), post_slug(post_id, published), published, (), version_of(data)
            )

    def load(self, ids: Collection[str]) -> Iterator[SitePost]:
        wanted = {int(i) for i in ids}
        for post_id, published, data in self.store.stream_published(SITE_TARGET, wanted):
            try:
                digest = Digest.model_validate_json(data)
            except ValidationError as exc:
                raise PublishError(
                    f"post {post_id} holds invalid data: {exc.errors()[0]['msg']}"
                ) from None
            yield SitePost.make(post_id, digest, published=published)


def build_from_store(store: Store, out: Path, config: SiteConfig | None = None) -> BuildResult:
    """Build the site in ``out`` from the store's published posts (recorded on the site first)."""
    from yoten.site.build import build_site

    record_site_publications(store)
    return build_site(StoreSource(store), out, config)
