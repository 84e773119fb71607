"""Rules from session 38 (blind rounds 123-124): a change turned the other way, and a
fiscal year named by its last month beside the one year the sentence restated names;
each with the faithful twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, error_spans
from yoten.check import check_digest
from yoten.models import Article, Details, Digest, Overview

# 2026-11-04 is a Wednesday.
WED_4 = dt.datetime(2026, 11, 4, 9, 0, tzinfo=dt.UTC)


# --- a change the other way -------------------------------------------------------------


def test_a_fall_written_as_a_rise_in_english() -> None:
    source = (
        "Cruise passenger traffic through Port Arlesworth fell 6.5% in August to 211,000, "
        "the port authority said on Monday."
    )
    lead = "アールズワース港のクルーズ旅客数は8月、前年同月比6.5%{}の21万1000人だった。"
    assert error_spans(source, lead.format("増")) == ["6.5%"]
    assert error_spans(source, lead.format("減")) == []


def test_the_message_quotes_the_source_words() -> None:
    source = (
        "Philippine electronics exports fell 4.7% in the first half of the year to $21.3 billion."
    )
    lead = "フィリピンの上半期の電子機器輸出は4.7%増の213億ドルだった。"
    article = Article(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        title="Exports",
        outlet="News Example",
        published=WED_4,
        language="en",
        text=source,
        paragraphs=[source],
    )
    digest = Digest(headline="見出し", overview=Overview(lead=[lead]), details=Details())
    errors = [f for f in check_digest(digest, article).findings if f.severity == "error"]
    assert [f.span for f in errors] == ["4.7%"]
    assert "exports fell 4.7% in the first" in errors[0].message
    assert errors[0].evidence and "fell 4.7%" in errors[0].evidence[0].text


def test_a_rise_written_as_a_fall_with_the_word_after_in_german() -> None:
    source = (
        "Die Herstellerabgabepreise für Generika sind seit 2014 im Schnitt um 4 Prozent "
        "gesunken, während die Personalkosten deutlich gestiegen sind."
    )
    lead = "後発品の出荷価格は2014年以降、平均で4%{}した。"
    assert error_spans(source, lead.format("上昇"), language="de") == ["4%"]
    assert error_spans(source, lead.format("低下"), language="de") == []


def test_a_fall_in_a_japanese_source() -> None:
    source = "ホームゲームの平均入場者数は前期比12%増の1万4820人だった。"
    lead = "ホームゲームの平均入場者数は前期比12%{}の1万4820人だった。"
    assert error_spans(source, lead.format("減"), language="ja") == ["12%"]
    assert error_spans(source, lead.format("増"), language="ja") == []


def test_words_for_both_ways_or_a_level_say_nothing() -> None:
    # (the clause before the figure says something else rose; "to 12%" is a level)
    source = "Sales fell sharply, but exports rose 3% in the quarter, and costs were cut to 12%."
    assert error_spans(source, "輸出は3%減った。") == ["3%"]  # the rise is the exports'
    assert error_spans(source, "輸出は3%増えた。") == []
    assert error_spans(source, "コストは12%減った。") == []
    # ("more than 12%" is a bound, not a rise)
    bound = "Prices for more than 12% of the products were lowered by the retailer."
    assert error_spans(bound, "小売業者は商品の12%超で値下げした。") == []


# --- a fiscal year beside the one the sentence restated names ---------------------------


def test_a_forecast_revised_is_no_year_compared_with() -> None:
    source = (
        "The airline reported results for the year ended March 31, 2026. It now expects "
        "capacity to grow by about 10 per cent in the fiscal year ending March 2027, down "
        "from an earlier forecast of 14 to 15 per cent."
    )
    lead = "同社は{}の座席キロの伸びを約10%と予想し、従来の14〜15%から引き下げた。"
    assert "2026年3月期" in error_spans(source, lead.format("2026年3月期"), published=WED_4)
    assert error_spans(source, lead.format("2027年3月期"), published=WED_4) == []


# --- a gap, a level before a rise, cedis ----------------------------------------------


def test_the_gap_of_a_from_to_pair_is_no_swapped_digit() -> None:
    source = (
        "Calloway Biologics said on Tuesday it would cut the list price of its insulin by "
        "about 63%, from $340 to $125 for a pack of five pens."
    )
    lead = (
        "カロウェイ・バイオロジクスはインスリンの定価を340ドルから125ドルに下げる。値下げ幅は{}だ。"
    )
    assert error_spans(source, lead.format("215ドル"), published=WED_4) == []
    # (125 miscopied, with no pair that gives it, stays a slip)
    assert "152ドル" in error_spans(
        source,
        "カロウェイ・バイオロジクスはインスリンの定価を340ドルから152ドルに下げる。",
        published=WED_4,
    )


def test_cedis_and_the_season_before_a_rise() -> None:
    source = (
        "Ghana will pay cocoa farmers 45% more for their beans in the 2024/25 season, the "
        "marketing authority said on Friday. The new farmgate price is 48,000 cedis per "
        "tonne, or 3,072 cedis for a 64-kilogram bag."
    )
    lead = "ガーナは農家買い取り価格を45%引き上げ、1トンあたり4万8000セディにする。前季の価格は約{}セディだった計算になる。"
    assert error_spans(source, lead.format("3万3100"), published=WED_4) == []
    assert "3万8100セディ" in error_spans(source, lead.format("3万8100"), published=WED_4)


def test_a_comparative_after_the_figure_with_what_it_is_compared_with() -> None:
    source = "Growers picked 18,400 tonnes of grapes for the 2026 vintage, 12% less than last year."
    assert error_spans(source, "ブドウの収穫量は1万8400トンで、前年比12%増えた。") == ["12%"]
    assert error_spans(source, "ブドウの収穫量は1万8400トンで、前年比12%減った。") == []
    # ("sit-down" is no fall; "6 points more" alone may compare the other way)
    other = "Egg dishes at sit-down restaurants cost 6.4% more in January than a year earlier."
    assert error_spans(other, "着席型レストランの卵料理は前年同月比6.4%高かった。") == []


def test_a_change_the_digest_sentence_pairs_itself() -> None:
    source = (
        "Science would get 38% of the budget, up from 35%, a rise of 3 percentage points. "
        "Human spaceflight falls to 41% from 44%."
    )
    bullet = "科学部門は38%(3ポイント増)、有人宇宙飛行は41%(3ポイント減)。"
    assert error_spans(source, bullet) == []


def test_points_the_sentence_says_went_the_other_way() -> None:
    source = (
        "Mills devoted 51.3% of the cane to sugar, up from 47.5% a year earlier, because "
        "sugar remained more profitable than ethanol."
    )
    lead = "砂糖向けの比率は51.3%と、前年同期の47.5%から3.8ポイント{}した。"
    assert error_spans(source, lead.format("低下"), published=WED_4) == ["3.8ポイント"]
    assert error_spans(source, lead.format("上昇"), published=WED_4) == []


def test_an_average_of_the_total_and_count_of_the_sentence_before() -> None:
    source = (
        "The Bayshore Tides have agreed a 15-year, $180 million naming-rights deal with the "
        "insurer Kestrel Mutual. Deals for new buildings in larger markets now regularly "
        "exceed $10 million a year, according to a consultancy."
    )
    lead = "タイズはケストレル・ミューチュアルと命名権契約を15年総額1億8000万ドルで結んだ。年平均では{}となる。"
    assert error_spans(source, lead.format("1200万ドル"), published=WED_4) == []
    assert error_spans(source, lead.format("1500万ドル"), published=WED_4) != []


def test_a_month_inside_the_span_its_sentence_states() -> None:
    source = (
        "Vietnam's coffee exports fell 18% in February from a year earlier to 160,000 "
        "tonnes, customs data showed on Monday. In the first two months of the year, "
        "Vietnam shipped 390,000 tonnes of coffee."
    )
    lead = "1〜2月の輸出量は39万トンで、{}だけで23万トンを出荷した計算となる。"
    assert error_spans(source, lead.format("1月"), published=WED_4) == []
    # (a month outside the span is still no month the source gives)
    assert error_spans(source, lead.format("3月"), published=WED_4) != []


# --- rounds 125-126 ---------------------------------------------------------------------


def test_a_total_of_two_figures_the_source_states_apart() -> None:
    source = (
        "Registrations of battery-electric cars rose 18% to 8,912 in October. Plug-in "
        "hybrids slipped 4% to 2,105, the industry body said."
    )
    lead = "EVとプラグインハイブリッド車を合わせると{}台となる。"
    assert error_spans(source, lead.format("1万1017"), published=WED_4) == []


def test_the_rest_of_a_whole_one_source_sentence_states() -> None:
    source = (
        "The audit found that 4,140 of the 14,800 patients referred with suspected cancer "
        "in 2024 began treatment after more than 62 days."
    )
    lead = "62日以内に治療を始められた患者は{}人だった。"
    assert error_spans(source, lead.format("1万660"), published=WED_4) == []


def test_what_a_share_over_the_whole_exceeds_it_by() -> None:
    source = (
        "Emergency departments ran at 142% of their capacity on Sunday. Since the start of "
        "the season, 1,284 people were admitted, 62% of them aged 65 or over."
    )
    lead = "救急部門は日曜に収容能力の142%で運営され、受け入れ能力を{}上回った。"
    assert error_spans(source, lead.format("42%"), published=WED_4) == []
    found = check_lead(source, lead.format("52%"), published=WED_4)
    assert any(span == "52%" and severity != "info" for severity, _, span in found), found


def test_basis_points_of_a_whole_are_a_share() -> None:
    source = "The provisions equalled 52 basis points of average loans, up from 36 basis points."
    lead = "繰入額は平均貸出残高の0.52%と、前年同期の0.36%から0.16ポイント上昇した。"
    assert error_spans(source, lead, published=WED_4) == []


def test_the_second_half_of_the_month_is_no_half_year() -> None:
    source = (
        "Sales fell 4.6% in June, as a cyberattack slowed deliveries in the second half of "
        "the month. She added that the second quarter as a whole still ended slightly ahead."
    )
    lead = "4〜6月期全体では前年をわずかに上回ったという。"
    assert error_spans(source, lead, published=WED_4) == []


def test_a_sentence_opening_with_the_next_day_follows_the_last_day_named() -> None:
    # 2025-10-29 is a Wednesday; "el lunes" is the 27th, the next day the 28th.
    published = dt.datetime(2025, 10, 29, 21, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    source = (
        "La provincia de San Aurelio colocó el lunes un bono por US$ 350 millones a siete "
        "años. La demanda superó los US$ 1.050 millones. Al día siguiente, el ministro "
        "presentó en la Legislatura el proyecto de presupuesto 2026."
    )
    lead = "州は27日(月)に債券を発行し、翌{}には2026年予算案を州議会に提出した。"
    assert error_spans(source, lead.format("28日(火)"), language="es", published=published) == []
    # (a day the story names nowhere stays unverified)
    found = check_lead(source, lead.format("30日(木)"), language="es", published=published)
    assert any(severity != "info" and "30日" in span for severity, _, span in found), found


def test_a_split_year_the_source_names_in_another_sentence() -> None:
    source = (
        "The budget projects a deficit of $1.84 billion for the 2025-26 fiscal year. The "
        "minister said the books would return to balance in 2028-29."
    )
    bullet = "赤字は18億4000万ドルに拡大、2028-29年度に均衡を目指す。"
    assert error_spans(source, bullet, published=WED_4) == []


def test_the_level_before_a_change_worked_out_backwards() -> None:
    source = (
        "Cameroon produced 280,000 tonnes of cocoa in the 2023/24 season, up 4% from the "
        "previous season, the cocoa board said."
    )
    lead = "2023/24年シーズンの生産量は前季比4%増の28万トンで、前季は約{}トンだった計算になる。"
    # (280,000 × 1.04, and 280,000 × 0.96, instead of 280,000 / 1.04 = 269,231)
    assert error_spans(source, lead.format("29万1000"), published=WED_4) == ["29万1000トン"]
    assert error_spans(source, lead.format("26万9000"), published=WED_4) == []


# --- rounds 127-128 ---------------------------------------------------------------------


def test_an_amount_before_a_reduction_or_of_a_share() -> None:
    source = (
        "Auf die Brauerei Griesmair entfallen 10,7 Mio. Euro. Als Kronzeugin erhielt sie "
        "einen Nachlass von 50 Prozent."
    )
    lead = "グリースマイアは過料が50%減額され、減額前なら{}だった計算になる。"
    assert error_spans(source, lead.format("2140万ユーロ"), language="de", published=WED_4) == []


def test_hours_between_two_clock_times_of_the_sentence() -> None:
    source = (
        "Growers now pick mostly at night to keep the grapes cool, the harvest lasting 12 days."
    )
    lead = "収穫は主に夜10時から朝10時までの{}に行う。"
    assert error_spans(source, lead.format("12時間"), published=WED_4) == []


def test_a_rate_written_as_its_band() -> None:
    source = "The average 30-year rate fell to 6.09%. A year ago it was 7.19%."
    assert error_spans(source, "住宅ローン金利は7%台から6.09%に下がった。", published=WED_4) == []


def test_the_months_of_a_fiscal_year_in_brackets() -> None:
    source = "The state will review support in its mid-year budget update for 2024-25."
    lead = "州政府は2024/25年度(7月〜翌年6月)の年央予算見直しで支援策を検討する。"
    assert error_spans(source, lead, published=WED_4) == []


def test_a_share_in_words_beside_the_exact_one() -> None:
    source = "Seis de cada diez préstamos, el 61,2 %, se firmaron a tipo fijo."
    lead = "10件に6件、61.2%が固定金利で契約された。"
    assert error_spans(source, lead, language="es", published=WED_4) == []
