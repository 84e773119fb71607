"""The static blog: build (incremental, atomic), templates, Atom feed, sitemap, header images.

The names below load their modules on first use, so that a command that
needs one part (``yoten site build`` reading the store) does not import the
others (the feed generator, the preview server).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from yoten.site.build import MANIFEST_NAME, BuildResult, build_site, term_slug
    from yoten.site.feed import build_feed
    from yoten.site.images import Banner, ImageEntry, ImageLibrary, assign_images, process_banner
    from yoten.site.model import SiteConfig, SitePost, Tone
    from yoten.site.render import render_body
    from yoten.site.serve import make_server

_WHERE = {
    "MANIFEST_NAME": "build",
    "BuildResult": "build",
    "build_site": "build",
    "term_slug": "build",
    "build_feed": "feed",
    "Banner": "images",
    "ImageEntry": "images",
    "ImageLibrary": "images",
    "assign_images": "images",
    "process_banner": "images",
    "SiteConfig": "model",
    "SitePost": "model",
    "Tone": "model",
    "render_body": "render",
    "make_server": "serve",
}

__all__ = [
    "MANIFEST_NAME",
    "Banner",
    "BuildResult",
    "ImageEntry",
    "ImageLibrary",
    "SiteConfig",
    "SitePost",
    "Tone",
    "assign_images",
    "build_feed",
    "build_site",
    "make_server",
    "process_banner",
    "render_body",
    "term_slug",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"yoten.site.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'yoten.site' has no attribute {name!r}")
