"""Rules from session 39 (blind rounds 129-130): a share of a whole in a unit other
than a count, worked out of the source's part and whole; each with the faithful twin
the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import error_spans


def test_a_share_of_the_one_whole_of_its_measure() -> None:
    source = (
        "Producers exported 340 million litres in 2024, down 3% on the previous year. "
        "Bulk wine, sold in tanks to bottlers abroad, accounted for 95 million litres, a "
        "smaller share than in any year since the council began publishing the data."
    )
    lead = "ばら積みワインは9500万リットルで、輸出量の約{}割にとどまった。"
    # 95 / 340 = 27.9%: about three tenths, not four
    assert error_spans(source, lead.format(4)) == ["4割"]
    assert error_spans(source, lead.format(3)) == []


def test_a_share_of_a_total_the_digest_may_sum_is_left_alone() -> None:
    # 全体の: the whole may be a total of parts the source lists, not its one figure
    # (34.6 of the 71.4 the three pay is 48%; of Kettler's sales, 29%)
    source = (
        "Brauhaus Kettler must pay €34.6 million, Sonnfelder €26.1 million and Grieshaber "
        "€10.7 million; Kettler's annual sales reached €120 million."
    )
    assert error_spans(source, "ブラウハウス・ケトラーが3460万ユーロと全体の約5割を負う。") == []


def test_a_measure_far_from_the_share_is_not_its_part() -> None:
    # the share is of capacity, which the source never states: 1000トン is no part of it
    source = (
        "The company cut its production forecast to 33,000 tonnes, 1,000 tonnes less than before."
    )
    lead = "生産見通しは3万3000トンと前回予想から1000トン減らし、稼働率は能力の9割強にとどまる。"
    assert error_spans(source, lead) == []


# --- values a translator works out -----------------------------------------------------


def test_a_level_less_the_step_the_source_cuts_it_by() -> None:
    source = (
        "Aurvik Aluminium will shut one of its three potlines, cutting the plant's annual "
        "capacity of 210,000 tonnes by 70,000 tonnes, the company said on Wednesday."
    )
    assert error_spans(source, "年産能力は14万トンとなる。") == []
    assert error_spans(source, "年産能力は15万トンとなる。") == ["15万トン"]


def test_the_months_left_of_a_year() -> None:
    source = (
        "Sarojini Ispat produced 1.42 million tonnes of crude steel in October. For the first "
        "seven months of the fiscal year, April to October, output totalled 9.6 million tonnes."
    )
    lead = "4〜10月の生産量は960万トンで、残る{}カ月で約690万トンを生産する計算だ。"
    assert error_spans(source, lead.format(5)) == []
    assert error_spans(source, lead.format(4)) == ["4カ月"]


def test_the_level_after_a_rise_from_the_earlier_level_the_sentence_states() -> None:
    # 955.6 × 1.025 = 979.5: the level reached, not the earlier one worked out backwards
    source = (
        "The trade group projects that sales in November and December will grow between 2.5% "
        "and 3.5% from the $955.6 billion recorded over the same two months last year."
    )
    lead = "11〜12月の売上高は前年同期の9556億ドルから2.5〜3.5%増え、約9795億〜9890億ドルになる。"
    assert error_spans(source, lead) == []
    # (the earlier level itself, worked out the wrong way round, is still an error)
    rose = "The company's revenue rose 25% to C$3.5 billion last year."
    assert error_spans(
        rose, "昨年の売上高は25%増の35億カナダドルで、前年は約26億カナダドルだった。"
    ) == ["26億カナダドル"]


# --- dates ------------------------------------------------------------------------------


def test_the_day_of_publication_the_source_says_in_another_sentence() -> None:
    # the sentence restated best names Friday for Diwali; the statement was Monday's
    monday_4 = dt.datetime(2024, 11, 4, 15, 40, tzinfo=dt.UTC)
    diwali = (
        "The federation said the figure covered the 30 days ending on Diwali, which fell on "
        "Friday, and was 13 per cent higher than the Rs 3.76 lakh crore recorded last year."
    )
    lead = "連盟は4日(月)、ディワリまでの30日間の売上高が前年より13%多かったと発表した。"
    said = "Festive sales reached a record Rs 4.25 lakh crore, a traders' body said on Monday. "
    assert error_spans(said + diwali, lead, published=monday_4) == []
    # (said on Friday, three days before publication: the 1st, not the 4th)
    friday = said.replace("Monday", "Friday")
    assert error_spans(friday + diwali, lead, published=monday_4) == ["4日"]


def test_the_time_of_publication_converted_to_japan_time() -> None:
    # published at 16:05 UTC-4 on the 24th: 05:05 JST on the 25th
    published = dt.datetime(2024, 10, 24, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    source = (
        "Ridgeway Power & Light reported third-quarter net income of $412 million on "
        "Thursday. The company will hold a call with analysts at 9 a.m. on Friday."
    )
    lead = "発表は米東部夏時間の午後4時5分で、日本時間では25日午前{}時5分にあたる。"
    assert error_spans(source, lead.format(5), published=published) == []
    assert error_spans(source, lead.format(6), published=published) == ["午前6時5分"]


def test_a_weekday_of_next_week_in_a_japanese_source() -> None:
    # published Thursday 28 November: 来週月曜日 is Monday 2 December, not the 9th
    thursday_28 = dt.datetime(2024, 11, 28, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    source = "地元の白浜ヶ崎市は来週月曜日に対策会議を開き、関連企業への影響を調べる。"
    lead = "白浜ヶ崎市は{}(月曜日)に対策会議を開く。"
    assert error_spans(source, lead.format("12月2日"), language="ja", published=thursday_28) == []
    for wrong in ("12月9日", "11月25日"):
        found = error_spans(source, lead.format(wrong), language="ja", published=thursday_28)
        assert found == [wrong]


def test_no_share_is_a_fraction_plus_a_percentage() -> None:
    # 1.18 of 1.74 is 67.8%: 約7割; "two-thirds + 11.2%" = 77.9 is no derivation of 約8割
    source = (
        "State regulators on Monday approved a $1.18 billion annual rate increase, about "
        "two-thirds of the $1.74 billion the utility had requested, in a decision that will "
        "raise the average residential bill by 11.2%."
    )
    lead = "承認額は11億8000万ドルで、申請額17億4000万ドルの約{}割にとどまった。"
    assert error_spans(source, lead.format(7)) == []
    assert error_spans(source, lead.format(8)) == ["8割"]


def test_the_first_half_of_a_fiscal_year_to_june() -> None:
    published = dt.datetime(2024, 5, 28, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=10)))
    source = (
        "Advertising revenue fell 7.5% to A$163 million in the first half of fiscal 2024, the "
        "six months to December 31, Southerly said in its half-year report in February."
    )
    lead = "2024会計年度上期(2023年7〜12月)の広告収入は7.5%減の1億6300万豪ドルだった。"
    assert error_spans(source, lead, published=published) == []
    calendar = "Advertising revenue fell 7.5% to A$163 million in the first half of 2023."
    lead = "2023年7〜12月の広告収入は7.5%減の1億6300万豪ドルだった。"
    assert error_spans(calendar, lead, published=published) == ["7〜12月"]


def test_the_last_day_of_a_run_of_days_in_a_japanese_source() -> None:
    published = dt.datetime(2024, 12, 10, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    source = "組合は来年2月12日から3日間、展示商談会を開き、百貨店との直接取引の拡大を目指す。"
    lead = "来年2月12日から{}日までの3日間、展示商談会を開く。"
    assert error_spans(source, lead.format(14), language="ja", published=published) == []
    assert error_spans(source, lead.format(15), language="ja", published=published) == ["15日"]


def test_us_dollars_in_a_german_source() -> None:
    source = "Gleichzeitig sank die verfügbare Kapazität am Weltmarkt auf etwa 650 Mio. US-Dollar."
    lead = "世界市場の引受能力は約{}万米ドルに減った。"
    assert error_spans(source, lead.format("6億5000"), language="de") == []
    assert error_spans(source, lead.format("5億6000"), language="de") == ["5億6000万米ドル"]
