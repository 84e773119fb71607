"""The store against real SQLite files: schema, transactions, typed API, errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from yoten.errors import InputError, StoreError
from yoten.models import Article, Digest, DigestMeta, Finding, Report
from yoten.store import NewSource, Store, default_url, migrate
from yoten.store.tables import Base

NOW = dt.datetime(2024, 6, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'yoten.db'}"


@pytest.fixture
def store(db: str):
    with Store.open(db) as s:
        yield s


def article(n: int = 1) -> Article:
    return Article(
        url=f"https://outlet.example/news/{n}?utm_source=x",
        canonical_url=f"https://outlet.example/news/{n}",
        title=f"Story {n}",
        outlet="Outlet",
        published=dt.date(2024, 6, 20),
        language="en",
        text="First paragraph.\n\nSecond paragraph.",
        paragraphs=["First paragraph.", "Second paragraph."],
    )


def digest(headline: str = "見出し", tokens: int = 900) -> Digest:
    return Digest(
        headline=headline,
        meta=DigestMeta(
            engine="openai",
            model="m1",
            prompt_version="v1",
            prompt_tokens=tokens,
            completion_tokens=300,
        ),
    )


def stored_article(store: Store, n: int = 1) -> int:
    src, _ = store.add_source(
        f"https://outlet.example/news/{n}?utm=1",
        f"https://outlet.example/news/{n}",
        origin="feed:Outlet",
    )
    return store.save_article(src.id, article(n))


def test_default_database_lives_in_the_data_dir_with_wal_and_foreign_keys(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("YOTEN_HOME", str(tmp_path / "home"))
    assert default_url() == f"sqlite:///{tmp_path / 'home' / 'yoten.db'}"
    with Store.open() as store:
        store.add_feed("A", "https://a.example/rss")
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    assert (tmp_path / "home" / "yoten.db").is_file()


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "sub" / "x.db")) as store:
        store.add_feed("A", "https://a.example/rss")
    assert (tmp_path / "sub" / "x.db").is_file()


def test_migrations_bring_the_schema_to_the_models_exactly(store: Store) -> None:
    assert migrate.current_revision(store.engine) == migrate.head_revision() is not None
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_reopening_does_not_migrate_again_and_keeps_data(db: str) -> None:
    with Store.open(db) as s:
        s.add_feed("A", "https://a.example/rss")
    with Store.open(db) as s:
        assert [f.name for f in s.list_feeds()] == ["A"]


def test_feeds_add_list_remove(store: Store) -> None:
    store.add_feed(
        "Outlet",
        "https://outlet.example/rss.xml",
        lang="en",
        include="world",
        exclude="(?i)sponsored",
    )
    store.add_feed("Another", "https://another.example/atom.xml")
    assert [f.name for f in store.list_feeds()] == ["Another", "Outlet"]
    feed = store.get_feed("Outlet")
    assert (feed.lang, feed.include, feed.exclude) == ("en", "world", "(?i)sponsored")
    with pytest.raises(InputError, match="already exists"):
        store.add_feed("Outlet", "https://elsewhere.example/rss")
    with pytest.raises(InputError, match="regular expression"):
        store.add_feed("Bad", "https://b.example/rss", include="(")
    store.remove_feed("Outlet")
    with pytest.raises(InputError, match="no feed named 'Outlet'"):
        store.remove_feed("Outlet")
    assert [f.name for f in store.list_feeds()] == ["Another"]


def test_add_source_returns_the_existing_row_for_a_known_canonical_url(store: Store) -> None:
    first, created = store.add_source(
        "https://o.example/a?utm_source=x", "https://o.example/a", origin="feed:A"
    )
    again, created_again = store.add_source(
        "https://o.example/a?fbclid=1", "https://o.example/a", origin="feed:B"
    )
    assert created and not created_again
    assert again.id == first.id and again.origin == "feed:A"
    assert len(store.list_sources()) == 1


def test_a_batch_that_fails_midway_leaves_no_rows(store: Store) -> None:
    good = NewSource("https://o.example/1", "https://o.example/1", "feed:A")
    bad = NewSource("https://o.example/2", "https://o.example/2", None)  # type: ignore[arg-type]  # NOT NULL
    with pytest.raises(StoreError):
        store.add_sources([good, bad])
    assert store.list_sources() == []


def test_pending_sources_and_backoff(store: Store) -> None:
    a, _ = store.add_source("https://o.example/a", "https://o.example/a", origin="feed:A", now=NOW)
    b, _ = store.add_source("https://o.example/b", "https://o.example/b", origin="feed:A", now=NOW)
    assert [s.id for s in store.pending_sources(10, now=NOW)] == [a.id, b.id]
    assert [s.id for s in store.pending_sources(1, now=NOW)] == [a.id]
    failed = store.record_failure(a.id, "ingest: HTTP 404 Not Found", now=NOW)
    assert (
        failed.status == "failed"
        and failed.attempts == 1
        and failed.last_error == "ingest: HTTP 404 Not Found"
    )
    assert failed.next_attempt_at == NOW + dt.timedelta(minutes=10)
    assert [s.id for s in store.pending_sources(10, now=NOW)] == [b.id]
    assert a.id in [s.id for s in store.pending_sources(10, now=NOW + dt.timedelta(minutes=11))]
    second = store.record_failure(a.id, "again", now=NOW)
    assert second.next_attempt_at == NOW + dt.timedelta(minutes=20)  # doubled
    for _ in range(6):
        last = store.record_failure(a.id, "again", now=NOW)
    assert last.status == "dead" and last.next_attempt_at is None
    assert a.id not in [s.id for s in store.pending_sources(10, now=NOW + dt.timedelta(days=30))]
    assert store.source_counts() == {"dead": 1, "new": 1}


def test_digests_are_unique_per_article_engine_model_and_prompt_version(store: Store) -> None:
    article_id = stored_article(store)
    assert store.find_digest(article_id, "openai", "m1", "v1") is None
    report = Report(
        findings=[
            Finding(
                kind="name",
                severity="warning",
                section="概要",
                span="ト・ラム",
                message="two spellings",
            )
        ]
    )
    post = store.save_digest(
        article_id,
        digest(),
        engine="openai",
        model="m1",
        prompt_version="v1",
        report=report,
        status="checked",
    )
    assert (post.status, post.title, post.outlet, post.prompt_tokens) == (
        "checked",
        "Story 1",
        "Outlet",
        900,
    )
    assert (
        post.report == report
        and post.digest.headline == "見出し"
        and post.article.title == "Story 1"
    )
    same = store.save_digest(
        article_id, digest("別の見出し"), engine="openai", model="m1", prompt_version="v1"
    )
    assert same.id == post.id and same.digest.headline == "見出し"  # never a second row
    other = store.save_digest(
        article_id, digest("v2"), engine="openai", model="m1", prompt_version="v2"
    )
    assert other.id != post.id
    found = store.find_digest(article_id, "openai", "m1", "v1")
    assert found is not None and found.id == post.id
    no_model = store.save_digest(
        article_id, digest("x"), engine="extractive", model=None, prompt_version=None
    )
    assert store.find_digest(article_id, "extractive", None, None).id == no_model.id  # type: ignore[union-attr]
    assert store.count_posts() == 3


def test_a_saved_digest_is_the_post_read_back_with_or_without_its_article(
    store: Store,
) -> None:
    """save_digest builds its Post from what it wrote (and from the Article when given):
    the same Post get_post reads back, field for field."""
    report = Report(findings=[Finding(kind="name", severity="warning", section="概要", span="ト",
                                      message="two spellings")])  # fmt: skip
    given = store.save_digest(stored_article(store, 1), digest(), engine="openai", model="m1",
                              prompt_version="v1", report=report, article=article(1))  # fmt: skip
    read = store.save_digest(stored_article(store, 2), digest(), engine="openai", model="m1",
                             prompt_version="v1", status_reason="from a feed summary")  # fmt: skip
    again = store.save_digest(given.article_id, digest("別"), engine="openai", model="m1",
                              prompt_version="v1", article=article(1))  # fmt: skip
    assert read == store.get_post(read.id)
    # the Article given is the one kept; read back from JSON, a date-only `published`
    # comes back as midnight (the model's union), the same day
    back = store.get_post(given.id)
    assert given == replace(back, article=article(1)) == again
    assert back.article.published_date == given.article.published_date
    assert back.article.model_dump(exclude={"published"}) == article(1).model_dump(
        exclude={"published"}
    )
    assert (given.article.title, read.article.title) == ("Story 1", "Story 2")
    assert read.status_reason == "from a feed summary" and given.report == report


def test_a_digest_stored_with_done_source_drops_the_claim(store: Store, db: str) -> None:
    article_id = stored_article(store)
    [source] = store.list_sources()
    assert store.claim_source(source.id, "host:1:run 1")
    store.save_digest(article_id, digest(), engine="openai", model="m1", prompt_version="v1",
                      done_source=True)  # fmt: skip
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        row = conn.execute("SELECT status, claimed_by, claimed_until FROM sources").fetchone()
    finally:
        conn.close()
    assert row == ("done", None, None)
    assert not store.claim_source(source.id, "host:2:run 2")  # done: nobody takes it again


def test_posts_list_show_update_status(store: Store) -> None:
    ids = []
    for n in range(1, 4):
        ids.append(
            store.save_digest(
                stored_article(store, n),
                digest(f"h{n}"),
                engine="e",
                model=None,
                prompt_version=None,
            ).id
        )
    assert [p.id for p in store.list_posts()] == list(reversed(ids))
    assert [p.id for p in store.list_posts(limit=1, offset=1)] == [ids[1]]
    store.set_status(ids[0], "rejected", reason="off topic")
    post = store.get_post(ids[0])
    assert (post.status, post.status_reason) == ("rejected", "off topic")
    assert [p.id for p in store.list_posts("rejected")] == [ids[0]]
    edited = store.update_digest(ids[1], digest("直した見出し"), Report())
    assert edited.digest.headline == "直した見出し" and edited.report == Report()
    assert edited.updated_at >= edited.created_at
    with pytest.raises(InputError, match="unknown status"):
        store.set_status(ids[0], "bogus")
    with pytest.raises(InputError, match="no post with id 999"):
        store.get_post(999)
    assert post.summary()["status"] == "rejected"


def test_an_edit_and_its_status_are_one_transaction(store: Store) -> None:
    """The review page's save: digest, report and status together or not at all."""
    from sqlalchemy import text

    post_id = store.save_digest(
        stored_article(store), digest("元の見出し"), engine="e", model=None, prompt_version=None
    ).id
    saved = store.update_digest(
        post_id, digest("直した見出し"), Report(), status="checked", reason="note"
    )
    assert (saved.digest.headline, saved.status, saved.status_reason) == (
        "直した見出し",
        "checked",
        "note",
    )
    # The database itself refuses the status change (a real trigger): the edit is not kept.
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER no_failed BEFORE UPDATE OF status ON digests "
                "WHEN NEW.status = 'failed' BEGIN SELECT RAISE(ABORT, 'status refused'); END"
            )
        )
    with pytest.raises(StoreError, match="status refused"):
        store.update_digest(post_id, digest("消えるべき見出し"), None, status="failed")
    kept = store.get_post(post_id)
    assert (kept.digest.headline, kept.status, kept.report) == ("直した見出し", "checked", Report())
    with pytest.raises(InputError, match="unknown status"):
        store.update_digest(post_id, digest("x"), None, status="bogus")
    assert store.get_post(post_id).digest.headline == "直した見出し"


def test_publications_are_recorded_once_per_target(store: Store) -> None:
    post = store.save_digest(
        stored_article(store), digest(), engine="e", model=None, prompt_version=None
    )
    assert store.get_publication(post.id, "wordpress") is None
    first = store.record_publication(
        post.id, "wordpress", remote_id="17", url="https://blog.example/?p=17"
    )
    again = store.record_publication(post.id, "wordpress", remote_id="17")
    assert again.id == first.id and again.url == "https://blog.example/?p=17"
    store.record_publication(post.id, "site")
    assert [p.target for p in store.list_publications(post.id)] == ["wordpress", "site"]
    got = store.get_publication(post.id, "wordpress")
    assert got is not None and got.remote_id == "17"


def test_runs_and_mail_seen(store: Store) -> None:
    run_id = store.start_run(now=NOW)
    store.finish_run(run_id, {"new": 3, "failed": 1}, now=NOW + dt.timedelta(seconds=5))
    [run] = store.list_runs()
    assert run.counts == {"new": 3, "failed": 1} and run.finished == NOW + dt.timedelta(seconds=5)
    store.mark_seen("file:/x.mbox", ["<a@x>", "<b@x>", "<a@x>"])
    store.mark_seen("file:/x.mbox", ["<b@x>"])
    assert store.seen_messages("file:/x.mbox") == {"<a@x>", "<b@x>"}
    assert store.seen_messages("other") == set()


def test_concurrent_writers_from_threads_do_not_fail(store: Store) -> None:
    errors: list[BaseException] = []

    def add(worker: int) -> None:
        try:
            for i in range(20):
                store.add_source(
                    f"https://o.example/{i}?w={worker}",
                    f"https://o.example/{i}",
                    origin=f"w{worker}",
                )
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(w,)) for w in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.list_sources()) == 20


def test_unusable_databases_are_one_line_store_errors(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the database folder"):
        Store.open(f"sqlite:///{blocker / 'sub' / 'y.db'}")
    with pytest.raises(StoreError, match="cannot use database nonsense"):
        Store.open("nonsense://")
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        Store.open(f"sqlite:///{garbage}")
    assert "\n" not in str(info.value) and "not a database" in str(info.value)


def test_a_read_only_database_reports_the_write_error(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    Store.open(f"sqlite:///{path}").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    with Store.open(f"sqlite:///file:{path}?mode=ro&uri=true") as store:
        assert store.list_feeds() == []
        with pytest.raises(StoreError, match=r"readonly|read-only|read only"):
            store.add_feed("A", "https://a.example/rss")


def test_database_from_a_newer_yoten_is_exit_6(cli, tmp_path: Path) -> None:
    """Issue 12, minor: an unknown (newer) schema revision is one line, exit 6, and left alone."""
    import sqlite3

    db = tmp_path / "newer.db"
    Store.open(f"sqlite:///{db}").close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    r = cli("posts", "list", "--db", f"sqlite:///{db}")
    assert r.code == 6 and "newer yoten" in r.err and len(r.err.strip().splitlines()) == 1
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099",)
    conn.close()


def test_json_is_kept_as_utf8_text_and_a_lone_surrogate_escaped(store: Store, db: str) -> None:
    article_id = stored_article(store)
    post = store.save_digest(
        article_id, digest("防衛協定を締結"), engine="e", model="m1", prompt_version=None
    )
    odd = store.save_digest(
        article_id, digest("半端\ud800な文字"), engine="e", model="m2", prompt_version=None
    )
    with sqlite3.connect(db.removeprefix("sqlite:///")) as raw:
        kept = dict(raw.execute("SELECT id, CAST(data AS TEXT) FROM digests").fetchall())
    assert '"headline": "防衛協定を締結"' in kept[post.id]  # not \\u escapes
    assert '"headline": "\\u534a\\u7aef\\ud800' in kept[odd.id]  # UTF-8 cannot hold it
    assert store.get_post(post.id).digest.headline == "防衛協定を締結"
    assert store.get_post(odd.id).digest.headline == "半端\ud800な文字"
