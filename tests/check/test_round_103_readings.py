"""Rules from session 35 (blind rounds 103-104): each wrong value with the faithful
twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, error_spans


def _at(offset: float, *when: int) -> dt.datetime:
    return dt.datetime(*when, tzinfo=dt.timezone(dt.timedelta(hours=offset)))  # type: ignore[misc]


# --- values a translator works out -------------------------------------------------


def test_a_change_in_days_after_a_count_no_month_has() -> None:
    source = (
        "Output was curtailed on 62 days in the last fiscal year, up from 41 days the year "
        "before, as solar generation outran demand at midday."
    )
    lead = "昨年度の出力制御は延べ62日と、前年度の41日から{}、約5割増えた。"
    assert error_spans(source, lead.format("21日")) == []
    # (a count, judged as one: 62 − 41 is not 25)
    found = check_lead(source, lead.format("25日"))
    assert ("error", "number.contradicted", "25日") in found
    assert not any(rule.startswith("date") and span == "25日" for _s, rule, span in found)


def test_a_figure_per_unit_of_a_total_stated_sentences_before() -> None:
    source = (
        "The defence ministry ordered six offshore patrol vessels for 870 million euros on "
        "Wednesday. The yard's revenue last year was 415 million euros."
    )
    lead = (
        "国防省は外洋哨戒艦6隻を8億7000万ユーロで発注した。同社にとって最大の契約となる。"
        "1隻あたりでは{}である。"
    )
    assert error_spans(source, lead.format("1億4500万ユーロ")) == []
    found = check_lead(source, lead.format("1億9500万ユーロ"))
    assert any(span == "1億9500万ユーロ" and severity != "info" for severity, _r, span in found)


def test_points_between_a_percentage_stated_before_and_another_of_the_source() -> None:
    source = (
        "The 14,500 staff will get 7.2 percent more pay in two steps. The union had "
        "originally demanded 9.5 percent over 12 months. Revenue fell 2.3 percent in the "
        "first half to 1.12 billion euros."
    )
    lead = "約1万4500人の賃金が計7.2%上がる。労組は当初9.5%の賃上げを求めていた。合意は要求を{}下回る。"
    assert error_spans(source, lead.format("2.3ポイント")) == []
    # (no gap of two of its percentages gives 2.5: unverified, not derived)
    found = check_lead(source, lead.format("2.5ポイント"))
    assert any(span == "2.5ポイント" and severity != "info" for severity, _r, span in found)


# --- dates and periods -----------------------------------------------------------------


def test_a_quarter_of_a_split_fiscal_year() -> None:
    source = (
        "Varuna will deliver the craft in three batches of 16 between the third quarter of "
        "FY2027-28 and March 2030."
    )
    lead = "16隻ずつ3回に分けて、{}から2030年3月までに納入される。"
    published = _at(5.5, 2026, 10, 27, 21, 5)
    assert error_spans(source, lead.format("2027年10〜12月期"), published=published) == []
    # (July to September is no quarter of a split fiscal year, in any country)
    assert error_spans(source, lead.format("2027年7〜9月期"), published=published) == ["7〜9月期"]


def test_the_quarter_the_sentence_stating_the_figures_dates() -> None:
    source = (
        "Marlow Electric said on Tuesday that its profit fell in the first quarter of its "
        "fiscal year as storm repairs outweighed higher sales. Net income for the three "
        "months ended June 30 was $312 million, down from $355 million a year earlier."
    )
    lead = "マーロウは{}の純利益が3億1200万ドルと、前年同期の3億5500万ドルから減ったと発表した。"
    published = _at(-4, 2026, 8, 25, 17, 45)
    assert error_spans(source, lead.format("2026年4〜6月期"), published=published) == []
    assert error_spans(source, lead.format("2026年7〜9月期"), published=published) == ["7〜9月期"]


def test_a_fiscal_year_label_of_a_japanese_source() -> None:
    source = (
        "同社の2026年度上期（4〜9月）の出荷個数は約6800万個で、前年同期比9％増えた。"
        "同社は2028年3月期までに、全国の再配達率を5％未満に下げる目標を掲げている。"
    )
    lead = "同社は{}までに、全国の再配達率を5%未満に下げる目標を掲げる。"
    published = _at(9, 2026, 11, 20, 10, 0)
    assert error_spans(source, lead.format("2028年3月期"), language="ja", published=published) == []
    assert error_spans(source, lead.format("2027年3月期"), language="ja", published=published) == [
        "2027年3月期"
    ]


def test_a_fiscal_year_numbered_otherwise() -> None:
    source = (
        "The port authority approved the 1.2 billion dollar plan on Thursday. Its fiscal "
        "year runs from July to June, and the first bond sale is planned for fiscal 2027."
    )
    lead = "港の会計年度は7月〜翌年6月で、最初の債券発行は{}に予定する。"
    published = _at(-7, 2026, 5, 21, 16, 20)
    assert error_spans(source, lead.format("2027年度"), published=published) == []
    assert error_spans(source, lead.format("2028年度"), published=published) == ["2028年度"]


def test_a_half_year_the_sentence_restated_names_otherwise() -> None:
    source = (
        "About 3,800 jobs will be created during construction. The plants are due to start "
        "operating in the second half of 2028."
    )
    lead = "発電所は{}に運転を始める予定で、建設期間中に約3800人の雇用が生まれる。"
    assert error_spans(source, lead.format("2028年7〜12月")) == []
    assert error_spans(source, lead.format("2028年1〜6月")) == ["1〜6月"]


def test_points_for_a_price_that_rose_in_percent() -> None:
    source = (
        "The foundations proved harder than planned, and the price of steel has risen 22% "
        "since the contracts were signed."
    )
    lead = "基礎工事が想定より難しく、契約後に鋼材価格が{}上昇したことが響いた。"
    assert error_spans(source, lead.format("22%")) == []
    assert error_spans(source, lead.format("22ポイント")) == ["22ポイント"]
    # (a rate may move in points where the source sloppily says percent)
    rate = "契約後に鋼材の輸入比率が22ポイント上昇した。"
    assert error_spans(source, rate) == []


# --- round 105 ----------------------------------------------------------------------


def test_the_level_before_a_change_the_sentence_before_states() -> None:
    source = (
        "Net profit rose 18% to 21.4 billion yen. Provisions for bad loans rose to 14.6 "
        "billion yen from 12.1 billion yen a year earlier."
    )
    lead = "純利益は前年同期比18%増の214億円だった。前年同期は{}で、約33億円の増益となる。"
    assert error_spans(source, lead.format("約181億円")) == []
    found = check_lead(source, lead.format("約191億円"))
    assert any(span == "191億円" and severity != "info" for severity, _r, span in found)


def test_days_listed_before_a_day_in_a_japanese_source() -> None:
    source = "公開4週目となった1、2日の土日2日間でも8億2000万円を稼いだ。"
    lead = "公開4週目の{}、2日(日)の2日間の興収は8億2000万円だった。"
    published = _at(9, 2026, 8, 3, 15, 0)
    assert error_spans(source, lead.format("8月1日(土)"), language="ja", published=published) == []
    found = check_lead(source, lead.format("7月25日(土)"), language="ja", published=published)
    assert any(span.startswith("7月25日") for _s, _r, span in found)


def test_hours_and_minutes_of_one_compound_word() -> None:
    source = "Rowe thanked the crowd before a two-hour-and-40-minute set that ended at 11pm."
    lead = "最終日は{}のステージだった。"
    assert check_lead(source, lead.format("2時間40分")) == []
    found = check_lead(source, lead.format("2時間20分"))
    assert any(span == "2時間20分" and severity != "info" for severity, _r, span in found)


def test_a_decade_and_an_hour_in_spanish() -> None:
    source = (
        "La banda no había tocado en un estadio porteño desde hacía una década. El "
        "recorrido tomará 36 minutos, frente a una hora y 25 minutos que hoy tarda el "
        "microbús."
    )
    assert error_spans(source, "スタジアムで演奏するのは10年ぶり。", language="es") == []
    lead = "所要時間は36分で、マイクロバスで1時間25分かかる道のりが{}短くなる。"
    assert error_spans(source, lead.format("49分"), language="es") == []
    found = check_lead(source, lead.format("39分"), language="es")
    assert any(span == "39分" and severity != "info" for severity, _r, span in found)


def test_two_digits_swapped_in_a_count_of_something_else() -> None:
    source = (
        "The authority recorded 1,136 signal failures in the first half of the year, up 23% "
        "from the same period a year earlier."
    )
    lead = "今年上半期の信号故障は{}で、前年同期より23%増えた。"
    assert error_spans(source, lead.format("1,136件")) == []
    assert error_spans(source, lead.format("1,316件")) == ["1,316件"]


# --- round 107 ----------------------------------------------------------------------


def test_a_quarter_of_a_bare_split_year_is_a_fiscal_one() -> None:
    source = (
        "Claims worth 1,860 crore rupees were settled in the first quarter of 2026-27, up "
        "22% from the same quarter last year."
    )
    lead = "2026/27年度第1四半期、つまり{}の支払額は186億ルピーで、前年同期比22%増えた。"
    published = _at(5.5, 2026, 8, 20, 10, 0)
    assert error_spans(source, lead.format("2026年4〜6月"), published=published) == []


def test_a_numbered_quarter_of_a_split_financial_year() -> None:
    source = (
        "Tarapore Copper reported a 41% rise in net profit for the July-September quarter. "
        "Net profit for the second quarter of the 2026-27 financial year rose to Rs 318 "
        "crore from Rs 225.5 crore a year earlier."
    )
    lead = "タラポール・カッパーは、2027年3月期第2四半期(7〜9月)の純利益が41%増の31億8000万ルピーだった。"
    published = _at(5.5, 2026, 11, 9, 18, 0)
    assert error_spans(source, lead, published=published) == []


def test_the_quarter_left_unsaid_after_a_spanish_article() -> None:
    source = (
        "Analistas estiman que el consumo privado crecerá entre 1.5% y 2% en el cuarto "
        "trimestre, por debajo del 2.7% registrado en el tercero."
    )
    lead = "証券会社は10〜12月期の個人消費の伸びを1.5〜2%と予想し、{}の2.7%を下回るとみる。"
    published = _at(-6, 2026, 11, 12, 19, 30)
    assert error_spans(source, lead.format("7〜9月期"), language="es", published=published) == []


def test_a_price_per_unit_restated_per_another_unit_without_atari() -> None:
    source = "A gallon of milk was unchanged at $3.79, the survey found."
    lead = "牛乳は1ガロン3.79ドル(1リットル{})で横ばい。"
    assert error_spans(source, lead.format("約1ドル")) == []
    found = check_lead(source, lead.format("約2ドル"))
    assert any(span == "2ドル" and severity != "info" for severity, _r, span in found)
