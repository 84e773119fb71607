"""Build the static blog: incremental (content-hash manifest) and atomic (temp dir + swap).

Layout of a built site::

    index.html, page/N.html            newest posts, paginated
    posts/<slug>.html                  one page per post
    tags/<tag>.html, outlets/<o>.html  posts by tag and by outlet
    archive.html, archive/YYYY-MM.html monthly archive, all tags and outlets
    images/<stem>.webp|.jpg            processed header images
    feed.xml, sitemap.xml, style.css
    .yoten-manifest.json               what was built from which inputs

Plain ``.html`` files (no folder per page) keep the site browsable from disk
and the build fast. A page whose inputs did not change since the last build
is not rendered again: the previous file stays where it is (same inode, same
mtime). The new build is made in a temp folder inside ``out`` and moved in file
by file (each an atomic rename) only when complete, so a failing build leaves
the previous site as it was.

yoten owns only the files in its manifest: a rebuild replaces and deletes
those and nothing else, so ``CNAME``, ``.git/`` or a hand-written page added to
the site survive. ``out`` may be a symlink to the real folder; symlinks inside
the site are never followed (a symlinked folder where yoten writes is refused).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from yoten.errors import InputError, PublishError, YotenError
from yoten.lang import digest_language
from yoten.site.feed import build_feed
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

__all__ = ["MANIFEST_NAME", "BuildResult", "build_site", "term_slug"]

MANIFEST_NAME = ".yoten-manifest.json"
MANIFEST_VERSION = 1


@dataclass
class BuildResult:
    """What a build did: files rendered/written anew and files carried over unchanged."""

    out: Path
    written: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    posts: int = 0

    @property
    def files(self) -> int:
        return len(self.written) + len(self.reused)


@dataclass(frozen=True)
class _Link:
    href: str
    title: str


@dataclass
class _Term:
    name: str
    href: str
    """URL relative to the site root, percent-encoded."""
    path: str
    """Folder relative to the site root, as on disk."""
    posts: list[SitePost] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.posts)


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


class _Writer:
    """Writes files into the new build, reusing the previous site's unchanged files."""

    def __init__(
        self, root: Path, previous: Path | None, manifest: dict[str, dict[str, str]]
    ) -> None:
        self.root = root
        self.previous = previous
        self.old = manifest
        self.files: dict[str, dict[str, str]] = {}
        self.result_written: list[str] = []
        self.result_reused: list[str] = []

    def _reuse(self, rel: str, entry: dict[str, str]) -> bool:
        if self.previous is None or not _plain_file(self.previous, rel):
            return False
        self.files[rel] = entry
        self.result_reused.append(rel)
        return True

    def emit(self, rel: str, key: str | None, produce: Callable[[], bytes | str]) -> None:
        """Write ``rel``: skipped (reused) when ``key`` or the produced bytes match the last build."""
        old = self.old.get(rel)
        if key is not None and old is not None and old.get("key") == key and self._reuse(rel, old):
            return
        content = produce()
        data = content.encode("utf-8") if isinstance(content, str) else content
        sha = hashlib.sha256(data).hexdigest()
        entry = {"key": key or "", "sha256": sha}
        if old is not None and old.get("sha256") == sha and self._reuse(rel, entry):
            return
        target = self.root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        self.files[rel] = entry
        self.result_written.append(rel)

    def emit_group(self, rels: Sequence[str], key: str, produce: Callable[[Path], None]) -> None:
        """Files made together by ``produce(root)``; reused together when ``key`` matches."""
        olds = [self.old.get(rel) for rel in rels]
        if all(o is not None and o.get("key") == key for o in olds) and all(
            (self.previous is not None and _plain_file(self.previous, rel)) for rel in rels
        ):
            for rel, entry in zip(rels, olds, strict=True):
                assert entry is not None
                self._reuse(rel, entry)
            return
        produce(self.root)
        for rel in rels:
            sha = hashlib.sha256((self.root / rel).read_bytes()).hexdigest()
            self.files[rel] = {"key": key, "sha256": sha}
            self.result_written.append(rel)


def _load_manifest(out: Path) -> dict[str, dict[str, str]] | None:
    """The previous build's manifest; ``None`` if ``out`` is not a yoten site."""
    path = out / MANIFEST_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("version") != MANIFEST_VERSION:
        return {}
    files = raw.get("files")
    return files if isinstance(files, dict) else {}


_BUILD_PREFIX = ".yoten-build-"


def _safe_rel(rel: object) -> bool:
    """True for a plain relative path inside the site (no ``..``, not absolute, not in .git)."""
    if not isinstance(rel, str) or not rel or rel.startswith("/") or "\\" in rel:
        return False
    parts = rel.split("/")
    return all(p not in ("", ".", "..") for p in parts) and parts[0] != ".git"


def _plain_file(root: Path, rel: str) -> bool:
    """True when ``root/rel`` is a regular file reached through no symlink below ``root``."""
    if not _safe_rel(rel):
        return False
    path = root
    parts = rel.split("/")
    for i, part in enumerate(parts):
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            return False
        want = stat.S_ISREG if i == len(parts) - 1 else stat.S_ISDIR
        if not want(mode):
            return False
    return True


def _prepare_target(out: Path) -> tuple[Path | None, dict[str, dict[str, str]]]:
    if out.exists() and not out.is_dir():
        raise InputError("output path exists and is not a folder", source=str(out))
    if not out.exists():
        return None, {}
    manifest = _load_manifest(out)
    if manifest is None:
        if any(out.iterdir()):
            raise InputError(
                "output folder is not empty and was not built by yoten; choose a new folder",
                source=str(out),
            )
        return None, {}
    return out, {rel: entry for rel, entry in manifest.items() if _safe_rel(rel)}


def _remove_stale_builds(out: Path) -> None:
    """Temp folders that an interrupted build left inside the site."""
    for entry in out.iterdir():
        if entry.name.startswith(_BUILD_PREFIX) and not entry.is_symlink() and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


def _real_parent(out: Path, rel: str) -> Path:
    """The folder for ``out/rel``, created as needed; a symlink on the way is refused."""
    path = out
    for part in rel.split("/")[:-1]:
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            os.mkdir(path, 0o755)
            continue
        if not stat.S_ISDIR(mode):
            raise InputError(
                f"the site holds a symlink or file where yoten needs a folder: {rel}",
                source=str(out),
            )
    return path


def _commit(tmp: Path, out: Path, writer: _Writer, old: dict[str, dict[str, str]]) -> None:
    """Move the files written anew from ``tmp`` into ``out``, then drop yoten's own stale files."""
    new = set(writer.files)
    targets = {
        rel: _real_parent(out, rel) / rel.rsplit("/", 1)[-1] for rel in writer.result_written
    }
    for rel, target in targets.items():
        os.replace(tmp / rel, target)
    os.replace(tmp / MANIFEST_NAME, out / MANIFEST_NAME)
    folders: set[Path] = set()
    for rel in sorted(set(old) - new):
        if _plain_file(out, rel):
            os.unlink(out / rel)
            folders.update((out / rel).parents)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        if out in folder.parents:
            try:
                os.rmdir(folder)  # only when empty: files yoten did not write stay
            except OSError:
                pass


def _check_posts(posts: Sequence[SitePost]) -> None:
    ids: set[str] = set()
    slugs: set[str] = set()
    for post in posts:
        if post.id in ids:
            raise InputError(f"two posts have the id {post.id!r}")
        if post.slug in slugs:
            raise InputError(f"two posts have the slug {post.slug!r}")
        ids.add(post.id)
        slugs.add(post.slug)


def _excerpt(post: SitePost, limit: int = 120) -> str:
    text = next((p for p in post.digest.overview.lead if p.strip()), "")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page_href(number: int) -> str:
    return "index.html" if number == 1 else f"page/{number}.html"


def _root_of(rel: str) -> str:
    """The relative prefix from the file ``rel`` back to the site root."""
    return "../" * rel.count("/")


def build_site(
    posts: Sequence[SitePost],
    out: Path,
    config: SiteConfig | None = None,
    *,
    library: ImageLibrary | None = None,
) -> BuildResult:
    """Build (or rebuild) the blog for ``posts`` in ``out``; returns what was written.

    Raises InputError for bad input and PublishError when a page cannot be
    rendered; in both cases the previous site in ``out`` is left untouched.
    """
    config = config or SiteConfig()
    _check_posts(posts)
    out = Path(out).absolute()
    previous, manifest = _prepare_target(out)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(out)
    library = library or ImageLibrary(config.images_dir)
    tmp = Path(tempfile.mkdtemp(prefix=_BUILD_PREFIX, dir=out))
    try:
        os.chmod(tmp, 0o755)
        writer = _Writer(tmp, previous, manifest)
        _build_into(writer, posts, config, library)
        manifest_data = {"version": MANIFEST_VERSION, "files": dict(sorted(writer.files.items()))}
        (tmp / MANIFEST_NAME).write_text(
            json.dumps(manifest_data, ensure_ascii=False, indent=0), encoding="utf-8"
        )
        _commit(tmp, out, writer, manifest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if created:
            shutil.rmtree(out, ignore_errors=True)
        raise
    shutil.rmtree(tmp, ignore_errors=True)
    return BuildResult(
        out=out, written=writer.result_written, reused=writer.result_reused, posts=len(posts)
    )


def _banners(
    writer: _Writer, config: SiteConfig, library: ImageLibrary, chosen: dict[str, ImageEntry]
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
                f"header image {entry.id} is missing from the library", source=str(source)
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


def _pattern_banner(writer: _Writer, config: SiteConfig) -> Banner:
    """The generated 青海波 banner (see :mod:`yoten.site.pattern`), written once per size."""
    from yoten.site.pattern import pattern_stem, write_pattern_banner

    stem = pattern_stem(config.image_width, config.image_ratio)
    webp, jpeg = f"images/{stem}.webp", f"images/{stem}.jpg"

    def produce(root: Path) -> None:
        write_pattern_banner(root / "images", stem, width=config.image_width, ratio=config.image_ratio)

    writer.emit_group([webp, jpeg], stem, produce)
    height = max(1, round(config.image_width / config.image_ratio))
    return Banner(webp, jpeg, config.image_width, height, credit="")


def _build_into(
    writer: _Writer, posts: Sequence[SitePost], config: SiteConfig, library: ImageLibrary
) -> None:
    tz = config.timezone
    site = {"title": config.title, "description": config.description}
    site_key = _hash(templates_hash(), site, config.base_url, tz, config.author)

    # Newest first for listings; oldest first for image assignment.
    newest = sorted(posts, key=lambda p: (p.published, p.id), reverse=True)
    entries = library.entries()
    chosen = assign_images([p.id for p in reversed(newest)], entries)
    writer.emit("style.css", None, stylesheet)
    by_image = _banners(writer, config, library, chosen)
    banners = {pid: by_image[entry.id] for pid, entry in chosen.items()}
    if not entries and posts:  # no library: the blog's own pattern, with no credit line
        pattern = _pattern_banner(writer, config)
        banners = {p.id: pattern for p in posts}

    # Clean text, local time, and the terms (outlet, tags, month) of each post.
    tags: dict[str, _Term] = {}
    outlets: dict[str, _Term] = {}
    months: dict[str, _Term] = {}
    post_terms: dict[str, list[_Term]] = defaultdict(list)
    ordered: list[SitePost] = []
    digest_json: dict[str, str] = {}
    for raw in newest:
        digest, as_json = clean_digest(raw.digest)
        post = SitePost(
            raw.id,
            raw.slug,
            digest,
            local_time(raw.published, tz),
            tuple(clean_text(t) for t in raw.tags),
        )
        ordered.append(post)
        digest_json[post.id] = as_json
        groups: list[tuple[dict[str, _Term], str, str]] = []
        if post.outlet:
            groups.append((outlets, "outlets", post.outlet))
        groups += [(tags, "tags", t.strip()) for t in post.tags if t.strip()]
        seen: set[tuple[str, str]] = set()
        for table, prefix, name in groups:
            slug = term_slug(name)
            if (prefix, slug) in seen:
                continue
            seen.add((prefix, slug))
            term = table.setdefault(
                slug, _Term(name, f"{prefix}/{quote(slug)}.html", f"{prefix}/{slug}.html")
            )
            term.posts.append(post)
            post_terms[post.id].append(term)
        month = f"{post.published:%Y-%m}"
        months.setdefault(
            month,
            _Term(f"{post.published:%Y年%m月}", f"archive/{month}.html", f"archive/{month}.html"),
        ).posts.append(post)

    links = {p.id: _Link(p.path, p.digest.headline) for p in ordered}

    # One page per post.
    for index, post in enumerate(ordered):
        newer = links[ordered[index - 1].id] if index > 0 else None
        older = links[ordered[index + 1].id] if index + 1 < len(ordered) else None
        banner = banners.get(post.id)
        terms = [{"name": t.name, "href": t.href} for t in post_terms[post.id]]
        href = links[post.id].href
        key = _hash(
            site_key, digest_json[post.id], post.published, post.tags, terms, newer, older, banner
        )

        def produce(
            post: SitePost = post,
            href: str = href,
            newer: _Link | None = newer,
            older: _Link | None = older,
            banner: Banner | None = banner,
            terms: list[dict[str, str]] = terms,
        ) -> str:
            try:
                return render_page(
                    "post.html", site=site, root=_root_of(href), canonical=config.base_url + href,
                    post=post, body=render_body(post.digest), excerpt=_excerpt(post),
                    banner=banner, terms=terms, newer=newer, older=older,
                    lang=digest_language(post.digest),
                )
            except YotenError:
                raise
            except Exception as exc:  # noqa: BLE001 - any template failure becomes one line
                raise PublishError(f"cannot render post {post.id}: {exc}") from None

        writer.emit(href, key, produce)

    # Index pages.
    summaries = [
        {
            "href": links[p.id].href,
            "title": p.digest.headline,
            "published": p.published,
            "outlet": p.outlet,
            "excerpt": _excerpt(p),
        }
        for p in ordered
    ]
    per_page = config.per_page
    page_count = max(1, -(-len(summaries) // per_page))
    for number in range(1, page_count + 1):
        href = _page_href(number)
        page = {
            "number": number,
            "count": page_count,
            "newer_href": _page_href(number - 1) if number > 1 else None,
            "older_href": _page_href(number + 1) if number < page_count else None,
        }
        items = summaries[(number - 1) * per_page : number * per_page]
        context = {
            "site": site,
            "root": _root_of(href),
            "canonical": config.base_url + href,
            "items": items,
            "page": page,
        }
        writer.emit(
            href,
            _hash(site_key, "index", context),
            functools.partial(render_page, "index.html", **context),
        )

    # Tag, outlet and month pages.
    for kind, table in (("タグ", tags), ("媒体", outlets), ("", months)):
        for term in table.values():
            items = [
                {"href": links[p.id].href, "title": p.digest.headline, "published": p.published}
                for p in term.posts
            ]
            context = {
                "site": site,
                "root": _root_of(term.path),
                "canonical": config.base_url + term.href,
                "heading": f"{kind}: {term.name}" if kind else term.name,
                "items": items,
            }
            writer.emit(
                term.path,
                _hash(site_key, "list", context),
                functools.partial(render_page, "list.html", **context),
            )

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

    # Feed and sitemap.
    in_feed = ordered[: config.feed_limit]
    feed_key = _hash(
        site_key,
        "feed",
        config.feed_limit,
        [
            (p.id, p.slug, p.published, p.tags, digest_json[p.id], banners.get(p.id))
            for p in in_feed
        ],
    )
    writer.emit("feed.xml", feed_key, lambda: build_feed(in_feed, config, banners=banners))
    newest_time = ordered[0].published if ordered else None
    pages: list[tuple[str, dt.datetime | None]] = [("", newest_time)]
    pages += [(links[p.id].href, p.published) for p in ordered]
    pages += [(_page_href(n), None) for n in range(2, page_count + 1)]
    pages += [("archive.html", newest_time)]
    pages += [
        (t.href, t.posts[0].published) for table in (tags, outlets, months) for t in table.values()
    ]
    writer.emit(
        "sitemap.xml",
        _hash(site_key, "sitemap", pages),
        lambda: build_sitemap(config.base_url, pages),
    )
