"""Approve → publish: the static site build and the blog services, through their libraries."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from yoten.i18n import gettext as _
from yoten.settings import Settings
from yoten.store import Post, Store

if TYPE_CHECKING:  # imported lazily at run time: the site pulls in Pillow and feedgen
    from yoten.publish import Publisher
    from yoten.site import SiteConfig

__all__ = ["build_site", "open_publishers", "publish_with"]


def build_site(store: Store, site_dir: Path, *, config: SiteConfig | None = None) -> str:
    """Rebuild the static site in ``site_dir`` from the store's published posts.

    Each published post is recorded as published to the ``site`` target (its
    first publication time stays its date on the site), exactly as
    ``yoten site build`` does. Raises InputError or PublishError; the previous
    site is left as it was then.
    """
    from yoten.site.from_store import build_from_store

    result = build_from_store(store, site_dir, config)
    return _("site: {n} file(s) written to {folder}").format(
        n=len(result.written), folder=result.out
    )


def open_publishers(targets: Sequence[str], settings: Settings) -> list[Publisher]:
    """A publisher per target, credentials loaded now (ConfigError before anything is sent)."""
    if not targets:
        return []  # the publishers' modules (httpx, the blog clients) are not loaded for none
    from yoten.publish import publisher_for

    publishers: list[Publisher] = []
    try:
        for target in targets:
            publishers.append(publisher_for(target, timeout=settings.timeout))
    except BaseException:
        for publisher in publishers:
            publisher.close()
        raise
    return publishers


def publish_with(
    store: Store,
    post: Post,
    publisher: Publisher,
    *,
    tags: Sequence[str] = (),
    draft: bool = False,
) -> str:
    """Publish ``post`` with one publisher; idempotent (a second call updates the remote post)."""
    from yoten.publish import publish_digest

    result = publish_digest(post.id, post.digest, publisher, store, tags=tags, draft=draft)
    url = f" {result.url}" if result.url else ""
    line = {
        (True, True): _("{target}: created draft post {id}"),
        (True, False): _("{target}: created published post {id}"),
        (False, True): _("{target}: updated draft post {id}"),
        (False, False): _("{target}: updated published post {id}"),
    }[(result.created, result.draft)]
    return line.format(target=result.target, id=result.remote_id) + url
