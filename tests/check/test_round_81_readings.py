"""Rules from session 32 (the contradictions the blind sets of session 31 and before
missed): each wrong value with the faithful twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import error_spans


def _at(offset: float, *when: int) -> dt.datetime:
    return dt.datetime(*when, tzinfo=dt.timezone(dt.timedelta(hours=offset)))  # type: ignore[misc]


def test_a_japan_day_with_the_weekday_of_the_right_day_is_a_wrong_conversion() -> None:
    # 9 p.m. IST on Saturday the 19th is 00:30 JST on Sunday the 20th: 日本時間19日(日)
    # has the right weekday and the wrong day, and the conversion says which
    published = _at(5.5, 2026, 9, 15, 10, 0)
    source = "The city council is due to vote at 9:00 p.m. IST on Saturday, September 19."
    lead = "市議会は9月19日(土)午後9時(日本時間9月{}(日)午前0時30分)に採決する。"
    assert error_spans(source, lead.format("20日"), published=published) == []
    assert error_spans(source, lead.format("19日"), published=published) == ["9月19日"]


def test_a_share_with_no_figure_beside_it_is_the_part_of_the_whole_restated() -> None:
    source = (
        "The survey found that 570 of the 1,878 renter households spend more than a "
        "third of their income on rent. The developer will build 1,500 homes."
    )
    lead = "約{}割の世帯が収入の3分の1超を家賃に充てている。"
    assert error_spans(source, lead.format("3")) == []
    assert error_spans(source, lead.format("4")) == ["4割"]


def test_of_those_takes_the_whole_of_the_sentence_before() -> None:
    source = (
        "The ship lost 146 containers in the storm. None of the 24 crew members was "
        "injured. Of the containers lost, 31 held refrigerated food."
    )
    lead = "失われたコンテナのうち31個、約{}割が冷凍食品だった。"
    assert error_spans(source, lead.format("2")) == []
    assert error_spans(source, lead.format("3")) == ["3割"]


def test_a_currency_sign_after_its_figure_is_read_as_currency() -> None:
    source = (
        "Le crabe se vend très bien : 7,85 $ la livre cette saison, contre 5,20 $ l'an dernier."
    )
    lead = "カニの価格は1ポンド7.85ドルと、昨年の5.20ドルから約{}%上昇した。"
    assert error_spans(source, lead.format("51"), language="fr") == []
    assert error_spans(source, lead.format("35"), language="fr") == ["35%"]


def test_a_cut_named_by_its_amount_is_the_gap_between_its_ends() -> None:
    source = "The deal would cut its annual interest bill to about $96 million, from $118 million."
    lead = "年間の利払い費は1億1800万ドルから約9600万ドルに減り、年{}万ドルの削減となる。"
    assert error_spans(source, lead.format("2200")) == []
    assert error_spans(source, lead.format("2800")) == ["2800万ドル"]


def test_a_total_after_awase_te_yaku() -> None:
    source = (
        "Data of about 64,000 students and 9,800 staff were exposed. The university has "
        "10,000 more alumni records."
    )
    lead = "学生約6万4000人と職員9800人、合わせて約{}人の個人データが流出した。"
    assert error_spans(source, lead.format("7万3800")) == []
    assert error_spans(source, lead.format("8万3800")) == ["8万3800人"]


def test_a_multiple_against_the_rate_the_source_gives_over_the_same_figure() -> None:
    source = "The haul was 40% larger than last year's 13.3 tonnes."
    lead = "回収量は昨年の13.3トンの約{}倍にのぼった。"
    assert error_spans(source, lead.format("1.4")) == []
    assert error_spans(source, lead.format("1.6")) == ["1.6倍"]


def test_bushels_are_counted_alike() -> None:
    source = "The average yield was 187 bushels an acre, up from 171 bushels last year."
    lead = "平均単収は1エーカーあたり187ブッシェルで、昨年の171ブッシェルから{}ブッシェル増えた。"
    assert error_spans(source, lead.format("16")) == []
    assert error_spans(source, lead.format("19")) == ["19ブッシェル"]


def test_a_quarter_named_by_its_last_month_and_year() -> None:
    source = (
        "The company will spend A$480 million on a new mine, due to pour first gold in "
        "the December quarter of 2027."
    )
    lead = "新鉱山の初出湯は2027年{}月期の予定。"
    assert error_spans(source, lead.format("10〜12")) == []
    assert error_spans(source, lead.format("4〜6")) == ["4〜6月期"]


def test_noon_is_a_clock_time() -> None:
    published = _at(10, 2025, 6, 12, 9, 0)
    source = "Tourism Minister Jade Pelletier made the announcement at 11am at the centre."
    lead = "観光相が午前11時(日本時間同日{})、発表した。"
    assert error_spans(source, lead.format("午前10時"), published=published) == []
    assert error_spans(source, lead.format("正午"), published=published) == ["正午"]


def test_a_range_of_hours_is_no_instant_in_two_zones() -> None:
    # "von 10 bis 18 Uhr" gives two times; 18:00 CET is not the 10:00 the digest converts
    published = _at(1, 2026, 12, 2, 8, 0)
    source = (
        "Die Impfstelle impft von 10 bis 18 Uhr ohne Termin. Das Gesundheitsamt will am "
        "Freitag um 10 Uhr MEZ auf einer Pressekonferenz informieren."
    )
    lead = "記者会見は4日(金)午前10時(中部ヨーロッパ時間、日本時間4日{})に開かれる。"
    assert error_spans(source, lead.format("午後6時"), language="de", published=published) == []
    assert error_spans(source, lead.format("午前2時"), language="de", published=published) == [
        "午前2時"
    ]


def test_points_between_two_percentages_the_sentence_states() -> None:
    source = (
        "Consumer prices rose 3.4% from a year earlier, up from 3.1% in December. "
        "Shelter costs rose 0.4% in the month."
    )
    lead = "消費者物価は前年同月比3.4%上昇し、12月の3.1%から{}ポイント加速した。"
    assert error_spans(source, lead.format("0.3")) == []
    assert error_spans(source, lead.format("0.4")) == ["0.4ポイント"]


def test_points_from_a_fall_to_a_rise_add_up() -> None:
    source = "The commission had proposed a 20% cut; ministers agreed an 8% increase instead."
    lead = "当初の20%削減案から8%増へと変わり、差し引き{}ポイントの上積みとなった。"
    assert error_spans(source, lead.format("28")) == []


def test_points_one_end_in_the_sentence_before() -> None:
    source = (
        "The new regimen cured 89% of patients in the trial, compared with 71% of those "
        "given the current standard treatment."
    )
    lead = "新しい併用療法は患者の89%を治癒させた。標準治療の71%より{}ポイント高い。"
    assert error_spans(source, lead.format("18")) == []
    assert error_spans(source, lead.format("16")) == ["16ポイント"]


def test_a_day_of_this_month_in_a_japanese_source() -> None:
    published = _at(9, 2025, 10, 16, 10, 0)
    source = (
        "今月25日（土）からはもみじまつりが始まる。11月9日（日）まで、川沿いをライトアップする。"
    )
    lead = "もみじまつりは{}から11月9日まで開かれる。"
    assert error_spans(source, lead.format("10月25日"), language="ja", published=published) == []


def test_the_months_a_financial_year_runs_give_its_split_year_ends() -> None:
    published = _at(10, 2026, 6, 17, 9, 0)
    source = (
        "The money, announced in Tuesday's 2026-27 budget, will pay for 900 extra nurses "
        "by June 2028. The state's financial year runs from 1 July to 30 June."
    )
    lead = "看護師の増員は2026/27年度(2026年7月〜{}年6月)予算に盛り込まれた。"
    assert error_spans(source, lead.format("27"), published=published) == []


def test_a_quarter_named_by_its_last_month_gives_its_months() -> None:
    published = _at(10, 2026, 4, 29, 11, 30)
    source = (
        "Annual inflation rose to 3.5 per cent in the March quarter. It had been 3.2 per "
        "cent in the December quarter."
    )
    lead = "前年比の伸びは{}の3.2%から0.3ポイント拡大した。"
    assert error_spans(source, lead.format("10〜12月期"), published=published) == []


def test_the_start_of_a_month_is_its_first_day() -> None:
    published = _at(9, 2026, 7, 16, 10, 0)
    source = "7月に入ってからの熱中症による搬送は14日までに186人。"
    lead = "熱中症:{}から14日までの搬送は186人だった。"
    assert error_spans(source, lead.format("7月1日"), language="ja", published=published) == []


def test_days_of_a_winning_streak_are_no_date() -> None:
    published = _at(-6, 2026, 4, 22, 16, 0)
    source = "El peso ganó terreno por tercera sesión consecutiva este miércoles."
    lead = "ペソは{}続伸した。"
    assert error_spans(source, lead.format("3日"), language="es", published=published) == []


def test_a_date_to_come_without_its_year_is_next_years() -> None:
    published = _at(-5, 2025, 6, 3, 9, 0)
    source = "The cap will take effect on January 1 and apply to state-regulated plans."
    lead = "上限は{}から適用される。"
    assert error_spans(source, lead.format("2026年1月1日"), published=published) == []


def test_a_conversion_written_before_the_source_figure_in_brackets() -> None:
    source = "Alder Vaccines will build a plant on an 85-acre site outside Hollinsford."
    lead = "アルダー社はホリンズフォード郊外の約{}ヘクタール(85エーカー)の敷地に工場を建設する。"
    assert error_spans(source, lead.format("34")) == []
    assert error_spans(source, lead.format("344")) == ["344ヘクタール"]


def test_a_change_counted_in_portions_and_nights() -> None:
    source = (
        "Hospitals in the state have 2,350 unfilled nursing posts. A year ago there were "
        "1,870. Hotels recorded 21.4 million overnight stays, up from 20.8 million."
    )
    posts = "看護職の欠員は2350人分で、1年前の1870人分から{}人分増えた。"
    assert error_spans(source, posts.format("480")) == []
    assert error_spans(source, posts.format("580")) == ["580人"]
    nights = "宿泊施設は2140万泊を記録し、前年同期の2080万泊から約{}%増えた。"
    assert error_spans(source, nights.format("3")) == []
    assert error_spans(source, nights.format("6")) == ["6%"]


def test_a_change_between_two_ends_the_sentence_states_in_rooms() -> None:
    source = "The hotel will reopen with 386 rooms, down from 420 before the storm."
    lead = "客室は嵐の前の420室から{}室減って386室となる。"
    assert error_spans(source, lead.format("34")) == []
    assert error_spans(source, lead.format("44")) == ["44室"]


def test_comma_thousands_in_a_spanish_source_that_writes_no_decimals() -> None:
    source = (
        "La universidad recibió 142,300 solicitudes y admitió a 31,800 estudiantes, "
        "frente a 9,600 becas disponibles."
    )
    lead = "大学には{}件の出願があり、3万1800人が合格した。"
    assert error_spans(source, lead.format("14万2300"), language="es") == []


def test_a_bare_dollar_in_a_spanish_source_may_be_the_peso() -> None:
    source = "El fondo cubrirá subsidios de hasta $1,5 millones por familia."
    lead = "基金は1世帯あたり最大{}の補助金を賄う。"
    assert error_spans(source, lead.format("150万ペソ"), language="es") == []
    assert error_spans(source, lead.format("150万ドル"), language="es") == []


def test_a_total_of_the_terms_its_sentence_lists_before_chance_remainders() -> None:
    source = "The grocer will close 19 of its 40 stores: 12 in Oregon and seven in Washington."
    lead = "閉鎖はオレゴン州の12店とワシントン州の7店で、合わせて{}店となる。"
    assert error_spans(source, lead.format("19")) == []
    assert error_spans(source, lead.format("21")) == ["21店"]


def test_the_rest_of_a_whole_of_percentages() -> None:
    source = (
        "Conectia holds 41.3% of mobile lines, ahead of Movilsur with 35.8%; three "
        "smaller operators share the rest."
    )
    lead = "同社のシェアは41.3%と首位である。2位の35.8%を5.5ポイント上回り、残る{}%を小規模3社が分け合う。"
    assert error_spans(source, lead.format("22.9")) == []


def test_a_rate_after_the_increment_it_is_of() -> None:
    source = "Lumo Mobile had 41.7 million subscribers at the end of 2025, up 3.9 million."
    lead = "契約者は4170万人となった。1年前の3780万人から390万人、約{}%増えた。"
    assert error_spans(source, lead.format("10")) == []
    assert error_spans(source, lead.format("13")) == ["13%"]


def test_what_is_left_after_sashihiki() -> None:
    source = (
        "At the peak, 1,870 of the network's 2,400 fast-charging sites could not start a charge."
    )
    lead = "急速充電拠点2400カ所のうち1870カ所で充電できなくなり、差し引き{}カ所だけが動いていた。"
    assert error_spans(source, lead.format("530")) == []
    assert error_spans(source, lead.format("630")) == ["630カ所"]


def test_a_percentage_ten_times_the_source_s_beside_average_words() -> None:
    source = (
        "Le prix moyen de la recharge rapide sur autoroute a augmenté de 4,5 % en un an, "
        "pour atteindre 0,61 euro le kilowattheure."
    )
    lead = "高速道路での急速充電の平均料金は1年で{}%上がり、1キロワット時あたり0.61ユーロとなった。"
    assert error_spans(source, lead.format("4.5"), language="fr") == []
    assert error_spans(source, lead.format("45"), language="fr") == ["45%"]


def test_a_fiscal_year_which_begins_in_july() -> None:
    published = _at(-7, 2026, 6, 3, 16, 20)
    source = (
        "The first $8.5 million would arrive in the third quarter of 2026, at the start "
        "of its fiscal year, which begins July 1."
    )
    lead = "最初の850万ドルは、7月1日に始まる同大の新年度({}期)の初めに支払われる。"
    assert error_spans(source, lead.format("2027年6月"), published=published) == []


def test_a_share_written_as_one_in_n() -> None:
    source = (
        "Nach Angaben des Landesamtes verlassen rund 28 Prozent der Bachelorstudierenden "
        "ihre Hochschule ohne Abschluss. Fast jeder vierte Studierende stammt aus dem Ausland."
    )
    lead = "学士課程の学生の約28%、約{}人に1人が学位を取らずに大学を去っている。"
    assert error_spans(source, lead.format("3.6"), language="de") == []


def test_a_total_that_is_a_rate_times_a_period_is_no_sum() -> None:
    source = (
        "The fund, built on a 1.5 billion yen donation, will pay doctoral students 1.8 "
        "million yen a year for up to three years."
    )
    lead = "寄付金15億円を基に、博士課程の学生に年180万円を最長3年間、最大で計{}万円支給する。"
    assert error_spans(source, lead.format("540")) == []


def test_the_figure_of_the_sentence_restated_in_another_measure() -> None:
    source = (
        "The cable was cut about 85 miles off Port Kereru, cutting international "
        "capacity by about 60%."
    )
    lead = "ケーブルはポート・ケレル沖約{}の地点で切断され、国際通信容量は約60%減った。"
    assert error_spans(source, lead.format("137キロ")) == []
    assert error_spans(source, lead.format("85キロ")) == ["85キロ"]


def test_square_feet() -> None:
    source = "New stores will be smaller, at about 2,500 square feet."
    lead = "新店は従来より小さい約{}となる。"
    assert error_spans(source, lead.format("2500平方フィート(約230平方メートル)")) == []
    assert error_spans(source, lead.format("2500平方メートル")) == ["2500平方メートル"]


def test_fahrenheit_carries_to_a_bare_degree_later_in_the_sentence() -> None:
    source = (
        "Workers must get a 15-minute paid break every two hours once the heat index "
        "reaches 95°F. If it reaches 104°F, field work must stop."
    )
    lead = "・華氏95度で2時間ごとに15分の有給休憩、{}度で日中の作業中止。"
    assert error_spans(source, lead.format("104")) == []


def test_millions_of_ounces_and_the_sum_of_the_sentence_before() -> None:
    source = (
        "Production in the year to 31 March 2026 rose to 1.12m ounces from 1.04m ounces "
        "a year earlier. The index fell 78.3 points to 1,842.6 points in the week."
    )
    gold = "金の生産量は前期の{}万オンスから8万オンス増え、112万オンスとなった。"
    assert error_spans(source, gold.format("104")) == []
    index = "指数は1週間で78.3ポイント下がり、1842.6ポイントとなった。前週は{}ポイントだった。"
    assert error_spans(source, index.format("1920.9")) == []


def test_a_japan_time_with_the_weekday_written_in_full_in_brackets() -> None:
    published = _at(-5, 2026, 11, 3, 9, 0)
    source = "The canal authority's board will meet at 2 p.m. local time on Wednesday."
    lead = "理事会は4日(水曜日)の現地時間午後2時、日本時間5日(木曜日){}に会合を開く。"
    assert error_spans(source, lead.format("午前4時"), published=published) == []
    assert error_spans(source, lead.format("午前5時"), published=published) == ["午前5時"]


def test_one_o_clock_in_spanish_is_la_1() -> None:
    published = _at(-3, 2026, 3, 10, 12, 0)
    source = (
        "El municipio dispuso trenes especiales después de los shows, con la última "
        "salida prevista para la 1.30."
    )
    lead = "市は終演後に臨時列車を出し、最終は{}発。"
    assert error_spans(source, lead.format("午前1時30分"), language="es", published=published) == []
