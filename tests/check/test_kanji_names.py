"""Kanji names spelt two ways (yoten.check.kanji_names), against a Japanese source."""

from __future__ import annotations

import datetime as dt

from yoten.check import check_digest
from yoten.models import Article, Details, Digest, Overview

TUE_10 = dt.datetime(2026, 11, 10, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
SOURCE = "東都シネマの大河内誠一社長は10日、通期の業績予想を引き上げたと発表した。"


def _spellings(*lead: str) -> list[tuple[str, str]]:
    article = Article(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        title="決算",
        outlet="みなと新報",
        published=TUE_10,
        language="ja",
        text=SOURCE,
        paragraphs=[SOURCE],
    )
    digest = Digest(headline="見出し", overview=Overview(lead=list(lead)), details=Details())
    return [
        (f.span, f.message) for f in check_digest(digest, article).findings if f.kind == "spelling"
    ]


def test_a_second_kanji_spelling_of_a_name_the_source_writes() -> None:
    found = _spellings("大河内誠一社長は予想を引き上げた。", "大川内誠一社長は配当も増やす。")
    assert [span for span, _ in found] == ["大川内誠一"]
    assert "大河内誠一" in found[0][1]


def test_one_spelling_or_two_names_are_left_alone() -> None:
    assert _spellings("大河内誠一社長は予想を引き上げた。", "大河内誠一社長は配当も増やす。") == []
    # (neither written in the source: two people, as far as the checker knows)
    assert _spellings("大川内誠二氏は述べた。", "大川内誠三氏も述べた。") == []
