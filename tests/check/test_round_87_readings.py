"""Rules from session 33 (blind rounds 87-90 and the misses of the sets before them):
each wrong value with the faithful twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import error_spans


def _at(offset: float, *when: int) -> dt.datetime:
    return dt.datetime(*when, tzinfo=dt.timezone(dt.timedelta(hours=offset)))  # type: ignore[misc]


# --- fiscal years -------------------------------------------------------------------


def test_a_split_year_the_sentence_names_settles_the_label() -> None:
    source = (
        "The state's financial year runs from April 1 to March 31. The revenue deficit "
        "for 2024-25 widened to B$18.4 billion, nearly double the B$9.6 billion projected."
    )
    lead = "{}の州の経常赤字は184億ドルに拡大し、予算の96億ドルのほぼ2倍となった。"
    assert error_spans(source, lead.format("2025年3月期")) == []
    assert error_spans(source, lead.format("2026年3月期")) == ["2026年3月期"]


def test_the_previous_year_named_beside_the_label_makes_it_the_later_one() -> None:
    source = (
        "The company shipped a record 67.2 million tonnes of ore in the fiscal year that "
        "ended on March 31, 2026, up from 61.5 million tonnes a year earlier."
    )
    lead = "{}の出荷量は過去最高の6720万トンとなり、前年度の6150万トンから増えた。"
    published = _at(5.5, 2026, 4, 23, 10, 0)
    assert error_spans(source, lead.format("2026年3月期"), published=published) == []
    assert error_spans(source, lead.format("2025年3月期"), published=published) == ["2025年3月期"]


def test_the_end_of_its_fiscal_year_in_a_month_and_year() -> None:
    source = (
        "Pellham Container Line will leave the Orion Alliance at the end of its fiscal "
        "year in March 2027 and run its own network between Asia and Europe."
    )
    lead = (
        "ペラム・コンテナ・ライン(Pellham Container Line)は{}末にオリオン・アライアンスを離脱する。"
    )
    published = _at(0, 2026, 2, 5, 11, 0)
    assert error_spans(source, lead.format("2027年3月期"), published=published) == []
    assert error_spans(source, lead.format("2026年3月期"), published=published) == ["2026年3月期"]


def test_a_label_the_source_names_may_belong_to_another_years_figure() -> None:
    source = (
        "For the full fiscal year ended in September, Corvid's revenue was $9.86 billion. "
        "Corvid forecast revenue of $10.1 billion to $10.5 billion for fiscal 2027, which "
        "ends in September 2027."
    )
    lead = "{}の売上高を101億〜105億ドルと予想した。"
    published = _at(-5, 2026, 11, 17, 16, 0)
    assert error_spans(source, lead.format("2027年9月期"), published=published) == []
    assert error_spans(source, lead.format("2026年9月期"), published=published) == ["2026年9月期"]


def test_a_split_year_the_digest_writes_against_the_one_the_source_names() -> None:
    source = (
        "The budget officer estimated that the measures would push the deficit to "
        "$38.9 billion in fiscal 2026-27, up from the $34.2 billion forecast in the fall."
    )
    lead = "赤字は{}に389億ドルに達し、秋の見通しの342億ドルを上回る。"
    assert error_spans(source, lead.format("2026〜27年度")) == []
    assert error_spans(source, lead.format("2025〜26年度")) == ["2025〜26年度"]


def test_a_calendar_year_named_as_the_year_to_december() -> None:
    source = (
        "Pierrelune's net profit fell 43% in 2025, to 87 million euros, from 154 million "
        "euros a year earlier. It plans capital spending of 90 million euros in 2026."
    )
    lead = "{}の純利益は前年比43%減の8700万ユーロだった。"
    published = _at(1, 2026, 2, 19, 8, 0)
    assert error_spans(source, lead.format("2025年12月期"), published=published) == []
    assert error_spans(source, lead.format("2026年12月期"), published=published) != []


def test_a_fiscal_fourth_quarter_says_when_the_year_ends() -> None:
    source = (
        "The lender earned $2.96-billion in its fiscal fourth quarter, which ended Oct. 31. "
        "It will take a restructuring charge of about $480-million in the first quarter "
        "of fiscal 2027."
    )
    lead = "{}の第1四半期に約4億8000万カナダドルの構造改革費用を計上する。"
    published = _at(-5, 2026, 12, 3, 7, 0)
    assert error_spans(source, lead.format("2027年10月期"), published=published) == []


def test_the_year_to_a_day_spans_the_months_before_it() -> None:
    source = "The gallery drew 3.2 million visitors in the year to 31 March 2026."
    lead = "2026年3月までの1年間({}〜2026年3月)の来館者数は320万人だった。"
    published = _at(0, 2026, 11, 20, 9, 0)
    assert error_spans(source, lead.format("2025年4月"), published=published) == []


def test_a_quarter_the_source_gives_by_its_months_stands_whatever_its_number() -> None:
    source = (
        "The club, whose financial year ends on 30 June, reported results for the third "
        "quarter of its financial year, the three months to 31 December. Revenue rose 18% "
        "to £64.3m in the quarter."
    )
    lead = "2027年6月期第3四半期({})の売上高は18%増の6430万ポンドだった。"
    published = _at(0, 2027, 1, 27, 9, 0)
    assert error_spans(source, lead.format("2026年10〜12月期"), published=published) == []


def test_a_quarter_of_the_current_financial_year_is_numbered_from_its_start() -> None:
    source = (
        "Sahyadri Bank reported a 14.6 per cent rise in net profit to ₹4,812 crore for the "
        "July-September quarter. It announced its results for the second quarter of the "
        "current financial year after a board meeting."
    )
    lead = "2027年3月期第2四半期({})の純利益は14.6%増の481億2000万ルピーだった。"
    published = _at(5.5, 2026, 10, 24, 18, 0)
    assert error_spans(source, lead.format("7〜9月期"), published=published) == []
    assert set(error_spans(source, lead.format("4〜6月期"), published=published)) == {"4〜6月期"}


# --- days -----------------------------------------------------------------------------


def test_one_day_or_the_next() -> None:
    source = "The team will host its first playoff game on April 19 or 20."
    lead = "本拠地での初戦は4月19日か{}に行われる。"
    published = _at(-4, 2027, 4, 7, 22, 0)
    assert error_spans(source, lead.format("20日"), published=published) == []


def test_days_counted_from_a_date_the_sentence_gives() -> None:
    source = (
        "The new parliament will meet on June 9 and the first investiture debate must be "
        "held within 15 days from that date."
    )
    lead = "新議会は6月9日に招集され、最初の討論は遅くとも{}までに行われる。"
    published = _at(2, 2026, 5, 18, 8, 0)
    assert error_spans(source, lead.format("6月24日"), published=published) == []


def test_german_am_before_a_weekday_is_no_morning() -> None:
    source = (
        "Die Feuerwehren rückten zwischen 18 Uhr am Mittwoch und 6 Uhr am Donnerstag zu "
        "1450 Einsätzen aus."
    )
    lead = "消防は17日{}から18日午前6時までに1450件出動した。"
    published = _at(2, 2026, 6, 19, 10, 0)
    assert error_spans(source, lead.format("午後6時"), published=published, language="de") == []


def test_a_german_weekday_of_next_week() -> None:
    source = "Die Gespräche sollen am Donnerstag kommender Woche fortgesetzt werden."
    lead = "協議は翌週の木曜日、{}に再開する。"
    published = _at(2, 2026, 7, 15, 10, 0)
    assert error_spans(source, lead.format("7月23日"), published=published, language="de") == []


# --- figures --------------------------------------------------------------------------


def test_points_for_a_percent_change_of_an_amount() -> None:
    source = "EBITDA fell 10.3 percent to 812 million euros."
    lead = "EBITDAは{}の8億1200万ユーロにとどまった。"
    assert error_spans(source, lead.format("10.3%減")) == []
    assert error_spans(source, lead.format("10.3ポイント減")) == ["10.3ポイント"]


def test_points_for_a_change_of_a_rate_stand() -> None:
    source = "The central bank cut its benchmark rate by 0.25% to 4.5%."
    lead = "中央銀行は政策金利を{}引き下げ、4.5%とした。"
    assert error_spans(source, lead.format("0.25ポイント")) == []


def test_a_quarter_of_a_percentage_point_is_no_whole_point() -> None:
    source = (
        "The average 30-year rate fell to 5.84% this week. A year ago the same rate stood "
        "at 6.71%. Markets expect a cut of a quarter of a percentage point in March."
    )
    lead = "1年前の同じ金利は6.71%で、{}低い。"
    assert error_spans(source, lead.format("0.87ポイント")) == []


def test_french_race_times_to_the_hundredth() -> None:
    source = (
        "Awa Ndiaye a battu le record du monde du 3 000 m steeple en s'imposant en "
        "8 min 41 s 27, soit 1 s 63 de mieux que l'ancienne marque."
    )
    lead = "ンディアイが{}で制し、世界記録を更新した。"
    assert error_spans(source, lead.format("8分41秒27"), language="fr") == []


def test_a_spanish_count_after_las_is_no_clock() -> None:
    source = (
        "Los incendios ya han consumido 41.800 hectáreas. La cifra casi triplica las "
        "14.500 hectáreas registradas el lunes."
    )
    lead = "焼失面積は4万1800ヘクタールで、1万4500ヘクタールから{}増えた。"
    assert error_spans(source, lead.format("2万7300ヘクタール"), language="es") == []


def test_a_celsius_decade_for_fahrenheit() -> None:
    source = "Temperatures are forecast to reach 91 degrees Fahrenheit by Friday."
    lead = "気温は華氏91度({})に上がる見込みだ。"
    assert error_spans(source, lead.format("摂氏30度台")) == []


def test_a_range_of_decimals_shares_its_scale() -> None:
    source = (
        "The group now expects revenue of between 1.25 and 1.30 billion euros for 2026, "
        "compared with 1.35 to 1.40 billion previously."
    )
    lead = "売上高目標を{}〜14億ユーロから12億5000万〜13億ユーロへ下げた。"
    assert error_spans(source, lead.format("13億5000万")) == []


def test_a_bare_figure_given_its_measure() -> None:
    source = (
        "Lafleur broke the record in the women's 400-metre freestyle. She plans to swim "
        "the 200 and 800 freestyle later in the week."
    )
    lead = "ラフルールは今週、200メートルと{}にも出場する。"
    assert error_spans(source, lead.format("800メートル")) == []


def test_a_share_beside_the_percent_it_rounds() -> None:
    source = "Panels of 65 inches or larger made up 34% of those shipments, compared with 27% a year ago."
    lead = "65型以上が{}(34%)を占めた。"
    assert error_spans(source, lead.format("約3分の1")) == []


def test_a_count_after_capitals_with_a_scale() -> None:
    source = (
        "Battery electric cars accounted for 23,510 of the total. Plug-in hybrids made up "
        "9,730 registrations, while petrol cars fell 4.1% to 41,200."
    )
    lead = "EV2万3510台、PHV9730台で、両者を合わせると{}に達した。"
    assert error_spans(source, lead.format("3万3240台")) == []


def test_a_part_linked_by_de_to_its_share() -> None:
    source = "Of the 2,170 people charged with knife offences, 640 were aged between 13 and 17."
    lead = "起訴された2170人のうち、13〜17歳は640人で全体の約{}割を占めた。"
    assert error_spans(source, lead.format("3")) == []
    assert error_spans(source, lead.format("4")) == ["4割"]


def test_a_sentence_pointing_back_restates_the_one_before() -> None:
    source = (
        "Her plant, which employs 85 people, processed 1.6 million pounds of shrimp last "
        "year, about 60% of its capacity. Dockside prices fell to $3.20 a pound, from "
        "$4.75 last year, and 67 of the 85 boats stayed in port."
    )
    lead = "彼女の工場は昨年160万ポンドを加工した。これは処理能力の約{}割にあたる。"
    assert error_spans(source, lead.format("6")) == []
    assert error_spans(source, lead.format("8")) == ["8割"]


def test_a_share_of_the_whole_for_a_part_the_digest_sums() -> None:
    source = (
        "New car registrations totalled 91,840 in August. Battery electric cars accounted "
        "for 23,510 of the total. Plug-in hybrids made up 9,730 registrations, while "
        "petrol cars fell 4.1% to 41,200."
    )
    lead = "EV2万3510台、PHV9730台で、両者を合わせると3万3240台と全体の約{}%に達した。"
    assert error_spans(source, lead.format("36")) == []


def test_a_series_letter_before_an_amount_is_no_abbreviation() -> None:
    source = (
        "The start-up raised $48 million in a Series B round, bringing its total to $65.5 "
        "million after a $2.5 million seed round in 2020 and a $15 million Series A in 2022."
    )
    lead = (
        "2020年のシード資金250万ドル、2022年のシリーズA1500万ドルと合わせ、調達総額は{}となった。"
    )
    assert error_spans(source, lead.format("6550万ドル")) == []


def test_an_american_ton_may_be_a_short_one() -> None:
    source = "Growers expect a crop of 142,000 tons this season, down from 213,000 tons."
    lead = "今季の収穫量は14万2000米トン(約{}トン)にとどまる見通しだ。"
    assert error_spans(source, lead.format("12万9000")) == []


def test_a_fiscal_year_of_twelve_months_ended_a_month_without_its_year() -> None:
    source = (
        "Heartland Rail carried a record 3.42 million passengers in fiscal 2026. Ridership "
        "for the 12 months ended Sept. 30 rose 12%. The fourth quarter was the strongest "
        "on record, with 962,000 passengers."
    )
    lead = "四半期:{}は96万2000人と、四半期として過去最多だった。"
    published = _at(-5, 2026, 10, 15, 9, 0)
    assert error_spans(source, lead.format("7〜9月期"), published=published) == []


def test_the_end_of_a_day_of_service_at_24_00() -> None:
    source = "A partir del lunes 22 de junio, el horario será el habitual, de 5:00 a 24:00 horas."
    lead = "22日(月)から通常の午前5時〜{}の運行となる。"
    published = _at(-5, 2026, 6, 18, 9, 0)
    assert error_spans(source, lead.format("午前0時"), published=published, language="es") == []


def test_a_range_of_whole_figures_shares_its_scale() -> None:
    source = (
        "The group now expects annual revenue of between 390 and 410 million euros, "
        "compared with 340 to 360 million previously."
    )
    lead = "売上高予想を従来の{}〜3億6000万ユーロから3億9000万〜4億1000万ユーロに引き上げた。"
    assert error_spans(source, lead.format("3億4000万")) == []


def test_a_quarter_the_source_writes_by_its_months_elsewhere() -> None:
    source = (
        "Kesar & Kohl Beauty reported a 22 per cent rise in revenue to Rs 1,240 crore for "
        "the second quarter of 2026-27. Net profit for the July-September quarter rose 17 "
        "per cent to Rs 96.5 crore."
    )
    lead = "2027年3月期第2四半期({})の売上高は22%増の124億ルピーだった。"
    published = _at(5.5, 2026, 11, 25, 18, 0)
    assert error_spans(source, lead.format("7〜9月期"), published=published) == []


def test_a_headline_quarter_the_source_names_beside_another() -> None:
    source = (
        "Hanbit Steel said its second-quarter operating profit fell 23 percent from a year "
        "earlier to 412 billion won. Analysts said third-quarter profit could recover "
        "slightly as iron ore prices eased."
    )
    lead = "ハンビット製鉄:{}は23%営業減益"
    published = _at(9, 2026, 7, 23, 15, 0)
    assert error_spans(source, lead.format("4〜6月期"), published=published) == []
