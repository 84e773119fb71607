"""The pages of the blog, rendered from a :class:`~yoten.site.source.PostSource`.

A build reads every post's reference (no digest), then loads, newest first
and one at a time, only the digests of the posts whose page must be rendered:
every post on a first build; after one changed post, that post, its two
neighbours (their newer/older links) and, if it is among the newest, the feed's
posts. What listings need of each post (headline, excerpt, outlet) is kept in
the manifest, so index, tag, outlet and month pages, the feed and the sitemap
are rendered again only when their content changed, without loading digests.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from yoten.errors import InputError, PublishError, YotenError
from yoten.i18n import gettext as _
from yoten.lang import digest_language
from yoten.site.images import (
    Banner,
    ImageEntry,
    ImageLibrary,
    assign_images,
    banner_key,
    process_banner,
)
from yoten.site.model import SiteConfig, SitePost
from yoten.site.render import (
    clean_digest,
    clean_text,
    local_time,
    render_body,
    render_page,
    stylesheet,
    templates_hash,
)
from yoten.site.sitemap import build_sitemap
from yoten.site.source import PostRef, PostSource, order_key

if TYPE_CHECKING:
    from pathlib import Path

    from yoten.site.build import _Writer as Writer

__all__ = ["build_pages", "term_slug"]

PostCache = dict[str, dict[str, Any]]
"""What the manifest keeps of each post: its key, neighbours, headline, excerpt and outlet."""


@dataclass(frozen=True)
class _Link:
    href: str
    title: str


@dataclass
class _Meta:
    """What listings need of one post."""

    ref: PostRef
    href: str
    published: dt.datetime
    """In the site's time zone."""
    tags: tuple[str, ...]
    headline: str
    excerpt: str
    outlet: str | None

    @functools.cached_property
    def stamp(self) -> str:
        """``published`` in ISO 8601 (listing keys, month pages, the sitemap)."""
        return self.published.isoformat()


@dataclass
class _Term:
    name: str
    href: str
    """URL relative to the site root, percent-encoded."""
    path: str
    """Folder relative to the site root, as on disk."""
    posts: list[_Meta] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.posts)


@functools.lru_cache(maxsize=4096)
def term_slug(name: str) -> str:
    """A folder name for a tag or outlet: readable (Unicode kept), safe as a path segment."""
    text = unicodedata.normalize("NFKC", name).strip().lower()
    text = "".join("-" if ch.isspace() else ch for ch in text)
    text = "".join(ch for ch in text if ch.isalnum() or ch in "-_.")
    text = re.sub(r"-{2,}", "-", text).strip(".-")[:80]
    return text or "t-" + hashlib.sha256(name.encode()).hexdigest()[:10]


def _hash(*parts: Any) -> str:
    data = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:24]


def _excerpt(post: SitePost, limit: int = 120) -> str:
    text = next((p for p in post.digest.overview.lead if p.strip()), "")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page_href(number: int) -> str:
    return "index.html" if number == 1 else f"page/{number}.html"


def _root_of(rel: str) -> str:
    """The relative prefix from the file ``rel`` back to the site root."""
    return "../" * rel.count("/")


def _check_refs(refs: Sequence[PostRef]) -> None:
    ids: set[str] = set()
    slugs: set[str] = set()
    for ref in refs:
        if ref.id in ids:
            raise InputError(_("two posts have the id {id!r}").format(id=ref.id))
        if ref.slug in slugs:
            raise InputError(_("two posts have the slug {slug!r}").format(slug=ref.slug))
        ids.add(ref.id)
        slugs.add(ref.slug)


def _banners(
    writer: Writer, config: SiteConfig, library: ImageLibrary, chosen: dict[str, ImageEntry]
) -> dict[str, Banner]:
    """Process each chosen library image once; banners by image id."""
    banners: dict[str, Banner] = {}
    height = max(1, round(config.image_width / config.image_ratio))
    for entry in {e.id: e for e in chosen.values()}.values():
        stem = banner_key(
            entry, width=config.image_width, ratio=config.image_ratio, tone=config.image_tone
        )
        webp, jpeg = f"images/{stem}.webp", f"images/{stem}.jpg"
        source = library.path_of(entry)
        if not source.is_file():
            raise PublishError(
                _("header image {id} is missing from the library").format(id=entry.id),
                source=str(source),
            )

        def produce(root: Path, source: Path = source, stem: str = stem) -> None:
            process_banner(
                source,
                root / "images",
                stem,
                width=config.image_width,
                ratio=config.image_ratio,
                tone=config.image_tone,
            )

        writer.emit_group([webp, jpeg], stem, produce)
        banners[entry.id] = Banner(webp, jpeg, config.image_width, height, clean_text(entry.credit))
    return banners


def _pattern_banner(writer: Writer, config: SiteConfig) -> Banner:
    """The generated 青海波 banner (see :mod:`yoten.site.pattern`), written once per size."""
    from yoten.site.pattern import pattern_stem, write_pattern_banner

    stem = pattern_stem(config.image_width, config.image_ratio)
    webp, jpeg = f"images/{stem}.webp", f"images/{stem}.jpg"

    def produce(root: Path) -> None:
        write_pattern_banner(
            root / "images", stem, width=config.image_width, ratio=config.image_ratio
        )

    writer.emit_group([webp, jpeg], stem, produce)
    height = max(1, round(config.image_width / config.image_ratio))
    return Banner(webp, jpeg, config.image_width, height, credit="")


def build_pages(
    writer: Writer, source: PostSource, config: SiteConfig, library: ImageLibrary, cache: PostCache
) -> tuple[PostCache, int]:
    """Render every page into ``writer``; returns the new post cache and the number of posts."""
    tz = config.timezone
    site = {"title": config.title, "description": config.description}
    site_key = _hash(templates_hash(), site, config.base_url, tz, config.author)

    refs = sorted(source.refs(), key=lambda r: order_key(r.id, r.published), reverse=True)
    _check_refs(refs)
    entries = library.entries()
    chosen = assign_images([r.id for r in reversed(refs)], entries)
    writer.emit("style.css", None, stylesheet)
    by_image = _banners(writer, config, library, chosen)
    banners = {pid: by_image[entry.id] for pid, entry in chosen.items()}
    if not entries and refs:  # no library: the blog's own pattern, with no credit line
        pattern = _pattern_banner(writer, config)
        banners = {r.id: pattern for r in refs}

    # A post's key covers its digest (version), date, tags and banner; its page
    # also shows its neighbours' headlines, so a changed post re-renders those.
    keys: dict[str, str] = {}
    neighbours: dict[str, list[str | None]] = {}
    banner_text = {id(b): repr(b) for b in banners.values()}  # a few images, 10,000 posts
    for index, ref in enumerate(refs):
        banner = banners.get(ref.id)
        parts = (
            site_key,
            ref.version,
            ref.slug,
            ref.published.isoformat(),
            repr(ref.tags),
            banner_text[id(banner)] if banner is not None else "None",
        )
        keys[ref.id] = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
        neighbours[ref.id] = [
            refs[index - 1].id if index > 0 else None,
            refs[index + 1].id if index + 1 < len(refs) else None,
        ]
    changed = {r.id for r in refs if cache.get(r.id, {}).get("key") != keys[r.id]}
    render: set[str] = set()
    metas: dict[str, _Meta] = {}
    for ref in refs:
        near = neighbours[ref.id]
        if ref.id in changed:
            render.add(ref.id)
            continue
        old = cache[ref.id]
        metas[ref.id] = _Meta(
            ref,
            f"posts/{ref.slug}.html",
            local_time(ref.published, tz),
            tuple(clean_text(t) for t in ref.tags),
            old["headline"],
            old["excerpt"],
            old["outlet"],
        )
        if old.get("neighbours") != near or any(n in changed for n in near if n):
            render.add(ref.id)
        elif not writer.keep(f"posts/{ref.slug}.html"):
            render.add(ref.id)

    feed_refs = refs[: config.feed_limit]
    feed_key = _hash(site_key, "feed", config.feed_limit, [keys[r.id] for r in feed_refs])
    need_feed = not writer.keep("feed.xml", feed_key)
    feed_ids = {r.id for r in feed_refs} if need_feed else set()
    feed_posts: dict[str, SitePost] = {}
    by_id = {r.id: r for r in refs}
    pending: list[SitePost] = []  # loaded, waiting for a neighbour's headline (at most one)

    def flush(final: bool = False) -> None:
        while pending and (final or all(n in metas for n in neighbours[pending[0].id] if n)):
            post = pending.pop(0)
            newer, older = (metas[n] if n else None for n in neighbours[post.id])
            _render_post(
                writer,
                config,
                site,
                post,
                metas[post.id],
                newer,
                older,
                keys[post.id],
                banners.get(post.id),
            )

    for raw in source.load(render | feed_ids):
        post, metas[raw.id] = _prepare(raw, by_id[raw.id], tz)
        if post.id in feed_ids:
            feed_posts[post.id] = post
        if post.id in render:
            pending.append(post)
            flush()
    missing = [r.id for r in refs if r.id not in metas]
    if missing:
        raise PublishError(_("post {missing} could not be loaded").format(missing=missing[0]))
    flush(final=True)

    if need_feed:
        in_feed = [feed_posts[r.id] for r in feed_refs]
        from yoten.site.feed import build_feed  # feedgen loads only when the feed changed

        writer.emit("feed.xml", feed_key, lambda: build_feed(in_feed, config, banners=banners))
    ordered = [metas[r.id] for r in refs]
    _listings(writer, config, site, site_key, ordered)
    new_cache: PostCache = {
        m.ref.id: {
            "key": keys[m.ref.id],
            "neighbours": neighbours[m.ref.id],
            "headline": m.headline,
            "excerpt": m.excerpt,
            "outlet": m.outlet,
        }
        for m in ordered
    }
    return new_cache, len(refs)


def _prepare(raw: SitePost, ref: PostRef, tz: str) -> tuple[SitePost, _Meta]:
    """The post with clean text and local time, and what listings need of it."""
    try:
        digest, _notes = clean_digest(raw.digest)
        tags = tuple(clean_text(t) for t in ref.tags)
        post = SitePost(raw.id, raw.slug, digest, local_time(raw.published, tz), tags)
        return post, _Meta(
            ref, post.path, post.published, tags, digest.headline, _excerpt(post), post.outlet
        )
    except YotenError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged digest becomes one line
        raise PublishError(_("cannot render post {id}: {exc}").format(id=raw.id, exc=exc)) from None


def _groups(meta: _Meta) -> list[tuple[str, str, str]]:
    """The outlet and tag terms of a post: (kind folder, slug, name), without repeats."""
    names = [("outlets", meta.outlet)] if meta.outlet else []
    names += [("tags", t.strip()) for t in meta.tags if t.strip()]
    out: list[tuple[str, str, str]] = []
    for prefix, name in names:
        slug = term_slug(name)
        if all((prefix, slug) != (p, s) for p, s, _ in out):
            out.append((prefix, slug, name))
    return out


def _render_post(
    writer: Writer,
    config: SiteConfig,
    site: dict[str, str],
    post: SitePost,
    meta: _Meta,
    newer_meta: _Meta | None,
    older_meta: _Meta | None,
    key: str,
    banner: Banner | None,
) -> None:
    newer = _Link(newer_meta.href, newer_meta.headline) if newer_meta else None
    older = _Link(older_meta.href, older_meta.headline) if older_meta else None
    terms = [
        {"name": name, "href": f"{prefix}/{quote(slug)}.html"}
        for prefix, slug, name in _groups(meta)
    ]
    href = meta.href

    def produce() -> str:
        try:
            return render_page(
                "post.html",
                site=site,
                root=_root_of(href),
                canonical=config.base_url + href,
                post=post,
                body=render_body(post.digest),
                excerpt=meta.excerpt,
                banner=banner,
                terms=terms,
                newer=newer,
                older=older,
                lang=digest_language(post.digest),
            )
        except YotenError:
            raise
        except Exception as exc:  # noqa: BLE001 - any template failure becomes one line
            raise PublishError(
                _("cannot render post {id}: {exc}").format(id=post.id, exc=exc)
            ) from None

    writer.emit(href, _hash(key, terms, newer, older), produce)


def _listings(
    writer: Writer,
    config: SiteConfig,
    site: dict[str, str],
    site_key: str,
    ordered: Sequence[_Meta],
) -> None:
    """Index pages, tag, outlet and month pages, the archive and the sitemap.

    A listing's key is made of what it shows of its posts (link, headline,
    date; the outlet and excerpt on index pages), so an edit that changes
    none of that renders none of the pages that list the post; the items
    themselves are made only to render a page.
    """
    tags: dict[str, _Term] = {}
    outlets: dict[str, _Term] = {}
    months: dict[str, _Term] = {}
    for meta in ordered:
        for prefix, slug, name in _groups(meta):
            table = outlets if prefix == "outlets" else tags
            if slug not in table:
                table[slug] = _Term(name, f"{prefix}/{quote(slug)}.html", f"{prefix}/{slug}.html")
            table[slug].posts.append(meta)
        month = meta.stamp[:7]  # YYYY-MM
        if month not in months:
            months[month] = _Term(
                f"{meta.published:%Y年%m月}", f"archive/{month}.html", f"archive/{month}.html"
            )
        months[month].posts.append(meta)

    def summary(m: _Meta) -> dict[str, Any]:
        return {"href": m.href, "title": m.headline, "published": m.published,
                "outlet": m.outlet, "excerpt": m.excerpt}  # fmt: skip

    def index_page(number: int, page_count: int, posts: Sequence[_Meta]) -> str:
        href = _page_href(number)
        page = {
            "number": number,
            "count": page_count,
            "newer_href": _page_href(number - 1) if number > 1 else None,
            "older_href": _page_href(number + 1) if number < page_count else None,
        }
        return render_page("index.html", site=site, root=_root_of(href), canonical=config.base_url + href,
                           items=[summary(m) for m in posts], page=page)  # fmt: skip

    def list_page(heading: str, term: _Term) -> str:
        items = [
            {"href": m.href, "title": m.headline, "published": m.published} for m in term.posts
        ]
        return render_page("list.html", site=site, root=_root_of(term.path), heading=heading,
                           canonical=config.base_url + term.href, items=items)  # fmt: skip

    def shown(m: _Meta) -> tuple[str, str, str]:
        return m.href, m.headline, m.stamp

    per_page = config.per_page
    page_count = max(1, -(-len(ordered) // per_page))
    for number in range(1, page_count + 1):
        posts = ordered[(number - 1) * per_page : number * per_page]
        seen = [(*shown(m), m.outlet, m.excerpt) for m in posts]
        key = _hash(site_key, "index", number, page_count, seen)
        writer.emit(
            _page_href(number), key, functools.partial(index_page, number, page_count, posts)
        )

    for kind, table in (("タグ", tags), ("媒体", outlets), ("", months)):
        for term in table.values():
            heading = f"{kind}: {term.name}" if kind else term.name
            key = _hash(site_key, "list", heading, term.href, [shown(m) for m in term.posts])
            writer.emit(term.path, key, functools.partial(list_page, heading, term))

    def term_rows(table: dict[str, _Term]) -> list[dict[str, Any]]:
        rows = [{"name": t.name, "href": t.href, "count": t.count} for t in table.values()]
        return sorted(rows, key=lambda r: (-r["count"], r["name"]))

    archive = {
        "site": site,
        "root": "",
        "canonical": config.base_url + "archive.html",
        "months": [
            {"name": t.name, "href": t.href, "count": t.count}
            for _, t in sorted(months.items(), reverse=True)
        ],
        "tags": term_rows(tags),
        "outlets": term_rows(outlets),
    }
    writer.emit(
        "archive.html",
        _hash(site_key, "archive", archive),
        functools.partial(render_page, "archive.html", **archive),
    )

    def _sitemap_pages() -> list[tuple[str, dt.datetime | None]]:
        newest_time = ordered[0].published if ordered else None
        pages: list[tuple[str, dt.datetime | None]] = [("", newest_time)]
        pages += [(m.href, m.published) for m in ordered]
        pages += [(_page_href(n), None) for n in range(2, page_count + 1)]
        pages += [("archive.html", newest_time)]
        pages += [
            (t.href, t.posts[0].published)
            for table in (tags, outlets, months)
            for t in table.values()
        ]
        return pages

    pages = _sitemap_pages()
    sitemap_key = _hash(site_key, "sitemap", [(href, str(when)) for href, when in pages])
    writer.emit("sitemap.xml", sitemap_key, lambda: build_sitemap(config.base_url, pages))
