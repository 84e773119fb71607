"""The pages of the blog, rendered from a :class:`~yoten.site.source.PostSource`.

One function per page kind, as in Pelican's generators: post pages
(:func:`_post_pages`), the feed, index pages, tag/outlet/month pages, the
archive and the sitemap. A build asks the source what changed since the
last one and reads the rest from the site's record
(:mod:`yoten.site.state`). When posts were only edited in place,
:func:`_edit_pages` reads, loads and renders in proportion to the edits:
each edited post's page, its neighbours' pages (their newer/older links),
the feed if one is in it, and the listings that show what changed.
Otherwise :func:`_full_pages` goes over every post: digests are loaded,
newest first and one at a time, only for the posts whose page must be
rendered, and each listing, the feed and the sitemap is rendered again only
when its key (what it shows of its posts) changed.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Collection, Sequence
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
from yoten.site.post_page import post_page
from yoten.site.render import (
    clean_text,
    local_time,
    render_body,
    render_page,
    stylesheet,
    templates_hash,
)
from yoten.site.sitemap import build_sitemap
from yoten.site.source import Changes, PostRef, PostSource, order_key
from yoten.site.state import PostRow, SiteState

if TYPE_CHECKING:
    from pathlib import Path

    from yoten.site.build import _Writer as Writer

__all__ = ["Outcome", "build_pages", "term_slug"]


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


@dataclass
class _Context:
    """What every page kind needs: where it writes, the site's settings and its key."""

    writer: Writer
    config: SiteConfig
    site: dict[str, str]
    site_key: str


@dataclass
class Outcome:
    """What a build changes in the site's record, besides its files."""

    posts: list[PostRow]
    gone: set[str]
    meta: dict[str, str]
    count: int
    partial: bool = False
    """Only the pages of edited posts were visited (every other file stays as it is)."""
    every_post: bool = False
    """``posts`` is every post (they moved: each one's place changed)."""


#: An edit build loads its posts into memory; beyond this many the full pass streams them.
EDITS_AT_MOST = 200


def build_pages(
    writer: Writer,
    source: PostSource,
    config: SiteConfig,
    library: ImageLibrary,
    state: SiteState,
    old_files: Collection[str],
) -> Outcome:
    """Render the pages that changed into ``writer``; ``state`` is the last build's record.

    When posts were only edited in place (same date, slug, tags and outlet;
    none added or removed), the build reads, loads and renders in proportion
    to what changed (:func:`_edit_pages`). Otherwise every post's key is
    compared (:func:`_full_pages`); a page is kept as it is unless what it
    shows may have changed.
    """
    site = {"title": config.title, "description": config.description}
    site_key = _hash(templates_hash(), site, config.base_url, config.timezone, config.author)
    ctx = _Context(writer, config, site, site_key)
    entries = library.entries()
    layout = _hash(
        site_key,
        config.per_page,
        config.feed_limit,
        [config.image_width, config.image_ratio, config.image_tone],
        [(e.id, e.credit) for e in entries],
    )
    meta = state.meta()
    changes = source.changes(meta.get("position") or None)
    if meta.get("layout") == layout and writer.holds(old_files):
        outcome = _edit_pages(ctx, source, state, changes)
        if outcome is not None:
            outcome.meta["layout"] = layout
            return outcome
    previous = {row.ref.id: row for row in state.posts()}
    moved = meta.get("layout") != layout
    return _full_pages(ctx, source, library, entries, previous, changes, layout, moved)


def _full_pages(
    ctx: _Context,
    source: PostSource,
    library: ImageLibrary,
    entries: Sequence[ImageEntry],
    previous: dict[str, PostRow],
    changes: Changes,
    layout: str,
    relayout: bool,
) -> Outcome:
    """Every page, each kept unless what it shows may have changed: a post page when its
    post, banner or neighbours changed; a listing when it holds a post whose listed fields
    changed, or when posts were added, removed or moved (then every listing is compared by
    its key, as the pages after the change shift)."""
    refs, position = _current_refs(source, previous, changes)
    _check_refs(refs)
    banners = _post_banners(ctx.writer, ctx.config, library, entries, refs)
    posts = _post_pages(ctx, source, refs, banners, previous)
    _feed(ctx, refs, posts, banners)
    moved = posts.moved or relayout
    ordered = posts.ordered
    page_count = _index_pages(ctx, ordered, None if moved else posts.touched)
    tables = _group(ordered)
    terms: set[tuple[str, str]] | None = None
    if not moved:
        terms = set()
        for pid in posts.touched:
            terms.update(_terms_of(posts.metas[pid]))
            old = previous.get(pid)
            if old is not None:
                terms.update(_terms_of(_row_meta(old, ctx.config.timezone)))
    _term_pages(ctx, tables, terms)
    regrouped = moved or posts.regrouped
    _archive(ctx, tables, regrouped)
    _sitemap(ctx, ordered, tables, page_count, regrouped)
    again = posts.rendered | posts.changed
    write = (
        range(len(ordered)) if moved else [i for i, m in enumerate(ordered) if m.ref.id in again]
    )
    rows = []
    for pos in write:
        m = ordered[pos]
        pid = m.ref.id
        rows.append(
            PostRow(
                m.ref,
                posts.keys[pid],
                posts.neighbours[pid],
                m.headline,
                m.excerpt,
                m.outlet,
                pos,
                banners.get(pid),
                _terms_of(m),
            )
        )
    gone = set(previous) - {r.id for r in refs}
    meta = {"position": position or "", "layout": layout}
    return Outcome(rows, gone, meta, len(refs), every_post=moved)


def _terms_of(meta: _Meta) -> tuple[tuple[str, str], ...]:
    """The listings a post is on besides the index: tags, outlet and month, as (kind, slug)."""
    return (*((p, s) for p, s, _n in _groups(meta)), ("archive", meta.stamp[:7]))


def _row_meta(row: PostRow, tz: str) -> _Meta:
    """What listings need of a post, from the record."""
    ref = row.ref
    tags = tuple(clean_text(t) for t in ref.tags)
    published = local_time(ref.published, tz)
    return _Meta(
        ref, f"posts/{ref.slug}.html", published, tags, row.headline, row.excerpt, row.outlet
    )


def _post_key(site_key: str, ref: PostRef, banner: str) -> str:
    """A post's key: its digest (version), date, tags and banner (``repr``, or "None")."""
    parts = (site_key, ref.version, ref.slug, ref.published.isoformat(), repr(ref.tags), banner)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


@dataclass
class _Edits:
    """Posts edited in place: the record's rows (edited posts and those around them), the
    edited posts' new keys and refs, and the number of posts."""

    rows: dict[str, PostRow]
    keys: dict[str, str]
    edited: dict[str, PostRef]
    count: int


def _edits_in_place(ctx: _Context, state: SiteState, changes: Changes) -> _Edits | None:
    """The source's changes as edits in place, or None when they are not only that.

    Posts were only edited when the source gave its changes since the last
    build, none left, the count is the record's, each changed post keeps its
    date, slug and tags (its outlet is checked once loaded), and at most
    :data:`EDITS_AT_MOST` posts have a new key: the order, neighbours,
    banners and listings' members are then the record's.
    """
    if changes.complete or changes.gone:
        return None
    count = state.count()
    if changes.count != count:
        return None
    changed, in_place = state.new_versions(changes.refs)  # a post seen again costs a comparison
    if not in_place:
        return None
    rows = state.posts_by_id(r.id for r in changed)
    keys = {ref.id: _post_key(ctx.site_key, ref, repr(rows[ref.id].banner)) for ref in changed}
    edited = {ref.id: ref for ref in changed if keys[ref.id] != rows[ref.id].key}
    if len(edited) > EDITS_AT_MOST:
        return None
    return _Edits(rows, keys, edited, count)


def _edit_pages(
    ctx: _Context, source: PostSource, state: SiteState, changes: Changes
) -> Outcome | None:
    """The pages of posts edited in place (:func:`_edits_in_place`), or None.

    Loads the edited posts, their neighbours (whose pages link to them) and,
    when one is in the feed, the feed's posts; renders their pages, the feed,
    and the listings that show what changed (:func:`_edited_listings`). The
    archive and the sitemap do not change.
    """
    config, tz = ctx.config, ctx.config.timezone
    edits = _edits_in_place(ctx, state, changes)
    if edits is None:
        return None
    rows, keys, edited = edits.rows, edits.keys, edits.edited
    near = {n for pid in edited for n in rows[pid].neighbours if n}
    rows.update(state.posts_by_id(near - rows.keys()))
    beyond = {n for pid in near for n in rows[pid].neighbours if n}  # the neighbours' links
    rows.update(state.posts_by_id(beyond - rows.keys()))
    in_feed = any(rows[pid].pos < config.feed_limit for pid in edited)
    feed_rows = state.posts_between(0, config.feed_limit) if in_feed else []
    rows.update((r.ref.id, r) for r in feed_rows if r.ref.id not in rows)
    refs = {pid: edited.get(pid, row.ref) for pid, row in rows.items()}
    wanted = set(edited) | near | {r.ref.id for r in feed_rows}
    posts: dict[str, SitePost] = {}
    metas = {pid: _row_meta(row, tz) for pid, row in rows.items()}
    for raw in source.load(wanted):
        posts[raw.id], metas[raw.id] = _prepare(raw, refs[raw.id], tz)
    missing = sorted(wanted - posts.keys())
    if missing:
        raise PublishError(_("post {missing} could not be loaded").format(missing=missing[0]))
    if any(metas[pid].outlet != rows[pid].outlet for pid in edited):
        return None  # listings' members change: the full pass
    for pid in sorted(set(edited) | near, key=lambda p: rows[p].pos):
        newer, older = (metas[n] if n else None for n in rows[pid].neighbours)
        key = keys.get(pid, rows[pid].key)
        _render_post(ctx, posts[pid], metas[pid], newer, older, key, rows[pid].banner)
    if in_feed:
        feed_key = _hash(ctx.site_key, "feed", config.feed_limit,
                         [keys.get(r.ref.id, r.key) for r in feed_rows])  # fmt: skip
        in_order = [posts[r.ref.id] for r in feed_rows]
        banners = {r.ref.id: r.banner for r in feed_rows if r.banner is not None}
        from yoten.site.feed import build_feed

        ctx.writer.emit("feed.xml", feed_key, lambda: build_feed(in_order, config, banners=banners))
    _edited_listings(ctx, state, edits, metas)
    new_rows = [
        PostRow(
            ref,
            keys[pid],
            rows[pid].neighbours,
            metas[pid].headline,
            metas[pid].excerpt,
            metas[pid].outlet,
            rows[pid].pos,
            rows[pid].banner,
        )
        for pid, ref in edited.items()
    ]
    meta = {"position": changes.position or ""}
    return Outcome(new_rows, set(), meta, edits.count, partial=True)


def _edited_listings(
    ctx: _Context, state: SiteState, edits: _Edits, metas: dict[str, _Meta]
) -> None:
    """The index page of each edited post whose headline or excerpt changed, and the tag,
    outlet and month pages of each one whose headline changed, their other posts read
    from the record."""
    rows, config, tz = edits.rows, ctx.config, ctx.config.timezone
    touched = {
        pid
        for pid in edits.edited
        if (metas[pid].headline, metas[pid].excerpt) != (rows[pid].headline, rows[pid].excerpt)
    }
    page_count = max(1, -(-edits.count // config.per_page))
    for number in sorted({rows[pid].pos // config.per_page + 1 for pid in touched}):
        start = (number - 1) * config.per_page
        shown = [
            metas.get(r.ref.id) or _row_meta(r, tz)
            for r in state.posts_between(start, start + config.per_page)
        ]
        _index_page(ctx, number, page_count, shown)
    retitled = [pid for pid in touched if metas[pid].headline != rows[pid].headline]
    for kind, slug in sorted({t for pid in retitled for t in _terms_of(metas[pid])}):
        members = [metas.get(r.ref.id) or _row_meta(r, tz) for r in state.term_posts(kind, slug)]
        _term_page(ctx, kind, _group(members)[kind][slug])


def _current_refs(
    source: PostSource, previous: dict[str, PostRow], changes: Changes
) -> tuple[list[PostRef], str | None]:
    """Every post now, newest first: the last build's refs with the source's changes applied."""
    if not changes.complete:
        by_id = {pid: row.ref for pid, row in previous.items()}
        for pid in changes.gone:
            by_id.pop(pid, None)
        by_id.update((ref.id, ref) for ref in changes.refs)
        if len(by_id) == changes.count:
            refs = list(by_id.values())
        else:  # posts vanished without a trace (deleted outright): ask for every post
            changes = source.changes(None)
    if changes.complete:
        refs = changes.refs
    ordered = sorted(refs, key=lambda r: order_key(r.id, r.published), reverse=True)
    return ordered, changes.position


def _post_banners(
    writer: Writer,
    config: SiteConfig,
    library: ImageLibrary,
    entries: Sequence[ImageEntry],
    refs: Sequence[PostRef],
) -> dict[str, Banner]:
    """The stylesheet and the header images; each post's banner by post id."""
    chosen = assign_images([r.id for r in reversed(refs)], entries)
    writer.emit("style.css", None, stylesheet)
    by_image = _banners(writer, config, library, chosen)
    if not entries and refs:  # no library: the blog's own pattern, with no credit line
        pattern = _pattern_banner(writer, config)
        return {r.id: pattern for r in refs}
    return {pid: by_image[entry.id] for pid, entry in chosen.items()}


@dataclass
class _Posts:
    """What the post pages leave for the listings and the record."""

    ordered: list[_Meta]
    metas: dict[str, _Meta]
    keys: dict[str, str]
    neighbours: dict[str, tuple[str | None, str | None]]
    changed: set[str]
    """Posts whose key changed (their digest, date, tags or banner)."""
    rendered: set[str]
    """Posts whose page was rendered (changed ones and their neighbours)."""
    touched: set[str]
    """Posts whose listed fields (link, headline, date, excerpt, outlet, tags) changed."""
    moved: bool
    """Posts were added, removed or reordered."""
    regrouped: bool
    """A post's link, date, tags or outlet changed (the archive and sitemap may change)."""
    feed_key: str | None
    """The feed's key when it must be rendered again (its posts loaded), else None."""
    loaded: dict[str, SitePost]
    """The feed's posts, when it must be rendered again."""


def _keys_and_neighbours(
    ctx: _Context, refs: Sequence[PostRef], banners: dict[str, Banner], previous: dict[str, PostRow]
) -> tuple[dict[str, str], dict[str, tuple[str | None, str | None]], bool]:
    """Each post's key and (newer, older) neighbours, and whether any post was added,
    removed or moved since the last build."""
    keys: dict[str, str] = {}
    neighbours: dict[str, tuple[str | None, str | None]] = {}
    banner_text = {id(b): repr(b) for b in banners.values()}  # a few images, 10,000 posts
    moved = len(refs) != len(previous)
    for index, ref in enumerate(refs):
        banner = banners.get(ref.id)
        keys[ref.id] = _post_key(ctx.site_key, ref, banner_text.get(id(banner), "None"))
        near = (
            refs[index - 1].id if index > 0 else None,
            refs[index + 1].id if index + 1 < len(refs) else None,
        )
        neighbours[ref.id] = near
        old = previous.get(ref.id)
        if old is None or old.neighbours != near:
            moved = True
    return keys, neighbours, moved


def _post_pages(
    ctx: _Context,
    source: PostSource,
    refs: Sequence[PostRef],
    banners: dict[str, Banner],
    previous: dict[str, PostRow],
) -> _Posts:
    """One page per post: those whose post, banner or neighbours changed are rendered.

    A post's key covers its digest (version), date, tags and banner; its page
    also shows its neighbours' headlines, so a changed post re-renders those.
    Digests are loaded newest first, one at a time; the feed's posts too when
    the feed must be rendered again.
    """
    writer, config, tz = ctx.writer, ctx.config, ctx.config.timezone
    keys, neighbours, moved = _keys_and_neighbours(ctx, refs, banners, previous)
    changed = {r.id for r in refs if (o := previous.get(r.id)) is None or o.key != keys[r.id]}
    render: set[str] = set()
    metas: dict[str, _Meta] = {}
    for ref in refs:
        near = neighbours[ref.id]
        if ref.id in changed:
            render.add(ref.id)
            continue
        old = previous[ref.id]
        metas[ref.id] = _Meta(
            ref,
            f"posts/{ref.slug}.html",
            local_time(ref.published, tz),
            tuple(clean_text(t) for t in ref.tags),
            old.headline,
            old.excerpt,
            old.outlet,
        )
        if old.neighbours != near or any(n in changed for n in near if n):
            render.add(ref.id)
        elif not writer.keep(f"posts/{ref.slug}.html"):
            render.add(ref.id)

    feed_refs = refs[: config.feed_limit]
    feed_key = _hash(ctx.site_key, "feed", config.feed_limit, [keys[r.id] for r in feed_refs])
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
                ctx, post, metas[post.id], newer, older, keys[post.id], banners.get(post.id)
            )

    touched: set[str] = set()
    regrouped = False
    for raw in source.load(render | feed_ids):
        post, meta = _prepare(raw, by_id[raw.id], tz)
        metas[raw.id] = meta
        was = previous.get(raw.id)
        grouping = (meta.ref.slug, meta.ref.published, meta.ref.tags, meta.outlet)
        if was is None or (was.ref.slug, was.ref.published, was.ref.tags, was.outlet) != grouping:
            touched.add(raw.id)
            regrouped = True
        elif (was.headline, was.excerpt) != (meta.headline, meta.excerpt):
            touched.add(raw.id)
        if post.id in feed_ids:
            feed_posts[post.id] = post
        if post.id in render:
            pending.append(post)
            flush()
    missing = [r.id for r in refs if r.id not in metas]
    if missing:
        raise PublishError(_("post {missing} could not be loaded").format(missing=missing[0]))
    flush(final=True)
    ordered = [metas[r.id] for r in refs]
    return _Posts(
        ordered,
        metas,
        keys,
        neighbours,
        changed,
        render,
        touched,
        moved,
        regrouped,
        feed_key if need_feed else None,
        feed_posts,
    )


def _feed(
    ctx: _Context, refs: Sequence[PostRef], posts: _Posts, banners: dict[str, Banner]
) -> None:
    """The Atom feed of the newest posts, rendered when one of their keys changed."""
    config, feed_key = ctx.config, posts.feed_key
    if feed_key is None:
        return  # kept by _post_pages: no key of the feed's posts changed
    in_feed = [posts.loaded[r.id] for r in refs[: config.feed_limit]]
    from yoten.site.feed import build_feed  # feedgen loads only when the feed changed

    ctx.writer.emit("feed.xml", feed_key, lambda: build_feed(in_feed, config, banners=banners))


def _prepare(raw: SitePost, ref: PostRef, tz: str) -> tuple[SitePost, _Meta]:
    """The post with clean text and local time, and what listings need of it."""
    try:
        digest = raw.digest  # no control characters: the source removed them
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
    return _groups_of(meta.outlet, meta.tags)


def _groups_of(outlet: str | None, tags: Sequence[str]) -> list[tuple[str, str, str]]:
    names = [("outlets", outlet)] if outlet else []
    names += [("tags", t.strip()) for t in tags if t.strip()]
    out: list[tuple[str, str, str]] = []
    for prefix, name in names:
        slug = term_slug(name)
        if all((prefix, slug) != (p, s) for p, s, _ in out):
            out.append((prefix, slug, name))
    return out


def _render_post(
    ctx: _Context,
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
            return post_page(
                site=ctx.site,
                root=_root_of(href),
                canonical=ctx.config.base_url + href,
                digest=post.digest,
                published=post.published,
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

    ctx.writer.emit(href, _hash(key, terms, newer, older), produce)


_Tables = dict[str, dict[str, _Term]]
"""Tag, outlet and month pages by kind ("tags", "outlets", "archive") and slug."""


def _group(ordered: Sequence[_Meta]) -> _Tables:
    """The posts of each tag, outlet and month, newest first."""
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
    return {"tags": tags, "outlets": outlets, "archive": months}


def _shown(m: _Meta) -> tuple[str, str, str]:
    """What every listing shows of a post (its key is made of it)."""
    return m.href, m.headline, m.stamp


def _index_pages(ctx: _Context, ordered: Sequence[_Meta], touched: set[str] | None) -> int:
    """``index.html`` and ``page/N.html``, newest first; returns the number of pages.

    A page is compared by its key when ``touched`` is None (posts moved) or
    holds one of its posts, else kept as it is.
    """
    per_page = ctx.config.per_page
    page_count = max(1, -(-len(ordered) // per_page))
    for number in range(1, page_count + 1):
        posts = ordered[(number - 1) * per_page : number * per_page]
        if touched is not None and not any(m.ref.id in touched for m in posts):
            if ctx.writer.keep(_page_href(number)):
                continue
        _index_page(ctx, number, page_count, posts)
    return page_count


def _index_page(ctx: _Context, number: int, page_count: int, posts: Sequence[_Meta]) -> None:
    """One index page; its key is made of what it shows of its posts (link, headline, date,
    outlet, excerpt)."""
    config, href = ctx.config, _page_href(number)

    def render() -> str:
        page = {
            "number": number,
            "count": page_count,
            "newer_href": _page_href(number - 1) if number > 1 else None,
            "older_href": _page_href(number + 1) if number < page_count else None,
        }
        items = [{"href": m.href, "title": m.headline, "published": m.published,
                  "outlet": m.outlet, "excerpt": m.excerpt} for m in posts]  # fmt: skip
        return render_page("index.html", site=ctx.site, root=_root_of(href),
                           canonical=config.base_url + href, items=items, page=page)  # fmt: skip

    seen = [(*_shown(m), m.outlet, m.excerpt) for m in posts]
    ctx.writer.emit(href, _hash(ctx.site_key, "index", number, page_count, seen), render)


_HEADINGS = {"tags": "タグ", "outlets": "媒体", "archive": ""}


def _term_pages(ctx: _Context, tables: _Tables, terms: set[tuple[str, str]] | None) -> None:
    """One page per tag, outlet and month listing its posts.

    Compared by key when ``terms`` is None (posts moved) or names it
    (``(kind, slug)``, the month's ``YYYY-MM`` for ``archive``), else kept.
    """
    for kind, table in tables.items():
        for slug, term in table.items():
            if terms is not None and (kind, slug) not in terms and ctx.writer.keep(term.path):
                continue
            _term_page(ctx, kind, term)


def _term_page(ctx: _Context, kind: str, term: _Term) -> None:
    """One tag, outlet or month page; its key is made of its posts' links, headlines, dates."""
    heading = f"{_HEADINGS[kind]}: {term.name}" if _HEADINGS[kind] else term.name

    def render() -> str:
        items = [
            {"href": m.href, "title": m.headline, "published": m.published} for m in term.posts
        ]
        return render_page("list.html", site=ctx.site, root=_root_of(term.path), heading=heading,
                           canonical=ctx.config.base_url + term.href, items=items)  # fmt: skip

    key = _hash(ctx.site_key, "list", heading, term.href, [_shown(m) for m in term.posts])
    ctx.writer.emit(term.path, key, render)


def _term_rows(table: dict[str, _Term]) -> list[dict[str, Any]]:
    rows = [{"name": t.name, "href": t.href, "count": t.count} for t in table.values()]
    return sorted(rows, key=lambda r: (-r["count"], r["name"]))


def _archive(ctx: _Context, tables: _Tables, regrouped: bool) -> None:
    """``archive.html``: every month, tag and outlet with its count."""
    if not regrouped and ctx.writer.keep("archive.html"):
        return
    archive = {
        "site": ctx.site,
        "root": "",
        "canonical": ctx.config.base_url + "archive.html",
        "months": [
            {"name": t.name, "href": t.href, "count": t.count}
            for _, t in sorted(tables["archive"].items(), reverse=True)
        ],
        "tags": _term_rows(tables["tags"]),
        "outlets": _term_rows(tables["outlets"]),
    }
    ctx.writer.emit(
        "archive.html",
        _hash(ctx.site_key, "archive", archive),
        functools.partial(render_page, "archive.html", **archive),
    )


def _sitemap(
    ctx: _Context, ordered: Sequence[_Meta], tables: _Tables, page_count: int, regrouped: bool
) -> None:
    """``sitemap.xml``: every page, dated by its newest post."""
    if not regrouped and ctx.writer.keep("sitemap.xml"):
        return
    newest_time = ordered[0].published if ordered else None
    pages: list[tuple[str, dt.datetime | None]] = [("", newest_time)]
    pages += [(m.href, m.published) for m in ordered]
    pages += [(_page_href(n), None) for n in range(2, page_count + 1)]
    pages += [("archive.html", newest_time)]
    pages += [
        (t.href, t.posts[0].published)
        for kind in ("tags", "outlets", "archive")
        for t in tables[kind].values()
    ]
    key = _hash(ctx.site_key, "sitemap", [(href, str(when)) for href, when in pages])
    ctx.writer.emit("sitemap.xml", key, lambda: build_sitemap(ctx.config.base_url, pages))
