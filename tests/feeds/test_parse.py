"""Feed documents: RSS 2.0, Atom, RSS 1.0, broken feeds and HTML pages posing as feeds."""

from __future__ import annotations

import pytest

from tests.feeds.site import FEEDS
from yoten.errors import IngestError
from yoten.ingest.feeds import (
    article_from_feed_content,
    entry_matches,
    html_to_paragraphs,
    is_full_content,
    parse_feed,
)

BASE = "http://news.test"


def load(name: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{{BASE}}", BASE.encode())


def test_rss2_entries_have_canonical_links_titles_snippets_and_dates() -> None:
    feed = parse_feed(load("rss2.xml"), url=f"{BASE}/rss.xml")
    assert feed.version == "rss20" and feed.title == "Harbor Times" and feed.language == "en"
    first = feed.entries[0]
    assert first.link == f"{BASE}/news/a1?utm_source=rss&utm_medium=feed"
    assert first.canonical_url == f"{BASE}/news/a1"
    assert first.title == "Harbor city opens its first tidal power plant"
    assert first.content_html == "Marlow Bay's new plant will power 40,000 homes."
    assert (
        first.published is not None and first.published.isoformat() == "2024-06-18T08:00:00+00:00"
    )
    assert len(feed.entries) == 6


def test_atom_prefers_full_content_and_strips_tracking() -> None:
    feed = parse_feed(load("atom.xml"), url=f"{BASE}/atom.xml")
    assert feed.version.startswith("atom")
    railway, trees = feed.entries
    assert railway.canonical_url == f"{BASE}/news/a2"
    assert trees.content_html is not None and is_full_content(trees.content_html)
    assert not is_full_content(railway.content_html)


def test_rss1_rdf() -> None:
    feed = parse_feed(load("rss1.rdf"), url=f"{BASE}/rss1.rdf")
    assert feed.version == "rss10"
    [entry] = feed.entries
    assert entry.canonical_url == f"{BASE}/news/a5"
    assert entry.published is not None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("broken.xml", "not a feed: no RSS, Atom or JSON Feed entries found"),
        ("not-a-feed.html", "not a feed: the document is an HTML page"),
    ],
)
def test_documents_that_are_not_feeds_are_clear_errors(name: str, message: str) -> None:
    with pytest.raises(IngestError, match=message) as info:
        parse_feed(load(name), url=f"{BASE}/{name}")
    assert info.value.source == f"{BASE}/{name}"


def test_entries_with_non_http_links_are_skipped() -> None:
    data = b"""<rss version="2.0"><channel><title>T</title>
    <item><title>ok</title><link>/relative/story</link></item>
    <item><title>bad</title><link>javascript:alert(1)</link></item>
    <item><title>none</title></item></channel></rss>"""
    feed = parse_feed(data, url="https://outlet.example/feed/rss.xml")
    assert [e.canonical_url for e in feed.entries] == ["https://outlet.example/relative/story"]
    assert feed.skipped_links == 2


def test_include_and_exclude_filters_look_at_title_and_link() -> None:
    [first, *_rest] = parse_feed(load("rss2.xml"), url=f"{BASE}/rss.xml").entries
    assert entry_matches(first, None, None)
    assert entry_matches(first, "tidal", None)
    assert entry_matches(first, "/news/a1", None)
    assert not entry_matches(first, "railway", None)
    assert not entry_matches(first, None, "(?i)POWER")
    assert not entry_matches(first, "tidal", "a1")


def test_feed_content_becomes_an_article_with_a_note() -> None:
    html = "<p>The ferry will run every <b>forty</b> minutes.</p><ul><li>From July.</li></ul><script>x()</script>"
    assert html_to_paragraphs(html) == ["The ferry will run every forty minutes.", "From July."]
    art = article_from_feed_content(
        html,
        url=f"{BASE}/a?utm_source=x",
        canonical_url=f"{BASE}/a",
        title="Ferry",
        outlet="Harbor Times",
        language="en",
        published=None,
        note="feed summary used: full text unavailable",
    )
    assert art.text == "The ferry will run every forty minutes.\n\nFrom July."
    assert (
        art.notes == ["feed summary used: full text unavailable"] and art.outlet == "Harbor Times"
    )
    with pytest.raises(IngestError, match="no text"):
        article_from_feed_content(
            "<p> </p>",
            url="u",
            canonical_url="u",
            title=None,
            outlet=None,
            language=None,
            published=None,
        )


@pytest.mark.parametrize(
    ("status", "text", "allowed"),
    [
        (200, "User-agent: *\nDisallow: /private/\n", True),
        (200, "User-agent: yoten\nDisallow: /\n", False),
        (404, "", True),  # RFC 9309: unavailable → everything allowed
        (503, "", False),  # unreachable → nothing allowed (retried on a later run)
        (None, "", False),  # network error
    ],
)
def test_robots_rules_follow_rfc_9309(status: int | None, text: str, allowed: bool) -> None:
    from yoten.run.politeness import ROBOTS_AGENT, robots_from_response

    assert (
        robots_from_response(status, text).can_fetch(ROBOTS_AGENT, "https://outlet.example/news/1")
        is allowed
    )
