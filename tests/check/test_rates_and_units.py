"""Rates, speeds, vague durations and centuries: general rules of number and date reading.

Each case is a correct translation that must not be a finding, or a changed
figure that must still be one (so the rules do not simply swallow numbers).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.conftest import flagged_spans
from yoten.check.dates import find_dates
from yoten.check.numbers import digest_quantities
from yoten.check.quantities import Reading, is_rate_denominator, readings_match, scan_english

MARCH_12 = dt.date(2025, 3, 12)


def errors(make_article, make_digest, text: str, source: str) -> list[tuple[str, str]]:
    """(kind, span) of every error finding, the article published on MARCH_12."""
    return flagged_spans(make_article, make_digest, text, source, published=MARCH_12)


# ---------------------------------------------------------------------------
# Rates: "1 + unit" as the "per one" of a rate
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        (
            "避難所では1人1日あたり3リットルの飲料水を配る。",
            "Shelters hand out 3 litres of water per person daily.",
        ),
        ("1人あたり800ユーロの給付金が出る。", "Every household member gets a €800 payment."),
        (
            "港には1日40隻のタンカーが入っていた。",
            "Before the strike, 40 tankers a day entered the port.",
        ),
        ("1日5便に増便する。", "The airline will fly five times a day."),
        ("米は1キロあたり4ドルで取引された。", "Rice traded at $4 per kilogram."),
        ("1回につき15ドルを徴収する。", "Visitors pay $15 per entry."),
        ("総会は年1回開かれる。", "The assembly meets annually."),
        ("委員会は月1回の会合を持つ。", "The committee meets monthly."),
        ("1日1回服用する。", "Take the tablet daily."),
        ("1日平均120人が来館した。", "The museum drew 120 visitors a day on average."),
        ("1ドル=148円まで円安が進んだ。", "The yen weakened to 148 yen per dollar."),
        ("1人2枚まで購入できる。", "Buyers are limited to two tickets each."),
    ],
)
def test_rate_expressions_are_not_findings(
    make_article, make_digest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


def test_the_rates_own_figure_is_still_checked(make_article, make_digest) -> None:
    found = errors(
        make_article, make_digest, "港には1日45隻のタンカーが入っていた。", "40 tankers a day."
    )
    assert found == [("figure", "45隻")]


def test_a_day_of_the_month_is_still_a_date(make_article, make_digest) -> None:
    # 1日 followed by a clock time or a particle is the 1st, not "per day"
    assert find_dates("1日10時に開幕する")[0].span == "1日"
    assert [d.span for d in find_dates("1日に3人が負傷した")] == ["1日"]
    found = errors(make_article, make_digest, "1日に発表した。", "The ministry said on March 4.")
    assert ("date", "1日") in found


def test_compound_figures_are_not_rates() -> None:
    # a compound is one quantity, the whole figure (not a rate "1 hour: 40 minutes")
    assert [q.span for q in digest_quantities("所要時間は1時間40分。")] == ["1時間40分"]
    assert [q.span for q in digest_quantities("身長は1メートル85センチ。")] == ["1メートル85センチ"]
    assert not is_rate_denominator("1年3カ月", 2, ("year",))
    assert is_rate_denominator("1日26隻", 2, ("day",))
    assert is_rate_denominator("1キロあたり", 3, ("length",))


def test_a_count_of_one_after_other_words_is_still_a_quantity() -> None:
    assert [q.span for q in digest_quantities("死者は1人にとどまった。")] == ["1人"]
    assert [q.span for q in digest_quantities("年3回開かれる。")] == ["3回"]


# ---------------------------------------------------------------------------
# Speeds and distances
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("上限を時速75マイルから60マイルに下げる。", "The cap falls from 75 mph to 60 mph."),
        (
            "上限を時速75マイルから60マイルに下げる。",
            "The cap falls from 75 mph to 60 on rural roads.",
        ),
        ("時速110キロから90キロに制限", "Limited from 110 km/h to 90 kph."),
        ("最高時速約45マイルで走る。", "It runs at about 45 miles per hour."),
        ("時速50マイルで通過した。", "It passed at 50 mi/h."),
        ("時速80キロで走行した。", "It travelled at 80 kilometres an hour."),
        ("車は55マイルで走っていた。", "The car was doing 55 mph."),  # bare マイル, speed source
        ("風速は120キロに達した。", "Gusts reached 120 kph."),  # bare キロ, speed source
        ("時速100キロで走行", "It ran at 62 mph."),  # a conversion: close enough
        ("島まで30マイルの距離", "The island lies 30 miles offshore."),  # still a distance
    ],
)
def test_speeds_match_across_unit_spellings(
    make_article, make_digest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


def test_two_figures_in_the_same_imperial_unit_compare_exactly(make_article, make_digest) -> None:
    # 60 and 65 mph are 8% apart: within a conversion's tolerance, but both are mph
    found = errors(make_article, make_digest, "時速60マイルに制限", "Capped at 65 mph.")
    assert found == [("figure", "60マイル")]
    found = errors(make_article, make_digest, "距離は48マイル。", "It is 52 miles away.")
    assert found == [("figure", "48マイル")]


def test_speed_phrase_reaches_the_second_figure_only() -> None:
    (first, second) = digest_quantities("時速70マイルから65マイルに")
    assert first.units == second.units == {"speed"}
    (lone,) = digest_quantities("65マイルを走った")
    assert {"length", "speed"} <= lone.units


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


# ---------------------------------------------------------------------------
# Vague durations: "a year", "a single week", centuries
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("交渉は1年以上続いている。", "Talks have dragged on for more than a year."),
        ("交渉は1年以上続いている。", "Talks have run for over a year."),
        ("1週間で2万件の注文を受けた。", "It took 20,000 orders in a single week."),
        ("1週間で2万件の注文を受けた。", "It took 20,000 orders in a week."),
        ("1週間で2万件の注文を受けた。", "It took 20,000 orders in one week."),
        ("1か月後に運行を再開する。", "Service resumes in a month."),
        ("1時間以内に鎮火した。", "The fire was out within an hour."),
        ("約1世紀ぶりの大雪", "The heaviest snow in about a century."),
        ("4世紀にわたって続く祭り", "A festival held for four centuries."),
        ("4世紀にわたって続く祭り", "A festival held for 400 years."),
        ("4世紀の歴史を持つ祭り", "A festival with four centuries of history."),
        ("18世紀に建てられた教会", "The church dates from the 1700s."),
        ("18世紀に建てられた教会", "The church was built in the 18th century."),
        ("18世紀後半に建てられた", "The church was finished in 1783."),
    ],
)
def test_vague_durations_and_centuries_are_supported(
    make_article, make_digest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("交渉は2年以上続いている。", "Talks have dragged on for more than a year.", "2年以上"),
        ("2週間で2万件の注文", "It took 20,000 orders in a single week.", "2週間"),
        ("4世紀にわたって続く祭り", "A festival held for three centuries.", "4世紀"),
        ("18世紀に建てられた教会", "The church is 90 years old.", "18世紀"),
        ("18世紀に建てられた教会", "The church dates from the 1800s.", "18世紀"),
    ],
)
def test_wrong_durations_and_centuries_are_still_errors(
    make_article, make_digest, digest_text: str, source_text: str, span: str
) -> None:
    assert [s for _kind, s in errors(make_article, make_digest, digest_text, source_text)] == [span]


def test_a_span_of_centuries_is_a_quantity_not_a_date() -> None:
    assert find_dates("3世紀にわたり統治した") == []
    assert find_dates("約3世紀") == []
    (q,) = digest_quantities("3世紀にわたり統治した")
    assert {r.unit for r in q.readings} == {"century", "year"}
    assert [d.century for d in find_dates("19世紀後半")] == [19]


def test_an_article_before_a_time_unit_is_one() -> None:
    spans = {q.span: q for q in scan_english("It lasted over a year, then a single week.")}
    assert spans["a year"].readings[0] == Reading("year", 1) and spans["a year"].approx
    assert spans["a single week"].readings[0] == Reading("week", 1)
    assert "a second" not in {q.span for q in scan_english("He tried a second time.")}
