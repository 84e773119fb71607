"""The static blog: build (incremental, atomic), templates, Atom feed, sitemap, header images."""

from yoten.site.build import MANIFEST_NAME, BuildResult, build_site, term_slug
from yoten.site.feed import build_feed
from yoten.site.images import Banner, ImageEntry, ImageLibrary, assign_images, process_banner
from yoten.site.model import SiteConfig, SitePost, Tone
from yoten.site.render import render_body
from yoten.site.serve import make_server

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
