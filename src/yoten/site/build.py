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
is not rendered again: the previous file is hard-linked into the new build (same inode, same
mtime). The new build is made in a temp folder beside ``out`` and swapped in
only when complete, so a failing build leaves the previous site as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yoten.errors import InputError
from yoten.site.images import ImageLibrary
from yoten.site.model import SiteConfig, SitePost
from yoten.site.pages import build_pages, term_slug
from yoten.site.source import MemorySource, PostSource

__all__ = ["MANIFEST_NAME", "BuildResult", "build_site", "term_slug"]

MANIFEST_NAME = ".yoten-manifest.json"
MANIFEST_VERSION = 2


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
        self._folders: set[str] = set()

    def _reuse(self, rel: str, entry: dict[str, str]) -> bool:
        if self.previous is None:
            return False
        source = f"{self.previous}/{rel}"  # rel is relative, "/"-separated: plain joins are enough
        target = f"{self.root}/{rel}"
        self._folder_of(target)
        try:
            os.link(source, target)
        except FileNotFoundError:
            return False
        except OSError:
            if not os.path.isfile(source):
                return False
            shutil.copy2(source, target)
        self.files[rel] = entry
        self.result_reused.append(rel)
        return True

    def _folder_of(self, target: str) -> None:
        folder = target.rpartition("/")[0]
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)

    def keep(self, rel: str, key: str | None = None) -> bool:
        """Carry ``rel`` over from the last build (if its key is ``key``, when given)."""
        old = self.old.get(rel)
        if old is None or (key is not None and old.get("key") != key):
            return False
        return self._reuse(rel, old)

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
            (self.previous is not None and (self.previous / rel).is_file()) for rel in rels
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


def _load_manifest(out: Path) -> dict[str, Any] | None:
    """The previous build's manifest (``files``, ``posts``); ``None`` if ``out`` is not a yoten site."""
    path = out / MANIFEST_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("version") != MANIFEST_VERSION:
        return {}
    return {k: raw[k] for k in ("files", "posts") if isinstance(raw.get(k), dict)}


def _prepare_target(out: Path) -> tuple[Path | None, dict[str, Any]]:
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
    return out, manifest


def _swap(tmp: Path, out: Path) -> None:
    """Put the finished build ``tmp`` in place of ``out``."""
    if not out.exists():
        os.rename(tmp, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    try:
        os.rename(tmp, out)
    except OSError:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def build_site(
    posts: Sequence[SitePost] | PostSource,
    out: Path,
    config: SiteConfig | None = None,
    *,
    library: ImageLibrary | None = None,
) -> BuildResult:
    """Build (or rebuild) the blog for ``posts`` in ``out``; returns what was written.

    ``posts`` is a list of posts or a :class:`~yoten.site.source.PostSource`
    (the store's, which streams digests). Raises InputError for bad input and
    PublishError when a page cannot be rendered; in both cases the previous
    site in ``out`` is left untouched.
    """
    config = config or SiteConfig()
    source = MemorySource(posts) if isinstance(posts, Sequence) else posts
    out = Path(out).absolute()
    previous, manifest = _prepare_target(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    library = library or ImageLibrary(config.images_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
    try:
        os.chmod(tmp, 0o755)
        writer = _Writer(tmp, previous, manifest.get("files", {}))
        cache, count = build_pages(writer, source, config, library, manifest.get("posts", {}))
        manifest_data = {
            "version": MANIFEST_VERSION,
            "files": dict(sorted(writer.files.items())),
            "posts": cache,
        }
        (tmp / MANIFEST_NAME).write_text(
            json.dumps(manifest_data, ensure_ascii=False), encoding="utf-8"
        )
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildResult(
        out=out, written=writer.result_written, reused=writer.result_reused, posts=count
    )
