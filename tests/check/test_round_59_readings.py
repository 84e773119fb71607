"""Rules from blind rounds 59 and 60 (check-holdout-166 to -171) and the moved figures
of the rounds before: each wrong reading with the faithful twin the checker must
leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.helpers import check_lead, error_spans

# a Sunday: "said on Friday" is the 31st, "will be launched on Thursday" the 6th
AUG_2 = dt.datetime(2026, 8, 2, 6, 0, tzinfo=dt.UTC)


def test_a_figure_the_source_counts_as_something_no_counter_of_the_digest_counts() -> None:
    source = (
        "About 1,150 cows have died or been culled since the first case was confirmed. "
        "Health officials are monitoring 310 farm workers on 148 farms."
    )
    lead = "保健当局は148の農場で作業員{}人を監視している。"
    assert error_spans(source, lead.format(310)) == []
    # 1,150 are cows (頭), not people; the sentence restated counts 310 workers
    assert error_spans(source, lead.format(1150)) == ["1150人"]


def test_a_count_of_customers_may_be_households() -> None:
    # households, customers and people are counted as one another freely
    source = (
        "Storm Hollis left 41,000 homes dark after it came ashore. Crews had reconnected "
        "27,000 customers by midday on Tuesday."
    )
    assert error_spans(source, "火曜日正午までに2万7000戸の電気が復旧した。") == []


def test_a_japanese_figure_stated_for_another_label_of_its_sentence() -> None:
    source = (
        "売上高は前年同期比8.7%増の312億円、営業利益は同15%増の41億円、経常利益は44億円だった。"
    )
    lead = "売上高は前年同期比8.7%増の312億円、営業利益は15%増の{}億円だった。"
    assert error_spans(source, lead.format(41), language="ja") == []
    assert error_spans(source, lead.format(44), language="ja") == ["44億円"]


def test_a_japanese_label_heading_a_list_or_a_change_is_no_rival() -> None:
    list_source = (
        "3校の児童数は今年5月1日現在で中央小が186人、東谷小が52人、西原小が41人の計279人。"
    )
    assert error_spans(list_source, "3校の児童数は計279人となった。", language="ja") == []
    quarters = "1〜3月期の取扱量は2090万トン、4〜6月期は2190万トンだった。"
    lead = "4〜6月期の取扱量は2190万トンで、1〜3月期の2090万トンを上回った。"
    assert error_spans(quarters, lead, language="ja") == []


def test_a_weekday_said_in_the_past_or_to_come() -> None:
    source = (
        "The country's first home-built satellite will be launched on Thursday, the "
        "space agency said on Friday."
    )
    lead = "宇宙機関は7月{}日、初の国産衛星を8月6日(木)に打ち上げると発表した。"
    assert error_spans(source, lead.format(31), published=AUG_2) == []
    # July 30 was the Thursday before: the launch's Thursday is the one to come
    assert error_spans(source, lead.format(30), published=AUG_2) == ["7月30日"]


def test_a_participle_before_a_weekday_says_no_tense() -> None:
    # "the rankings published on Monday" is the Monday to come
    source = "She will rise to ninth in the rankings published on Monday."
    lead = "3日(月)に発表される世界ランキングで9位に上がる。"
    assert error_spans(source, lead, published=AUG_2) == []


@pytest.mark.parametrize(("figure", "wrong"), [("180件", False), ("200件", True)])
def test_a_round_difference_without_about_is_exact(figure: str, wrong: bool) -> None:
    source = "Burst mains rose to 1,240 last year from 1,060 the year before."
    lead = f"水道管の破損は1240件で、前年の1060件から{figure}増えた。"
    assert error_spans(source, lead) == ([figure] if wrong else [])


def test_a_change_named_before_its_figure() -> None:
    source = "The project's total cost rose to 412 million euros from 348 million euros."
    lead = "総費用は3億4800万ユーロから4億1200万ユーロとなり、増加額は{}万ユーロにのぼる。"
    assert error_spans(source, lead.format(6400)) == []
    assert error_spans(source, lead.format(7400)) == ["7400万ユーロ"]


@pytest.mark.parametrize(
    ("year", "lead", "wrong"),
    [
        ("2027-28", "4月1日に始まる2027-28年度(2028年3月期)の赤字は4億2100万ドル。", None),
        ("2027-28", "4月1日に始まる2027-28年度(2027年3月期)の赤字は4億2100万ドル。", "2027年3月期"),
        ("2025-26", "2026年3月期(2025〜26年度)の赤字は4億2100万ドルだった。", None),
        ("2025-26", "2025年3月期(2025〜26年度)の赤字は4億2100万ドルだった。", "2025年3月期"),
        ("2025-26", "2026年3月に終わった2025年度(2026年3月期)の赤字は4億2100万ドル。", None),
        (
            "2025-26",
            "2026年3月に終わった2025年度(2025年3月期)の赤字は4億2100万ドル。",
            "2025年3月期",
        ),
    ],
)
def test_a_fiscal_year_label_beside_the_span_it_names(
    year: str, lead: str, wrong: str | None
) -> None:
    source = (
        f"The province's deficit is $421 million in the {year} fiscal year, which runs "
        "from April 1 to March 31."
    )
    assert error_spans(source, lead) == ([wrong] if wrong else [])


@pytest.mark.parametrize(("months", "wrong"), [("1〜3月期", False), ("4〜6月期", True)])
def test_a_quarter_of_a_year_the_source_ties_to_another_quarter(months: str, wrong: bool) -> None:
    source = (
        "The change will take effect from the first quarter of 2027 and will cost $420 "
        "million over four years. The money will be set aside in the budget for the "
        "fiscal year ending 30 June 2027."
    )
    lead = f"2027年{months}から実施し、4年間の費用は4億2000万ドルとなる。"
    assert error_spans(source, lead) == ([months] if wrong else [])


def test_a_fiscal_quarter_of_a_year_is_no_calendar_quarter() -> None:
    source = "Revenue rose 8% in the fiscal Q3 2027, the three months to March."
    found = check_lead(source, "2027年1〜3月期の売上高は8%増えた。")
    assert not [f for f in found if f[1] == "quarter.contradicted"]


# Faithful readings of blind rounds 59-62: each of these was a false error.
@pytest.mark.parametrize(
    ("source", "lead", "language", "published"),
    [
        # a share its own sentence states of a source figure, in brackets
        (
            "El Almenara vende a Hugo Serrano por 52 millones. El club destinará el 10 % "
            "del fijo a su fundación.",
            "・固定額の10%(520万ユーロ)は財団に充てる。",
            "es",
            None,
        ),
        # キルン1基 for one of two kilns
        (
            "Grauhorn Zement legt einen der beiden Öfen in Seewil still.",
            "キルン1基を停止する。",
            "de",
            None,
        ),
        # "highs of 106" in a story that gives its degrees in Fahrenheit
        (
            "Temperatures reached 104 degrees Fahrenheit on Tuesday. The weather service "
            "expects highs of 106 for Friday.",
            "金曜日の最高気温は華氏106度と予想される。",
            "en",
            None,
        ),
        # a sum of machines the source counts as dryers
        (
            "The province has 46 mechanical dryers, and plans to add 12 more before the "
            "wet-season harvest in October.",
            "10月の収穫までに12台を追加する計画で、合わせて58台になる。",
            "en",
            None,
        ),
        # Swiss thousands: 41'000
        (
            "Weltweit nehmen etwa 41'000 Patientinnen und Patienten das Mittel ein.",
            "世界で約4万1000人の患者が服用している。",
            "de",
            None,
        ),
        # 1,1 millones de toneladas
        (
            "Los hornos reducirán las emisiones en 1,1 millones de toneladas al año.",
            "排出は年110万トン減る見込みだ。",
            "es",
            None,
        ),
        # the end of the first quarter is the end of March
        (
            "La direction souhaite aboutir à un accord avant la fin du premier trimestre.",
            "経営陣は3月末までの合意を目指す。",
            "fr",
            None,
        ),
        # a split year of a source whose fiscal years end on March 31
        (
            "Ridership reached 41 crore in 2025-26, the financial year that ended on March "
            "31. There would be no fare revision in 2026-27.",
            "2026年度(2027年3月期)は運賃を改定しない。",
            "en",
            dt.datetime(2026, 5, 14, 13, 0, tzinfo=dt.UTC),
        ),
        # the fiscal year that begins July 1, in March
        (
            "The royalty is expected to raise an extra $38 million in the fiscal year that "
            "begins July 1.",
            "7月1日に始まる年度(2026年7月〜2027年6月)に3800万ドルの増収が見込まれる。",
            "en",
            dt.datetime(2026, 3, 20, 0, 0, tzinfo=dt.UTC),
        ),
        # a month without its year, in a sentence that names the year before it
        (
            "Revenue for 2026 was $4.2 million, up from $3.6 million in 2025, when the site "
            "opened in late September.",
            "宇宙港は2025年9月下旬に開業した。",
            "en",
            dt.datetime(2027, 1, 13, 10, 0, tzinfo=dt.UTC),
        ),
        # 2027年9月末 is September 30
        (
            "北港製鉄は潮見製鉄所の第2高炉を2027年9月末に休止すると発表した。",
            "北港製鉄は第2高炉を2027年9月30日に休止すると発表した。",
            "ja",
            None,
        ),
    ],
)
def test_faithful_readings_of_rounds_59_to_62(
    source: str, lead: str, language: str, published: dt.datetime | None
) -> None:
    if published is None:
        assert error_spans(source, lead, language=language) == []
    else:
        assert error_spans(source, lead, language=language, published=published) == []


def test_a_japan_time_in_brackets_takes_the_month_of_the_local_date() -> None:
    source = "La saison débutera le vendredi 25 septembre à 20 h 45."
    lead = "開幕戦は9月25日(金)午後8時45分(日本時間26日(土)午前3時45分)に行われる。"
    published = dt.datetime(2026, 2, 5, 10, 0, tzinfo=dt.UTC)
    assert error_spans(source, lead, language="fr", published=published) == []
    wrong = lead.replace("26日(土)", "26日(日)")
    assert error_spans(source, wrong, language="fr", published=published) == ["26日(日)"]


def test_a_split_year_with_the_day_it_ended() -> None:
    source = (
        "Exports reached 24.7 million tons in the 2025/26 marketing year, which ended May "
        "31. Forecasters expect 21.5 million tons in the 2026/27 season, which began on "
        "June 1."
    )
    published = dt.datetime(2026, 8, 13, 11, 45, tzinfo=dt.UTC)
    lead = "2025/26穀物年度(2025年6月〜2026年5月)の輸出は2470万トンだった。"
    assert error_spans(source, lead, published=published) == []


def test_a_range_of_weekdays_last_week() -> None:
    source = "The club drove ten cars on a test loop from Tuesday to Thursday last week."
    published = dt.datetime(2026, 1, 22, 15, 0, tzinfo=dt.UTC)  # a Thursday
    lead = "クラブは先週の13日(火曜日)から15日(木曜日)にかけて10車種を走らせた。"
    assert error_spans(source, lead, published=published) == []
