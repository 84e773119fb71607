"""Readings a faithful translator makes from the source (blind round 28).

Most faithful readings here were errors before; most come with a wrong twin the
checker must still call one (or that shows where the reading stops).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.helpers import check_lead, error_spans

JA_PUBLISHED = dt.datetime(2024, 11, 8, 6, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("share", "wrong"),
    [
        ("約44%", False),  # 4割強: 40–45%
        ("約48%", True),  # past half a step: another figure
        ("約38%", True),  # under the bound
    ],
)
def test_a_figure_inside_a_bound_the_source_states(share: str, wrong: bool) -> None:
    source = "部門別では、産業機器部門の売上高が2140億円と全体の4割強を占めた。"
    lead = f"産業機器部門の売上高は2140億円で、全体の{share}を占めた。"
    spans = error_spans(source, lead, language="ja", published=JA_PUBLISHED)
    assert (share.removeprefix("約") in spans) is wrong


def test_an_english_bound_and_an_upper_one() -> None:
    source = "More than 2,000 people attended. The turnout was nearly 50% this time."
    assert error_spans(source, "2300人が参加した。投票率は46%だった。") == []
    # under the bound by more than half a step: no reading of "nearly 50%"
    assert check_lead(source, "投票率は40%だった。") == [("warning", "number.unverified", "40%")]


def test_a_fiscal_year_ending_in_march_is_the_japanese_year_before() -> None:
    source = "同社は中期経営計画で、最終年度の2027年3月期に売上高1兆1000億円を目標に掲げている。"
    ok = "中期経営計画では2026年度に売上高1兆1000億円を目指す。"
    assert error_spans(source, ok, language="ja", published=JA_PUBLISHED) == []
    wrong = "中期経営計画では2028年度に売上高1兆1000億円を目指す。"
    assert error_spans(source, wrong, language="ja", published=JA_PUBLISHED) == ["2028年度"]


def test_a_round_projection_year() -> None:
    source = "The loss has accelerated since 2010. By 2100 only a quarter of the ice will be left."
    assert error_spans(source, "2100年には4分の1しか残らない見通しだ。") == []


def test_one_point_written_with_an_article() -> None:
    source = "La meta oficial es del 3 %, con un margen de un punto en ambos sentidos."
    found = check_lead(source, "目標は3%(上下1ポイントの幅)である。", language="es")
    assert [f for f in found if f[0] == "error"] == []


def test_a_bare_decimal_with_its_unit_left_unsaid() -> None:
    source = (
        "The borough has 2.1 hectares of green space per 1,000 residents, below the national "
        "benchmark of 3.2 hectares. The new park would lift that figure to about 2.8."
    )
    assert error_spans(source, "公園の完成で約2.8ヘクタールになる。") == []


def test_a_date_of_next_years_event() -> None:
    published = dt.datetime(2025, 11, 16, 9, 0, tzinfo=dt.UTC)
    source = "Next year's race, the 40th edition, will be held on 15 November."
    assert error_spans(source, "次回大会は2026年11月15日に開かれる。", published=published) == []


def test_nine_months_to_march_across_the_new_year() -> None:
    source = "Online sales reached A$1.35bn in the nine months to March 31."
    assert error_spans(source, "7〜3月の9カ月間のネット売上高は13億5000万豪ドル。") == []


@pytest.mark.parametrize(
    ("price", "severity"), [("約680ユーロ", "info"), ("約780ユーロ", "warning")]
)
def test_a_price_per_unit_of_a_measure(price: str, severity: str) -> None:
    source = (
        "Der Preis für ein Standardsystem mit zehn Kilowattstunden Speicherkapazität sank "
        "um etwa 15 Prozent auf rund 6.800 Euro."
    )
    lead = f"1キロワット時あたりの標準システム価格は{price}となる。"
    found = check_lead(source, lead, language="de")
    assert [s for s, _, span in found if span == price.removeprefix("約")] == [severity]


def test_a_figure_before_a_multiple() -> None:
    source = "同社はソフトウエア技術者を2025年度末までに現在の約1.5倍の600人に増やす。"
    lead = "ソフトウエア技術者を約1.5倍の600人に増やす。現在は約400人。"
    assert error_spans(source, lead, language="ja", published=JA_PUBLISHED) == []


def test_a_japan_time_day_of_a_japanese_source() -> None:
    source = "米カリフォルニア州サンノゼで現地時間11月13日(水)午後5時に発表会を開く。"
    lead = "米サンノゼで現地時間13日(水)午後5時、日本時間14日(木)午前10時に発表会を開く。"
    assert error_spans(source, lead, language="ja", published=JA_PUBLISHED) == []


def test_a_weekday_written_with_its_date_and_a_wrong_japan_day() -> None:
    published = dt.datetime(2025, 3, 3, 21, 20, tzinfo=dt.UTC)
    source = "The first closure runs from 9pm on Saturday 8 March until 5am on Monday 10 March."
    # NZDT (UTC+13, the outlet's) is four hours ahead of Japan: the day does not shift
    ok = "8日午後9時(日本時間同日午後5時)から10日午前5時(日本時間10日午前1時)まで。"
    wrong = "8日午後9時(日本時間同日午後5時)から10日午前5時(日本時間9日午前1時)まで。"
    nzdt = published.astimezone(dt.timezone(dt.timedelta(hours=13)))
    assert error_spans(source, ok, published=nzdt) == []
    assert error_spans(source, wrong, published=nzdt) == ["9日"]


def test_a_rate_of_a_price_rise_written_as_a_raise() -> None:
    source = "Parking charges in the city centre will rise from £2.80 to £3.20 an hour."
    assert error_spans(source, "駐車料金を2.80ポンドから3.20ポンドへ約14%値上げする。") == []
    wrong = error_spans(source, "駐車料金を2.80ポンドから3.20ポンドへ約20%値上げする。")
    assert wrong == ["20%"]


def test_a_share_in_brackets_after_its_part() -> None:
    source = "Of the 61 people who spoke during public comment, 54 opposed the closures."
    assert error_spans(source, "意見を述べた61人のうち54人(約9割)が反対した。") == []
    assert error_spans(source, "意見を述べた61人のうち54人(約7割)が反対した。") == ["7割"]


def test_a_count_of_people_is_no_age() -> None:
    source = "交通局は採用年齢の上限を45歳から59歳に引き上げた。運転手は49人が不足している。"
    found = check_lead(source, "運転手は59人が足りない。", language="ja", published=JA_PUBLISHED)
    assert ("59人" in {span for _, _, span in found}) is True


def test_years_since_are_not_a_count_of_days() -> None:
    source = (
        "It replaces the 44-year-old Island Queen. The ship was out of service for 23 days "
        "this year."
    )
    found = check_lead(source, "就航から23年の現行船「アイランド・クイーン」と交代する。")
    assert any(span == "23" and severity != "info" for severity, _, span in found)
    # a school grade is no count of years: 10年生 for "Grade 10"
    source = "Every pupil from Grade 4 to Grade 10 should have a book of their own."
    assert error_spans(source, "4年生から10年生まで1人1冊を目指す。") == []


# blind round 29


def test_the_seats_a_majority_takes() -> None:
    source = "Gemeinsam verfügen die beiden Parteien über 58 der 101 Sitze im Landesparlament."
    ok = "両党は議会101議席のうち58議席を握り、過半数(51議席)を7議席上回る。"
    assert error_spans(source, ok, language="de") == []
    found = check_lead(
        source, "両党は議会101議席のうち58議席を握り、過半数(52議席)を上回る。", language="de"
    )
    assert [s for s, _, span in found if span == "52議席"] != ["info"]


def test_whole_and_part_are_no_swapped_subjects() -> None:
    source = "Parliament votes on April 23, where the government holds 341 of the 600 seats."
    assert error_spans(source, "採決は4月23日で、政府は600議席中341議席を握る。") == []


def test_a_currency_named_by_its_country() -> None:
    source = "The programme has cost 2.1 billion Estrian crowns, roughly $190 million."
    assert error_spans(source, "費用は21億クローナ。") == []
    assert error_spans(source, "費用は12億クローナ。") == ["12億クローナ"]


def test_two_number_words_in_a_row_are_two_figures() -> None:
    source = "Vance, 67, who had served two four-year terms, conceded in a short statement."
    assert error_spans(source, "2期8年務めたバンス氏は敗北を認めた。") == []
    assert error_spans(source, "2期6年務めたバンス氏は敗北を認めた。") == ["6年"]


def test_minutes_then_seconds_unsaid() -> None:
    source = "Le grimpeur a devancé le Danois Mikkel Sørensen de 1 minute 04."
    assert error_spans(source, "3位はセーレンセンで1分04秒差だった。", language="fr") == []
    assert error_spans(source, "3位はセーレンセンで1分40秒差だった。", language="fr") != []


def test_days_hours_and_minutes_are_one_time() -> None:
    source = (
        "She finished the round-the-world race in 74 jours, 6 heures et 21 minutes, "
        "ahead of the record."
    )
    french = "Elle a bouclé le tour du monde en 74 jours, 6 heures et 21 minutes."
    assert error_spans(french, "74日6時間21分で世界一周を終えた。", language="fr") == []
    assert error_spans(french, "74日9時間21分で世界一周を終えた。", language="fr") != []
    assert source  # (an English sentence mixing words is no French source)
    # 1日8時間 is eight hours a day, not a day and eight hours
    daily = "Volunteers pump water for eight hours a day."
    assert error_spans(daily, "ボランティアは1日8時間、水をくみ上げる。") == []


def test_a_figure_past_a_bound_in_words() -> None:
    source = "The winner finished more than two hours ahead of its closest rival."
    assert error_spans(source, "2位に2時間25分の差をつけた。") == []


def test_a_swapped_counterpart_is_no_chance_sum() -> None:
    source = (
        "At least 4,350 civilians have been killed since the fighting began. "
        "A further 180 soldiers died."
    )
    spans = error_spans(source, "少なくとも4530人の民間人が死亡した。")
    assert spans == ["4530人"]


def test_a_name_joined_with_equals_then_a_dot() -> None:
    source = "Albrecht-Vogel said the package was final."
    found = check_lead(
        source, "アルブレヒト=フォーゲル氏は語った。アルブレヒト・フォーゲル氏は最終案だとした。"
    )
    assert ("warning", "spelling", "アルブレヒト・フォーゲル") in found


# blind round 30


def test_a_day_of_a_japanese_source_in_another_zone() -> None:
    source = "宇宙航空技術機構は21日午前3時28分、気象衛星を載せたロケットを打ち上げた。"
    ok = "機構は21日(火曜日)午前3時28分(協定世界時20日午後6時28分)、ロケットを打ち上げた。"
    published = dt.datetime(2025, 1, 20, 21, 0, tzinfo=dt.UTC)  # the 21st, 6am in Japan
    assert error_spans(source, ok, language="ja", published=published) == []
    wrong = "機構は21日(火曜日)午前3時28分(協定世界時18日午後6時28分)、ロケットを打ち上げた。"
    assert error_spans(source, wrong, language="ja", published=published) == ["18日"]


def test_years_since_a_year_the_sentence_names() -> None:
    published = dt.datetime(2024, 7, 10, 3, 0, tzinfo=dt.UTC)
    source = "Rosalind Tapia, 71, whose family had lived in the same house since 1962, fled."
    ok = "1962年から60年以上同じ家に住んでいたタピアさん(71)は避難した。"
    assert error_spans(source, ok, published=published) == []
    # founded in 1948 and run for more than 70 years (創業し、70年以上)
    french = "Hélène Vasseur, 61 ans, tient la bijouterie fondée par son grand-père en 1948."
    lead = "店は1948年に祖父が創業し、70年以上続く老舗だ。"
    assert error_spans(french, lead, language="fr", published=published) == []


def test_a_fraction_and_a_whole_percent_of_two_figures() -> None:
    source = (
        "Divers surveyed 1,250 reefs. Of those, 775 showed bleaching on more than a tenth "
        "of their coral cover, and 210 were classed as severely bleached."
    )
    assert error_spans(source, "210カ所は深刻な白化で、調査した礁の6分の1程度にあたる。") == []
    sales = (
        "Quarterly sales rose 3.1% to $14.2 billion. Online sales grew 11% to $3.9 billion, "
        "with orders picked up in stores accounting for more than half of them."
    )
    lead = "オンライン売上高は11%増の39億ドルで、売上高全体の約3割(27%)を占めた。"
    assert error_spans(sales, lead) == []


def test_a_swapped_figure_of_the_restated_sentence_moved_from_another() -> None:
    source = (
        "Wheat output fell 14% to 8.9 million tonnes. "
        "The province received only 41% of its normal July rainfall."
    )
    assert error_spans(source, "小麦は14%減の890万トンだった。") == []
    assert error_spans(source, "小麦は41%減の890万トンだった。") == ["41%"]


def test_points_beside_an_end_the_sentence_states() -> None:
    # (a 3% elsewhere in the source is about something else)
    source = (
        "Builders accounted for 27% of all corporate insolvencies, up from 24% a year earlier. "
        "Retail prices rose 3% in the year."
    )
    lead = "建設会社の破綻は全国の企業倒産の27%を占め、前年の24%から{}上昇した。"
    assert error_spans(source, lead.format("3ポイント")) == []
    assert error_spans(source, lead.format("3%")) == ["3%"]


# blind round 31


def test_noon_in_a_named_zone_converted_to_japan_time() -> None:
    published = dt.datetime(2026, 2, 7, 17, 0, tzinfo=dt.UTC)
    source = "The board's February forecast, published at 12 noon Eastern time, cut the crop."
    ok = "東部時間正午(日本時間8日午前2時)に公表された2月予測は収穫見通しを下げた。"
    assert error_spans(source, ok, published=published) == []
    wrong = "東部時間正午(日本時間8日午前3時)に公表された2月予測は収穫見通しを下げた。"
    assert error_spans(source, wrong, published=published) == ["午前3時"]


def test_months_of_a_split_marketing_year() -> None:
    published = dt.datetime(2025, 10, 13, 15, 0, tzinfo=dt.UTC)
    source = "Exports rose 14% in the 2024/25 marketing year, which ended on September 30."
    lead = "9月30日に終わった2024/25年度(2024年10月〜2025年9月)の輸出量は14%増えた。"
    assert error_spans(source, lead, published=published) == []


def test_the_level_the_day_before_a_rise() -> None:
    source = "The indicator rose 47 cents to 1,312 cents a kilogram on Wednesday."
    assert error_spans(source, "指標は前日の1265セントから約4%上がり、1312セントとなった。") == []


def test_days_in_a_row_are_a_count() -> None:
    source = "Le sud a connu neuf jours consécutifs au-dessus de 40 degrés en août."
    assert error_spans(source, "8月には南部で40度を超える日が9日続いた。", language="fr") == []


def test_a_year_added_as_a_comparison_is_unverified() -> None:
    source = "Farmers planted 12.4 million acres of wheat, about 300,000 acres more than in 2024."
    found = check_lead(
        source, "作付面積は前年より約30万エーカー多い1240万エーカーと2019年以来の広さだ。"
    )
    assert ("warning", "date.unverified", "2019年") in found


def test_a_rounded_share_beside_the_figure_it_rounds() -> None:
    source = "First-time buyers made up 37% of purchases. A third of the new flats will be social housing."
    assert error_spans(source, "初めての購入者が購入者の37%、約4割を占める。") == []


def test_an_evening_clock_in_spanish() -> None:
    published = dt.datetime(2025, 5, 25, 3, 0, tzinfo=dt.UTC)
    source = "El partido, que comenzó a las 7:30 de la noche del sábado, terminó 2-1."
    offset = dt.timezone(dt.timedelta(hours=-5))
    ok = "試合は現地時間24日午後7時30分(日本時間25日午前9時30分)に始まった。"
    assert error_spans(source, ok, language="es", published=published.astimezone(offset)) == []


# blind round 32


def test_a_date_some_days_from_a_date_the_source_gives() -> None:
    published = dt.datetime(2025, 4, 14, 15, 0, tzinfo=dt.UTC)
    source = "The ice broke up on April 2 this year, 11 days earlier than the average."
    lead = "氷は今年4月2日に解け、平均(4月13日)より11日早かった。"
    assert error_spans(source, lead, published=published) == []


def test_the_third_quarter_of_a_financial_year() -> None:
    source = "Results for the third quarter of the 2025-26 financial year come in February."
    assert error_spans(source, "2025〜26年度第3四半期(10〜12月期)の結果は2月に公表される。") == []


def test_daily_users_are_no_first_of_the_month() -> None:
    source = "The app now has 200 million daily users, up from 150 million a year ago."
    assert check_lead(source, "1日の利用者は2億人、1年前は1億5000万人。") == []


def test_a_japan_time_written_as_the_same() -> None:
    published = dt.datetime(2025, 6, 16, 22, 0, tzinfo=dt.UTC)
    source = "The outage began at 15:42 BST and services were restored at 20:05 BST on Monday."
    ok = "障害は英国夏時間15時42分(日本時間16日23時42分)に始まり、20時05分(同17日午前4時5分)に復旧した。"
    assert error_spans(source, ok, published=published) == []


def test_a_total_of_the_figures_of_the_sentence_before() -> None:
    source = "The fire has destroyed 214 homes and damaged 67 more, most of them in two hamlets."
    lead = "住宅214棟が全焼し、67棟が損壊した。被害を受けた住宅は合わせて{}にのぼる。"
    assert error_spans(source, lead.format("281棟")) == []
    assert error_spans(source, lead.format("291棟")) != []


# blind round 33


def test_a_named_zone_that_is_the_outlets_own_all_year() -> None:
    # a Mexican outlet at UTC−6 in June: 中部時間 is its own time, not Chicago's CDT
    mexico = dt.timezone(dt.timedelta(hours=-6))
    published = dt.datetime(2025, 6, 8, 20, 0, tzinfo=mexico)
    source = "Las casillas cerraron a las 18:00 y la participación subió al 61 %."
    ok = "投票は中部時間午後6時(日本時間9日午前9時)に締め切られた。"
    assert error_spans(source, ok, language="es", published=published) == []


def test_a_day_some_days_ahead() -> None:
    published = dt.datetime(2025, 7, 9, 2, 0, tzinfo=dt.UTC)
    source = (
        "The cargo left on Wednesday, bound for Shimoura, where it is due to arrive in 11 days."
    )
    assert (
        error_spans(
            source,
            "貨物は9日(水)に出港し、11日後の20日に下浦港に到着する予定だ。",
            published=published,
        )
        == []
    )


def test_mile_markers_are_labels_and_a_bracketed_conversion_follows_its_figure() -> None:
    source = "Route 11 was closed between mile markers 28 and 37. Lava flows at 2,100 °F."
    found = check_lead(
        source,
        "国道11号は28マイル標から37マイル標まで通行止めとなった。溶岩は華氏約2100度(摂氏約1150度)。",
    )
    assert [f for f in found if f[0] == "error"] == []
