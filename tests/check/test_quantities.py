"""Reading English quantities: units, equivalents, rates and day counts (yoten.check.quantities)."""

from __future__ import annotations

import pytest

from tests.check.conftest import MakeArticle, MakeDigest, flagged_spans
from tests.check.helpers import MARCH_12, english_units
from yoten.check.digest_figures import digest_quantities
from yoten.check.quantities import (
    Reading,
    equivalent_readings,
    is_day_count,
    is_rate_denominator,
    readings_match,
    scan_english,
)


def test_compound_figures_are_not_rates() -> None:
    # a compound is one quantity, the whole figure (not a rate "1 hour: 40 minutes")
    assert [q.span for q in digest_quantities("所要時間は1時間40分。")] == ["1時間40分"]
    assert [q.span for q in digest_quantities("身長は1メートル85センチ。")] == ["1メートル85センチ"]
    assert not is_rate_denominator("1年3カ月", 2, ("year",))
    assert is_rate_denominator("1日26隻", 2, ("day",))
    assert is_rate_denominator("1キロあたり", 3, ("length",))


def test_english_speed_abbreviations_read_as_speeds() -> None:
    for text in ("60 mph", "60 m.p.h.", "60 mi/h", "60 miles an hour", "60 mi per hr"):
        # one quantity each: the "an hour" of "miles an hour" is no separate figure
        (q,) = scan_english(text)
        assert q.units == {"speed"}, text
        assert abs(q.readings[0].value - 96.56) < 0.1
    for text in ("96 km/h", "96 kph", "96 km per hour", "96 kilometers per hour"):
        (q,) = scan_english(text)
        assert q.readings == (Reading("speed", 96),), text


def test_imperial_readings_convert_loosely_to_metric_only() -> None:
    (mi,) = scan_english("65 mph")
    (other_mi,) = scan_english("70 mph")
    (km,) = scan_english("110 km/h")
    assert readings_match(km, mi)  # 110 vs 104.6 km/h: a conversion
    assert not readings_match(other_mi, mi)  # 70 vs 65 mph: a different figure


def test_an_article_before_a_time_unit_is_one() -> None:
    spans = {q.span: q for q in scan_english("It lasted over a year, then a single week.")}
    assert spans["a year"].readings[0] == Reading("year", 1) and spans["a year"].approx
    assert spans["a single week"].readings[0] == Reading("week", 1)
    assert "a second" not in {q.span for q in scan_english("He tried a second time.")}


def readings(text: str) -> dict[str, set[tuple[str, float]]]:
    """Span → {(unit, rounded value)} of every English quantity in ``text``."""
    return {q.span: {(r.unit, round(r.value, 6)) for r in q.readings} for q in scan_english(text)}


def test_decades_and_centuries_read_as_years() -> None:
    (decades,) = scan_english("two decades")
    assert {(r.unit, r.value) for r in decades.readings} == {("decade", 2.0)}
    also = {(r.unit, r.value) for r in equivalent_readings(decades.readings)}
    assert ("year", 20.0) in also and ("mon", 240.0) in also
    (century,) = scan_english("three centuries")
    assert ("year", 300.0) in {(r.unit, r.value) for r in equivalent_readings(century.readings)}


def test_vulgar_fractions_and_and_a_half_are_read() -> None:
    assert ("score", 9.5) in readings("9½ points")["9½ points"]
    assert readings("3¾ miles")["3¾ miles"] == {("length", round(3.75 * 1609.344, 6))}
    assert ("count", 2500000.0) in readings("two and a half million people")[
        "two and a half million"
    ]
    # "and a third of …" is no part of a figure
    assert "5 and a third" not in readings("5 rose and a third fell")


def test_lower_case_words_are_not_currency_codes() -> None:
    # "won" after a capitalised noun is the verb; "try" is not the lira
    assert readings("100 New Yorkers won")["100"] >= {("count", 100.0)}
    assert all(
        not unit.startswith("cur:") for rs in readings("try 5 times").values() for unit, _ in rs
    )


def test_two_of_a_unit_is_not_an_article(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = flagged_spans(
        make_article, make_digest, "2時間で鎮火した。", "It was out in an hour.", published=MARCH_12
    )
    assert found == [("figure", "2時間")]
    found = flagged_spans(
        make_article, make_digest, "2キロの渋滞", "a queue a kilometre long", published=MARCH_12
    )
    assert found == [("figure", "2キロ")]
    assert "a second" not in readings("He tried a second time.")


def test_an_article_per_unit_stays_part_of_a_rate() -> None:
    assert list(readings("60 miles an hour")) == ["60 miles an hour"]


@pytest.mark.parametrize(
    ("english", "reading"),
    [
        ("10 millimetres", ("length", 0.01)),
        ("a 10-millimetre gap", ("length", 0.01)),
        ("10 milliseconds", ("second", 0.01)),
        ("10ms", ("second", 0.01)),
        ("5 micrometres", ("length", 5e-06)),
        ("5 microns", ("length", 5e-06)),
        ("a 3nm process", ("length", 3e-09)),
        ("20mg", ("mass", 2e-05)),
        ("250 ml", ("volume", 0.25)),
        ("64GB", ("data", 6.4e10)),
        ("2.4 GHz", ("frequency", 2.4e9)),
        ("20 millisieverts", ("dose", 0.02)),
        ("950 hPa", ("pressure", 95000.0)),
        ("950 millibars", ("pressure", 95000.0)),
        ("a 60-watt bulb", ("power", 60.0)),
    ],
)
def test_english_si_units(english: str, reading: tuple[str, float]) -> None:
    assert reading in english_units(english)


def span_equivalents(text: str) -> dict[str, set[tuple[str, float]]]:
    """Span → {(unit, rounded value)} of every English quantity, with equivalents."""
    return {
        q.span: {(r.unit, round(r.value, 6)) for r in equivalent_readings(q.readings)}
        for q in scan_english(text)
    }


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("31日のうち19日", 0),  # N日のうち: the whole
        ("31日のうち19日", 6),  # after X日のうち: the part
        ("30日中12日", 4),  # after X日中: the part
        ("30日中12日", 0),  # N日中 + a figure
        ("1週間のうち3日", 6),
        ("6月のうち4日", 5),
        ("10日余り", 0),
        ("7日分の食料", 0),
        ("4日近く", 0),
        ("3日にわたり", 0),
        ("9日超", 0),
    ],
)
def test_days_in_duration_context_are_counts(text: str, start: int) -> None:
    end = text.index("日", start) + 1
    assert is_day_count(text, start, end)


def test_n_of_the_m_days_gives_the_part_the_unit() -> None:
    found = span_equivalents("rain fell on 12 of the 30 days")
    assert ("day", 12) in found["12"] and ("day", 30) in found["30 days"]
    assert ("day", 5) in span_equivalents("5 out of 7 days")["5"]
    assert span_equivalents("12 of the players")["12"] == {("count", 12)}


def test_the_past_decade_reads_as_ten_years() -> None:
    assert ("year", 10) in span_equivalents("over the past decade")["the past decade"]
    assert ("dur", 7 * 86400) in span_equivalents("a weeklong fair")["weeklong"]
    assert span_equivalents("the past few years") == {}


def test_a_figure_after_a_name_and_comma_is_no_age_when_a_noun_follows() -> None:
    found = span_equivalents("In March, 23 people were detained.")
    assert ("age", 23) not in found["23"]
    assert ("age", 23) in span_equivalents("Ana Ruiz, 23, and Li Wei, 31, were detained.")["23"]
