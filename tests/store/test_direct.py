"""The site build's queries through sqlite3 (yoten.store.direct) answer as the Store's do."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.site.digest_factory import store_post
from yoten.errors import StoreError
from yoten.store import Store
from yoten.store.direct import DirectStore, open_direct


def _filled(path: Path) -> str:
    """A store with published, withdrawn and checked posts, two already on the site."""
    url = f"sqlite:///{path}"
    with Store.open(url) as store:
        for n in range(1, 9):
            store_post(store, n)
        store_post(store, 9, status="checked")
        store_post(store, 10, status="failed")
        store.set_status(3, "rejected", "out of date")  # withdrawn
        store.record_publication(1, "site", remote_id=None, url=None)
        store.record_publication(2, "mirror", remote_id=None, url=None)
    return url


def _publications(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT digest_id, target, published_at, remote_id, url FROM publications"
            " ORDER BY digest_id, target"
        ).fetchall()


def test_direct_store_answers_as_the_store_does(tmp_path: Path) -> None:
    url = _filled(tmp_path / "a.db")
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")
    direct = open_direct(f"sqlite:///{tmp_path / 'b.db'}")
    assert isinstance(direct, DirectStore)
    with Store.open(url) as store, direct:
        assert direct.location == f"sqlite:///{tmp_path / 'b.db'}"
        assert store.location == url  # the same form: a site's position stays valid
        for target in ("site", "mirror"):
            assert direct.record_missing_publications(target) == (
                store.record_missing_publications(target)
            )
            assert direct.record_missing_publications(target) == 0
        assert _publications(tmp_path / "a.db") == _publications(tmp_path / "b.db")
        for target in ("site", "mirror", "nowhere"):
            assert sorted(direct.published_stamps(target)) == sorted(store.published_stamps(target))
            assert direct.count_published(target) == store.count_published(target)
            assert list(direct.stream_published(target)) == list(store.stream_published(target))
            for ids in ([], [2, 5, 3, 99], range(1, 11)):
                assert list(direct.stream_published(target, ids, batch=3)) == list(
                    store.stream_published(target, ids, batch=3)
                )
        stamps = direct.published_stamps("site")
        assert len(stamps) == 7 and all(p.tzinfo is dt.UTC for _i, p, _u in stamps)
        since = max(u for _i, _p, u in stamps) - dt.timedelta(seconds=1)
        for when in (
            since,
            since.astimezone(dt.timezone(dt.timedelta(hours=9))),
            since + dt.timedelta(days=1),
        ):
            assert sorted(direct.publication_changes("site", when)) == sorted(
                store.publication_changes("site", when)
            )
        assert any(not now for _i, now, _p, _u in direct.publication_changes("site", since))
        for status in (None, "published", "checked", "failed", "untranslated"):
            assert direct.count_posts(status) == store.count_posts(status)


def test_the_store_opens_what_the_direct_store_does_not(tmp_path: Path) -> None:
    url = _filled(tmp_path / "yoten.db")
    assert open_direct(str(tmp_path / "yoten.db")) is not None  # a plain path, as Store.open
    assert open_direct(f"sqlite:///{tmp_path / 'new.db'}") is None  # to be created
    assert not (tmp_path / "new.db").exists()
    for other in (
        "sqlite://",
        "sqlite:///:memory:",
        f"{url}?mode=ro",
        f"sqlite+pysqlite:///{tmp_path / 'yoten.db'}",
        "postgresql://user:secret@127.0.0.1/yoten",
    ):
        assert open_direct(other) is None, other
    with closing(sqlite3.connect(tmp_path / "yoten.db")) as db, db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff'")  # a newer yoten's
    assert open_direct(url) is None
    with pytest.raises(StoreError, match="newer yoten"):
        Store.open(url)
    (tmp_path / "junk.db").write_bytes(b"not a database" * 100)
    assert open_direct(str(tmp_path / "junk.db")) is None


def test_a_locked_store_is_a_transient_store_error(tmp_path: Path) -> None:
    _filled(tmp_path / "yoten.db")
    direct = open_direct(str(tmp_path / "yoten.db"))
    assert direct is not None
    direct._db.execute("PRAGMA busy_timeout=50")
    with closing(sqlite3.connect(tmp_path / "yoten.db", isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError) as caught:
            direct.record_missing_publications("site")
        other.execute("ROLLBACK")
    assert caught.value.transient
    assert direct.record_missing_publications("site") == 6  # nothing was half-written
    direct.close()


@pytest.mark.slow
def test_site_build_does_not_load_sqlalchemy_for_a_sqlite_store(tmp_path: Path) -> None:
    url = _filled(tmp_path / "yoten.db")
    probe = (
        "import sys; from yoten.cli import main; code = main(sys.argv[1:]);"
        " print(code, 'sqlalchemy' in sys.modules)"
    )
    site = ["site", "build", str(tmp_path / "site"), "--db", url]
    result = subprocess.run(
        [sys.executable, "-c", probe, *site], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 True"  # a post waits: listed by the Store
    assert "wait for approval: yoten posts approve 9" in result.stdout
    other = [
        "site",
        "build",
        str(tmp_path / "site"),
        "--db",
        url.replace("sqlite:", "sqlite+pysqlite:"),
    ]
    result = subprocess.run(
        [sys.executable, "-c", probe, *other], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 True"  # the Store builds it, and lists it
    assert "wait for approval: yoten posts approve 9" in result.stdout
    assert "0 file(s) written" in result.stdout  # the same site: nothing to do
    with Store.open(url) as store:
        store.set_status(9, "rejected", "no")
    result = subprocess.run(
        [sys.executable, "-c", probe, *site], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 False"
    assert "built 7 post(s)" in result.stdout and "1 post(s) failed the check" in result.stdout
