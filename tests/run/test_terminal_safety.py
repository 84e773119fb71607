"""Text from outside reaches the terminal literally (issue 12, item 6).

Rich markup (``[/]``, ``[link=…]``) and ESC/OSC 8 sequences in a feed name, a
link, a page title or a reject reason are shown as text, never interpreted,
and never crash a command after it acted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.feeds.site import Route, Site
from tests.run.helpers import article_html


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.mark.slow
def test_markup_in_a_feed_name_is_printed_literally(cli, db: str) -> None:
    for name in ("[/]closing", "[link=http://evil.example]click me[/link]", "[bold red]loud"):
        r = cli("feeds", "add", "https://outlet.example/rss.xml", "--name", name, "--db", db)
        assert r.code == 0 and name in r.err and "\x1b" not in r.err, (name, r)
    listed = cli("feeds", "list", "--db", db)
    assert (
        listed.code == 0
        and "[/]closing" in listed.out
        and "[link=http://evil.example]" in listed.out
    )


@pytest.mark.slow
def test_feed_name_with_a_newline_or_escape_is_refused(cli, db: str) -> None:
    for name in ("two\nlines", "\x1b]8;;http://evil.example\x07x"):
        r = cli("feeds", "add", "https://outlet.example/rss.xml", "--name", name, "--db", db)
        assert r.code == 2 and len(r.err.strip().splitlines()) == 1 and "\x1b" not in r.err


@pytest.mark.slow
def test_markup_and_escapes_from_a_site_do_not_break_run(cli, db: str, site: Site) -> None:
    title = "&#27;]8;;http://evil.example&#7;Click here&#27;]8;;&#7; [/] [link=http://evil.example]x[/link]"
    page = (
        article_html(1)
        .replace("<title>", f"<title>{title} ", 1)
        .replace("<h1>", f"<h1>{title} ", 1)
    )
    site.add("/story/good", Route(body=page.encode(), content_type="text/html; charset=utf-8"))
    items = (
        "<item><title>Good</title><link>{{BASE}}/story/good</link></item>"
        "<item><title>Gone</title><link>{{BASE}}/story/[/]gone[link=http://evil.example]</link></item>"
    )
    feed = (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    )
    site.add("/rss.xml", Route(body=feed.encode(), content_type="application/rss+xml"))
    cli("feeds", "add", site.url("/rss.xml"), "--name", "Loop", "--db", db)
    for _ in range(2):  # a retry must not fail the same way
        r = cli("run", "--db", db)
        assert r.code in (0, 7), r  # the gone story fails (a 404) and is recorded: no crash (70)
        assert "\x1b" not in r.err
    first = cli("run", "--db", db)
    assert first.code == 0
    listed = cli("posts", "list", "--db", db)
    assert listed.code == 0 and "\x1b" not in listed.out and "\x07" not in listed.out


@pytest.mark.slow
def test_reject_reason_with_markup_shows_literally(cli, db: str, site: Site) -> None:
    from yoten.store import Store

    site.add(
        "/story/1", Route(body=article_html(1).encode(), content_type="text/html; charset=utf-8")
    )
    feed = "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><title>A</title><link>{{BASE}}/story/1</link></item></channel></rss>"
    site.add("/rss.xml", Route(body=feed.encode(), content_type="application/rss+xml"))
    cli("feeds", "add", site.url("/rss.xml"), "--name", "Loop", "--db", db)
    assert cli("run", "--db", db).code == 0
    store = Store.open(db)
    try:
        [post] = store.list_posts(None)
        store.set_status(
            post.id, "rejected", reason="[/] nope \x1b[2J [link=http://evil.example]x[/link]"
        )
    finally:
        store.close()
    shown = cli("posts", "show", str(post.id), "--db", db)
    assert shown.code == 0 and "[/] nope" in shown.err and "\x1b" not in shown.err
    assert "[link=http://evil.example]" in shown.err


@pytest.mark.slow
def test_escape_sequences_in_an_outlet_and_title_are_shown_escaped(cli, db: str) -> None:
    from tests.site.digest_factory import make_digest
    from yoten.models import Article
    from yoten.store import NewSource, Store

    osc8 = "\x1b]8;;http://evil.example\x07Click\x1b]8;;\x07"
    with Store.open(db) as store:
        [(source, _)] = store.add_sources(
            [NewSource(url="https://a.example/1", canonical_url="https://a.example/1", origin="t")]
        )
        article = Article(
            title=f"Title {osc8}", outlet=f"Outlet \x1b[2J{osc8}", text="Some text.", language="en"
        )
        article_id = store.save_article(source.id, article)
        post = store.save_digest(
            article_id, make_digest(1), engine="e", model=None, prompt_version=None
        )
    listed = cli("posts", "list", "--db", db)
    assert listed.code == 0 and "\x1b" not in listed.out and "\x07" not in listed.out
    assert "\\x1b]8;;http://evil.example\\x07Click" in listed.out
    shown = cli("posts", "show", str(post.id), "--db", db)
    assert shown.code == 0 and "\x1b" not in shown.err
