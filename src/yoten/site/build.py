"""Build the static blog: incremental (a record of what was built) and atomic (temp dir + renames).

Layout of a built site::

    index.html, page/N.html            newest posts, paginated
    posts/<slug>.html                  one page per post
    tags/<tag>.html, outlets/<o>.html  posts by tag and by outlet
    archive.html, archive/YYYY-MM.html monthly archive, all tags and outlets
    images/<stem>.webp|.jpg            processed header images
    feed.xml, sitemap.xml, style.css
    .yoten-manifest.sqlite             what was built from which inputs (yoten.site.state)

Plain ``.html`` files (no folder per page) keep the site browsable from disk
and the build fast. A page whose inputs did not change since the last build
is not rendered again: the previous file stays where it is (same inode, same
mtime). The new build is made in a temp folder inside ``out`` and moved in file
by file (each an atomic rename) only when complete, so a failing build leaves
the previous site as it was; the record is written after the files are in
place, so a build that stops between the two is repeated by the next one.

yoten owns only the files in its record: a rebuild replaces and deletes
those and nothing else, so ``CNAME``, ``.git/`` or a hand-written page added to
the site survive. ``out`` may be a symlink to the real folder; symlinks inside
the site are never followed (a symlinked folder where yoten writes is refused).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from yoten.errors import InputError
from yoten.i18n import gettext as _
from yoten.site.images import ImageLibrary
from yoten.site.model import SiteConfig, SitePost
from yoten.site.pages import build_pages, term_slug
from yoten.site.source import MemorySource, PostSource
from yoten.site.state import STATE_NAME, FileEntry, SiteState, Update

__all__ = ["MANIFEST_NAME", "BuildResult", "build_site", "term_slug"]

MANIFEST_NAME = STATE_NAME
LEGACY_MANIFEST_NAME = ".yoten-manifest.json"
"""An older yoten's manifest: its files are owned, nothing in it is reused."""


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
    """Writes files into the new build, reusing the previous site's unchanged files.

    Every file of the new site passes through :meth:`keep`, :meth:`emit` or
    :meth:`emit_group`; ``expected`` is then the whole site, ``updates`` the
    record entries that are new or changed.
    """

    def __init__(self, root: Path, previous: Path | None, old: dict[str, FileEntry]) -> None:
        self.root = root
        self.existing = _Existing(previous) if previous is not None else None
        self.old = old
        self.updates: dict[str, FileEntry] = {}
        self.expected: set[str] = set()
        self.result_written: list[str] = []
        self.result_reused: list[str] = []
        self._folders: set[str] = set()

    def _reuse(self, rel: str, entry: FileEntry) -> bool:
        if self.existing is None or not self.existing.plain_file(rel):
            return False
        self.expected.add(rel)
        if self.old.get(rel) != entry:
            self.updates[rel] = entry
        self.result_reused.append(rel)
        return True

    def _written(self, rel: str, entry: FileEntry) -> None:
        self.expected.add(rel)
        self.updates[rel] = entry
        self.result_written.append(rel)

    def holds(self, rels: Collection[str]) -> bool:
        """True when every one of ``rels`` is still a plain file in the previous site."""
        return self.existing is not None and self.existing.holds(rels)

    def keep(self, rel: str, key: str | None = None) -> bool:
        """Carry ``rel`` over from the last build (if its key is ``key``, when given)."""
        old = self.old.get(rel)
        if old is None or (key is not None and old.key != key):
            return False
        return self._reuse(rel, old)

    def emit(self, rel: str, key: str | None, produce: Callable[[], bytes | str]) -> None:
        """Write ``rel``: skipped (reused) when ``key`` or the produced bytes match the last build."""
        old = self.old.get(rel)
        if key is not None and old is not None and old.key == key and self._reuse(rel, old):
            return
        content = produce()
        data = content.encode("utf-8") if isinstance(content, str) else content
        entry = FileEntry(key or "", hashlib.sha256(data).hexdigest())
        if old is not None and old.sha256 == entry.sha256 and self._reuse(rel, entry):
            return
        folder = rel.rpartition("/")[0]
        if folder not in self._folders:
            (self.root / folder).mkdir(parents=True, exist_ok=True)
            self._folders.add(folder)
        with open(self.root / rel, "wb") as file:
            file.write(data)
        self._written(rel, entry)

    def emit_group(self, rels: Sequence[str], key: str, produce: Callable[[Path], None]) -> None:
        """Files made together by ``produce(root)``; reused together when ``key`` matches."""
        olds = [self.old.get(rel) for rel in rels]
        if all(o is not None and o.key == key for o in olds) and all(
            (self.existing is not None and self.existing.plain_file(rel)) for rel in rels
        ):
            for rel, entry in zip(rels, olds, strict=True):
                assert entry is not None
                self._reuse(rel, entry)
            return
        produce(self.root)
        for rel in rels:
            sha = hashlib.sha256((self.root / rel).read_bytes()).hexdigest()
            self._written(rel, FileEntry(key, sha))


def _legacy_files(out: Path) -> set[str] | None:
    """The files an older yoten listed in its JSON manifest; ``None`` when there is none.

    They are still yoten's own (replaced or deleted by this build; files it
    did not list are never touched), but nothing in it is reused.
    """
    try:
        raw = json.loads((out / LEGACY_MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = raw.get("files") if isinstance(raw, dict) else None
    return {rel for rel in files if _safe_rel(rel)} if isinstance(files, dict) else set()


_BUILD_PREFIX = ".yoten-build-"


#: A path part that is empty, ``.`` or ``..``, a backslash, or a first part ``.git``.
_UNSAFE_REL = re.compile(r"(?:^|/)\.{0,2}(?:/|\Z)|\\|^\.git(?:/|\Z)")


def _safe_rel(rel: object) -> bool:
    """True for a plain relative path inside the site (no ``..``, not absolute, not in .git)."""
    return isinstance(rel, str) and _UNSAFE_REL.search(rel) is None


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


class _Existing:
    """The regular files of the previous site, as :func:`_plain_file` sees them, read one
    folder listing at a time: an unchanged 10,000-post site has 11,000 files to reuse, and
    an ``lstat`` of every component of every path took longer than the rest of an
    incremental build."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._folders: dict[str, bool] = {"": True}
        self._files: dict[str, set[str]] = {}

    def _real_folder(self, folder: str) -> bool:
        """True when ``root/folder`` is a directory reached through no symlink below ``root``."""
        known = self._folders.get(folder)
        if known is None:
            head = folder.rpartition("/")[0]
            known = False
            if self._real_folder(head):
                try:
                    known = stat.S_ISDIR(os.lstat(self.root / folder).st_mode)
                except OSError:
                    known = False
            self._folders[folder] = known
        return known

    def holds(self, rels: Collection[str]) -> bool:
        """True when every one of ``rels`` is a regular file reached through no symlink below
        ``root``: one listing per folder, no check per file."""
        by_folder: dict[str, set[str]] = {}
        for rel in rels:
            folder, _, name = rel.rpartition("/")
            by_folder.setdefault(folder, set()).add(name)
        if not all(map(_safe_rel, rels)):
            return False
        for folder, names in by_folder.items():
            if not self._real_folder(folder):
                return False
            if not names <= self._names(folder):
                return False
        return True

    def _names(self, folder: str) -> set[str]:
        names = self._files.get(folder)
        if names is None:
            names = set()
            try:
                with os.scandir(self.root / folder) as entries:
                    names = {e.name for e in entries if e.is_file(follow_symlinks=False)}
            except OSError:
                pass
            self._files[folder] = names
        return names

    def plain_file(self, rel: str) -> bool:
        """True when ``root/rel`` is a regular file reached through no symlink below ``root``."""
        if not _safe_rel(rel):
            return False
        folder, _, name = rel.rpartition("/")
        return self._real_folder(folder) and name in self._names(folder)


def _prepare_target(out: Path) -> tuple[bool, set[str]]:
    """Whether ``out`` holds a yoten site, and the files an older yoten's manifest owned."""
    if out.exists() and not out.is_dir():
        raise InputError(_("output path exists and is not a folder"), source=str(out))
    if not out.exists():
        return False, set()
    state = out / MANIFEST_NAME
    try:
        ours = stat.S_ISREG(os.lstat(state).st_mode)
    except OSError:
        ours = False
    legacy = _legacy_files(out)
    if not ours and legacy is None:
        if any(out.iterdir()):
            raise InputError(
                _("output folder is not empty and was not built by yoten; choose a new folder"),
                source=str(out),
            )
        return False, set()
    return True, legacy if legacy is not None and not ours else set()


def _open_state(out: Path) -> SiteState:
    """The site's record; a damaged one, or a symlink in its place, is replaced by a new one
    (never followed: SQLite would write through it)."""
    path = out / MANIFEST_NAME
    for name in (MANIFEST_NAME + "-journal", MANIFEST_NAME):
        try:
            mode = os.lstat(out / name).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode) or (name == MANIFEST_NAME and not SiteState.readable(path)):
            os.unlink(out / name)
    return SiteState(path)


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
                _("the site holds a symlink or file where yoten needs a folder: {rel}").format(
                    rel=rel
                ),
                source=str(out),
            )
    return path


def _move_in(tmp: Path, out: Path, writer: _Writer) -> None:
    """Move the files written anew from ``tmp`` into ``out`` (each an atomic rename)."""
    parents: dict[str, Path] = {}
    targets = {}
    for rel in writer.result_written:
        folder, _, name = rel.rpartition("/")
        if folder not in parents:
            parents[folder] = _real_parent(out, rel)
        targets[rel] = parents[folder] / name
    for rel, target in targets.items():
        os.replace(tmp / rel, target)


def _delete_doomed(out: Path, state: SiteState) -> None:
    """Delete the stale files the record lists as doomed (plain files inside the site only),
    then their folders when empty."""
    doomed = state.doomed()
    folders: set[Path] = set()
    for rel in sorted(doomed):
        if _plain_file(out, rel):
            os.unlink(out / rel)
            folders.update((out / rel).parents)
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        if out in folder.parents:
            try:
                os.rmdir(folder)  # only when empty: files yoten did not write stay
            except OSError:
                pass
    state.forget_doomed(doomed)


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
    ours, legacy = _prepare_target(out)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(out)
    had_state = (out / MANIFEST_NAME).exists()
    state = _open_state(out)
    tmp: Path | None = None
    try:
        _delete_doomed(out, state)  # left by a build that stopped after its commit
        library = library or ImageLibrary(config.images_dir)
        tmp = Path(tempfile.mkdtemp(prefix=_BUILD_PREFIX, dir=out))
        os.chmod(tmp, 0o755)
        old_files = state.files()
        writer = _Writer(tmp, out if ours else None, old_files)
        outcome = build_pages(writer, source, config, library, state, old_files.keys())
        if outcome.partial:  # only edited posts' pages visited: every other file stays
            written = set(writer.result_written)
            writer.result_reused = [rel for rel in old_files if rel not in written]
            stale = set()
        else:
            stale = (set(old_files) | legacy) - writer.expected
        if legacy or (out / LEGACY_MANIFEST_NAME).is_file():
            stale.add(LEGACY_MANIFEST_NAME)
        _move_in(tmp, out, writer)
        update = Update(writer.updates, outcome.posts, outcome.gone, stale, outcome.meta)
        update.every_post = outcome.every_post
        state.commit(update)
        _delete_doomed(out, state)
    except BaseException:
        state.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        if created:
            shutil.rmtree(out, ignore_errors=True)
        elif not had_state:
            (out / MANIFEST_NAME).unlink(missing_ok=True)
        raise
    state.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return BuildResult(
        out=out, written=writer.result_written, reused=writer.result_reused, posts=outcome.count
    )
