"""Issue 13: JSON Feed, yoten's charset detection, truncated and empty feeds."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from yoten.errors import IngestError
from yoten.ingest.feeds import parse_feed

URL = "https://news.example/feed"


def _rss(items: str, *, declaration: str = '<?xml version="1.0"?>', extra: str = "") -> str:
    return (
        f'{declaration}\n<rss version="2.0"><channel><title>Harbor</title>{extra}'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    )


def _item(n: int, title: str = "Story") -> str:
    return f"<item><title>{title} {n}</title><link>https://news.example/a/{n}</link></item>"


@pytest.mark.parametrize("version", ["1", "1.1"])
def test_json_feed(version: str) -> None:
    doc = {
        "version": f"https://jsonfeed.org/version/{version}",
        "title": "Harbor Daily",
        "language": "en-GB",
        "items": [
            {"id": "1", "url": "https://news.example/a/1?utm_source=json", "title": "Tidal plant opens",
             "content_html": "<p>The plant opened.</p>", "date_published": "2024-06-20T07:00:00+01:00"},
            {"id": "2", "external_url": "https://other.example/b", "content_text": "First.\n\nSecond.",
             "date_modified": "2024-06-21T08:00:00Z"},
            {"id": "3", "title": "no url"},
        ],
    }  # fmt: skip
    parsed = parse_feed(json.dumps(doc).encode(), url=URL, content_type="application/feed+json")
    assert (parsed.title, parsed.language, parsed.version) == ("Harbor Daily", "en", "json1")
    first, second = parsed.entries
    assert first.canonical_url == "https://news.example/a/1" and first.title == "Tidal plant opens"
    assert first.published == dt.datetime(2024, 6, 20, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert (
        second.link == "https://other.example/b"
        and second.content_html == "<p>First.</p><p>Second.</p>"
    )
    assert parsed.skipped_links == 1 and parsed.warnings == ()


def test_json_that_is_not_a_json_feed_is_a_clear_error() -> None:
    with pytest.raises(IngestError, match="not a JSON Feed"):
        parse_feed(b'{"items": []}', url=URL, content_type="application/json")


def test_undeclared_shift_jis_feed_is_decoded() -> None:
    data = _rss(_item(1, "市電の新路線、来春開業へ　京都駅から北へ")).encode("cp932")
    parsed = parse_feed(data, url=URL, content_type="application/rss+xml")
    assert parsed.entries[0].title == "市電の新路線、来春開業へ 京都駅から北へ 1"


def test_utf8_feed_declared_windows_1252_is_utf8() -> None:
    declaration = '<?xml version="1.0" encoding="windows-1252"?>'
    data = _rss(_item(1, "Prices rise by 5 € — again"), declaration=declaration).encode("utf-8")
    parsed = parse_feed(data, url=URL, content_type="text/xml; charset=windows-1252")
    assert parsed.entries[0].title == "Prices rise by 5 € — again 1"


def test_declared_legacy_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    declaration = '<?xml version="1.0" encoding="ISO-8859-1"?>'
    data = _rss(_item(1, "Café prices"), declaration=declaration).encode("latin-1")
    assert parse_feed(data, url=URL).entries[0].title == "Café prices 1"


def test_truncated_feed_keeps_its_entries_with_a_warning() -> None:
    whole = _rss("".join(_item(n) for n in range(1, 6)))
    cut = whole[: whole.index("<item><title>Story 4")] + "<item><title>Sto"
    parsed = parse_feed(cut.encode(), url=URL)
    assert [e.title for e in parsed.entries][:3] == ["Story 1", "Story 2", "Story 3"]
    assert len(parsed.warnings) == 1 and "truncated or malformed" in parsed.warnings[0]


def test_empty_feed_and_feed_without_usable_links_warn() -> None:
    assert parse_feed(_rss("").encode(), url=URL).warnings == ("the feed has no entries",)
    bad = "<item><title>x</title><link>ftp://files.example/x</link></item>"
    assert parse_feed(_rss(bad).encode(), url=URL).warnings == (
        "none of the feed's 1 entries has a usable http(s) link",
    )


def test_ttl_is_read() -> None:
    assert parse_feed(_rss(_item(1), extra="<ttl>90</ttl>").encode(), url=URL).ttl_minutes == 90
    assert parse_feed(_rss(_item(1)).encode(), url=URL).ttl_minutes is None


def test_a_year_alone_is_no_entry_date() -> None:
    items = (
        "<item><title>A</title><link>https://news.example/a/1</link><pubDate>2022</pubDate></item>"
        "<item><title>B</title><link>https://news.example/a/2</link>"
        "<pubDate>Thu, 20 Jun 2024 09:00:00 GMT</pubDate></item>"
    )
    a, b = parse_feed(_rss(items).encode(), url=URL).entries
    assert a.published is None
    assert b.published == dt.datetime(2024, 6, 20, 9, tzinfo=dt.UTC)
