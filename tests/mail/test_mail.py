"""Newsletters: decoding, link finding, click-tracking resolution through a loopback server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.feeds.site import Route, Site, news_site
from yoten.errors import IngestError, InputError
from yoten.ingest.mail import (
    article_links,
    is_ignored_link,
    message_bodies,
    read_messages,
    resolve_link,
)
from yoten.service.inbox import ingest_messages
from yoten.settings import Settings
from yoten.store import Store

MAIL = Path(__file__).resolve().parent.parent / "data" / "mail"


def fixture(site: Site, name: str, tmp_path: Path) -> Path:
    """A copy of a newsletter fixture whose links point at the test site."""
    out = tmp_path / name
    out.write_bytes((MAIL / name).read_bytes().replace(b"{{BASE}}", site.base.encode()))
    return out


@pytest.fixture
def tracker(site: Site) -> Site:
    """The news site plus a click-tracking service and newsletter pages."""
    news_site(site)
    site.add("/c/a1", Route(status=302, location="{{BASE}}/r/a1"))
    site.add("/r/a1", Route(status=301, location="/news/a1?utm_source=newsletter&utm_medium=email"))
    site.add("/c/a1-again", Route(status=302, location="{{BASE}}/news/a1?utm_campaign=again"))
    site.add("/c/a5", Route(status=302, location="{{BASE}}/news/a5", head_allowed=False))
    site.add("/c/dead", Route(status=302, location="{{BASE}}/nowhere"))
    site.add("/c/loop", Route(status=302, location="{{BASE}}/c/loop"))
    site.add("/c/ftp", Route(status=302, location="ftp://files.example/a"))
    return site


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(f"sqlite:///{tmp_path / 'yoten.db'}") as s:
        yield s


def test_iso_2022_jp_base64_text_is_decoded_and_bare_urls_found() -> None:
    [message] = read_messages(MAIL / "digest-iso2022jp.eml")
    html, text = message_bodies(message)
    assert html == [] and "市電の新路線、来春開業へ" in text[0]
    links = [link.url for link in article_links(message)]
    assert links == [
        "https://news.example.jp/articles/2024/0620/kyoto-tram?utm_source=mail&utm_medium=newsletter",
        "https://news.example.jp/articles/2024/0620/kamogawa-yuka",
    ]  # 配信停止 (unsubscribe) and the x.com account are not articles


def test_quoted_printable_html_links_without_footer_social_and_mailto(
    tracker: Site, tmp_path: Path
) -> None:
    [message] = read_messages(fixture(tracker, "briefing-utf8.eml", tmp_path))
    html, text = message_bodies(message)
    assert "Marlow Bay’s twelve turbines" in html[0] and "Morning Briefing — 20 June" in text[0]
    links = article_links(message)
    paths = [link.url.removeprefix(tracker.base) for link in links]
    assert paths == [
        "/c/a1",
        "/news/a2?utm_medium=email&utm_campaign=f24-nl-0620&_ope=eyJndWlkIjoiMTIzNDUifQ%3D%3D",
        "/c/a5",
        "/c/a1-again",
        "/c/dead",
    ]  # not the footer's site root, social, mailto, unsubscribe, preferences or privacy links
    assert links[0].text == "Harbor city opens its first tidal power plant"


@pytest.mark.parametrize(
    ("url", "text", "ignored"),
    [
        ("mailto:a@b.example", "Write", True),
        ("https://twitter.com/outlet", "Twitter", True),
        ("https://m.facebook.com/outlet", None, True),
        ("https://outlet.example/unsubscribe?u=1", None, True),
        ("https://outlet.example/x", "Unsubscribe", True),
        ("https://outlet.example/x", "View this email in your browser", True),
        ("https://outlet.example/email/preferences", None, True),
        ("https://outlet.example/news/2024/story", "A story", False),
        ("javascript:alert(1)", "A story", True),
    ],
)
def test_ignored_links(url: str, text: str | None, ignored: bool) -> None:
    assert is_ignored_link(url, text) is ignored


def test_resolve_link_follows_redirects_with_head_then_get(tracker: Site) -> None:
    settings = Settings(timeout=5)
    with httpx.Client() as client:
        assert resolve_link(tracker.url("/c/a1"), client=client, settings=settings) == tracker.url(
            "/news/a1?utm_source=newsletter&utm_medium=email"
        )
        assert [h.method for h in tracker.requests_for("/c/a1")] == ["HEAD"]
        # a tracker that refuses HEAD is asked with GET
        assert resolve_link(tracker.url("/c/a5"), client=client, settings=settings) == tracker.url(
            "/news/a5"
        )
        assert [h.method for h in tracker.requests_for("/c/a5")] == ["HEAD", "GET"]
        with pytest.raises(IngestError, match="more than 8 redirects"):
            resolve_link(tracker.url("/c/loop"), client=client, settings=settings)
        assert tracker.count("/c/loop") == 9
        with pytest.raises(IngestError, match="refused redirect: unsupported URL scheme ftp"):
            resolve_link(tracker.url("/c/ftp"), client=client, settings=settings)
        with pytest.raises(IngestError, match="HTTP 404"):
            resolve_link(tracker.url("/c/dead"), client=client, settings=settings)
        with pytest.raises(IngestError, match="unsupported URL scheme"):
            resolve_link("file:///etc/passwd", client=client, settings=settings)


@pytest.mark.slow
def test_ingest_adds_canonical_article_urls_once(
    tracker: Site, store: Store, tmp_path: Path
) -> None:
    path = fixture(tracker, "briefing-utf8.eml", tmp_path)
    result = ingest_messages(
        read_messages(path), store=store, settings=Settings(timeout=5), mailbox_name="file:x"
    )
    urls = sorted(s.canonical_url.removeprefix(tracker.base) for s in store.list_sources())
    assert urls == ["/news/a1", "/news/a2", "/news/a5"]  # tracking stripped, a1 twice → once
    assert (result.messages, result.new) == (1, 3)
    assert result.skipped == 1  # a1 again
    assert len(result.errors) == 1 and "HTTP 404" in result.errors[0]  # /c/dead
    origins = {s.origin for s in store.list_sources()}
    assert origins == {"newsletter: Harbor Times Briefing <briefing@harbortimes.example>"}
    a1 = next(s for s in store.list_sources() if s.canonical_url.endswith("/news/a1"))
    assert a1.title_hint == "Harbor city opens its first tidal power plant"
    # the same newsletter again: remembered as seen, nothing resolved again
    before = len(tracker.hits)
    again = ingest_messages(
        read_messages(path), store=store, settings=Settings(), mailbox_name="file:x"
    )
    assert (again.already_seen, again.new, len(tracker.hits)) == (1, 0, before)


def test_scanning_finds_links_and_stores_nothing(tracker: Site, tmp_path: Path) -> None:
    """Ingest returns what it found; storing is the service's (yoten.service.inbox)."""
    from yoten.ingest.mail import scan_messages

    messages = read_messages(fixture(tracker, "newsletters.mbox", tmp_path))
    seen = {"<weekly-25@courier.example>"}
    scanned = list(scan_messages(messages, seen=seen, settings=Settings(timeout=5)))
    assert [s.already_seen for s in scanned] == [False, True]
    first = scanned[0]
    assert first.message_id == "<briefing-20240620@harbortimes.example>" and first.complete
    paths = sorted(f.canonical_url.removeprefix(tracker.base) for f in first.articles)
    assert paths == ["/news/a1", "/news/a1", "/news/a2", "/news/a5"]  # duplicates: the store's
    assert scanned[1].articles == [] and scanned[1].links == 0
    assert not list(tmp_path.glob("*.db"))


def test_ingest_does_not_import_the_store() -> None:
    """The layers: yoten.ingest finds, the service stores."""
    import ast

    import yoten.ingest

    folder = Path(yoten.ingest.__file__).parent
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("yoten.store"), path.name


@pytest.mark.slow
def test_mbox_with_two_newsletters(tracker: Site, store: Store, tmp_path: Path) -> None:
    messages = read_messages(fixture(tracker, "newsletters.mbox", tmp_path))
    assert [m["Message-ID"] for m in messages] == [
        "<briefing-20240620@harbortimes.example>",
        "<weekly-25@courier.example>",
    ]
    result = ingest_messages(
        messages, store=store, settings=Settings(timeout=5), mailbox_name="mbox"
    )
    assert result.new == 3 and result.messages == 2
    assert store.seen_messages("mbox") == {
        "<briefing-20240620@harbortimes.example>",
        "<weekly-25@courier.example>",
    }


def test_unreadable_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read newsletter file"):
        read_messages(tmp_path / "nope.eml")
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\x01 not a message")
    with pytest.raises(InputError, match="not an email message"):
        read_messages(junk)


@pytest.mark.slow
def test_unreachable_links_are_retried_on_the_next_run(
    tracker: Site, store: Store, tmp_path: Path
) -> None:
    """A link that cannot be followed for now (server down, 5xx) loses nothing:
    the message is not marked seen, and the next run adds the article."""
    tracker.add("/c/flaky", Route(status=503))
    eml = MAIL / "briefing-utf8.eml"
    raw = (
        eml.read_bytes()
        .replace(b"{{BASE}}/c/a5", b"{{BASE}}/c/flaky")
        .replace(b"{{BASE}}", tracker.base.encode())
    )
    path = tmp_path / "flaky.eml"
    path.write_bytes(raw)
    first = ingest_messages(
        read_messages(path), store=store, settings=Settings(timeout=5), mailbox_name="m"
    )
    assert any("HTTP 503" in e and "read again next time" in e for e in first.errors)
    assert store.seen_messages("m") == set()
    tracker.add("/c/flaky", Route(status=302, location=f"{tracker.base}/news/a5"))
    second = ingest_messages(
        read_messages(path), store=store, settings=Settings(timeout=5), mailbox_name="m"
    )
    assert second.new == 1  # a5; the others were stored the first time
    assert len(store.seen_messages("m")) == 1
    assert sorted(s.canonical_url.removeprefix(tracker.base) for s in store.list_sources()) == [
        "/news/a1",
        "/news/a2",
        "/news/a5",
    ]
