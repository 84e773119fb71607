"""extract_text: plain text and Markdown input."""

from __future__ import annotations

import datetime as dt

import pytest

from yoten.errors import IngestError
from yoten.ingest.extract import extract_text

from .conftest import DATA


def test_text_with_headers() -> None:
    article = extract_text((DATA / "article.txt").read_text("utf-8"), name="article.txt")
    assert article.title == "Tide gauges in Osaka Bay to be replaced after forty years"
    assert article.outlet == "Harbor Daily"
    assert article.published == dt.datetime(
        2023, 11, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))
    )
    assert article.url is not None and "utm_source=newsletter" in article.url
    assert article.canonical_url == "https://www.harbordaily.example/news/2023/11/05/tide-gauge"
    assert article.language == "en"
    assert len(article.paragraphs) == 3
    # hard-wrapped English lines are joined with a space
    assert article.paragraphs[0] == (
        "The prefectural government said on Sunday that it would replace the six tide "
        "gauges in Osaka Bay, most of which were installed in the early 1980s."
    )
    assert article.text == "\n\n".join(article.paragraphs)


def test_markdown_japanese() -> None:
    article = extract_text((DATA / "ja-note.md").read_text("utf-8"), name="ja-note.md")
    assert article.title == "神戸港、クルーズ船の寄港が過去最多に"
    assert article.outlet is None and article.published is None and article.url is None
    assert article.language == "ja"
    # Japanese lines are joined without a space
    assert article.paragraphs[0].endswith(
        "152隻となり、統計を取り始めた1990年以降で最多になったと発表した。"
    )
    assert len(article.paragraphs) == 2


def test_plain_text_without_headers() -> None:
    article = extract_text("\n\n  Title line  \nfirst para\nstill first\n\n\nsecond para\r\n")
    assert article.title == "Title line"
    assert article.paragraphs == ["first para still first", "second para"]


def test_bad_headers_become_notes() -> None:
    article = extract_text("URL: ftp://x.example/a\nDate: someday\n\nTitle\n\nBody text.")
    assert article.url is None and article.published is None
    assert any("URL header ignored" in n for n in article.notes)
    assert any("Date header not understood" in n for n in article.notes)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty input"),
        ("  \n\t\n ", "empty input"),
        ("\ufeff\n", "empty input"),
        ("abc\x00def", "binary data"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f" * 3, "binary data"),
        ("Only a title", "no article text found"),
        ("Source: X\nDate: 2024-01-01\n\nJust a title\n", "no article text found"),
    ],
)
def test_refused_text(text: str, message: str) -> None:
    with pytest.raises(IngestError, match=message) as info:
        extract_text(text, name="in.txt")
    assert info.value.source == "in.txt"


def test_line_joining_next_to_cjk() -> None:
    article = extract_text(
        "見出し\n\n市は、\n1990年以降で最多と\nApple社の\niPhoneについて発表した。\nThen English\nwords follow."
    )
    assert article.paragraphs == [
        "市は、1990年以降で最多とApple社のiPhoneについて発表した。Then English words follow."
    ]
