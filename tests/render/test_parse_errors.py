"""parse_post / read_digest on input that is not a post."""

from __future__ import annotations

import pytest

from yoten.errors import ParseError
from yoten.render.parse import parse_post, read_digest


@pytest.mark.parametrize(
    "text",
    ["", "just a line of prose.\nand another.", "<html><body>not a post</body></html>"],
)
def test_not_house_format(text: str) -> None:
    with pytest.raises(ParseError, match="not a post in the house format"):
        parse_post(text)


def test_no_headline() -> None:
    with pytest.raises(ParseError, match="no headline"):
        parse_post("【概要】\n本文。\n【詳細】\n")


def test_invalid_json() -> None:
    with pytest.raises(ParseError, match="not a valid Digest JSON"):
        read_digest('{"headline": 3}')


def test_missing_sections_tolerated() -> None:
    d = parse_post(
        "見出し\n【概要】\n 本文です。\n【引用・参照・底本】\nTitle Outlet 2024.01.02\nhttps://a.example/x\n"
    )
    assert d.overview.lead == ["本文です。"] and not d.details.topics and not d.key_points
    assert d.sources[0].outlet == "Outlet" and d.sources[0].url == "https://a.example/x"


def test_citation_variants() -> None:
    text = (
        "見出し\n【概要】\nx。\n【引用・参照・底本】\n"
        "A title with words  The Japan Times 2023.11.03\nhttps://a.example/1\n"
        "Only a title\n"
        "Dated, no outlet  2020.02.29\n"
    )
    s = parse_post(text).sources
    assert (s[0].title, s[0].outlet, str(s[0].date)) == (
        "A title with words",
        "The Japan Times",
        "2023-11-03",
    )
    assert (s[1].title, s[1].outlet, s[1].date) == ("Only a title", None, None)
    assert (s[2].title, s[2].outlet, str(s[2].date)) == ("Dated, no outlet", None, "2020-02-29")


def test_section_heading_starting_with_a_digit() -> None:
    text = (
        "見出し\n【概要】\n本文。\n【詳細】\n国債市場\n1.入札の結果\n・応札倍率は低下した。\n"
        "2.20年債入札の不調\n・利回りが上昇した。\n1.5倍の需要が続いた。\n【要点】\n"
    )
    details = parse_post(text).details
    (topic,) = details.topics
    assert [s.heading for s in topic.sections] == ["入札の結果", "20年債入札の不調"]
    assert topic.sections[-1].bullets == ["利回りが上昇した。"]
    assert details.closing == ["1.5倍の需要が続いた。"]  # a sentence, not a section
