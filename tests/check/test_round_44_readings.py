"""Readings and rules from blind rounds 44 and 45 (check-holdout-121 to -126).

Each faithful reading was an error or a miss on a blind set; each comes with a
wrong twin the checker must still flag, or that shows where the reading stops.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.helpers import check_lead, english_units, error_spans
from yoten.check.locale import decimal_point, normalise

SEPT_3_CST = dt.datetime(2026, 9, 3, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6)))
MARCH_26_SAST = dt.datetime(2026, 3, 26, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_a_spanish_source_that_writes_figures_as_mexico_does() -> None:
    mexican = (
        "Kairo invertirá 14,500 millones de pesos y contratará a 3,200 trabajadores. "
        "La planta ocupará 18.5 hectáreas."
    )
    assert decimal_point(mexican, "es")
    assert error_spans(mexican, "145億ペソを投じ、3200人を雇用する。", language="es") == []
    assert error_spans(mexican, "145億ペソを投じ、3400人を雇用する。", language="es") == ["3400人"]
    # Spain's way (and times of day written 23.00) keeps the decimal comma
    spanish = "Los cortes, de las 23.00 a las 6.00, afectan a 410.000 vecinos y 17,4 hectáreas."
    assert not decimal_point(spanish, "es")
    assert "410,000" in normalise(spanish, "es")


def test_swiss_francs_abbreviated_after_a_figure() -> None:
    source = "Der Reingewinn erhöhte sich auf 612 Mio. Fr., nach 574 Mio. Fr. im Vorjahr."
    ok = "純利益は5億7400万フランから6億1200万フランに増えた。"
    assert error_spans(source, ok, language="de") == []
    wrong = "純利益は5億7400万フランから6億2100万フランに増えた。"
    assert error_spans(source, wrong, language="de") == ["6億2100万フラン"]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("cost Rs 8,460 crore", "cur:RUPEE", 84_600_000_000.0),
        ("Rs 2.5 lakh crore", "cur:RUPEE", 2_500_000_000_000.0),
        ("an interim dividend of 21.6p a share", "cur:GBP", 0.216),
        ("18,400 first doses and 6,250 second doses", "count", 6250.0),
        ("one dissenter wanted a larger half-point cut", "point", 0.5),
    ],
)
def test_english_readings(text: str, unit: str, value: float) -> None:
    assert (unit, value) in english_units(text)


def test_what_the_english_readings_do_not_read() -> None:
    assert not any(unit == "second" for unit, _ in english_units("6,250 second doses"))
    assert not any(unit.startswith("cur:") for unit, _ in english_units("a 1080p screen"))
    assert ("second", 3.0) in english_units("won by 3 seconds")


def test_german_basis_points() -> None:
    source = "Das entspricht einem Aufschlag von 38 Basispunkten auf die Bundesanleihe."
    assert error_spans(source, "国債を0.38ポイント上回る。", language="de") == []
    assert error_spans(source, "国債を0.48ポイント上回る。", language="de") == ["0.48ポイント"]


def test_a_weekday_in_the_plural_names_the_weekday() -> None:
    source = "Besonders an den Samstagen seien lange Wartezeiten zu erwarten."
    assert error_spans(source, "特に土曜日は待ち時間が長くなる。", language="de") == []


def test_a_stay_of_two_days_is_no_date() -> None:
    source = '"We want to give them a reason to stay two days instead of one," she said.'
    assert check_lead(source, "日帰りから2日滞在への転換を目指す。") == []


def test_the_level_before_a_doubling() -> None:
    source = "The budget for cash transfers to low-income families will double to 0.6% of GDP."
    assert error_spans(source, "給付の予算はGDP比0.3%から0.6%へ倍増する。") == []
    found = check_lead(source, "給付の予算はGDP比0.2%から0.6%へ倍増する。")
    assert not any(span == "0.2%" and severity == "info" for severity, _, span in found)


def test_a_percentage_of_an_amount_in_one_sentence() -> None:
    source = (
        "The Telecoms Oversight Board said it could fine the company up to 10% of its "
        "annual turnover, which was £6.1 billion last year."
    )
    lead = "通信監督委員会が科せる罰金の上限は約{}ポンドとなる。"
    assert check_lead(source, lead.format("6億1000万")) == [
        ("info", "number.derived", "6億1000万ポンド")
    ]
    found = check_lead(source, lead.format("7億1000万"))
    assert [(severity, span) for severity, _, span in found] == [("warning", "7億1000万ポンド")]


def test_a_difference_of_two_ratios_in_points() -> None:
    source = "Bids totalled £12.07 billion, giving a bid-to-cover ratio of 2.84, down from 3.12."
    ok = "応札倍率は2.84倍で、前月の3.12倍を0.28ポイント下回った。"
    assert check_lead(source, ok) == [("info", "number.derived", "0.28ポイント")]
    found = check_lead(source, "応札倍率は2.84倍で、前月の3.12倍を0.38ポイント下回った。")
    assert [(severity, span) for severity, _, span in found] == [("warning", "0.38ポイント")]


def test_years_since_a_year_of_another_sentence() -> None:
    source = (
        "Die 1968 eröffnete Brücke ist marode. Der Neubau soll im dritten Quartal 2029 "
        "fertig sein und kostet 186 Mio. Euro."
    )
    published = dt.datetime(2026, 7, 21, 11, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    lead = "新しい橋は2029年に完成する予定で、費用は1億8600万ユーロ。橋は開通から{}年を迎えた。"
    assert error_spans(source, lead.format(58), language="de", published=published) == []


def test_a_part_named_without_its_figure_leaves_a_total_alone() -> None:
    source = "The coach, which was carrying 38 passengers and a driver, rolled onto its side."
    assert error_spans(source, "バスには乗客38人と運転手が乗っており、計39人だった。") == []


def test_a_figure_with_two_neighbouring_digits_swapped() -> None:
    source = (
        "Plainsview agreed to buy Red Mesa Networks. Red Mesa shareholders will receive "
        "$38.50 a share in cash, the companies said on Monday."
    )
    assert error_spans(source, "買収価格:1株38.50ドルを現金で支払う。") == []
    assert error_spans(source, "買収価格:1株38.05ドルを現金で支払う。") == ["38.05ドル"]


def test_a_slip_of_scale_beats_a_sum_by_chance() -> None:
    source = (
        "The proceeds will fund £2.4 billion for offshore wind, £1.1 billion for flood "
        "defences and £350 million for rail electrification in the north."
    )
    ok = "洋上風力に24億ポンド、洪水対策に11億ポンド、鉄道電化に3億5000万ポンドを充てる。"
    assert error_spans(source, ok) == []
    wrong = "洋上風力に24億ポンド、洪水対策に11億ポンド、鉄道電化に35億ポンドを充てる。"
    assert error_spans(source, wrong) == ["35億ポンド"]


def test_no_figure_is_more_precise_than_the_approximate_one_it_rounds_to() -> None:
    source = (
        "Das Land will den Fischern mit einem Hilfsprogramm von 12,5 Mio. Euro helfen. "
        "Die Betriebe setzen jährlich rund 1,3 Mrd. Euro um."
    )
    assert error_spans(source, "州は1250万ユーロの支援策を用意した。", language="de") == []
    assert error_spans(source, "売上高は年約13億ユーロ。", language="de") == []
    wrong = "州は12億5000万ユーロの支援策を用意した。"
    assert error_spans(source, wrong, language="de") == ["12億5000万ユーロ"]


def test_a_quarter_named_elsewhere_is_not_the_one_restated() -> None:
    source = (
        "Auf den Autobahnen haben sich im zweiten Quartal so viele Staus gebildet wie nie. "
        "Der Landesbetrieb zählte von April bis Juni 14.380 Staukilometer. "
        "Der Neubau der Brücke soll im dritten Quartal 2029 fertig sein."
    )
    ok = "アウトバーンの第2四半期の渋滞は延べ1万4380kmとなった。"
    assert error_spans(source, ok, language="de") == []
    wrong = "アウトバーンの第3四半期の渋滞は延べ1万4380kmとなった。"
    assert error_spans(source, wrong, language="de") == ["第3四半期"]


def test_a_split_financial_year_written_before_its_words() -> None:
    source = (
        "The health minister said the budget would rise to R64 billion in the 2026/27 "
        "financial year, which ends on 31 March 2027."
    )
    ok = "保健相は、2027年3月期の保健予算を640億ランドに増やすと述べた。"
    assert error_spans(source, ok, published=MARCH_26_SAST) == []
    wrong = "保健相は、2026年3月期の保健予算を640億ランドに増やすと述べた。"
    assert error_spans(source, wrong, published=MARCH_26_SAST) == ["2026年3月期"]


def test_a_difference_written_with_ooi() -> None:
    source = "Splash Harbor expects 700,000 visitors this season, up from 612,000 last year."
    ok = "今季の来場者を前年の61万2000人から8万8000人多い70万人と見込む。"
    assert error_spans(source, ok) == []
    wrong = "今季の来場者を前年の61万2000人から8万2000人多い70万人と見込む。"
    assert error_spans(source, wrong) == ["8万2000人"]


def test_fahrenheit_written_with_a_degree_sign_in_the_digest() -> None:
    source = "Sea temperatures around the island regularly reach 86°F in late summer."
    assert error_spans(source, "海水温はしばしば86°F(約30℃)に達する。") == []
    assert error_spans(source, "海水温はしばしば86°F(約33℃)に達する。") == ["33℃"]


def test_crore_written_in_katakana() -> None:
    source = "The stoppage cost an estimated 2,300 crore rupees in lost revenue."
    assert error_spans(source, "売上高の損失は2300クロール(約230億ルピー)。") == []
    assert error_spans(source, "売上高の損失は2300クロール(約23億ルピー)。") == ["23億ルピー"]


def test_a_closed_list_of_whole_terms_adds_up_exactly() -> None:
    source = (
        "The contract covers nine new-build tankers and six converted airliners, "
        "plus training, spare parts and five years of maintenance support."
    )
    ok = "新造機9機と中古旅客機を改修する6機の計15機に加え、5年間の整備支援が含まれる。"
    assert error_spans(source, ok) == []
    wrong = "新造機9機と中古旅客機を改修する6機の計16機に加え、5年間の整備支援が含まれる。"
    assert error_spans(source, wrong) == ["16機"]
    # a part named without its figure (one driver) leaves the total alone
    bus = "The coach was carrying 38 passengers and a driver when it rolled onto its side."
    lead = "2人が死亡、9人が病院に運ばれた。バスには乗客38人と運転手が乗っており、計39人だった。"
    assert error_spans(bus, lead) == []
