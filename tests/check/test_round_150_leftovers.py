"""Rules from session 43: false errors left from blind round 150 (sets 439-441) and
before, each read as what a careful translator writes, beside the changed twin the
checker must still flag."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, error_spans

SEPT_18 = dt.datetime(2024, 9, 18, 9, 0, tzinfo=dt.UTC)


def _found(source: str, lead: str, **kw: object) -> dict[str, str]:
    """Span → severity of the findings of ``check_lead`` (the last one per span)."""
    return {span: sev for sev, _rule, span in check_lead(source, lead, **kw)}  # type: ignore[arg-type]


def test_the_day_a_fiscal_year_ends_is_the_coming_one() -> None:
    # in September 2024, "the current financial year, which ends on March 31" ends in 2025
    source = (
        "Fordyce said the party hoped to return to a surplus in the current financial "
        "year, which ends on March 31, and to rebuild membership to 50,000."
    )
    lead = "フォーダイス氏は、{}に終わる今年度に黒字へ戻したいと述べた。"
    assert error_spans(source, lead.format("2025年3月31日"), published=SEPT_18) == []
    assert error_spans(source, lead.format("2025年3月30日"), published=SEPT_18) == ["2025年3月30日"]


def test_a_bare_figure_changed_from_a_span_per_day() -> None:
    # "20 hours a day, up from 16": 16 hours, not a sixteenth of "a day"
    source = (
        "The BFS said it would temporarily allow crematories to extend their operating "
        "hours to 20 hours a day, up from 16, starting Feb. 1. Staff are already "
        "stretched, operators warn."
    )
    lead = "BFSは2月1日から、火葬場の運転時間を1日{}から20時間へ4時間延ばすことを認める。"
    assert error_spans(source, lead.format("16時間")) == []
    # (a changed figure is still flagged: unverified, since the sentence aligns by the 20)
    assert _found(source, lead.format("18時間")).get("18時間") in ("warning", "error")


def test_the_hour_of_a_french_price_is_one_hour() -> None:
    source = (
        "L'heure de conduite coûte en moyenne 58 euros dans le département, et les "
        "moniteurs estiment qu'un élève en attente prend deux heures supplémentaires par "
        "mois pour garder le niveau."
    )
    lead = (
        "{}の教習料は県内平均で58ユーロ。試験を待つ教習生は腕を保つため月に2時間ほど"
        "追加で教習を受けるとされる。"
    )
    assert error_spans(source, lead.format("1時間"), language="fr") == []
    assert error_spans(source, lead.format("3時間"), language="fr") == ["3時間"]


def test_kenyan_shillings_written_ksh_with_a_space() -> None:
    source = "Schools had charged anything from KSh 9,000 to KSh 32,000 for the course."
    lead = "これまでは9000シリングから{}シリングまで、料金はばらばらだった。"
    assert error_spans(source, lead.format("3万2000")) == []
    assert error_spans(source, lead.format("3万5000")) == ["3万5000シリング"]
    # a cap the source sets is no bound that a lower cap keeps
    source = (
        "Under the new rules, a course must include at least 36 hours of instruction, and "
        "the fee may not exceed KSh 18,500."
    )
    cap = "新たな規則では、教習は36時間以上で、料金は{}シリングを超えてはならない。"
    assert _found(source, cap.format("1万8500")) == {}
    assert _found(source, cap.format("1万3500")).get("1万3500シリング") == "warning"


def test_a_round_trip_is_twice_the_distance_each_way() -> None:
    source = (
        "Tests are carried out by examiners who travel 62 miles each way from the "
        "agency's regional office, and who now visit three days a week."
    )
    lead = "試験官は地域事務所から往復{}マイルを移動し、週3日訪れている。"
    assert _found(source, lead.format("124")).get("124マイル") == "info"
    assert _found(source, lead.format("142")).get("142マイル") == "warning"
    # the other way: half a round trip the source gives
    source = "Volunteers drive a 90-kilometre round trip twice a week to the depot."
    one_way = "ボランティアは週2回、片道{}キロを運転して倉庫へ通う。"
    assert _found(source, one_way.format("45")).get("45キロ") == "info"
    assert error_spans(source, one_way.format("54")) == ["54キロ"]


def test_a_sum_with_a_figure_of_its_sentence_is_no_digit_swap() -> None:
    # 3,870 + 650 = 4,520 beside "5,420 euros" elsewhere in the source
    source = (
        "El mismo servicio cuesta desde 2.950 euros en Porto do Sal hasta 5.420 euros en "
        "Vilanova. El entierro medio cuesta 3.870 euros. La incineración, que añade de "
        "media 650 euros a la factura, gana terreno."
    )
    lead = "火葬は平均650ユーロの追加となり、火葬を選ぶと平均約{}ユーロかかる計算だ。"
    assert error_spans(source, lead.format("4520"), language="es") == []
    assert _found(source, lead.format("4520"), language="es").get("4520ユーロ") == "info"
    assert _found(source, lead.format("4250"), language="es").get("4250ユーロ") == "warning"


def test_a_difference_of_two_counts_is_not_counted_otherwise() -> None:
    # 7校 = 35 − 28, though the source's "7" counts instructors
    source = (
        "県内の指定教習所は28校で、10年前の35校から減った。同校では指導員18人のうち7人が60代だ。"
    )
    lead = "指定教習所は28校で、10年前から{}校減った。"
    published = dt.datetime(2024, 11, 20, 1, 0, tzinfo=dt.UTC)
    assert error_spans(source, lead.format("7"), language="ja", published=published) == []
    assert _found(source, lead.format("9"), language="ja", published=published) == {
        "9校": "warning"
    }


def test_years_this_year_since_an_opening() -> None:
    source = (
        "Gloria Restrepo, 57, owns Lakeview Crematory, which opened in 1987 on Route 9, "
        "a 2.5-mile drive north of downtown."
    )
    published = dt.datetime(2024, 5, 6, 14, 0, tzinfo=dt.UTC)
    lead = "レイクビュー火葬場は1987年の開業で、今年で{}年になる。"
    assert _found(source, lead.format("37"), published=published).get("37年") == "info"
    assert _found(source, lead.format("47"), published=published).get("47年") != "info"
    # beside another year the source counts from ("since 1911")
    source = "Kingsbridge, founded in 1887, have played at Eastgate since 1911."
    lead = "1887年創設(今年で{}年)のクラブは、1911年からイーストゲートを本拠地としている。"
    published = dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.UTC)
    assert error_spans(source, lead.format("139"), published=published) == []
    assert error_spans(source, lead.format("129"), published=published) != []


def test_the_year_before_a_split_year_named_as_the_current_one() -> None:
    source = (
        "The corporation has earmarked ₹84.6 crore for crematoria in its 2025-26 budget, "
        "up from ₹61.2 crore in the current year."
    )
    published = dt.datetime(2025, 2, 20, 6, 0, tzinfo=dt.UTC)
    lead = "予算は8億4600万ルピーで、今年度({}年度)の6億1200万ルピーを上回る。"
    assert error_spans(source, lead.format("2024〜25"), published=published) == []
    assert error_spans(source, lead.format("2023〜24"), published=published) == ["2023〜24年度"]
    # the budget's own year given as the current one's is still wrong
    lead = "{}年度の予算は8億4600万ルピーで、今年度の6億1200万ルピーを上回る。"
    assert error_spans(source, lead.format("2024〜25"), published=published) == ["2024〜25年度"]


def test_months_in_brackets_after_a_fiscal_year_the_source_ends_elsewhere() -> None:
    # a Japanese source's 2023年度 runs April 2023 to March 2024
    source = "県警によると、外国免許の切り替え申請は2023年度に4380件で、前年度より27%多かった。"
    published = dt.datetime(2024, 6, 3, 1, 0, tzinfo=dt.UTC)
    lead = "2023年度({})の申請は4380件で、前年度より27%多かった。"
    right, wrong = "2023年4月〜2024年3月", "2022年4月〜2023年3月"
    assert error_spans(source, lead.format(right), language="ja", published=published) == []
    assert error_spans(source, lead.format(wrong), language="ja", published=published) == [wrong]
    calendar = "2023年1〜12月"
    assert error_spans(source, lead.format(calendar), language="ja", published=published) == [
        calendar
    ]
    # a split year the source says ends in September
    source = (
        "Im Geschäftsjahr 2022/23, das am 30. September endete, setzte die Gesellschaft "
        "1,26 Mio. Euro um."
    )
    published = dt.datetime(2024, 2, 14, 9, 0, tzinfo=dt.UTC)
    lead = "2022/23事業年度({})の売上高は126万ユーロだった。"
    right, wrong = "2022年10月〜2023年9月", "2023年10月〜2024年9月"
    assert error_spans(source, lead.format(right), language="de", published=published) == []
    assert error_spans(source, lead.format(wrong), language="de", published=published) == [wrong]
    # months that restate the year-end the sentence states are no slip (the label is)
    source = (
        "The accounts cover the 2022-23 financial year, the twelve months to May 31, 2023, "
        "and show turnover rising 12% to £67.2 million."
    )
    lead = "2023〜24年度({})の売上高は12%増の6720万ポンドだった。"
    published = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC)
    assert error_spans(source, lead.format("2022年6月〜2023年5月"), published=published) == [
        "2023〜24年度"
    ]
