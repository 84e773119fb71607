"""Rules from blind rounds 44 to 54 (check-holdout-121 to -153): their misses and false errors.

Each rule comes with the faithful twin the checker must leave alone.
"""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, error_spans
from yoten.check.quarters import fiscal_quarter_months


def test_a_share_beside_its_part_is_that_part_of_the_whole() -> None:
    source = (
        "Buses and the city's two light-rail lines carried 21.4 million trips between July "
        "and September. Light rail accounted for 8.9 million of those trips. The agency "
        "spends $38.7 million a year on fuel."
    )
    lead = "利用は7〜9月に2140万回で、うちライトレールが890万回と約{}割を占めた。"
    assert error_spans(source, lead.format(4)) == []
    # 8.9 of 21.4 million is 41.6%: 約6割 is neither it nor the rest of the whole
    # (58.4%), since the share stands beside its part
    assert error_spans(source, lead.format(6)) == ["6割"]
    # a figure that ends its clause is no part of the share after it
    power = "Power has been restored to all but 6,200 of the 58,000 customers who lost it."
    rest = "停電した5万8000件のうち、未復旧は6200件で、約9割が復旧した。"
    assert error_spans(power, rest) == []


def test_a_share_beside_its_part_is_not_derived_from_other_figures() -> None:
    source = (
        "Fifty-seven wineries now offer food pairings, typically for $85 to $120 a person, "
        "and a handful charge more than $200 for private tours. The county has 212 wineries."
    )
    # $85 / $200 = 42.5% would "derive" 約4割; the share is of the 57 wineries
    found = check_lead(source, "57のワイナリー、全体の約4割が料理付きの試飲を提供している。")
    assert ("info", "number.derived", "4割") not in found
    assert any(span == "4割" for _, _, span in found)
    ok = check_lead(source, "57のワイナリー、全体の約3割が料理付きの試飲を提供している。")
    assert ("info", "number.derived", "3割") in ok


def test_fiscal_quarter_months() -> None:
    assert fiscal_quarter_months(3, 12) == (7, 9)
    assert fiscal_quarter_months(3, 3) == (10, 12)
    assert fiscal_quarter_months(2, 9) == (1, 3)
    assert fiscal_quarter_months(4, 3) == (1, 3)
    assert fiscal_quarter_months(3, 6) == (1, 3)


def test_a_quarter_written_with_months_its_fiscal_year_does_not_give() -> None:
    source = (
        "Vireon reported a 38% jump in net profit for the second quarter of fiscal 2027. "
        "Its financial year ends on March 31."
    )
    lead = "2027年3月期第2四半期({})の純利益は38%増えた。"
    assert error_spans(source, lead.format("2026年7〜9月期")) == []
    assert error_spans(source, lead.format("2026年4〜6月期")) == ["2026年4〜6月期"]
    # the digest's own words say when the year ends
    bank = (
        "Tidewater Bank, whose financial year ends on 30 June, said in its third-quarter "
        "update that offset balances grew."
    )
    own = "6月30日を期末とするタイドウォーター銀行は、第3四半期({})に残高が増えたと発表した。"
    assert error_spans(bank, own.format("1〜3月期")) == []
    assert error_spans(bank, own.format("7〜9月期")) == ["7〜9月期"]


def test_a_quarter_named_by_its_last_month() -> None:
    source = "Insurers received 48,600 travel claims in the September quarter, up 31%."
    assert error_spans(source, "7〜9月期の請求は4万8600件と31%増えた。") == []
    assert error_spans(source, "10〜12月期の請求は4万8600件と31%増えた。") == ["10〜12月期"]


def test_a_quarter_named_by_its_month_beside_the_same_period_last_year() -> None:
    source = "Volumes in the September quarter were tracking 6% above the same period last year."
    assert error_spans(source, "7〜9月期の取扱量は前年同期を6%上回っている。") == []
    assert error_spans(source, "10〜12月期の取扱量は前年同期を6%上回っている。") == ["10〜12月期"]


def test_a_fiscal_quarter_is_the_months_the_source_writes() -> None:
    source = (
        "The economy grew 3.1% in the third quarter of the fiscal year, the three months "
        "to December, helped by tourism."
    )
    assert error_spans(source, "会計年度の第3四半期にあたる10〜12月期の成長率は3.1%だった。") == []
    wrong = "会計年度の第3四半期にあたる7〜9月期の成長率は3.1%だった。"
    assert error_spans(source, wrong) == ["7〜9月期"]


def test_an_exact_total_its_terms_do_not_give_beside_an_approximate_figure() -> None:
    source = (
        "Solano is recalling about 240,000 pairs of sunglasses. About 180,000 pairs were sold "
        "in the United States and 60,000 in Canada."
    )
    lead = "米国で18万個、カナダで6万個の計{}個が売れた。"
    assert error_spans(source, lead.format("24万")) == []
    assert error_spans(source, lead.format("25万")) == ["25万個"]


def test_a_date_without_its_year_takes_the_year_its_weekday_gives() -> None:
    published = dt.datetime(2025, 5, 19, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=10)))
    source = "Her season opens on Friday 6 February with Mahler's Fifth Symphony."
    assert error_spans(source, "2026年2月6日(金曜日)に開幕する。", published=published) == []
    assert error_spans(source, "2027年2月6日(土曜日)に開幕する。", published=published) != []


def test_the_fiscal_year_under_way_named_as_such() -> None:
    published = dt.datetime(2025, 12, 4, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    source = (
        "Hallberg hat im Geschäftsjahr 2024/25, das am 30. Juni endete, einen Umsatz von "
        "1,84 Mrd. Euro erzielt. Für das laufende Geschäftsjahr erwartet Lindemann ein Wachstum."
    )
    ok = "今期(2026年6月期)は増収を見込む。"
    assert error_spans(source, ok, language="de", published=published) == []
    wrong = "今期(2027年6月期)は増収を見込む。"
    assert error_spans(source, wrong, language="de", published=published) == ["2027年6月期"]


def test_the_end_of_a_span_counted_from_a_date_of_the_sentence() -> None:
    source = "The spring season opens in most districts on April 30 and runs for eight weeks."
    published = dt.datetime(2026, 4, 20, 9, 0, tzinfo=dt.UTC)
    lead = "春の漁期は4月30日(木)に始まり、8週間({}まで)続く。"
    assert error_spans(source, lead.format("6月25日"), published=published) == []
    assert error_spans(source, lead.format("6月24日"), published=published) == []
    assert "7月25日" in [
        s for _, _, s in check_lead(source, lead.format("7月25日"), published=published)
    ]


def test_a_length_volume_or_area_converted_in_brackets() -> None:
    source = (
        "A 74-mile stretch of the river reopens to salmon. The venue got 3.2 inches of rain. "
        "The plant uses about 3.6 million gallons of water a day on 5,000 acres."
    )
    ok = "川の74マイル(約119キロ)の区間が開かれる。雨は3.2インチ(約81ミリ)。"
    assert error_spans(source, ok) == []
    wrong = "川の74マイル(約190キロ)の区間が開かれる。雨は3.2インチ(約32ミリ)。"
    assert error_spans(source, wrong) == ["190キロ", "32ミリ"]
    water = "工場は1日約360万ガロン(約{}万リットル)の水を5000エーカー(約2020ヘクタール)で使う。"
    assert error_spans(source, water.format(1360)) == []
    assert error_spans(source, water.format(1630)) == ["1630万リットル"]
    # the ends of two ranges pair by their order, not the nearest figure
    ranges = "Homes are 60 to 110 miles away."
    assert error_spans(ranges, "60〜110マイル(約97〜177キロ)離れている。") == []


def test_a_multiple_of_the_figure_before_it() -> None:
    source = (
        "Pharmacies are paying about $11.20 a pack on the spot market, against the agency's "
        "contract price of $4.80."
    )
    lead = "薬局は1パック約11.20ドルを支払っており、契約価格4.80ドルの約{}倍にあたる。"
    assert error_spans(source, lead.format("2.3")) == []
    assert error_spans(source, lead.format("2.8")) == ["2.8倍"]
    # a bound is no multiple to work out: 2倍以上 for 2.33
    bound = "薬局は1パック約11.20ドルを支払っており、契約価格4.80ドルの2倍以上にあたる。"
    assert error_spans(source, bound) == []


def test_a_share_of_a_whole_named_before_it() -> None:
    source = (
        "Overseas shipments were worth £5.37bn last year. The United States remained the "
        "largest market by value, at £912m, despite a 10% tariff."
    )
    lead = "最大市場は米国で9億1200万ポンドと、輸出額全体の約{}%を占めた。"
    assert error_spans(source, lead.format(17)) == []
    assert ("info", "number.derived", "17%") in check_lead(source, lead.format(17))
    assert ("info", "number.derived", "10%") not in check_lead(source, lead.format(10))


def test_a_count_of_the_items_listed_before_it() -> None:
    source = "The United States, Britain and Australia take about 80% of exports; four or five others follow."
    lead = "米国、英国、豪州の{}カ国で約8割を占める。"
    assert error_spans(source, lead.format(3)) == []
    assert ("info", "number.derived", "3カ国") in check_lead(source, lead.format(3))
    assert ("info", "number.derived", "4カ国") not in check_lead(source, lead.format(4))


def test_a_total_of_more_parts_than_its_sentence_names() -> None:
    source = (
        "Exports to the US were 12.5 billion yen and to China 10.3 billion yen. Hong Kong "
        "took 5.8 billion yen and South Korea 3.1 billion yen."
    )
    four = "香港向けは58億円、韓国向けは31億円で、上位4市場の合計{}億円が全体の約7割を占める。"
    assert error_spans(source, four.format(317)) == []
    two = "香港向けは58億円、韓国向けは31億円で、2市場の合計{}億円となった。"
    assert error_spans(source, two.format(99)) == ["99億円"]


def test_a_japanese_sources_fiscal_year_covers_its_months() -> None:
    published = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    source = "3号機は2026年度下期に審査が終わる見通しで、同社は2029年度中の再稼働を目指す。"
    lead = (
        "審査は2026年度下期、つまり2026年10月〜2027年3月に終わり、2030年3月までの再稼働を目指す。"
    )
    assert error_spans(source, lead, language="ja", published=published) == []
    wrong = (
        "審査は2026年度下期、つまり2026年10月〜2027年3月に終わり、2031年3月までの再稼働を目指す。"
    )
    assert error_spans(source, wrong, language="ja", published=published) != []


def test_the_year_a_range_of_dates_ends_in() -> None:
    published = dt.datetime(2026, 1, 29, 6, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    source = "Attackers exploited that server between March 4 and March 19, 2024, and copied names."
    lead = "攻撃者は2024年3月4日(月)から19日(火)にかけてサーバーを悪用した。"
    assert error_spans(source, lead, published=published) == []


def test_a_race_time_whose_seconds_are_one() -> None:
    source = "Copper Lantern won in 2:01.84, the fastest time since 2019."
    assert error_spans(source, "コッパー・ランタンは2分01秒84で走破した。") == []
    assert error_spans(source, "コッパー・ランタンは2分1秒84で走破した。") == []
    assert error_spans(source, "コッパー・ランタンは2分10秒84で走破した。") != []


def test_an_average_a_power_of_ten_away_is_no_slip_of_scale() -> None:
    source = "The operator promised to raise €4.6 billion for good causes over the first ten years."
    assert error_spans(source, "最初の10年間で46億ユーロ、年平均では4億6000万ユーロとなる。") == []
    # without the average it is a slip of scale
    assert error_spans(source, "最初の10年間で4億6000万ユーロを集める。") == ["4億6000万ユーロ"]
