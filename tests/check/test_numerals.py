"""Japanese and English numerals to values."""

from __future__ import annotations

import pytest

from yoten.check.numerals import parse_english_words, parse_japanese, precision


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("35億", 3.5e9),
        ("250万", 2.5e6),
        ("4万5000", 45_000),
        ("80万", 800_000),
        ("1,200万", 12_000_000),
        ("13兆1000億", 13.1e12),
        ("2.5万", 25_000),
        ("二十五万", 250_000),
        ("三千", 3000),
        ("百", 100),
        ("一億二千万", 120_000_000),
        ("二〇二四", 2024),
        ("3.5", 3.5),
    ],
)
def test_parse_japanese(numeral: str, value: float) -> None:
    assert parse_japanese(numeral) == pytest.approx(value)


@pytest.mark.parametrize("bad", ["", "万", "3万4万x", "abc"])
def test_parse_japanese_rejects_non_numerals(bad: str) -> None:
    assert parse_japanese(bad) is None


@pytest.mark.parametrize(
    ("numeral", "place"),
    [("35億", 1e8), ("250万", 1e5), ("3.5", 0.1), ("2,487,000", 1000), ("7", 1)],
)
def test_precision_is_the_last_stated_digit(numeral: str, place: float) -> None:
    assert precision(numeral) == pytest.approx(place)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("twenty-five", 25),
        ("a dozen", 12),
        ("two dozen", 24),
        ("three hundred thousand", 300_000),
        ("two hundred and fifty thousand", 250_000),
        ("a million", 1_000_000),
        ("one billion", 1e9),
        ("nineteen", 19),
    ],
)
def test_parse_english_words(phrase: str, value: float) -> None:
    assert parse_english_words(phrase) == pytest.approx(value)
