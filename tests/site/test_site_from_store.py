"""Site builds from a real SQLite store: digests streamed, only changed posts loaded."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest

from tests.site.digest_factory import make_digest, store_post
from yoten.site import SiteConfig
from yoten.site.build import build_site
from yoten.site.from_store import StoreSource, record_site_publications
from yoten.site.model import SitePost
from yoten.store import Store


class CountingSource(StoreSource):
    """The store's own source, remembering which posts it was asked to load."""

    def __init__(self, store: Store, fresh: float = 2.0) -> None:
        super().__init__(store)
        self.FRESH = dt.timedelta(seconds=fresh)
        self.loaded: list[str] = []

    def load(self, ids: Collection[str]) -> Iterator[SitePost]:
        for post in super().load(ids):
            self.loaded.append(post.id)
            yield post


def _config(tmp: Path) -> SiteConfig:
    return SiteConfig(
        base_url="https://blog.example.jp/", images_dir=tmp / "no-images", feed_limit=5, per_page=10
    )


@pytest.mark.slow
def test_store_build_loads_only_changed_posts(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'yoten.db'}")
    try:
        ids = [store_post(store, n) for n in range(1, 31)]
        record_site_publications(store)
        out, cfg = tmp_path / "site", _config(tmp_path)

        first = CountingSource(store)
        assert build_site(first, out, cfg).posts == 30
        assert sorted(first.loaded, key=int) == [str(i) for i in ids]
        assert first.loaded == sorted(first.loaded, key=int, reverse=True)  # newest first, streamed

        # Posts updated within the last seconds are always loaded: an edit in the same
        # second as a build (updated_at keeps seconds) is not missed.
        store.update_digest(ids[14], make_digest(15, lead="同じ秒の書き換え。"), None)
        same_second = CountingSource(store)
        build_site(same_second, out, cfg)
        assert str(ids[14]) in same_second.loaded
        assert "同じ秒の書き換え" in (out / "posts/2024-02-15-15.html").read_text(encoding="utf-8")

        time.sleep(1.1)  # the next edit lands in a later second than the posts were stored
        again = CountingSource(store, fresh=0)
        build_site(again, out, cfg)
        again = CountingSource(store, fresh=0)
        assert build_site(again, out, cfg).written == []
        assert again.loaded == []  # nothing changed: no digest parsed

        store.update_digest(ids[14], make_digest(15, lead="書き換えた導入文。"), None)
        edited = CountingSource(store, fresh=0)
        result = build_site(edited, out, cfg)
        page = "posts/2024-02-15-15.html"
        assert "書き換えた導入文" in (out / page).read_text(encoding="utf-8")
        assert set(edited.loaded) == {
            str(ids[13]),
            str(ids[14]),
            str(ids[15]),
        }  # it and its neighbours
        assert sorted(result.written) == sorted([page, "page/2.html"])

        # Unpublishing removes the post's page and lists it nowhere.
        store.set_status(ids[0], "rejected")
        gone = build_site(StoreSource(store), out, cfg)
        assert gone.posts == 29
        assert not any(
            "-1.html" in p for p in (*gone.written, *gone.reused) if p.startswith("posts/")
        )
        assert "記事1:" not in (out / "archive/2024-01.html").read_text(encoding="utf-8")
    finally:
        store.close()


def test_publication_dates_are_recorded_once(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'yoten.db'}") as store:
        first = store_post(store, 1)
        store_post(store, 2, status="draft")
        assert store.record_missing_publications("site") == 1
        record = store.get_publication(first, "site")
        assert record is not None
        assert record.published_at == make_digest(1).posted_at  # dated by the digest's own time
        assert store.record_missing_publications("site") == 0


def test_a_post_that_no_page_can_hold_is_one_clear_error(tmp_path: Path) -> None:
    from yoten.errors import PublishError
    from yoten.store.direct import open_direct

    url = f"sqlite:///{tmp_path / 'yoten.db'}"
    with Store.open(url) as store:
        store_post(store, 1)
        store_post(store, 2, headline="半端\ud800な文字")  # JSON can escape it, UTF-8 cannot
        record_site_publications(store)
        with pytest.raises(PublishError, match="post 2 holds invalid data: a lone surrogate"):
            build_site(StoreSource(store), tmp_path / "site", _config(tmp_path))
    direct = open_direct(url)
    assert direct is not None
    with direct, pytest.raises(PublishError, match="post 2 holds invalid data"):
        build_site(StoreSource(direct), tmp_path / "site", _config(tmp_path))
    assert not (tmp_path / "site").exists()  # nothing was left behind
