"""General reading rules found missing on held-out digests: spans of years, relative
months, days of the month, scores and fractions, hyphenated units, less common
currencies, "a/an" + unit, year expressions, and katakana spelling variants.

Each rule has correct translations that must not be findings and changed
figures that must still be findings, so a rule cannot simply swallow numbers.
All sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.conftest import MakeArticle, MakeDigest, flagged_spans
from yoten.check.dates import find_dates, source_dates
from yoten.check.numbers import digest_quantities
from yoten.check.pieces import Piece
from yoten.check.quantities import equivalent_readings, scan_english
from yoten.check.spelling import check_spelling

MARCH_12 = dt.date(2025, 3, 12)


def errors(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    text: str,
    source: str,
    published: dt.date = MARCH_12,
) -> list[tuple[str, str]]:
    """(kind, span) of every error finding, the article published on MARCH_12 by default."""
    return flagged_spans(make_article, make_digest, text, source, published=published)


def readings(text: str) -> dict[str, set[tuple[str, float]]]:
    """Span → {(unit, rounded value)} of every English quantity in ``text``."""
    return {q.span: {(r.unit, round(r.value, 6)) for r in q.readings} for q in scan_english(text)}


# ---------------------------------------------------------------------------
# 1. N年ぶり, N世紀ぶり, Nか月ぶり: spans in another unit (a decade = 10 years)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("同港への寄港は10年ぶりとなる。", "It is the first call at the port in a decade."),
        ("同港への寄港は10年ぶりとなる。", "No liner had called there in ten years."),
        ("同港への寄港は10年ぶり。", "A decade has passed since the last call; 3 ships wait."),
        ("20年ぶりの高値を付けた。", "Copper hit its highest price in two decades."),
        ("30年ぶりの水準", "the level was last seen three decades ago"),
        ("1世紀ぶりの大雪となった。", "The city saw its heaviest snow in a century."),
        ("100年ぶりの大雪となった。", "The city saw its heaviest snow in a century."),
        ("3か月ぶりの安値", "the lowest close in three months"),
        ("6カ月ぶりに再開した。", "The line reopened after half a year."),
        ("1年半ぶりに帰国した。", "She returned home after 18 months abroad."),
        ("10年ぶりの優勝を果たした。", "It is the club's first title since 2015."),
    ],
)
def test_spans_of_years_in_other_units_support_buri(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


def test_a_changed_span_is_still_a_finding(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = errors(make_article, make_digest, "20年ぶりの優勝。", "Their first title in a decade.")
    assert found == [("figure", "20年ぶり")]
    found = errors(make_article, make_digest, "10年ぶりの優勝。", "The first title in five years.")
    assert found == [("figure", "10年ぶり")]
    # "since 2015" in 2025 is ten (or, for a part year, nine) years, not five
    found = errors(make_article, make_digest, "5年ぶりの優勝。", "The first title since 2015.")
    assert [span for _kind, span in found] == ["5年ぶり"]


def test_decades_and_centuries_read_as_years() -> None:
    (decades,) = scan_english("two decades")
    assert {(r.unit, r.value) for r in decades.readings} == {("decade", 2.0)}
    also = {(r.unit, r.value) for r in equivalent_readings(decades.readings)}
    assert ("year", 20.0) in also and ("mon", 240.0) in also
    (century,) = scan_english("three centuries")
    assert ("year", 300.0) in {(r.unit, r.value) for r in equivalent_readings(century.readings)}


# ---------------------------------------------------------------------------
# 2. Months with a relative year: last March, March last year, next March
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published"),
    [
        ("2024年3月に導入された。", "The levy was introduced last March.", MARCH_12),
        ("2024年3月に導入された。", "The levy was introduced in March last year.", MARCH_12),
        ("2024年3月に導入された。", "It was brought in in March of last year.", MARCH_12),
        ("2026年3月に導入される。", "The levy takes effect next March.", MARCH_12),
        ("2026年3月に導入される。", "The levy takes effect in March next year.", MARCH_12),
        ("2025年9月に導入される。", "The levy takes effect this September.", MARCH_12),
        ("2025年9月に導入される。", "The levy takes effect next September.", MARCH_12),
        ("2025年2月に導入された。", "The levy was introduced last February.", dt.date(2025, 6, 2)),
        ("2024年2月に導入された。", "The levy was introduced last February.", dt.date(2025, 6, 2)),
        # a bare month: the nearest one, or the last one before publication
        ("2024年11月に導入された。", "The levy was introduced in November.", MARCH_12),
        ("2025年4月に導入される。", "The levy takes effect in April.", MARCH_12),
        ("2024年4月に導入された。", "The levy took effect in April.", MARCH_12),
    ],
)
def test_months_with_a_relative_year(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text, published) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("2023年3月に導入された。", "The levy was introduced last March.", "2023年3月"),
        ("2024年3月に導入される。", "The levy takes effect in March next year.", "2024年3月"),
        ("2024年3月に導入される。", "The levy takes effect next March.", "2024年3月"),
        ("2023年11月に導入された。", "The levy was introduced in November.", "2023年11月"),
    ],
)
def test_a_month_in_another_year_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    span: str,
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == [("date", span)]


def test_last_march_is_not_also_read_as_this_march() -> None:
    facts = source_dates("The levy was introduced last March.", dt.date(2025, 6, 2))
    assert (2024, 3) in facts.month_years and (2025, 3) in facts.month_years
    facts = source_dates("The levy was introduced in March last year.", dt.date(2025, 6, 2))
    assert (2024, 3) in facts.month_years and (2025, 3) not in facts.month_years


# ---------------------------------------------------------------------------
# 3. 1日 as the 1st: explicit dates, "on the 1st", the start of the month, weekdays
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published"),
    [
        ("新料金は1日から適用された。", "New fares applied from March 1.", MARCH_12),
        ("新料金は1日から適用された。", "New fares applied from 1 March.", MARCH_12),
        ("新料金は3月1日から適用された。", "New fares applied from 1st March.", MARCH_12),
        ("新料金は1月1日から適用された。", "New fares applied on Jan. 1.", MARCH_12),
        ("新料金は1日から適用された。", "New fares applied on the 1st.", MARCH_12),
        ("新料金は1日から適用された。", "New fares apply from the start of the month.", MARCH_12),
        ("新料金は4月1日から適用される。", "Fares rise at the beginning of next month.", MARCH_12),
        ("新料金は1日から適用される。", "Fares rise on the first of next month.", MARCH_12),
        ("新料金は15日から適用される。", "Fares rise from the 15th.", MARCH_12),
        # Friday 29 August 2025: "from Monday" is Monday 1 September
        ("新料金は1日から適用される。", "New fares apply from Monday.", dt.date(2025, 8, 29)),
        ("新料金は9月1日から適用される。", "New fares apply from Monday.", dt.date(2025, 8, 29)),
    ],
)
def test_first_of_the_month(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text, published) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "published", "span"),
    [
        ("新料金は2日から適用された。", "New fares applied on the 1st.", MARCH_12, "2日"),
        (
            "新料金は2日から適用される。",
            "New fares apply from Monday.",
            dt.date(2025, 8, 29),
            "2日",
        ),
        (
            "新料金は5月1日から適用される。",
            "Fares rise at the start of next month.",
            MARCH_12,
            "5月1日",
        ),
        ("新料金は1日から適用される。", "Fares rise on March 4.", MARCH_12, "1日"),
    ],
)
def test_another_day_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    published: dt.date,
    span: str,
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text, published) == [
        ("date", span)
    ]


@pytest.mark.parametrize(
    "source_text",
    ["The fair ran from April 1 to 3.", "The fair ran on April 1-3.", "The fair ran 1-3 April."],
)
def test_a_range_of_days_of_the_month(
    make_article: MakeArticle, make_digest: MakeDigest, source_text: str
) -> None:
    assert errors(make_article, make_digest, "見本市は1〜3日に開かれた。", source_text) == []
    found = errors(make_article, make_digest, "見本市は1〜4日に開かれた。", source_text)
    assert ("figure", "4日") in found
    # a span of days is still a span: two to three days
    assert (
        errors(make_article, make_digest, "回復に2〜3日かかる。", "It takes two to three days.")
        == []
    )


def test_day_ordinals_that_are_not_days_of_the_month() -> None:
    facts = source_dates("It finished on the 3rd place podium in the 21st century.", None)
    assert 3 not in facts.days and 21 not in facts.days


# ---------------------------------------------------------------------------
# 4. Scores, points, vulgar fractions, "and a half"
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("審査員は9.5点を付けた。", "The judges gave her 9.5 points."),
        ("審査員は9.5点を付けた。", "The judges gave her 9½ points."),
        ("審査員は9.5点を付けた。", "The judges gave her nine and a half points."),
        ("首位との差は1.5点に縮まった。", "The gap to the leader shrank to one-and-a-half points."),
        ("3対1で勝利した。", "They won 3-1 at home."),
        ("2対0で勝利した。", "They won two-nil away."),
        ("150万ドルを調達した。", "It raised $1½ million."),
        ("150万人が参加した。", "One and a half million people took part."),
        ("2年半続いた。", "The drought lasted two and a half years."),
        ("1時間半に及んだ。", "The talks ran for an hour and a half."),
        ("1時間半に及んだ。", "The talks ran for 90 minutes."),
        ("会見は1時間40分に及んだ。", "The briefing lasted 100 minutes."),
        ("水位は2.25メートル上がった。", "The river rose 2¼ metres."),
    ],
)
def test_scores_and_fractions(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


def test_a_changed_score_is_still_a_mismatch(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = errors(make_article, make_digest, "9.5点を付けた。", "The judges gave her 8½ points.")
    assert found == [("figure", "9.5点")]
    found = errors(make_article, make_digest, "1時間50分に及んだ。", "It lasted 100 minutes.")
    assert found == [("figure", "1時間50分")]  # one compound figure, one finding


def test_vulgar_fractions_and_and_a_half_are_read() -> None:
    assert ("score", 9.5) in readings("9½ points")["9½ points"]
    assert readings("3¾ miles")["3¾ miles"] == {("length", round(3.75 * 1609.344, 6))}
    assert ("count", 2500000.0) in readings("two and a half million people")[
        "two and a half million"
    ]
    # "and a third of …" is no part of a figure
    assert "5 and a third" not in readings("5 rose and a third fell")


# ---------------------------------------------------------------------------
# 5. Minutes and hyphenated compound units
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("7分で試合を決めた。", "He settled it within seven minutes."),
        ("7分で試合を決めた。", "He settled it within 7 minutes."),
        ("7分で試合を決めた。", "It was a 7-minute spell that settled it."),
        ("7分で試合を決めた。", "A seven-minute spell settled it."),
        ("40ミリの雨が降った。", "A 40-millimetre downpour hit the town."),
        ("40ミリの雨が降った。", "The town got 40mm of rain."),
        ("40ミリの雨が降った。", "The town got 40 millimeters of rain."),
        ("3000年以上前の墓が見つかった。", "A 3,000-year-old tomb was found."),
        ("3000年以上前の墓が見つかった。", "The tomb was sealed more than 3,000 years ago."),
        ("5年計画を発表した。", "It unveiled a five-year plan."),
        ("1日5ユーロの入域料", "a €5-a-day entry fee"),
    ],
)
def test_minutes_and_hyphenated_units(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


def test_a_changed_minute_or_length_is_still_a_mismatch(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = errors(make_article, make_digest, "8分で決めた。", "He settled it in seven minutes.")
    assert found == [("figure", "8分")]
    found = errors(make_article, make_digest, "50ミリの雨", "A 40-millimetre downpour.")
    assert found == [("figure", "50ミリ")]


# ---------------------------------------------------------------------------
# 6. Currencies written after the figure, and their English forms
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("70億クローナの赤字", "a deficit of ISK 7bn"),
        ("70億クローナの赤字", "a deficit of 7 billion kronur"),
        ("70億クローナの赤字", "a deficit of 7bn ISK"),
        ("70億アイスランドクローナの赤字", "a deficit of 7 billion Icelandic krónur"),
        ("5万スウェーデンクローナ", "a fine of SEK 50,000"),
        ("5万クローネの罰金", "a fine of 50,000 Danish kroner"),
        ("5万クローネの罰金", "a fine of NOK 50,000"),
        ("5スイスフランの手数料", "a fee of CHF 5"),
        ("5スイスフランの手数料", "a fee of CHF5"),
        ("5スイスフランの手数料", "a fee of Sfr 5"),
        ("5スイスフランの手数料", "a fee of 5 Swiss francs"),
        ("5フランの手数料", "a fee of 5 francs"),
        ("100ランドの手数料", "a fee of R100"),
        ("100ランドの手数料", "a fee of ZAR 100"),
        ("100南アフリカランドの手数料", "a fee of 100 South African rand"),
        ("200メキシコペソ", "a fee of MXN 200"),
        ("200ペソ", "a fee of 200 pesos"),
        ("300レアル", "a fee of R$300"),
        ("300レアル", "a fee of 300 Brazilian reais"),
        ("500ルピー", "a fee of Rs 500"),
        ("500ルピー", "a fee of 500 Indian rupees"),
        ("5000ウォン", "a fee of 5,000 won"),
        ("5000ウォン", "a fee of KRW 5,000"),
        ("80元", "a fee of 80 yuan"),
        ("80人民元", "a fee of 80 renminbi"),
        ("80元", "a fee of CNY80"),
        ("90ポンド", "a fee of £90"),
        ("90ポンド", "a fee of 90 pounds"),
        ("90ユーロ", "a fee of €90"),
        ("90ユーロ", "a fee of EUR 90"),
        ("50セント", "a fee of 50 cents"),
        ("40万ズロチ", "a fine of 400,000 zlotys"),
    ],
)
def test_currencies(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("70億クローナの赤字", "a deficit of 7 billion euros", "70億クローナ"),
        ("70億クローナの赤字", "a deficit of ISK 5bn", "70億クローナ"),
        ("5スイスフランの手数料", "a fee of 5 euros", "5スイスフラン"),
        ("100ランドの手数料", "a fee of $100", "100ランド"),
        ("80元", "a fee of 80 pesos", "80元"),
    ],
)
def test_another_currency_or_amount_is_still_a_finding(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    digest_text: str,
    source_text: str,
    span: str,
) -> None:
    assert [s for _kind, s in errors(make_article, make_digest, digest_text, source_text)] == [span]


def test_lower_case_words_are_not_currency_codes() -> None:
    # "won" after a capitalised noun is the verb; "try" is not the lira
    assert readings("100 New Yorkers won")["100"] >= {("count", 100.0)}
    assert all(
        not unit.startswith("cur:") for rs in readings("try 5 times").values() for unit, _ in rs
    )


# ---------------------------------------------------------------------------
# 7. "a/an" + unit is one of that unit
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("1時間で鎮火した。", "The fire was out in an hour."),
        ("1時間で鎮火した。", "The fire was out in one hour."),
        ("1時間の演説を行った。", "She gave an hour-long speech."),
        ("1時間の演説を行った。", "Her hour-long speech ran late."),
        ("1時間以内に返答する。", "They will answer within the hour."),
        ("1日間の休戦", "a day of truce"),
        ("1週間延期された。", "It was delayed by a week."),
        ("2週間延期された。", "It was delayed by a fortnight."),
        ("1か月間続いた。", "The strike lasted a month."),
        ("1年間続いた。", "The strike lasted a year."),
        ("1キロにわたる渋滞", "a queue stretching a kilometre"),
        ("1マイルの行列", "a queue a mile long"),
        ("金利を1ポイント引き上げた。", "Rates rose by a percentage point."),
        ("30分待たされた。", "They waited half an hour."),
    ],
)
def test_an_article_before_a_unit_is_one(
    make_article: MakeArticle, make_digest: MakeDigest, digest_text: str, source_text: str
) -> None:
    assert errors(make_article, make_digest, digest_text, source_text) == []


def test_two_of_a_unit_is_not_an_article(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    found = errors(make_article, make_digest, "2時間で鎮火した。", "It was out in an hour.")
    assert found == [("figure", "2時間")]
    found = errors(make_article, make_digest, "2キロの渋滞", "a queue a kilometre long")
    assert found == [("figure", "2キロ")]
    assert "a second" not in readings("He tried a second time.")


def test_an_article_per_unit_stays_part_of_a_rate() -> None:
    assert list(readings("60 miles an hour")) == ["60 miles an hour"]


# ---------------------------------------------------------------------------
# 8. Year expressions are dates, never quantities
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2021年後半に回復した。",
        "2021年前半に減速した。",
        "2021年前後から増えた。",
        "2021年後に増えた。",
        "2021年。後に撤回された。",
        "2021年末に完成した。",
        "2021年初めに着工した。",
        "2000年代初めに始まった。",
        "1990年代後半の危機",
        "2023年度後半の業績",
    ],
)
def test_year_expressions_are_not_quantities(text: str) -> None:
    assert digest_quantities(text) == []
    assert find_dates(text)


def test_a_span_of_thousands_of_years_is_still_a_quantity() -> None:
    assert [q.span for q in digest_quantities("2000年前の遺跡")] == ["2000年前"]
    assert [q.span for q in digest_quantities("3000年以上前の墓")] == ["3000年以上"]


def test_a_year_half_is_checked_as_its_year(
    make_article: MakeArticle, make_digest: MakeDigest
) -> None:
    source = "Sales recovered in the second half of 2021."
    assert errors(make_article, make_digest, "2021年後半に回復した。", source) == []
    assert errors(make_article, make_digest, "2022年後半に回復した。", source) == [
        ("date", "2022年")
    ]


def test_half_after_a_time_unit_is_no_day_of_the_month() -> None:
    assert find_dates("作業に1日半かかった。") == []
    assert [q.span for q in digest_quantities("作業に1日半かかった。")] == ["1日半"]


# ---------------------------------------------------------------------------
# 9. Katakana spelling variants of one name
# ---------------------------------------------------------------------------


def _spans(*texts: str) -> list[str]:
    pieces = [Piece("概要" if i == 0 else "詳細", "paragraph", t) for i, t in enumerate(texts)]
    return [f.span for f in check_spelling(pieces)]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("ウォーカー氏が語った。", "ウオーカー氏は否定した。", "ウオーカー"),
        ("エロディ氏が語った。", "エロディー氏は否定した。", "エロディー"),
        ("ジョン・ウオーカー氏が語った。", "ウォーカー氏は否定した。", "ウォーカー"),
        ("エロディー・マルタン氏が語った。", "エロディ氏は否定した。", "エロディ"),
        ("マルタン氏が語った。", "エロディー・マルタン氏は否定した。", ""),
    ],
)
def test_one_name_two_spellings(first: str, second: str, flagged: str) -> None:
    assert _spans(first, second) == ([flagged] if flagged else [])


def test_a_variant_in_full_names_and_alone_is_reported_once() -> None:
    spans = _spans(
        "ジョン・ウオーカー氏が語った。", "ジョン・ウォーカー氏は否定した。ウォーカー氏は"
    )
    assert len(spans) == 1 and spans[0] in ("ジョン・ウオーカー", "ジョン・ウォーカー")


def test_short_and_distinct_names_stay_apart() -> None:
    assert _spans("レミ氏が語った。", "レミー氏は否定した。") == []
    assert _spans("ウォール街の反応", "ウオーター社の株") == []
    assert _spans("ルノー・デュボワ氏", "ルノー社の車") == []
