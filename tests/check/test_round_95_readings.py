"""Rules from session 34 (blind rounds 95-96 and the misses of the sets before them):
each wrong value with the faithful twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, english_units, error_spans
from yoten.check import check_digest
from yoten.check.locale import normalise
from yoten.models import Article, Details, Digest, Overview, Section, Topic


def _at(offset: float, *when: int) -> dt.datetime:
    return dt.datetime(*when, tzinfo=dt.timezone(dt.timedelta(hours=offset)))  # type: ignore[misc]


# --- how the source writes its figures ---------------------------------------------


def test_thousands_set_off_by_a_space_in_english() -> None:
    source = (
        "South Africa recorded 270 000 TB cases last year, and the disease killed 56 000 "
        "people, making it one of the leading causes of death in the country."
    )
    lead = "昨年の結核患者は{}、死者は5万6000人だった。"
    assert error_spans(source, lead.format("27万人")) == []
    assert error_spans(source, lead.format("28万人")) == ["28万人"]


def test_miles_followed_by_as_is_no_speed() -> None:
    source = (
        "Average length of haul fell to 512 miles from 547 miles as more customers moved "
        "freight through regional distribution centers."
    )
    lead = "平均輸送距離は{}(約880キロ)から512マイル(約824キロ)に縮んだ。"
    assert error_spans(source, lead.format("547マイル")) == []
    assert not any(unit == "speed" for unit, _value in english_units(source))


def test_mexican_thousands_written_with_mil() -> None:
    source = (
        "La universidad atiende a 71 mil 300 estudiantes en 14 campus, con un presupuesto "
        "de 6 mil 480 millones de pesos."
    )
    lead = "大学は14キャンパスで{}を受け入れ、予算は{}。"
    assert error_spans(source, lead.format("7万1300人", "64億8000万ペソ"), language="es") == []
    assert error_spans(source, lead.format("7万1300人", "648億ペソ"), language="es") == [
        "648億ペソ"
    ]


def test_austrian_month_names() -> None:
    source = "Ab 1. Jänner 2027 kostet das Hauptgericht in der Mensa 6,05 Euro statt 5,40 Euro."
    lead = "{}から学生食堂の主菜は5.40ユーロから6.05ユーロになる。"
    assert error_spans(source, lead.format("2027年1月1日"), language="de") == []
    assert error_spans(source, lead.format("2027年2月1日"), language="de") == ["2027年2月1日"]


def test_a_french_time_taken_is_a_duration() -> None:
    source = (
        "À partir du 13 décembre, un TGV direct reliera Paris à Montclair en 3 h 10, "
        "contre plus de quatre heures aujourd'hui avec une correspondance."
    )
    lead = "12月13日からはパリとの直通TGVが{}で結ぶ。"
    assert error_spans(source, lead.format("3時間10分"), language="fr") == []
    assert error_spans(source, lead.format("3時間40分"), language="fr") == ["3時間40分"]


def test_a_french_time_compared_with_a_time_taken() -> None:
    source = (
        "La ligne permettra de relier les deux villes en 2 h 15, contre 3 h 40 aujourd'hui. "
        "Le dimanche, les élèves se couchent en moyenne à 23 h 40, contre 22 h 50 en semaine."
    )
    assert (
        error_spans(source, "所要時間は2時間15分となり、1時間25分短くなる。", language="fr") == []
    )
    # (a clock compared with a clock stays a clock: 午後10時50分, not 22 hours)
    assert (
        error_spans(
            source, "日曜の就寝時刻は平均午後11時40分で、平日は午後10時50分。", language="fr"
        )
        == []
    )


def test_the_middle_of_a_tenth() -> None:
    source = "Hotels in Valdena closed June with an occupancy rate of 84.3%, a record for June."
    lead = "6月のホテル稼働率は{}となり、6月として過去最高だった。"
    assert error_spans(source, lead.format("8割半ば")) == []
    assert error_spans(source, lead.format("7割半ば")) == ["7割半ば"]


def test_an_exact_figure_is_no_rounding_of_an_approximate_one_to_its_digit() -> None:
    source = (
        "The government unveiled a record defence budget of A$58.4 billion, an increase of "
        "9.6% on the current year. Defence would absorb about 7.5% of total spending."
    )
    lead = "国防予算は過去最大の584億豪ドル。今年度比{}の増加となる。"
    assert error_spans(source, lead.format("9.6%")) == []
    assert error_spans(source, lead.format("6.9%")) == ["6.9%"]


# --- dates and times -----------------------------------------------------------------


def test_a_weekday_far_from_a_date_is_a_day_of_its_own() -> None:
    source = (
        "The Corvin Canal Authority will raise transit fees by 9% from June 1, it said on "
        "Monday. Administrator Tomas Arvelo told reporters at a briefing that started at "
        "4 p.m. local time."
    )
    lead = "アルベロ長官は日本時間{}午前6時からの会見で述べた。"
    published = _at(-5, 2026, 4, 7, 8, 50)
    assert error_spans(source, lead.format("7日"), published=published) == []
    assert error_spans(source, lead.format("9日"), published=published) == ["9日"]


def test_japan_time_named_in_brackets_after_the_time() -> None:
    source = "Castellano will brief investors at 11am AEDT on Thursday."
    lead = "カステラーノ社長は19日(木){}(日本時間)に投資家向けの説明を行う。"
    published = _at(11, 2026, 11, 18, 9, 0)
    assert error_spans(source, lead.format("午前9時"), published=published) == []
    assert error_spans(source, lead.format("午前11時"), published=published) == ["午前11時"]


def test_the_next_fiscal_year() -> None:
    source = (
        "Ridgeport reported that net income rose 31% to $48.6 million in its fiscal third "
        "quarter, the three months ended December 31. "
        "Ridgeport, whose fiscal year ends March 31, raised its forecast. The company plans "
        "to spend $610 million on new equipment in the next fiscal year, down from $740 "
        "million this year."
    )
    lead = "{}の設備投資は6億1000万ドルと、今期の7億4000万ドルから減らす。"
    published = _at(-6, 2026, 1, 29, 17, 5)
    assert check_lead(source, lead.format("2027年3月期"), published=published) == []
    assert ("warning", "date.unverified", "2029年3月") in check_lead(
        source, lead.format("2029年3月期"), published=published
    )


# --- changes, counts and anchors -----------------------------------------------------


def test_years_since_counted_from_an_absence() -> None:
    source = (
        "The ice rink in front of the cathedral returns after a two-year absence, and will "
        "open from 10am to 9pm."
    )
    lead = "大聖堂前の広場のスケートリンクが{}ぶりに戻り、午前10時から午後9時まで営業する。"
    assert error_spans(source, lead.format("3年")) == []
    assert ("warning", "number.unverified", "5年ぶり") in check_lead(source, lead.format("5年"))


def test_a_change_whose_ends_are_of_one_kind() -> None:
    source = (
        "Edelhofer raised revenue by 6.7 percent to 486.3 million euros in the year to "
        "September, after 455.8 million euros a year earlier."
    )
    lead = "売上高は前年比6.7%増の4億8630万ユーロだった。前年から{}増えた。"
    assert error_spans(source, lead.format("3050万ユーロ")) == []
    assert error_spans(source, lead.format("4050万ユーロ")) == ["4050万ユーロ"]


def test_a_bracketed_change_is_of_the_figure_before_it() -> None:
    source = (
        "瀬戸波フェリーの2026年3月期連結決算は、売上高が前期比8.4%増の612億円、経常利益が"
        "同21%増の74億円となった。2027年3月期は、売上高を640億円、経常利益を70億円と見込む。"
    )
    lead = "2027年3月期は売上高640億円(約4.6%増)、経常利益70億円(約5%減)を見込む。"
    assert error_spans(source, lead, language="ja") == []


def test_a_rate_after_a_count_is_the_change_of_that_count() -> None:
    source = (
        "Until now, 31,200 children from families earning under 18,000 euros a year "
        "qualified for free meals. The threshold rises to 25,000 euros a year, which will "
        "bring the number of children covered to 48,600."
    )
    lead = (
        "これまでの対象は年収1万8000ユーロ未満の家庭の3万1200人だった。"
        "基準を年2万5000ユーロに引き上げ、対象は1万7400人、約56%増える。"
    )
    assert error_spans(source, lead) == []


def test_an_amount_with_its_two_digits_reversed() -> None:
    source = (
        "Medilink said it intended to raise up to £450m, split between new shares and shares "
        "sold by existing investors. The range values the company at between £1.9bn and £2.1bn."
    )
    lead = "新株と既存株主の売り出しで最大{}を調達する。"
    assert error_spans(source, lead.format("4億5000万ポンド")) == []
    assert error_spans(source, lead.format("5億4000万ポンド")) == ["5億4000万ポンド"]


def test_a_change_to_a_figure_of_another_sentence_miscopied() -> None:
    source = (
        "Three floating wind leases off Cape Marlow sold for a combined $312 million on "
        "Tuesday after 31 rounds of bidding. The total was well below the $757 million "
        "raised in a 2022 sale of five sites farther south."
    )
    lead = "前回との差:2022年に南の5区画で得た7億5700万ドルを{}下回った。"
    assert error_spans(source, lead.format("4億4500万ドル")) == []
    assert error_spans(source, lead.format("4億5500万ドル")) == ["4億5500万ドル"]


def test_a_slip_of_scale_beside_a_figure_that_rounds_to_it() -> None:
    source = (
        "Revenue fell to 1.36 billion euros. The remaining 34 stores are to be modernised by "
        "2028, for which 140 million euros have been set aside."
    )
    lead = "残る34店は2028年までに改装し、{}を充てる。"
    assert error_spans(source, lead.format("1億4000万ユーロ")) == []
    assert error_spans(source, lead.format("14億ユーロ")) == ["14億ユーロ"]


# --- rounds 97-98 ----------------------------------------------------------------------


def test_a_month_earlier_than_a_month_named() -> None:
    source = (
        "Solvara's reserves stood at $1.21tn at the end of March, down from $1.24tn a month "
        "earlier, giving the authorities room to repeat the exercise."
    )
    lead = "3月末の外貨準備は1兆2100億ドルで、{}末の1兆2400億ドルから300億ドル減った。"
    published = _at(1, 2026, 4, 9, 7, 45)
    assert error_spans(source, lead.format("2月"), published=published) == []
    assert error_spans(source, lead.format("1月"), published=published) == ["1月"]


def test_what_a_total_exceeds_another_by_is_no_total() -> None:
    source = (
        "Afternoon tea costs A$95 a head, or A$145 with a wine pairing, and is booked out "
        "four months ahead."
    )
    lead = "アフタヌーンティーは1人95豪ドル、ワインを合わせると{}高い145豪ドル。"
    assert error_spans(source, lead.format("50豪ドル")) == []
    assert error_spans(source, lead.format("60豪ドル")) == ["60豪ドル"]


def test_german_von_auf_gives_both_figures_the_unit() -> None:
    source = (
        "Die Löhne steigen mit 1. Jänner um 4,1 Prozent, die Wochenarbeitszeit sinkt ab Juli "
        "2027 von 38 auf 37 Stunden."
    )
    lead = "賃金を4.1%引き上げ、2027年7月からは週労働時間を{}から37時間に短縮する。"
    assert error_spans(source, lead.format("38時間"), language="de") == []
    assert ("hour", 38.0) in english_units(normalise(source, "de"))


def test_a_share_of_two_in_five() -> None:
    source = (
        "Les cantines servent 14 500 repas par jour. La viande reste plus difficile : 2 repas "
        "sur 5 sont végétariens, ce qui limite les besoins. La part du bio est passée de 52 % "
        "à 70 %."
    )
    lead = "肉の地元調達は難しいが、5食に2食、つまり{}が菜食メニューのため必要量は抑えられている。"
    assert error_spans(source, lead.format("4割"), language="fr") == []
    assert error_spans(source, lead.format("6割"), language="fr") == ["6割"]


def test_a_rate_per_mile_restated_per_kilometre() -> None:
    source = (
        "Carers will be paid 45p a mile for travel between visits, up from 30p, under the "
        "council's new contract."
    )
    lead = "訪問の間の移動には1マイルあたり45ペンス(1キロあたり{})を支払う。"
    assert error_spans(source, lead.format("約28ペンス")) == []
    assert error_spans(source, lead.format("約32ペンス")) != []


def test_a_multiple_of_two_counts_the_sentence_states() -> None:
    source = (
        "Oberbürgermeister Franz Lechner kündigte an, die Zahl der Ausbildungsplätze für "
        "Erzieherinnen von 60 auf 90 im Jahr zu erhöhen."
    )
    lead = "フランツ・レヒナー(Franz Lechner)市長は、保育士の養成枠を年60人から{}の90人に増やす。"
    assert check_lead(source, lead.format("1.5倍"), language="de") == [
        ("info", "number.derived", "1.5倍")
    ]
    assert error_spans(source, lead.format("2倍"), language="de") != []


def test_levels_a_source_counts_in_points() -> None:
    source = (
        "Um die Einnahmen zu verbessern, erhöht die Stadt den Hebesatz der Gewerbesteuer von "
        "420 auf 440 Prozentpunkte."
    )
    assert (
        error_spans(source, "市は営業税の賦課率を420%から440%に引き上げる。", language="de") == []
    )
    assert (
        error_spans(source, "市は営業税の賦課率を420%から460%に引き上げる。", language="de") != []
    )


def test_ist_may_be_irish_summer_time() -> None:
    source = (
        "A public hearing on the water main replacement programme will be held at 7 p.m. IST "
        "on June 15 in the council chamber."
    )
    lead = "説明の場は6月15日(月)午後7時(アイルランド夏時間)、日本時間6月16日(火){}に設けられる。"
    published = _at(1, 2026, 6, 11, 8, 0)
    assert error_spans(source, lead.format("午前3時"), published=published) == []
    assert error_spans(source, lead.format("午前5時"), published=published) == ["午前5時"]


def test_a_quarter_without_its_year_is_the_last_one() -> None:
    source = (
        "Ruhrtal Mineralöl hat am Dienstag mitgeteilt, dass der Heizölpreis im vierten Quartal "
        "um 6,5 Prozent auf 92,15 Euro je 100 Liter gesunken ist. Für 2026 rechnet das "
        "Unternehmen mit stabilen Preisen, nach einem Rekord im Jahr 2024."
    )
    lead = (
        "ルールタール・ミネラルエール(Ruhrtal Mineralöl)は3月3日(火)、{}10〜12月期の暖房用灯油の"
        "平均販売価格が100リットルあたり92.15ユーロとなり、6.5%下落したと発表した。"
    )
    published = _at(1, 2026, 3, 4, 7, 0)
    assert check_lead(source, lead.format("2025年"), language="de", published=published) == []
    assert ("warning", "date.unverified", "2023年") in check_lead(
        source, lead.format("2023年"), language="de", published=published
    )


def test_a_source_figure_that_rounds_the_digests_is_no_rival() -> None:
    source = (
        "Glenharrow welcomed 0.89 million international visitors in the first quarter, up "
        "from 0.81 million in the same period last year, the Tourism Partnership said."
    )
    lead = "2026年1〜3月期に訪れた外国人旅行者は89万人となり、前年同期の{}から増えた。"
    assert error_spans(source, lead.format("81万人")) == []
    # (more exact than the source: unverified, not contradicted)
    assert ("warning", "number.unverified", "81万2000人") in check_lead(
        source, lead.format("81万2000人")
    )
    assert error_spans(source, lead.format("71万人")) == ["71万人"]
    # (a half rounds either way: 80万5000 is 0.81 million, or 0.80)
    assert error_spans(source, lead.format("80万5000人")) == []


def test_a_conversion_restated_alone_in_the_key_points() -> None:
    source = (
        "Hollins Creek orchard donated 18 tons of apples this fall, and a group of northern "
        "dairy farmers pledged milk through the winter."
    )
    article = Article(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        title="Food bank",
        outlet="News Example",
        published=_at(-7, 2026, 11, 12, 8, 0),
        language="en",
        text=source,
        paragraphs=[source],
    )
    digest = Digest(
        headline="見出し",
        overview=Overview(
            lead=["ホリンズ・クリーク果樹園は今秋、18米トン(約16トン)のリンゴを寄付した。"]
        ),
        details=Details(),
        key_points=[
            Topic(
                heading="支援",
                sections=[Section(heading="寄付", bullets=["リンゴ約16トンの寄付や牛乳の提供。"])],
            )
        ],
    )
    errors = [f.span for f in check_digest(digest, article).findings if f.severity == "error"]
    assert errors == []
