"""Store → site posts: the published posts of a store, dated by their first site publication."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from yoten.site.model import SitePost

if TYPE_CHECKING:
    from yoten.store import Post, Store

__all__ = ["SITE_TARGET", "record_site_publications", "site_posts"]

SITE_TARGET = "site"


def _published_at(store: Store, post: Post) -> dt.datetime:
    record = store.get_publication(post.id, SITE_TARGET)
    when = record.published_at if record else (post.digest.posted_at or post.updated_at)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _published(store: Store) -> list[Post]:
    total = store.count_posts("published")
    return store.list_posts("published", limit=total) if total else []


def record_site_publications(store: Store) -> None:
    """Record each published post as published to the ``site`` target (its date on the site)."""
    for post in _published(store):
        if store.get_publication(post.id, SITE_TARGET) is None:
            store.record_publication(post.id, SITE_TARGET, published_at=_published_at(store, post))


def site_posts(store: Store) -> list[SitePost]:
    """Every published post of the store as a site post."""
    return [SitePost.make(p.id, p.digest, published=_published_at(store, p)) for p in _published(store)]
