"""From intake to the blog without a browser: run → approve/reject/publish → site, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.feeds.site import Site


def _posts(cli, db: str) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    listed = json.loads(cli("posts", "list", "--json", "--db", db).out)
    return {"ja" if "/ja/" in p["url"] else "en": p for p in listed}


@pytest.mark.slow
def test_unattended_run_publishes_clean_japanese_digests_only(  # type: ignore[no-untyped-def]
    cli, db: str, outlet: Site, tmp_path: Path
) -> None:
    out = tmp_path / "blog"
    assert cli("feeds", "add", outlet.url("/rss.xml"), "--name", "Mixed", "--db", db).code == 0
    ran = cli("run", "--db", db, "--publish", "clean", "--site-dir", str(out))
    assert ran.code == 0, ran.err
    assert ran.out.strip() == "2 new, 0 skipped, 2 digested, 1 published, 0 failed"
    posts = _posts(cli, db)
    assert posts["ja"]["status"] == "published"
    assert posts["en"]["status"] == "untranslated"
    assert "English" in str(posts["en"]["status_reason"])
    pages = sorted((out / "posts").glob("*.html"))
    assert len(pages) == 1 and "京都市、路面電車を半世紀ぶり復活へ" in pages[0].read_text(
        encoding="utf-8"
    )
    # the English digest is visible as such in the text list too
    assert f"{posts['en']['id']}\tuntranslated" in cli("posts", "list", "--db", db).out
    built = cli("site", "build", str(tmp_path / "again"), "--db", db)
    assert built.out.splitlines()[0].startswith("built 1 post(s)")
    assert "1 post(s) failed the check or are not in Japanese: yoten review" in built.out


@pytest.mark.slow
def test_bad_publish_policy_and_target_are_one_line_errors(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    bad = cli("run", "--db", db, "--publish", "always")
    assert bad.code == 2 and "publish" in bad.err and bad.err.count("\n") == 1
    target = cli("run", "--db", db, "--publish", "clean", "--publish-to", "myspace")
    assert target.code == 2 and "unknown publish target 'myspace'" in target.err
    creds = cli("run", "--db", db, "--publish", "clean", "--publish-to", "hatena")
    assert creds.code == 2 and "YOTEN_HATENA_USER" in creds.err


@pytest.mark.slow
def test_reviewed_path_from_the_cli(cli, db: str, outlet: Site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "blog"
    cli("feeds", "add", outlet.url("/rss.xml"), "--name", "Mixed", "--db", db)
    assert cli("run", "--db", db).out.strip() == "2 new, 0 skipped, 2 digested, 0 failed"
    posts = _posts(cli, db)
    ja, en = posts["ja"]["id"], posts["en"]["id"]
    assert (posts["ja"]["status"], posts["en"]["status"]) == ("checked", "untranslated")

    empty = cli("site", "build", str(out), "--db", db)
    assert empty.code == 0 and empty.out.startswith("built 0 post(s)")
    assert (
        f"1 checked post(s) wait for approval: yoten posts approve {ja} (or --all-clean), or yoten review"
        in empty.out
    )

    # an English digest needs an explicit yes, and nothing is approved without it
    refused = cli("posts", "approve", str(ja), str(en), "--db", db)
    assert refused.code == 2 and refused.err.count("\n") == 1
    assert "not in Japanese" in refused.err and "--force" in refused.err
    assert _posts(cli, db)["ja"]["status"] == "checked"

    approved = cli("posts", "approve", "--all-clean", "--db", db)
    assert approved.code == 0 and approved.out == f"post {ja}: published\n"
    assert cli("posts", "approve", "--all-clean", "--db", db).err.startswith("no checked posts")
    built = cli("site", "build", str(out), "--db", db)
    assert built.out.startswith("built 1 post(s)") and "wait for approval" not in built.out

    rejected = cli("posts", "reject", str(en), "--reason", "翻訳なし", "--db", db)
    assert rejected.code == 0 and rejected.out == f"post {en}: rejected\n"
    shown = json.loads(cli("posts", "show", str(en), "--json", "--db", db).out)
    assert (shown["status"], shown["status_reason"]) == ("rejected", "翻訳なし")
    assert cli("posts", "reject", str(en), "--reason", "  ", "--db", db).code == 2

    # publishing by hand: the site needs a folder; an English post gets lang="en" on its content
    nowhere = cli("publish", str(en), "--to", "site", "--force", "--db", db)
    assert nowhere.code == 2 and "--site-dir" in nowhere.err
    published = cli(
        "publish", str(en), "--to", "site", "--site-dir", str(out), "--force", "--db", db
    )
    assert published.code == 0, published.err
    assert published.out.startswith("site: ")
    pages = {p.name: p.read_text(encoding="utf-8") for p in (out / "posts").glob("*.html")}
    english = next(t for t in pages.values() if "<h1>Ferries" in t)
    japanese = next(t for t in pages.values() if "<h1>京都市" in t)
    assert '<article class="post" lang="en">' in english
    assert '<article class="post" lang="en">' not in japanese
    import feedparser

    entries = feedparser.parse((out / "feed.xml").read_bytes()).entries
    contents = [e.content[0].value for e in entries]
    assert sum('<div lang="en">' in c for c in contents) == 1  # the English entry only
    unknown = cli("publish", str(en), "--to", "tumblr", "--db", db)
    assert unknown.code == 2 and "choose from: site, hatena, wordpress" in unknown.err


@pytest.mark.slow
def test_approve_needs_ids_or_all_clean(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    r = cli("posts", "approve", "--db", db)
    assert r.code == 2 and "--all-clean" in r.err
    missing = cli("posts", "approve", "999", "--db", db)
    assert missing.code == 2 and "no post with id 999" in missing.err


@pytest.mark.slow
def test_the_task_queue_path_publishes_clean_digests_too(db: str, outlet: Site) -> None:
    """`yoten worker` runs process_article: the same policy as `yoten run`."""
    from yoten.run import process_article
    from yoten.settings import load_settings
    from yoten.store import Store

    settings = load_settings({"db": db, "publish": "clean"})
    with Store.open(db) as store:
        ja, _ = store.add_source(outlet.url("/ja/kyoto"), outlet.url("/ja/kyoto"), origin="test")
        en, _ = store.add_source(outlet.url("/en/ferry"), outlet.url("/en/ferry"), origin="test")
        first = process_article(ja.id, store=store, settings=settings)
        second = process_article(en.id, store=store, settings=settings)
        assert (first.status, first.published) == ("digested", True)
        assert (second.status, second.published) == ("digested", False)
        assert first.post_id is not None and second.post_id is not None
        assert store.get_post(first.post_id).status == "published"
        assert store.get_post(second.post_id).status == "untranslated"


@pytest.mark.slow
def test_an_english_post_stored_as_checked_earlier_still_needs_a_yes(cli, db: str) -> None:  # type: ignore[no-untyped-def]
    """Stores from before the untranslated status hold English digests marked checked."""
    from tests.flows.conftest import EXAMPLES
    from yoten.engines.extractive import ExtractiveEngine
    from yoten.ingest import load_article
    from yoten.pipeline import digest_article
    from yoten.settings import Settings
    from yoten.store import Store

    article = load_article(str(EXAMPLES / "en-harbour-ferry.html"), settings=Settings())
    digest = digest_article(article, ExtractiveEngine())
    with Store.open(db) as store:
        url = article.canonical_url or "https://harbour.example/ferry"
        source, _ = store.add_source(url, url, origin="test")
        article_id = store.save_article(source.id, article)
        post = store.save_digest(
            article_id, digest, engine="old", model=None, prompt_version=None, status="checked"
        )
    assert cli("posts", "approve", "--all-clean", "--db", db).err.startswith("no checked posts")
    refused = cli("posts", "approve", str(post.id), "--db", db)
    assert refused.code == 2 and "not in Japanese" in refused.err
    assert cli("posts", "approve", str(post.id), "--force", "--db", db).code == 0
    assert cli("worker", "--help").out.count("--publish") >= 2  # --publish and --publish-to


@pytest.mark.slow
def test_approving_to_an_unknown_service_changes_nothing(cli, db: str, outlet: Site) -> None:  # type: ignore[no-untyped-def]
    cli("feeds", "add", outlet.url("/rss.xml"), "--name", "Mixed", "--db", db)
    cli("run", "--db", db)
    ja = _posts(cli, db)["ja"]["id"]
    bad = cli("posts", "approve", str(ja), "--publish-to", "myspace", "--db", db)
    assert bad.code == 2 and "unknown publish target 'myspace'" in bad.err
    creds = cli("posts", "approve", str(ja), "--publish-to", "hatena", "--db", db)
    assert creds.code == 2 and "YOTEN_HATENA_USER" in creds.err
    assert _posts(cli, db)["ja"]["status"] == "checked"
