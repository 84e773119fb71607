"""Reading English quantities: units, equivalents, rates and day counts (yoten.check.quantities)."""

from __future__ import annotations

from yoten.check.numbers import digest_quantities
from yoten.check.quantities import Reading, is_rate_denominator, readings_match, scan_english


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
