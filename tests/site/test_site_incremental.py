"""Incremental builds from a real SQLite store: what an edit reads, loads and writes, and that
every incremental build leaves exactly the site a build from scratch makes."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Collection, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

import yoten.site.build as site_build
from tests.site.digest_factory import make_digest, store_post
from yoten.errors import InputError
from yoten.site import MANIFEST_NAME, SiteConfig
from yoten.site.build import LEGACY_MANIFEST_NAME, build_site
from yoten.site.from_store import StoreSource, record_site_publications
from yoten.site.model import SitePost
from yoten.site.source import Changes
from yoten.site.state import SiteState
from yoten.store import Store

# Each test builds whole sites (up to a few hundred posts) several times: the slow lane.
pytestmark = pytest.mark.slow


class WatchedSource(StoreSource):
    """The store's own source, remembering what a build asked of it."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.FRESH = dt.timedelta(0)  # the tests wait past the second an edit landed in
        self.loaded: list[str] = []
        self.asked_all = False

    def changes(self, since: str | None) -> Changes:
        found = super().changes(since)
        self.asked_all = self.asked_all or found.complete
        return found

    def load(self, ids: Collection[str]) -> Iterator[SitePost]:
        for post in super().load(ids):
            self.loaded.append(post.id)
            yield post


def _config(tmp: Path) -> SiteConfig:
    return SiteConfig(
        base_url="https://blog.example.jp/", images_dir=tmp / "no-images", feed_limit=5, per_page=4
    )


HAND_WRITTEN = "mine.html"


def _files(root: Path) -> dict[str, bytes]:
    """Every file of a built site but its record (and a page written by hand)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not p.name.startswith(MANIFEST_NAME) and p.name != HAND_WRITTEN
    }


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{tmp_path / 'yoten.db'}") as opened:
        for n in range(1, 21):
            store_post(opened, n)
        record_site_publications(opened)
        yield opened


def _later() -> None:
    """Let the next edit land in a later second than the last build (updated_at keeps seconds)."""
    time.sleep(1.05)


def _same_as_from_scratch(store: Store, out: Path, tmp: Path, name: str) -> WatchedSource:
    """Build ``out`` incrementally and ``tmp/name`` from scratch; the two sites are identical."""
    _later()
    source = WatchedSource(store)
    build_site(source, out, _config(tmp))
    build_site(StoreSource(store), tmp / name, _config(tmp))
    assert _files(out) == _files(tmp / name), name
    return source


def _edit(store: Store, n: int, **changes: str) -> None:
    _later()  # a later second than the last build's
    digest = make_digest(n, **{k: v for k, v in changes.items() if k != "outlet"})
    if "outlet" in changes:
        digest.sources[0] = digest.sources[0].model_copy(update={"outlet": changes["outlet"]})
    store.update_digest(n, digest, None)


def test_an_edit_reads_only_the_changes_and_loads_only_its_neighbourhood(
    store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    _later()
    _edit(store, 8, lead="書き換えた導入文。")
    _later()
    source = WatchedSource(store)
    result = build_site(source, out, _config(tmp_path))
    assert not source.asked_all  # no list of every post
    assert sorted(source.loaded, key=int) == ["7", "8", "9"]  # it and its neighbours
    # post 8 is the 13th newest: index page 4 of 4-post pages; the feed holds the newest 5
    assert sorted(result.written) == ["page/4.html", "posts/2024-01-25-8.html"]
    assert result.posts == 20 and len(result.reused) == result.files - 2
    assert "書き換えた導入文" in (out / "posts/2024-01-25-8.html").read_text(encoding="utf-8")

    # nothing changed: nothing loaded, nothing written
    _later()
    quiet = WatchedSource(store)
    again = build_site(quiet, out, _config(tmp_path))
    assert quiet.loaded == [] and again.written == [] and not quiet.asked_all


def test_every_incremental_build_equals_a_build_from_scratch(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))

    _edit(store, 8, lead="書き換えた導入文。")
    assert not _same_as_from_scratch(store, out, tmp_path, "lead").asked_all

    _edit(store, 8, headline="見出しを変えた記事", lead="書き換えた導入文。")
    source = _same_as_from_scratch(store, out, tmp_path, "headline")
    assert not source.asked_all and sorted(source.loaded, key=int) == ["7", "8", "9"]

    _edit(store, 19, headline="フィードの記事も変えた")  # among the feed's newest 5
    source = _same_as_from_scratch(store, out, tmp_path, "feed")
    assert {"16", "17", "18", "19", "20"} <= set(source.loaded)

    _edit(store, 12, outlet="NHK")  # a new outlet page: the full pass, still no list of posts
    assert not _same_as_from_scratch(store, out, tmp_path, "outlet").asked_all
    assert (out / "outlets/nhk.html").is_file()

    store.set_status(3, "rejected")  # withdrawn: its page goes, its neighbours link past it
    _same_as_from_scratch(store, out, tmp_path, "withdrawn")
    assert not (out / "posts/2024-01-10-3.html").exists()

    store.set_status(3, "published")  # and back
    _same_as_from_scratch(store, out, tmp_path, "republished")
    assert (out / "posts/2024-01-10-3.html").is_file()

    new = store_post(store, 21)  # a new post: on top of every listing
    record_site_publications(store)
    _same_as_from_scratch(store, out, tmp_path, "new")
    assert f"-{new}.html" in (out / "index.html").read_text(encoding="utf-8")

    with store.engine.begin() as conn:  # deleted outright: no row tells of it
        conn.execute(text("DELETE FROM publications WHERE digest_id = 5"))
        conn.execute(text("DELETE FROM digests WHERE id = 5"))
    source = _same_as_from_scratch(store, out, tmp_path, "deleted")
    assert source.asked_all  # the count of posts differed: every post was listed again
    assert not (out / "posts/2024-01-16-5.html").exists()


def test_a_build_that_stops_before_its_record_is_repaired_by_the_next(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    _later()
    _edit(store, 10, headline="途中で止まった書き換え")
    store.set_status(4, "rejected")
    _later()

    def stop(self: SiteState, update: object) -> None:
        raise KeyboardInterrupt  # after the files moved in, before the record was written

    with monkeypatch.context() as patch:
        patch.setattr(SiteState, "commit", stop)
        with pytest.raises(KeyboardInterrupt):
            build_site(WatchedSource(store), out, _config(tmp_path))
    assert "途中で止まった書き換え" in (out / "posts/2024-01-31-10.html").read_text(
        encoding="utf-8"
    )
    assert not [p for p in os.listdir(out) if p.startswith(".yoten-build-")]

    _same_as_from_scratch(store, out, tmp_path, "repaired")
    assert not (out / "posts/2024-01-13-4.html").exists()


def test_stale_files_recorded_before_a_stop_are_deleted_by_the_next_build(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    _later()
    store.set_status(4, "rejected")
    _later()
    calls: list[int] = []
    real = site_build._delete_doomed

    def stop_after_commit(out: Path, state: SiteState) -> None:
        calls.append(1)
        if len(calls) == 2:  # the deletion after the record's commit
            raise KeyboardInterrupt
        real(out, state)

    with monkeypatch.context() as patch:
        patch.setattr(site_build, "_delete_doomed", stop_after_commit)
        with pytest.raises(KeyboardInterrupt):
            build_site(WatchedSource(store), out, _config(tmp_path))
    assert (out / "posts/2024-01-13-4.html").is_file()  # recorded as doomed, still there
    _same_as_from_scratch(store, out, tmp_path, "after-stop")
    assert not (out / "posts/2024-01-13-4.html").exists()


def test_a_page_removed_by_hand_comes_back_at_the_next_edit(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    (out / "posts/2024-01-31-10.html").unlink()
    (out / HAND_WRITTEN).write_text("<p>mine</p>", encoding="utf-8")
    _edit(store, 15, lead="別の記事の書き換え。")
    _same_as_from_scratch(store, out, tmp_path, "restored")
    assert (out / HAND_WRITTEN).read_text(encoding="utf-8") == "<p>mine</p>"


def test_the_record_is_never_written_through_a_symlink(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"not yours")
    # a symlink beside the record, where SQLite keeps its journal: removed, not followed
    (out / (MANIFEST_NAME + "-journal")).symlink_to(elsewhere)
    _edit(store, 15, lead="別の記事の書き換え。")
    _same_as_from_scratch(store, out, tmp_path, "unlinked")
    assert elsewhere.read_bytes() == b"not yours"
    assert not (out / (MANIFEST_NAME + "-journal")).exists()

    # the record itself replaced by a symlink: not a yoten site any more, nothing written
    (out / MANIFEST_NAME).unlink()
    (out / MANIFEST_NAME).symlink_to(elsewhere)
    with pytest.raises(InputError, match="not built by yoten"):
        build_site(WatchedSource(store), out, _config(tmp_path))
    assert elsewhere.read_bytes() == b"not yours"


def test_a_site_from_another_store_is_not_read_as_changes(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    with Store.open(f"sqlite:///{tmp_path / 'other.db'}") as other:
        for n in (1, 2, 30):
            store_post(other, n)
        record_site_publications(other)
        source = WatchedSource(other)
        assert build_site(source, out, _config(tmp_path)).posts == 3
        assert source.asked_all
        build_site(StoreSource(other), tmp_path / "other-site", _config(tmp_path))
        assert _files(out) == _files(tmp_path / "other-site")


def test_an_older_yotens_json_manifest_still_owns_its_files(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "site"
    (out / "posts").mkdir(parents=True)
    (out / "posts" / "old-post.html").write_text("old", encoding="utf-8")
    (out / "CNAME").write_text("blog.example.jp\n", encoding="utf-8")
    files = {"posts/old-post.html": {"key": "k", "sha256": "s"}, "../outside.txt": {}}
    (out / LEGACY_MANIFEST_NAME).write_text(json.dumps({"version": 2, "files": files}))
    (tmp_path / "outside.txt").write_text("keep", encoding="utf-8")
    build_site(WatchedSource(store), out, _config(tmp_path))
    assert not (out / "posts" / "old-post.html").exists()
    assert not (out / LEGACY_MANIFEST_NAME).exists()
    assert (out / "CNAME").read_text(encoding="utf-8") == "blog.example.jp\n"
    assert (tmp_path / "outside.txt").read_text(encoding="utf-8") == "keep"
    with closing(sqlite3.connect(out / MANIFEST_NAME)) as record:
        owned = {rel for (rel,) in record.execute("SELECT rel FROM files")}
    assert "index.html" in owned and "CNAME" not in owned


def test_control_characters_stored_in_a_digest_never_reach_the_site(
    store: Store, tmp_path: Path
) -> None:
    # C0 and C1 controls are invalid in HTML and XML; the store keeps them as JSON escapes
    _edit(store, 19, headline="制御\x01文字\x85の見出し", lead="導入\x7f文。")
    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    page = (out / "posts/2024-02-27-19.html").read_text(encoding="utf-8")
    assert "制御文字の見出し" in page and "導入文。" in page
    for rel, data in _files(out).items():
        if not rel.endswith((".html", ".xml")):
            continue
        text = data.decode("utf-8")
        assert not any(ch in text for ch in "\x01\x7f\x85"), rel


def test_many_edits_take_the_full_pass_and_posts_seen_again_unchanged_do_not(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import yoten.site.pages as pages

    out = tmp_path / "site"
    build_site(WatchedSource(store), out, _config(tmp_path))
    monkeypatch.setattr(pages, "EDITS_AT_MOST", 1)
    # every post was stored within the last minute: all 20 come back as changes, none edited
    _later()
    quiet = WatchedSource(store)
    assert build_site(quiet, out, _config(tmp_path)).written == [] and quiet.loaded == []

    _edit(store, 8, headline="一つ目の書き換え")
    _edit(store, 14, headline="二つ目の書き換え")
    full = _same_as_from_scratch(store, out, tmp_path, "two-edits")
    assert not full.asked_all and {"7", "8", "9", "13", "14", "15"} <= set(full.loaded)


def test_a_damaged_record_is_replaced_and_the_site_rebuilt(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "site?#%20"  # characters that mean something in an SQLite URI
    build_site(WatchedSource(store), out, _config(tmp_path))
    (out / MANIFEST_NAME).write_bytes(b"not a database" * 100)
    _edit(store, 15, lead="別の記事の書き換え。")
    source = _same_as_from_scratch(store, out, tmp_path, "damaged")
    assert len(source.loaded) == 20  # nothing known: every page rendered again
    assert SiteState.readable(out / MANIFEST_NAME)
