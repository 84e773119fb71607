"""The dates check (yoten.check.dates): dates read in the digest and the source, supported
by the source text or by its publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.conftest import flagged_spans
from tests.check.helpers import FRIDAY_29, MARCH_12, OCT_2
from yoten.check.dates import check_dates, find_dates, source_dates
from yoten.check.digest_figures import digest_quantities
from yoten.check.pieces import Piece
from yoten.check.quantities import is_day_count
from yoten.check.source import SourceIndex

MAY_9 = dt.datetime(2024, 5, 9, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))


def spans(
    make_article, text: str, source: str, published: dt.datetime | dt.date | None = MAY_9
) -> list[str]:
    facts = SourceIndex(make_article(source, published=published)).dates
    return [f.span for f in check_dates([Piece("詳細", "paragraph", text)], facts)]


@pytest.mark.parametrize(
    ("digest_text", "source_text"),
    [
        ("2022年の貿易額", "Trade was $3.5 billion in 2022."),
        ("2024年の選挙", "The vote is due soon."),  # the publication year
        ("9日に発表した。", "The bank said on Thursday."),  # the publication day
        ("5月9日に発表", "The bank said on Thursday."),
        ("8日に会合を開いた", "The committee met on Wednesday."),  # weekday resolved: May 8
        ("1950年代に遡る", "Ties go back to the 1950s."),
        ("1950年代に遡る", "Relations were established in 1956."),
        ("2021年5月に就任", "He took office in May 2021."),
        ("2021年5月に就任", "He took office on May 3, 2021."),
        ("来年に延期", "The summit was delayed to next year."),
        ("来年に延期", "The summit was delayed to 2025."),
        ("昨年の水準", "Prices were higher than last year."),
        ("前月比で上昇", "Prices rose 0.3% from the previous month."),
        ("前年比2%増", "Output rose 2% year-on-year."),
        ("木曜日に到着", "He arrived on Thursday."),
        ("6月20日(木)", "He arrived on June 20."),
        ("午後3時に始まる", "The talks begin at 3 p.m."),
        ("20世紀初頭", "It was built in the early 20th century."),
        ("年内に完了", "Work will end this year."),
        ("年末までに", "It starts paying by the end of the year."),
        ("3年間で", "Over three years."),  # a duration: the numbers check's business
        ("1〜3月期に0.3%成長", "The economy grew 0.3% in the first quarter."),
    ],
)
def test_supported_dates_are_not_findings(make_article, digest_text: str, source_text: str) -> None:
    assert spans(make_article, digest_text, source_text) == []


@pytest.mark.parametrize(
    ("digest_text", "source_text", "span"),
    [
        ("1950年代に遡る", "The two countries have long been allies.", "1950年代"),
        ("2021年に開始", "It started in 2023.", "2021年"),
        ("20日に発表", "The bank said on Thursday.", "20日"),
        ("来年に延期", "The summit is this year.", "来年"),
        ("前月比で上昇", "Prices rose 2%.", "前月比"),
        ("火曜日に到着", "He arrived on Thursday.", "火曜日"),
        ("1〜3月期に成長", "The economy grew in April.", "1〜3月期"),
    ],
)
def test_unsupported_dates_are_unverified_warnings(
    make_article, digest_text: str, source_text: str, span: str
) -> None:
    source = SourceIndex(make_article(source_text, published=MAY_9))
    (finding,) = check_dates([Piece("詳細", "paragraph", digest_text)], source.dates, source)
    assert (finding.kind, finding.severity, finding.span) == ("date", "warning", span)
    assert finding.message.startswith("unverified:")


def test_a_date_the_aligned_sentence_states_otherwise_is_an_error(make_article) -> None:
    # 5月 aligns the digest sentence with "May 2023": the source gives another year.
    source = SourceIndex(make_article("He took office in May 2023.", published=MAY_9))
    (finding,) = check_dates([Piece("詳細", "paragraph", "2021年5月に就任")], source.dates, source)
    assert (finding.kind, finding.severity, finding.rule) == ("date", "error", "date.contradicted")
    assert [e.text for e in finding.evidence] == ["He took office in May 2023."]


@pytest.mark.parametrize(
    ("digest_text", "severity"),
    [
        # the source's year is in the sentence too (2026〜27学年度): 1998年以来 is added
        (
            "デルタ教育委員会は1998年以来となる14校の閉校を決め、2026〜27学年度の初めから実施する。",
            "warning",
        ),
        # the source's year is not: still a comparison the source does not make (以来),
        # unverified; only a source that counts from a year itself says otherwise
        ("デルタ教育委員会は1998年以来となる14校の閉校を決めた。", "warning"),
    ],
)
def test_a_year_added_beside_the_sources_year_in_another_form(
    make_article, digest_text: str, severity: str
) -> None:
    source = SourceIndex(
        make_article(
            "The Delta board will close 14 schools at the start of the 2026-27 school year."
        )
    )
    (finding,) = check_dates([Piece("詳細", "paragraph", digest_text)], source.dates, source)
    assert (finding.span, finding.severity) == ("1998年", severity)


def test_a_since_year_the_source_counts_from_another(make_article) -> None:
    source = SourceIndex(
        make_article("The Delta board will close 14 schools, the most in one year since 2001.")
    )
    digest_text = "デルタ教育委員会は1998年以来最多となる14校の閉校を決めた。"
    (finding,) = check_dates([Piece("詳細", "paragraph", digest_text)], source.dates, source)
    assert (finding.span, finding.severity) == ("1998年", "error")


def test_message_says_what_the_source_gives(make_article) -> None:
    facts = SourceIndex(make_article("He took office in May 2023.", published=MAY_9)).dates
    (finding,) = check_dates([Piece("詳細", "paragraph", "2021年5月に就任")], facts)
    assert "May 2023" in finding.message


def test_publication_date_is_the_outlets_own_day(make_article) -> None:
    # 07:10 in Tokyo on Nov 3 is Nov 2 in UTC: 3日 is the outlet's day
    tokyo = dt.datetime(2023, 11, 3, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert spans(make_article, "3日に閣議決定した。", "The cabinet approved it.", tokyo) == []
    assert spans(make_article, "2日に閣議決定した。", "The cabinet approved it.", tokyo) == ["2日"]


def test_per_day_and_day_ranges_are_not_dates() -> None:
    assert find_dates("1日あたり100万バレル") == []
    assert [d.span for d in find_dates("1〜2日続く")] == []


def test_find_dates_reads_eras_and_decades() -> None:
    refs = {d.span: d for d in find_dates("令和6年と50年代、2024年06月20日")}
    assert refs["令和6年"].year == 2024
    assert refs["50年代"].decade == 50
    assert (
        refs["2024年06月20日"].year,
        refs["2024年06月20日"].month,
        refs["2024年06月20日"].day,
    ) == (2024, 6, 20)


def test_a_day_of_the_month_is_still_a_date(make_article, make_digest) -> None:
    # 1日 followed by a clock time or a particle is the 1st, not "per day"
    assert find_dates("1日10時に開幕する")[0].span == "1日"
    assert [d.span for d in find_dates("1日に3人が負傷した")] == ["1日"]
    found = flagged_spans(
        make_article,
        make_digest,
        "1日に発表した。",
        "The ministry said on March 4.",
        published=MARCH_12,
    )
    assert ("date", "1日") in found


def test_a_span_of_centuries_is_a_quantity_not_a_date() -> None:
    assert find_dates("3世紀にわたり統治した") == []
    assert find_dates("約3世紀") == []
    (q,) = digest_quantities("3世紀にわたり統治した")
    assert {r.unit for r in q.readings} == {"century", "year"}
    assert [d.century for d in find_dates("19世紀後半")] == [19]


def test_last_march_is_not_also_read_as_this_march() -> None:
    facts = source_dates("The levy was introduced last March.", dt.date(2025, 6, 2))
    assert (2024, 3) in facts.month_years and (2025, 3) in facts.month_years
    facts = source_dates("The levy was introduced in March last year.", dt.date(2025, 6, 2))
    assert (2024, 3) in facts.month_years and (2025, 3) not in facts.month_years


@pytest.mark.parametrize(
    "text",
    ["The race returns on October 11 next year.", "The race returns on 11 October next year."],
)
def test_a_day_with_next_year_is_in_next_year(text: str) -> None:
    # published the day after: October 11 alone would be yesterday's
    facts = source_dates(text, dt.date(2025, 10, 12))
    assert (2026, 10, 11) in facts.full


def test_day_ordinals_that_are_not_days_of_the_month() -> None:
    facts = source_dates("It finished on the 3rd place podium in the 21st century.", None)
    assert 3 not in facts.days and 21 not in facts.days


def test_half_after_a_time_unit_is_no_day_of_the_month() -> None:
    assert find_dates("作業に1日半かかった。") == []
    assert [q.span for q in digest_quantities("作業に1日半かかった。")] == ["1日半"]


def test_month_spans_are_recorded_as_pairs() -> None:
    facts = source_dates("Sales in the nine months to September and Q4 guidance.", OCT_2)
    assert {(1, 9), (10, 12)} <= facts.month_spans
    assert not facts.quarters  # every quarter mentioned is numbered
    assert source_dates("Quarterly sales rose.", OCT_2).quarters


@pytest.mark.parametrize(
    "text",
    [
        "1日平均9リットルを使う。",
        "1日に9リットルを使う。",
        "1日に平均9リットルを使う。",
        "1日で3回服用する。",
        "1日の平均は9リットルだ。",
        "1日の上限は2枚。",
        "1人1日2枚まで。",
        "1日に三回服用する。",
    ],
)
def test_per_day_rates_are_never_dates(text: str) -> None:
    assert [d.day for d in find_dates(text)] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("1日に発表した。", "1日"),
        ("1日に10時から開く。", "1日"),
        ("1日の会見で述べた。", "1日"),
        ("1日で終わった。", "1日"),
        ("1日に2024年の統計を出した。", "1日"),
    ],
)
def test_an_event_on_the_first_stays_a_date(text: str, span: str) -> None:
    assert find_dates(text)[0].span == span


@pytest.mark.parametrize(
    "text", ["19日に発表", "19日から", "19日まで", "19日付", "19日時点", "5月19日", "31日中に提出"]
)
def test_days_in_date_context_stay_dates(text: str) -> None:
    start = text.index("19") if "19" in text else text.index("31")
    end = text.index("日", start) + 1
    assert not is_day_count(text, start, end)
    assert any(ref.day is not None for ref in find_dates(text))


def test_a_count_of_days_is_a_quantity_not_a_date() -> None:
    text = "4月は30日のうち12日が晴れた。"
    assert [d.span for d in find_dates(text)] == ["4月"]
    assert {q.span: q.readings[0].unit for q in digest_quantities(text)} == {
        "30日": "day",
        "12日": "day",
    }


def test_a_weekday_resolves_across_the_month_boundary() -> None:
    facts = source_dates("The vote is on Monday.", FRIDAY_29)
    assert (2025, 9, 1) in facts.full and (2025, 8, 25) in facts.full
    assert (2025, 9, 8) not in facts.full  # no "next": only the nearest two


def test_may_in_lower_case_is_no_month() -> None:
    facts = source_dates("Officials may first consult the council.", dt.date(2025, 7, 9))
    assert 5 not in facts.months


@pytest.mark.parametrize(
    ("digest_text", "source_text", "flagged"),
    [
        # a month "of that year": the year named before it
        (
            "2021年9月にわなが押収された。",
            "It began in 2021, when traps were seized in September of that year.",
            [],
        ),
        (
            "2022年9月にわなが押収された。",
            "It began in 2021, when traps were seized in September of that year.",
            ["2022年9月"],
        ),
        # a day the digest counts back from a source day: a week before 7 April
        ("1週間前の3月31日の第1回投票から伸びた。", "She won the run-off on Sunday 7 April.", []),
        (
            "1週間前の3月30日の第1回投票から伸びた。",
            "She won the run-off on Sunday 7 April.",
            ["3月30日"],
        ),
        # a one-day ticket is no date
        ("1日券は1万2500円になる。", "A day pass will cost 12,500 yen.", []),
    ],
)
def test_days_a_translator_derives_from_the_source(
    make_article, digest_text: str, source_text: str, flagged: list[str]
) -> None:
    assert spans(make_article, digest_text, source_text) == flagged


@pytest.mark.parametrize(
    ("digest_text", "flagged"),
    [
        ("契約は9月30日に結ばれる。", []),
        ("契約は10月30日に結ばれる。", ["10月30日"]),  # the source's day in another month
        # another day: contradicted by the date of the sentence it restates
        ("契約は10月29日に結ばれる。", ["10月29日"]),
    ],
)
def test_a_source_day_copied_into_another_month(
    make_article, digest_text: str, flagged: list[str]
) -> None:
    article = make_article("The contracts are due to be signed on September 30.", published=MAY_9)
    source = SourceIndex(article)
    found = check_dates([Piece("詳細", "paragraph", digest_text)], source.dates, source)
    assert [f.span for f in found if f.severity == "error"] == flagged


@pytest.mark.parametrize(
    "digest_text",
    [
        "マリタイム財団(Maritime Trust)が11日(火)に発表した。",
        "マリタイム財団(Maritime Trust)は18日に発表した。",
    ],
)
def test_without_a_publication_date_a_weekday_names_no_day(make_article, digest_text: str) -> None:
    # an ingested page whose date could not be read: "on Tuesday" and "March 31" say
    # nothing about which 11th or 18th the digest means
    source = SourceIndex(
        make_article(
            "The discovery was announced on Tuesday by the Maritime Trust, for the year to"
            " March 31.",
            published=None,
        )
    )
    found = check_dates([Piece("詳細", "paragraph", digest_text)], source.dates, source)
    assert [f.severity for f in found] == ["warning"]


def test_a_weekday_of_a_day_the_source_dates_far_from_publication(make_article) -> None:
    # 15日(金) in a story of 24 November 2026: January 15, 2027, a Friday, as the source says
    source = SourceIndex(
        make_article(
            "The line will close from 9pm on January 15, 2027, until June 10.",
            published=dt.datetime(2026, 11, 24, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        )
    )
    found = check_dates(
        [Piece("詳細", "paragraph", "運休は15日(金)午後9時から始まる。")],
        source.dates,
        source,
    )
    assert [f.span for f in found if f.severity == "error"] == []
    wrong = check_dates(
        [Piece("詳細", "paragraph", "運休は15日(土)午後9時から始まる。")],
        source.dates,
        source,
    )
    assert [f.span for f in wrong if f.severity == "error"] == ["15日(土)"]
