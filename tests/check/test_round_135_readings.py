"""Rules from session 40 (before blind rounds 135-136): a change turned around where
its figure is the digest sentence's only anchor, and a gap written 低い; each with the
faithful twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, english_units, error_spans


def test_a_flipped_change_with_no_other_anchor() -> None:
    # the digest sentence shares no name or other figure with the source: the figure,
    # stated in one source sentence alone, says which one it restates
    source = (
        "Power prices in the region climbed for a third week. Wind generation fell 38% from "
        "the previous week, while solar output was negligible after sunset."
    )
    assert error_spans(source, "風力発電量は前週から38%増えた。") == ["38%"]
    assert error_spans(source, "風力発電量は前週から38%減った。") == []


def test_a_common_figure_in_two_sentences_says_nothing() -> None:
    # "5%" stands in two sentences going both ways: which one the digest restates is
    # not known, so its direction is not judged
    source = "Exports rose 5% in March. Imports fell 5% over the same month, the office said."
    assert error_spans(source, "輸送量は5%増えた。") == []


def test_a_gap_written_lower() -> None:
    source = (
        "The service now expects corn to average 168 bushels an acre in the region, "
        "compared with 181 bushels last year."
    )
    lead = "単収は1エーカーあたり168ブッシェルと、昨年の181ブッシェルより{}ブッシェル低い見通し。"
    assert error_spans(source, lead.format(13)) == []
    assert error_spans(source, lead.format(15)) == ["15ブッシェル"]


# --- after the first runs of rounds 135-136 -----------------------------------------


def _derived(source: str, lead: str, span: str, **kw: object) -> bool:
    return ("info", "number.derived", span) in check_lead(source, lead, **kw)  # type: ignore[arg-type]


def test_the_level_before_a_step_the_same_sentence_gives() -> None:
    source = (
        "La chaîne augmentera le prix de sa baguette de tradition de 10 centimes à partir "
        "du lundi 3 février, pour le porter à 1,35 euro dans ses 146 magasins. Les "
        "viennoiseries seront également concernées : le croissant passera de 1,20 euro à "
        "1,30 euro, et le pain au chocolat de 1,35 euro à 1,45 euro."
    )
    lead = "伝統バゲットを1.25ユーロから1.35ユーロに引き上げる。"
    assert _derived(source, lead, "1.25ユーロ", language="fr")
    assert error_spans(source, lead, language="fr") == []


def test_a_level_before_it_doubled() -> None:
    source = (
        "Le président rappelle que la facture énergétique de son établissement a doublé "
        "entre 2021 et 2023, pour atteindre 14,8 millions d'euros."
    )
    lead = "2021年は約{}万ユーロだった計算になる。"
    assert _derived(source, lead.format(740), "740万ユーロ", language="fr")
    assert not _derived(source, lead.format(490), "490万ユーロ", language="fr")


def test_a_rate_from_the_level_the_story_opened_with() -> None:
    source = (
        "The spot price of uranium fell to $78.25 a pound on Monday. The price was down "
        "from $85.50 a week earlier and well below the $106 peak reached in February."
    )
    lead = "2月の高値106ドルと比べると約{}%安い。"
    # (106 − 78.25) / 106 = 26.2%
    assert error_spans(source, lead.format(26)) == []
    assert error_spans(source, lead.format(36)) == ["36%"]


def test_a_total_with_a_term_for_each_of_a_count() -> None:
    source = (
        "Auf 640 Quadratmetern will das Unternehmen dort ab dem 14. Juni Schmuck anbieten. "
        "Die beiden weiteren Filialen sind mit jeweils rund 180 Quadratmetern kleiner."
    )
    lead = (
        "最大の店は640平方メートル。他の2店はそれぞれ約180平方メートルで、"
        "3店の売り場は計約{}平方メートルになる。"
    )
    assert _derived(source, lead.format(1000), "1000平方メートル", language="de")
    assert error_spans(source, lead.format(1000), language="de") == []


def test_a_product_of_the_sentence_before() -> None:
    source = (
        "From 2025 the foundation will fund 15 young research groups with up to "
        "€1.6 million each over five years."
    )
    lead = "毎年15グループにそれぞれ最大160万ユーロを5年間助成する。1年の採択分で最大2400万ユーロとなる。"
    assert _derived(source, lead, "2400万ユーロ")


def test_a_japanese_newspapers_full_width_decimal_point() -> None:
    source = (
        "調査では、今年度は私立大学の５９・２％が定員割れとなり、前年度から５・９ポイント増えた。"
    )
    lead = "私立大学の59.2%が定員割れとなり、前年度から{}ポイント増えた。"
    assert error_spans(source, lead.format(5.9), language="ja") == []
    assert error_spans(source, lead.format(6.9), language="ja") == ["6.9ポイント"]


def test_a_quarter_of_a_century_is_a_span_of_years() -> None:
    assert english_units("in more than a quarter of a century") >= {("year", 25.0)}
    assert ("percent", 25.0) not in english_units("in more than a quarter of a century")
    source = (
        "The first elephant born at the zoo in more than a quarter of a century has pushed "
        "spring attendance to a record. The zoo's last elephant birth was in 1998."
    )
    published = dt.datetime(2024, 5, 3, 10, tzinfo=dt.UTC)
    assert error_spans(source, "同園で26年ぶりとなるゾウの誕生。", published=published) == []


def test_tankers_may_be_aircraft() -> None:
    source = (
        "Turkey's defence procurement agency on Tuesday signed a $1.96 billion contract for "
        "four aerial refuelling tankers. The air force currently relies on seven older "
        "tankers, several of which have been out of service because of maintenance problems. "
        "Defence analysts said four aircraft would not be enough to support large operations."
    )
    lead = "空軍は現在7機の旧型給油機に頼っているが、整備の問題で長期間使えない機体もある。"
    assert error_spans(source, lead) == []


def test_a_clock_time_in_the_zone_of_the_city_named() -> None:
    # an outlet at UTC+8 reports a signing "at 9 am in Jakarta" (UTC+7): 11:00 JST
    source = "The contract was signed at 9 am in Jakarta on Tuesday."
    published = dt.datetime(2025, 6, 4, 13, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    lead = "契約はジャカルタで午前9時(日本時間同日{})に署名された。"
    assert error_spans(source, lead.format("午前11時"), published=published) == []
    assert error_spans(source, lead.format("午後1時"), published=published) == ["午後1時"]


def test_a_change_in_money_turned_around() -> None:
    source = (
        "El subsidio estatal a la universidad será de 3.940 millones de pesos, 210 millones "
        "más que en 2024."
    )
    lead = "州の補助金は39億4000万ペソで、2024年より2億1000万ペソ{}となる。"
    assert error_spans(source, lead.format("減"), language="es") == ["2億1000万ペソ"]
    assert error_spans(source, lead.format("増"), language="es") == []


def test_next_fall_is_a_season() -> None:
    source = (
        "The Board of Regents voted 7-2 on Tuesday to raise in-state tuition by $570 next "
        "fall, ending a four-year freeze."
    )
    assert error_spans(source, "理事会は授業料を570ドル引き上げることを承認した(570ドル増)。") == []


def test_a_change_its_sentence_gives_both_levels_of() -> None:
    # the source's "about ¥1.5 billion more" is another change: the digest's 15億円減 is
    # the gap of the two levels its own sentence states
    source = (
        "料金収入は2014年度の98億円から2024年度は83億円に減った。市の試算では、値上げに"
        "よって料金収入は年間約15億円増える。"
    )
    lead = "料金収入は2014年度の98億円から2024年度は83億円へと15億円減った。"
    assert error_spans(source, lead, language="ja") == []


def test_a_span_of_time_restated_in_brackets() -> None:
    source = "Under its terms, the vessels will be delivered over 54 months."
    lead = "8隻は54カ月({})かけて引き渡される。"
    assert error_spans(source, lead.format("4年半")) == []
    assert error_spans(source, lead.format("3年半")) == ["3年半"]


def test_the_part_a_share_of_a_whole_gives() -> None:
    source = (
        "International students will make up 31 per cent of the university's 52,400 "
        "students this year, down from 36 per cent in 2023."
    )
    lead = "今年の在籍者5万2400人のうち留学生は31%、約{}人となる。"
    # 52,400 × 31% = 16,244
    assert error_spans(source, lead.format("1万6200")) == []
    assert error_spans(source, lead.format("1万8000")) == ["1万8000人"]


def test_a_persons_age_is_no_sum() -> None:
    source = (
        'Spending will rise 5 percent over three years. "We made choices that protect '
        'classrooms," said Oyelowo-Farr, 52, who took the job in 2022.'
    )
    assert error_spans(source, "2022年に就任したオイエロウォ=ファー氏は55歳。") == ["55歳"]
    assert error_spans(source, "2022年に就任したオイエロウォ=ファー氏は52歳。") == []


def test_a_gap_written_sagaku() -> None:
    source = (
        "The ministry estimated the programme at £1.05 billion in 2022. The contract "
        "signed on Friday is worth £1.27 billion."
    )
    lead = (
        "2022年の見積もりは10億5000万ポンドで、今回の契約額はそれを上回り、差額は{}ポンドとなる。"
    )
    assert error_spans(source, lead.format("2億2000万")) == []
    assert error_spans(source, lead.format("2億7000万")) == ["2億7000万ポンド"]


def test_words_that_name_no_time_zone() -> None:
    # "Center" (America/North_Dakota/Center) and "Christmas" (Indian/Christmas) are
    # no places: the times are the outlet's
    published = dt.datetime(2024, 10, 15, 9, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    source = "A hearing will be held on Monday, Oct. 19, at 6 p.m. at the Harbor Arts Center."
    lead = "公聴会は19日午後6時(日本時間20日{})に開かれる。"
    assert error_spans(source, lead.format("午前7時"), published=published) == []
    assert error_spans(source, lead.format("午前8時"), published=published) == ["午前8時"]


# --- after the first runs of rounds 137-138 -----------------------------------------


def test_days_between_two_dates_of_the_source() -> None:
    source = "The retailer said the code was discovered during a routine audit on Sept. 12."
    published = dt.datetime(2025, 9, 30, 17, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    lead = "発見から公表までは{}日を要した。"
    assert _derived(source, lead.format(18), "18日", published=published)
    assert not _derived(source, lead.format(16), "16日", published=published)


def test_a_day_without_its_month_in_the_paragraphs_month() -> None:
    source = (
        "La banca en línea estuvo fuera de servicio desde las 21 horas del sábado 16 de "
        "agosto hasta la medianoche del domingo."
    )
    published = dt.datetime(2025, 11, 20, 10, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    lead = (
        "アプリは8月16日(土)午後9時から27時間停止した。開始は日本時間では17日({})午前9時に当たる。"
    )
    assert error_spans(source, lead.format("日"), language="es", published=published) == []


def test_a_quarter_named_by_its_ordinal_alone() -> None:
    source = (
        "La Suisse autorisera l'importation de 2 800 tonnes de viande bovine à taux réduit "
        "au deuxième trimestre, contre 2 200 tonnes au premier, a annoncé mardi l'Office."
    )
    lead = "4〜6月期に輸入できる牛肉の枠を2800トンとし、{}の2200トンから増やす。"
    assert error_spans(source, lead.format("1〜3月期"), language="fr") == []
    assert error_spans(source, lead.format("7〜9月期"), language="fr") != []


def test_a_quarter_that_is_the_rest_of_its_half() -> None:
    source = (
        "Factories in the park produced 41.6 million units in the second quarter. Output "
        "for the first half of the year reached 78.3 million units."
    )
    lead = "1〜6月の生産量は7830万個で、1〜3月期は約3670万個だった。"
    assert error_spans(source, lead) == []


def test_a_level_before_a_rate_to_the_storys_figure() -> None:
    source = (
        "Ships carried 28.4 million tons through the locks this season. Tonnage rose 3.1% "
        "from the 2023 season, helped by a late surge in grain. Amsel said traffic had yet "
        "to return to the levels of the early 2000s, when the canal carried 35 million tons "
        "a year."
    )
    lead = "貨物量は2023年の季節(約{}万トン)から3.1%増えた。"
    assert error_spans(source, lead.format(2755)) == []
    assert not _derived(source, lead.format(2455), "2455万トン")


def test_an_amount_spread_over_the_years_its_sentence_states() -> None:
    source = (
        "The foundation pledged S$150 million to the cancer institute, to be paid in equal "
        "instalments over ten years."
    )
    lead = "10年間の均等払いで、年{}万シンガポールドルとなる。"
    assert error_spans(source, lead.format(1500)) == []


def test_the_last_day_of_a_run_an_english_source_counts() -> None:
    source = "Lock 31 will close for nine days from 28 October while contractors replace its gates."
    published = dt.datetime(2025, 10, 20, 9, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    lead = "第31閘門は10月28日から9日間閉鎖し、{}まで通れない。"
    assert error_spans(source, lead.format("11月5日"), published=published) == []


def test_a_range_end_in_a_sentence_too_short_to_align() -> None:
    source = (
        "The teethers, shaped like flowers with soft petals, are designed for babies aged 3 "
        "to 12 months, and were sold in pharmacies."
    )
    lead = "対象製品:花の形をした歯固めで、生後3〜{}カ月の乳児向け。"
    assert error_spans(source, lead.format(12)) == []
    assert error_spans(source, lead.format(18)) == ["18カ月"]


def test_a_change_whose_verb_stands_before_its_by() -> None:
    source = (
        "The Westfield Public Library will cut its budget for books, databases and other "
        "materials by 7% in fiscal 2026, to $2.79 million."
    )
    lead = "2026会計年度の資料費を7%{}の279万ドルとする。"
    assert error_spans(source, lead.format("増")) == ["7%"]
    assert error_spans(source, lead.format("減")) == []
    raised = "The council raised property rates by 9.5% last year to balance its books."
    assert error_spans(raised, "市は昨年、固定資産税率を9.5%引き上げた。") == []


def test_the_level_a_stated_rate_runs_from() -> None:
    source = (
        "The port handled 4.6 million tonnes of cargo in the first nine months of the year, "
        "15% more than in the same period of 2024."
    )
    lead = "1〜9月の取扱量は460万トンで、2024年同期(約{}万トン)から15%増えた。"
    # 4.6 million / 1.15 = 4 million; × 0.85 = 3.91 million takes the rate from the wrong end
    assert error_spans(source, lead.format(400)) == []
    assert error_spans(source, lead.format(390)) == ["390万トン"]


# --- after the first runs of rounds 139-140 -----------------------------------------


def test_a_rate_from_a_level_to_the_one_the_sentence_before_gives() -> None:
    source = (
        "Stocks at the Tessel hub fell by 410,000 tonnes in the week to Friday to 1.92 "
        "million tonnes, the lowest for the time of year since 2015."
    )
    lead = "在庫は1週間で41万トン減り192万トンとなった。前週の233万トンから約18%の減少。"
    assert error_spans(source, lead) == []


def test_the_period_of_a_rate_is_no_span_of_time() -> None:
    source = (
        "The time from filing to first hearing has fallen to an average of 23 days, from 31 "
        "days a year earlier, after the court added two evening sessions a week."
    )
    lead = "初回審理までの平均日数は23日と、1年前の31日から{}日短くなった。"
    assert error_spans(source, lead.format(8)) == []


def test_the_final_quarter_of_the_year_before_in_german() -> None:
    source = (
        "Brent kostete im ersten Quartal durchschnittlich 81,80 Dollar je Barrel, nach "
        "84,00 Dollar im Schlussquartal des Vorjahres."
    )
    published = dt.datetime(2024, 5, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    lead = "北海ブレントは1〜3月期に平均81.80ドルで、前年10〜12月期の84.00ドルから下がった。"
    assert error_spans(source, lead, language="de", published=published) == []


def test_a_run_of_weeks_counted_after_its_date() -> None:
    source = "Ab dem 2. September wird die Anlage für sechs Wochen zur Wartung stillgelegt."
    published = dt.datetime(2024, 5, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    lead = "9月2日から6週間、{}まで操業を止める。"
    assert error_spans(source, lead.format("10月14日"), language="de", published=published) == []


def test_arithmetic_the_digest_sentence_works_out_in_the_open() -> None:
    source = (
        "Ironvale will cut 420 of the plant's 2,100 jobs. The state committed $275 million "
        "in incentives in return for a pledge to employ at least 2,500 people by 2027."
    )
    lead = "少なくとも2500人を雇用する条件で、削減後の1680人では{}人足りない。"
    assert error_spans(source, lead.format(820)) == []
    assert not _derived(source, lead.format(720), "720人")
