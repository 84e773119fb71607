"""The feeds, inbox, run and posts commands, run in-process against a loopback site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.feeds.site import Site, news_site

MAIL = Path(__file__).resolve().parent.parent / "data" / "mail"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.mark.slow
def test_feeds_add_list_remove(cli, db: str) -> None:
    r = cli(
        "feeds",
        "add",
        "https://outlet.example/rss.xml",
        "--name",
        "Outlet",
        "--lang",
        "en",
        "--exclude",
        "(?i)sponsored",
        "--db",
        db,
    )
    assert r.code == 0 and "added feed 'Outlet'" in r.err
    assert (
        cli("feeds", "add", "https://outlet.example/rss.xml", "--name", "Outlet", "--db", db).code
        == 2
    )
    bad = cli("feeds", "add", "ftp://outlet.example/rss.xml", "--name", "F", "--db", db)
    assert bad.code == 2 and "only http and https" in bad.err and "Traceback" not in bad.err
    listed = cli("feeds", "list", "--json", "--db", db)
    [feed] = json.loads(listed.out)
    assert (feed["name"], feed["lang"], feed["exclude"]) == ("Outlet", "en", "(?i)sponsored")
    assert (
        "Outlet\thttps://outlet.example/rss.xml\ten\tnot polled yet"
        in cli("feeds", "list", "--db", db).out
    )
    assert cli("feeds", "remove", "Outlet", "--db", db).code == 0
    gone = cli("feeds", "remove", "Outlet", "--db", db)
    assert gone.code == 2 and "no feed named 'Outlet'" in gone.err
    assert json.loads(cli("feeds", "list", "--json", "--db", db).out) == []


@pytest.mark.slow
def test_yoten_db_environment_variable_selects_the_store(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YOTEN_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert cli("feeds", "add", "https://o.example/rss", "--name", "O").code == 0
    assert (tmp_path / "env.db").is_file()


@pytest.mark.slow
def test_run_then_posts_list_show_export(cli, db: str, site: Site, tmp_path: Path) -> None:
    news_site(site)
    cli(
        "feeds",
        "add",
        site.url("/rss.xml"),
        "--name",
        "Harbor Times",
        "--exclude",
        "(?i)sponsored",
        "--db",
        db,
    )
    cli("feeds", "add", site.url("/broken.xml"), "--name", "Broken", "--db", db)
    r = cli("run", "--db", db, "--concurrency", "2")
    assert r.code == 7  # an article failed: recorded, retried on a later run
    assert r.err.strip().splitlines()[-1] == (
        "yoten: run: 1 article(s) failed; recorded and retried on a later run"
    )
    assert r.out.strip() == "5 new, 1 skipped, 4 digested, 1 failed"
    assert "failed: feed Broken: ingest: not a feed" in r.err
    health = cli("feeds", "list", "--db", db).out
    assert "Harbor Times\t" in health and "\tok; 6 entries; last success " in health
    assert (
        "\t1 error(s) in a row, last: ingest: not a feed" in health
        and "; entries unknown; last success never" in health
    )
    not_due = json.loads(cli("run", "--db", db, "--json").out)
    assert not_due["feeds"] == 0  # polled a moment ago: neither feed is due yet
    again = cli("run", "--db", db, "--json", "--all-feeds")
    summary = json.loads(again.out)
    assert (summary["new"], summary["digested"], summary["feeds_unchanged"]) == (0, 0, 1)

    listed = json.loads(cli("posts", "list", "--json", "--db", db).out)
    assert len(listed) == 4 and {p["engine"] for p in listed} == {"extractive"}
    a1 = next(p for p in listed if p["url"].endswith("/news/a1"))
    text_list = cli("posts", "list", "--db", db).out
    assert (
        f"{a1['id']}\t{a1['status']}" in text_list
        and "Harbor city opens its first tidal power plant" in text_list
    )
    status = a1["status"]
    assert cli("posts", "list", "--status", status, "--json", "--db", db).out.count('"id"') >= 1
    assert cli("posts", "list", "--status", "bogus", "--db", db).code == 2

    shown = cli("posts", "show", str(a1["id"]), "--db", db)
    assert shown.code == 0 and "【概要】" in shown.out and "【引用・参照・底本】" in shown.out
    assert f"{site.base}/news/a1" in shown.out and "utm_source" not in shown.out
    data = json.loads(cli("posts", "show", str(a1["id"]), "--json", "--db", db).out)
    assert data["digest"]["sources"][0]["url"] == f"{site.base}/news/a1"
    out = tmp_path / "post.md"
    exported = cli(
        "posts", "export", str(a1["id"]), "--format", "markdown", "-o", str(out), "--db", db
    )
    assert exported.code == 0 and out.read_text(encoding="utf-8").startswith("# ")
    assert cli("posts", "export", str(a1["id"]), "--db", db).out == shown.out
    missing = cli("posts", "show", "999", "--db", db)
    assert missing.code == 2 and "no post with id 999" in missing.err


@pytest.mark.slow
def test_inbox_add_then_run_digests_the_newsletter_articles(
    cli, db: str, site: Site, tmp_path: Path
) -> None:
    news_site(site)
    from tests.feeds.site import Route

    site.add("/c/a1", Route(status=302, location="{{BASE}}/news/a1?utm_medium=email"))
    site.add("/c/a5", Route(status=302, location="{{BASE}}/news/a5"))
    site.add("/c/a1-again", Route(status=302, location="{{BASE}}/news/a1"))
    eml = tmp_path / "briefing.eml"
    eml.write_bytes(
        (MAIL / "briefing-utf8.eml").read_bytes().replace(b"{{BASE}}", site.base.encode())
    )
    r = cli("inbox", "add", str(eml), "--db", db, "--json")
    result = json.loads(r.out)
    assert (result["messages"], result["new"]) == (1, 3)
    assert cli("inbox", "add", str(eml), "--db", db, "--json").out.count('"already_seen": 1') == 1
    ran = cli("run", "--db", db, "--no-poll")
    assert ran.out.strip() == "0 new, 0 skipped, 3 digested, 0 failed"
    assert cli("inbox", "add", str(tmp_path / "nope.eml"), "--db", db).code == 2


def test_run_rejects_a_bad_every(cli, db: str) -> None:
    r = cli("run", "--watch", "--every", "soon", "--db", db)
    assert r.code == 2 and "--every takes a duration" in r.err


@pytest.mark.slow
def test_every_command_has_an_example_in_its_help(cli) -> None:
    for args in (
        ["feeds", "add"],
        ["feeds", "list"],
        ["feeds", "remove"],
        ["inbox", "add"],
        ["inbox", "imap"],
        ["run"],
        ["posts", "list"],
        ["posts", "show"],
        ["posts", "export"],
    ):
        r = cli(*args, "--help")
        assert r.code == 0 and "Example" in r.out, args
