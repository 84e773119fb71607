"""The Atom feed of the blog (feedgen), with each post's full content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]
from markupsafe import escape

from yoten.site.images import Banner
from yoten.site.model import SiteConfig, SitePost
from yoten.site.render import embedded_body

__all__ = ["build_feed", "feed_content"]


def feed_content(post: SitePost, base_url: str, banner: Banner | None) -> str:
    """Full HTML content of a feed entry: banner, credit line and the house-format body."""
    head = ""
    if banner is not None:
        head = (
            f'<p><img src="{escape(base_url + banner.jpeg)}" width="{banner.width}" '
            f'height="{banner.height}" alt=""></p>\n'
        )
        if banner.credit:
            head += f"<p>{escape(banner.credit)}</p>\n"
    elif post.digest.image_credit:
        head = f"<p>{escape(post.digest.image_credit)}</p>\n"
    return head + embedded_body(post.digest)


def build_feed(
    posts: Sequence[SitePost],
    config: SiteConfig,
    *,
    banners: Mapping[str, Banner] | None = None,
) -> bytes:
    """An Atom document for ``posts`` (newest first, already limited by the caller)."""
    banners = banners or {}
    base = config.base_url
    fg = FeedGenerator()
    fg.id(base)
    fg.title(config.title)
    fg.subtitle(config.description)
    fg.author({"name": config.author})
    fg.link(href=base, rel="alternate", type="text/html")
    fg.link(href=base + "feed.xml", rel="self", type="application/atom+xml")
    fg.language("ja")
    fg.generator("yoten")
    updated = posts[0].published if posts else dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    fg.updated(updated)
    for post in posts:
        url = base + post.path
        entry = fg.add_entry(order="append")
        entry.id(url)
        entry.title(post.digest.headline)
        entry.link(href=url, rel="alternate", type="text/html")
        entry.published(post.published)
        entry.updated(post.published)
        for tag in post.tags:
            entry.category(term=tag)
        entry.content(feed_content(post, base, banners.get(post.id)), type="html")
    data: bytes = fg.atom_str(pretty=True)
    return data
