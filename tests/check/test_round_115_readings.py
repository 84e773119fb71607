"""Rules from session 37 (blind rounds 115-116): each wrong value with the faithful
twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, english_units, error_spans
from yoten.check.locale import normalise
from yoten.check.quantities import scan_english, scan_japanese

# 2026-09-24 is a Thursday.
THU_24 = dt.datetime(2026, 9, 24, 16, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


# --- shares written as one in N --------------------------------------------------------


def test_one_in_n_is_a_share_in_english_french_spanish_and_german() -> None:
    assert english_units("said 1 in 7 homeowners had") == {("ratio", 0.142857143)}
    assert ("ratio", 0.3) in english_units("three out of 10 voters")
    for text, language in (
        ("un salarié sur cinq a été", "fr"),
        ("uno de cada cinco hogares", "es"),
        ("jeder fünfte Haushalt", "de"),
    ):
        assert ("ratio", 0.2) in english_units(normalise(text, language)), text
    # (hours out of a day, and a price after the German share, stay what they are)
    assert not any(u == "ratio" for u, _ in english_units(normalise("22 heures sur 24", "fr")))
    assert not any(
        u.startswith("cur:") for u, _ in english_units(normalise("jeden dritten Euro", "de"))
    )


def test_one_in_n_against_the_digest_share() -> None:
    source = (
        "The department's report said 1 in 7 homeowners in the four counties had received "
        "a non-renewal notice since 2022."
    )
    lead = "4郡では2022年以降、住宅所有者の{}が更新拒否の通知を受け取った。"
    assert "5人" in error_spans(source, lead.format("5人に1人"))
    assert error_spans(source, lead.format("7人に1人")) == []
    assert [r.unit for r in scan_japanese("5人に1人")[0].readings] == ["count", "ratio"]


def test_three_in_four_still_counts_its_households() -> None:
    source = "Three in 4 households said they had changed their shopping habits."
    assert error_spans(source, "4世帯のうち3世帯が買い方を変えたと答えた。") == []


# --- readings ---------------------------------------------------------------------------


def test_shillings_glued_to_the_figure() -> None:
    assert english_units("as little as Sh38 per litre") >= {("cur:SHILLING", 38.0)}
    assert ("cur:SHILLING", 1200.0) in english_units("KSh1,200 a bag")
    assert not any(u.startswith("cur:") for u, _ in english_units("Shop 38 reopened"))


def test_pounds_of_a_commodity_are_also_a_mass() -> None:
    units = {
        u for q in scan_english("stood at 845 million pounds") for r in q.readings for u in [r.unit]
    }
    assert units == {"cur:GBP", "mass"}
    source = "American cheese inventories stood at 845 million pounds, 3% more than a year earlier."
    assert "8億4500万キロ" in error_spans(
        source, "チーズの在庫は約8億4500万キロで、前年より3%多い。"
    )


def test_a_bare_mil_in_a_mexican_source() -> None:
    assert "1,240 viviendas" in normalise("contabilizan mil 240 viviendas con daños", "es")
    assert "1,240" not in normalise("dos mil 240", "es")


# --- derivations ------------------------------------------------------------------------


def test_a_change_from_a_pair_the_digest_does_not_state() -> None:
    source = "Diesel registrations fell from 118,200 to 97,600 vehicles in the quarter."
    assert "2万6000台" in error_spans(source, "ディーゼル車は前年同期より2万6000台減った。")
    assert error_spans(source, "ディーゼル車は前年同期より2万600台減った。") == []


def test_a_fall_written_with_下落() -> None:
    source = "Farmers are receiving as little as Sh38 per litre, down from Sh52 in June."
    lead = "生乳価格は1リットル38シリングまで下がった。6月の52シリングから14シリング、約{}割の下落である。"
    assert "4割" in error_spans(source, lead.format(4))
    assert error_spans(source, lead.format(3)) == []


def test_a_share_of_a_whole_named_with_のうち() -> None:
    source = "Of the 210 licensed purse seiners, 63 are based in the port."
    lead = "許可を持つまき網漁船210隻のうち、約{}割の63隻が港を拠点とする。"
    assert "4割" in error_spans(source, lead.format(4))
    assert error_spans(source, lead.format(3)) == []


def test_points_between_two_percentages_the_digest_states() -> None:
    source = (
        "Last year 93.1% of children had received both doses. That is 1.4 percentage "
        "points fewer than five years ago. A rate of 95% is needed for herd immunity."
    )
    lead = (
        "接種率は93.1%で、5年前から1.4ポイント下がった。集団免疫に必要な95%には{}ポイント届かない。"
    )
    assert error_spans(source, lead.format("1.9")) == []


def test_the_level_before_a_cut_by_half() -> None:
    source = "SkyReach has cut the price of its home terminal by half, to Sh24,500."
    found = check_lead(source, "値下げ前の端末価格は4万9000シリングだった計算になる。")
    assert ("info", "number.derived", "4万9000シリング") in found


def test_a_figure_per_household_its_own_sentence_gives_otherwise() -> None:
    source = (
        "Members made emergency payments of £7.2m to 3,600 households. Councils may "
        "grant up to £500 per household and £2,500 per business."
    )
    lead = "各社は3600世帯に計720万ポンド、1世帯あたり平均{}ポンドを支払った。"
    assert "2500ポンド" in error_spans(source, lead.format(2500))
    assert error_spans(source, lead.format(2000)) == []


# --- dates ------------------------------------------------------------------------------


def test_the_day_of_publication_for_a_weekday_the_source_names() -> None:
    source = (
        "Bluestem Southern Railroad said on Wednesday that crushed stone would overtake "
        "coal as its largest source of revenue next year."
    )
    lead = (
        "ブルーステム・サザン(Bluestem Southern Railroad)は{}、砕石が石炭を抜くとの見通しを示した。"
    )
    assert "24日" in error_spans(source, lead.format("24日(木)"), published=THU_24)
    assert error_spans(source, lead.format("23日(水)"), published=THU_24) == []


def test_the_current_fiscal_year_of_a_japanese_source() -> None:
    source = (
        "同社の2026年3月期の売上高は214億円、営業利益は11億円だった。"
        "今期は工事に伴う費用がかさみ、営業利益は9億円前後にとどまる見込みという。"
    )
    published = dt.datetime(2026, 10, 9, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    lead = "{}期の営業利益は9億円前後になる見込み。"
    assert error_spans(source, lead.format("2027年3月"), language="ja", published=published) == []


def test_a_fiscal_year_label_against_the_sentence_with_its_figures() -> None:
    source = (
        "Karrinyup lowered its guidance for the 2026 financial year, which ends on June 30, "
        "to between 210,000 and 225,000 dry tonnes."
    )
    published = dt.datetime(2026, 3, 11, 7, 45, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    lead = "{}期の生産見通しを21万〜22.5万トンとした。"
    assert "2025年6月期" in error_spans(source, lead.format("2025年6月"), published=published)
    assert error_spans(source, lead.format("2026年6月"), published=published) == []


def test_a_quarter_the_source_ties_to_another_year() -> None:
    source = "The plant should create 120 jobs and start operating in the first quarter 2028."
    lead = "工場は120人の雇用を生み、{}1〜3月期の稼働を目指す。"
    assert "1〜3月期" in error_spans(source, lead.format("2027年"))
    assert error_spans(source, lead.format("2028年")) == []


def test_the_end_of_a_span_of_months_from_a_first_day() -> None:
    source = "The company will shut one of its two furnaces for four months from June 1."
    lead = "同社は炉1基を6月1日から{}末まで停止する。"
    assert error_spans(source, lead.format("9月")) == []


# --- rounds 117-118 ---------------------------------------------------------------------


def test_yen_and_sen() -> None:
    spans = [(q.span, q.figure) for q in scan_japanese("前週の172円30銭から1円10銭下がった")]
    assert spans == [("172円30銭", 172.3), ("1円10銭", 1.1)]
    source = "レギュラーガソリンの全国平均小売価格は1リットルあたり171円20銭だった。前週に比べ1円10銭安い。"
    lead = "全国平均は1リットル171円20銭で、前週の{}から1円10銭下がった。"
    published = dt.datetime(2026, 4, 15, 18, 20, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert error_spans(source, lead.format("172円30銭"), language="ja", published=published) == []


def test_last_night_is_the_day_before_publication() -> None:
    source = "Councillors voted 27 to 19 for a night curfew after a meeting that ran past midnight last night."
    published = dt.datetime(2026, 10, 7, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    lead = "議会は{}夜の会合で、夜間の運航禁止を27対19で可決した。"
    assert error_spans(source, lead.format("6日(火)"), published=published) == []


def test_days_listed_before_a_pair() -> None:
    source = "Drivers will walk out on 8, 10 and 12 December in a row over pay."
    published = dt.datetime(2026, 11, 26, 14, 20, tzinfo=dt.UTC)
    lead = "運転士らが12月{}、10日、12日の3日間ストライキを行う。"
    assert error_spans(source, lead.format("8日"), published=published) == []
    assert "12月9日" in error_spans(source, lead.format("9日"), published=published)


def test_a_fiscal_year_a_japanese_source_numbers_otherwise() -> None:
    source = "国立越路大学は18日、2027年度の学部入学生から授業料を年53万5800円から64万2960円に引き上げると発表した。"
    published = dt.datetime(2026, 11, 19, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    lead = "国立越路大学は18日(水)、{}の学部入学生から授業料を年53万5800円から64万2960円に引き上げると発表した。"
    assert "2026年度" in error_spans(
        source, lead.format("2026年度"), language="ja", published=published
    )
    assert error_spans(source, lead.format("2027年度"), language="ja", published=published) == []


def test_a_change_written_after_the_end_it_runs_to() -> None:
    source = (
        "Capacity will rise from 26,000 to 38,500. The club hopes to add 15,000 season tickets."
    )
    lead = "収容人数は2万6000人から3万8500人へと{}人増える。"
    assert "1万5000人" in error_spans(source, lead.format("1万5000"))
    assert error_spans(source, lead.format("1万2500")) == []


def test_the_day_of_an_act_the_source_dates_by_its_weekday() -> None:
    source = (
        "The Reserve Bank cut its repo rate by 25 basis points to 6.5% on Thursday, "
        "bringing the prime lending rate down to 10%."
    )
    published = dt.datetime(2026, 11, 20, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    lead = "準備銀行は{}、政策金利を0.25ポイント引き下げて6.5%とした。"
    assert "20日" in error_spans(source, lead.format("20日(金)"), published=published)
    assert error_spans(source, lead.format("19日(木)"), published=published) == []
    # (a day ahead: "takes effect on Wednesday" dates no statement)
    ahead = "The new price takes effect on Wednesday, the minister told reporters."
    published = dt.datetime(2025, 9, 30, 21, 15, tzinfo=dt.UTC)
    assert error_spans(ahead, "農相が9月30日(火)に発表した。", published=published) == []


def test_a_quarter_named_with_its_year_elsewhere_is_no_half() -> None:
    source = (
        "The deal is expected to close in the first quarter of 2027. She expects the "
        "pipeline to shrink sharply from the second half of 2027."
    )
    assert error_spans(source, "取引の完了は2027年1〜3月期の見込み。") == []


# --- rounds 119-120 ---------------------------------------------------------------------


def test_months_in_a_clause_after_the_figures() -> None:
    source = (
        "The bureau said seasonal rainfall between June and September would be 104% of "
        "the long-period average, with July and August wetter than usual."
    )
    assert error_spans(source, "雨量は長期平均の104%、7〜8月に多い見込み。") == []
    assert "10〜12月" in error_spans(source, "10〜12月の雨量は長期平均の104%となる見込み。")


def test_a_time_a_span_after_it_moves_to_the_source_time() -> None:
    source = "The first flash flood warning was issued at 11:42 p.m., 38 minutes after water began crossing Route 9."
    lead = "最初の警報は午後11時42分で、水が国道9号にあふれ出した{}から38分後だった。"
    assert error_spans(source, lead.format("午後11時4分")) == []
    assert "午後11時14分" in error_spans(source, lead.format("午後11時14分"))


def test_a_range_around_a_centre_with_the_margin_the_digest_writes() -> None:
    source = (
        "Rainfall will be 104% of the long-period average, with a model error of plus or minus 4%."
    )
    assert error_spans(source, "誤差は上下4%で、予想の幅は100〜108%となる。") == []
    assert ("info", "number.derived", "108%") in check_lead(
        source, "誤差は上下4%で、予想の幅は100〜108%となる。"
    )


def test_a_point_and_a_half_and_days_counted_in_japanese() -> None:
    assert "1.5 point" in normalise("1 point et demi de moins qu'en 2018", "fr")
    source = "Les élus ont trois jours pour conclure un accord, a dit M. Lachaux."
    published = dt.datetime(2026, 10, 12, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert (
        error_spans(
            source,
            "ラショー氏は「協定を作るのに3日ある」と述べた。",
            language="fr",
            published=published,
        )
        == []
    )


def test_the_current_fiscal_year_in_a_german_source() -> None:
    source = (
        "Im Geschäftsjahr 2025/26, das am 30. September endete, stieg der Umsatz um 4,6 "
        "Prozent. Für das laufende Geschäftsjahr erwartet Rosental ein Wachstum von 3 bis 4 Prozent."
    )
    published = dt.datetime(2026, 11, 12, 14, 20, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert (
        error_spans(
            source, "2027年9月期は3〜4%の増収を見込む。", language="de", published=published
        )
        == []
    )


# --- rounds 121-122 ---------------------------------------------------------------------


def test_a_price_per_gallon_converted_per_litre() -> None:
    source = "The wine tax will climb from $1.10 to $1.35 a gallon on July 1. The beer tax will stay at 58 cents a gallon."
    lead = "ワイン税は1ガロン1.10ドルが1.35ドルになる(1リットルあたり約{}セントから約36セント)。"
    assert error_spans(source, lead.format(29)) == []
    assert "39セント" in error_spans(source, lead.format(39))


def test_the_votes_cast_as_the_two_sides_of_a_vote() -> None:
    source = "Parliament approved the change on Wednesday by 71 votes to 12."
    assert ("info", "number.derived", "83人") in check_lead(
        source, "議会は投票した83人のうち約86%の賛成で承認した。"
    )


def test_the_level_before_a_rise_the_source_states() -> None:
    source = "Ticket sales reached $412 million in 2025. That is a rise of 9.5 per cent on 2024."
    assert ("info", "number.derived", "3億7600万ドル") in check_lead(
        source, "前年の売上は約3億7600万ドルだった計算になる。"
    )
    # (not a percentage the source gives of something else, nor one of 100%: no crash)
    other = (
        "Ticket sales reached $412 million in 2025. Musicals took 61 per cent; 100% of seats sold."
    )
    found = check_lead(other, "前年の売上は約3億7600万ドルだった計算になる。")
    assert ("info", "number.derived", "3億7600万ドル") not in found
    falls = "Sales reached $412 million, down 100% of nothing."
    assert isinstance(check_lead(falls, "前年の売上は約4億ドルだった。"), list)


def test_a_real_is_no_money() -> None:
    assert not any(u.startswith("cur:") for u, _ in english_units("it made a real difference"))


def test_an_approximate_conversion_in_brackets_after_a_derived_figure() -> None:
    source = "Heavy rains lifted the lake to 82.3 feet, up from a low of 78.9 feet in late January."
    assert (
        error_spans(
            source,
            "湖の水位は82.3フィートまで上昇し、最低水位から3.4フィート(約1メートル)回復した。",
        )
        == []
    )


def test_the_last_quarter_of_a_year_in_french() -> None:
    assert "fourth quarter 2024" in normalise("sur l'ensemble du dernier trimestre 2024", "fr")


def test_two_spans_of_months_each_with_its_own_clause() -> None:
    source = (
        "Besonders stark lief das zweite Quartal: Von April bis Juni lagen die Besucherzahlen "
        "12 Prozent über dem Vorjahr. Im ersten Quartal hatte das Plus nur knapp 4 Prozent betragen."
    )
    published = dt.datetime(2026, 7, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    lead = "4〜6月期の観客は前年比12%増と特に好調で、1〜3月期の伸びは4%弱だった。"
    assert error_spans(source, lead, language="de", published=published) == []
