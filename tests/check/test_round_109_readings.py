"""Rules from session 36 (blind rounds 109-110): each wrong value with the faithful
twin the checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, error_spans
from yoten.check.align import katakana_skeleton, skeleton
from yoten.check.quantities import scan_english, scan_japanese


def _at(offset: float, *when: int) -> dt.datetime:
    return dt.datetime(*when, tzinfo=dt.timezone(dt.timedelta(hours=offset)))  # type: ignore[misc]


# --- periods and rates -----------------------------------------------------------------


def test_a_span_of_months_the_figures_sentence_gives_otherwise() -> None:
    source = (
        "Fenwick Bank said it would close its student refinancing unit. The unit lost "
        "$46 million before tax in the first nine months of 2026, compared with a profit "
        "of $12 million a year earlier."
    )
    lead = "同部門は2026年{}に税引き前で4600万ドルの赤字だった。"
    assert error_spans(source, lead.format("1〜9月")) == []
    assert "1〜6月" in error_spans(source, lead.format("1〜6月"))


def test_months_named_as_a_span_and_as_a_list() -> None:
    source = (
        "Only 61.2% of flights arrived within 15 minutes of schedule in the three months "
        "from June to August. Rates fell 7.5% at the renewals in June and July."
    )
    assert "7〜9月" in error_spans(source, "7〜9月の3カ月間に定刻に到着した便は61.2%だった。")
    assert error_spans(source, "6〜8月の3カ月間に定刻に到着した便は61.2%だった。") == []
    assert error_spans(source, "6〜7月の更改で料率は7.5%下がった。") == []


def test_a_span_beside_the_period_of_another_figure_is_not_judged_by_it() -> None:
    # (the 445 euros are the first quarter's; the new price's months are not said)
    source = (
        "The base price will fall to 418 euros per 1,000 litres, compared with 445 euros "
        "in the first quarter."
    )
    assert error_spans(source, "3〜5月の基本乳価は1000リットルあたり418ユーロとなる。") == []


def test_a_rate_per_week_written_per_month() -> None:
    source = "The median weekly rent for a new tenancy was $640 in November, up 3.2 per cent."
    assert "640ドル" in error_spans(source, "新規契約の家賃の中央値は月640ドルだった。")
    assert error_spans(source, "新規契約の家賃の中央値は週640ドルだった。") == []


def test_a_currency_with_its_country_in_latin_letters() -> None:
    assert [q.span for q in scan_japanese("中央値は月640NZドルで")] == ["640NZドル"]
    assert [q.span for q in scan_japanese("型式320NZの車両")] == []


def test_a_limit_the_source_sets_changed() -> None:
    source = (
        "The office made 14 recommendations, including a requirement that safety-critical "
        "updates be installed within 60 days."
    )
    lead = "安全上重要な更新は{}以内に適用するよう義務づけることなど、14項目を勧告した。"
    assert error_spans(source, lead.format("60日")) == []
    assert "90日" in error_spans(source, lead.format("90日"))


def test_a_changed_figure_beside_one_the_sentence_shares() -> None:
    # (too few words to align: the one sentence that states its other figure, $50)
    source = "Fares rise in March. At the same time the weekly cap will fall from $50 to $45."
    lead = "同時に週の上限を50ドルから{}に下げる。"
    assert error_spans(source, lead.format("45ドル")) == []
    assert "40ドル" in error_spans(source, lead.format("40ドル"))


# --- values a translator works out -------------------------------------------------------


def test_the_middle_of_a_range() -> None:
    source = (
        "The co-operative now expects to pay farmers between NZ$9.10 and NZ$10.10 per "
        "kilogram of milk solids."
    )
    lead = "中央値では{}NZドルとなる。"
    found = check_lead(source, lead.format("9.60"))
    assert ("info", "number.derived", "9.60NZドル") in found
    assert not any(
        span == "9.80NZドル" and sev == "info"
        for sev, _r, span in check_lead(source, lead.format("9.80"))
    )


def test_fuel_economy_in_km_per_litre() -> None:
    source = "The hybrid version is rated at 41 miles per gallon in combined driving."
    assert error_spans(source, "ハイブリッド版の燃費は1ガロン41マイル(約17.4km/L)だ。") == []
    found = check_lead(source, "ハイブリッド版の燃費は1ガロン41マイル(約17.4km/L)だ。")
    assert not any(rule.startswith("name") for _s, rule, _span in found)  # (km is no name)
    units = {r.unit for q in scan_english(source) for r in q.readings}
    assert "economy" in units


def test_a_conversion_of_the_mile_marker_a_figure_marks() -> None:
    source = (
        "The intake sits at mile 64 of the river, and the saltwater has pushed 48 miles upstream."
    )
    assert error_spans(source, "取水口は川の64マイル地点(約103キロ)にある。") == []


def test_less_than_a_fraction_is_a_bound() -> None:
    source = "June brought 22 mm of rain, against a normal 98 mm."
    assert error_spans(source, "6月の降水量は22ミリと平年(98ミリ)の4分の1に満たない。") == []


def test_a_fifth_in_german() -> None:
    source = "Alpion werde die Investitionen im kommenden Jahr um rund ein Fünftel auf etwa 400 Millionen Franken senken."
    lead = "来年の設備投資は{}減らし、約4億フランとする。"
    assert error_spans(source, lead.format("約2割"), language="de") == []


def test_charging_points_are_no_points() -> None:
    (charging,) = scan_english("412 points de recharge rapide")
    assert charging.units == {"count"}
    assert all("point" in q.units for q in scan_english("a fall of 3 points"))


# --- dates and times --------------------------------------------------------------------


def test_a_longest_wait_in_days_is_no_date() -> None:
    source = "Some residents said they had waited up to six days for a private tanker."
    assert error_spans(source, "民間の給水車を最長6日待ったとの声も出ている。") == []


def test_the_quarter_before_as_the_previous_three_months() -> None:
    source = (
        "Contract prices for DRAM chips are expected to rise 14% in the fourth quarter from "
        "the previous three months, Tallgrass Analytics said on Monday."
    )
    lead = "DRAMの契約価格が10〜12月期に前期({})比で14%上昇する見通しだ。"
    assert error_spans(source, lead.format("7〜9月期"), published=_at(-5, 2026, 11, 16, 9)) == []


def test_a_quarter_that_ended_is_no_fiscal_year_end() -> None:
    source = (
        "In the third quarter of the fiscal year 2025-2026, ended in December, revenue rose "
        "only 0.8% to 312 million euros. The company still aims for single-digit growth over "
        "the fiscal year, which will end on March 31."
    )
    lead = "会社側は3月31日に終わる2026年3月期通期で1桁台の成長を目指す。"
    assert error_spans(source, lead, published=_at(1, 2026, 2, 12, 9)) == []


def test_a_fiscal_year_written_in_two_figures() -> None:
    source = (
        "The company sold 12.18 lakh vehicles in the year ended March 31, 2026. The first of "
        "three electric models will be launched in the second half of FY27."
    )
    lead = "電気自動車3車種の第1弾を2026年10月〜2027年3月に投入する。"
    assert error_spans(source, lead, published=_at(5.5, 2026, 4, 2, 9)) == []


def test_a_place_time_in_the_season_of_the_event() -> None:
    # (published in October under summer time; the event is after the clocks change)
    source = (
        "La direction sera interrogée lors d'une conférence avec les investisseurs prévue "
        "le 12 novembre à 18 heures, heure de Paris."
    )
    lead = "11月12日午後6時(日本時間13日午前{}時)の説明会で問われる見通しだ。"
    published = _at(2, 2026, 10, 20, 7)
    assert error_spans(source, lead.format(2), language="fr", published=published) == []
    assert "午前3時" in error_spans(source, lead.format(3), language="fr", published=published)


# --- names ---------------------------------------------------------------------------------


def test_a_silent_gh_and_kn_in_the_consonant_skeleton() -> None:
    assert skeleton("Brightwater") == katakana_skeleton("ブライトウォーター")
    assert skeleton("Knight") == katakana_skeleton("ナイト")
    assert skeleton("Ghana") == katakana_skeleton("ガーナ")


# --- rounds 111-112 ---------------------------------------------------------------------


def test_month_spans_written_with_days_or_hyphens() -> None:
    source = (
        "El acuerdo mantiene la veda del 1 de enero al 28 de febrero y un límite diario de "
        "7.000 kg por barco."
    )
    lead = "{}の禁漁と、1隻1日7000キロの漁獲上限は維持された。"
    assert error_spans(source, lead.format("1〜2月"), language="es") == []
    assert "1〜3月" in error_spans(source, lead.format("1〜3月"), language="es")
    other = "Judges completed 214,000 cases in the October-through-December quarter."
    assert "1〜3月" in error_spans(other, "第1四半期(1〜3月)に処理された案件は21万4000件だった。")


def test_lengths_of_time_in_days() -> None:
    assert [q.units for q in scan_japanese("平均26.8日かかった")] == [{"day"}]
    assert [q.units for q in scan_japanese("約3日かかる")] == [{"day"}]
    assert [q.units for q in scan_japanese("1万4800つがい")] == [{"count"}]


def test_another_week_is_one_week() -> None:
    source = "A parcel can cross the ocean in four days and then spend another week at the counter."
    assert error_spans(source, "小包は4日で海を渡るのに、窓口でさらに1週間を過ごす。") == []


def test_a_unit_shared_across_instead_of() -> None:
    source = "Wer mit 100.000 Franken Kapital in Pension geht, erhält künftig noch 6000 statt 6800 Franken Rente pro Jahr."
    lead = "10万フランの資産で退職する人の年金は、年6800フランから6000フランへ800フラン、約{}減る。"
    assert error_spans(source, lead.format("12%"), language="de") == []


def test_the_last_day_of_a_span_the_digest_closes() -> None:
    source = "町は16日から1週間、たき火や野焼きを全面的に禁止する。"
    lead = "町は16日(木)から{}までの1週間、たき火を禁止する。"
    published = _at(9, 2026, 4, 14, 9)
    assert error_spans(source, lead.format("22日(水)"), language="ja", published=published) == []


def test_the_end_of_a_quarter_with_its_year() -> None:
    source = (
        "El Correo anunció el cierre de 320 de sus 1.180 sucursales antes de que termine el "
        "primer trimestre de 2027."
    )
    lead = "全国1180の支店のうち320支店を2027年3月末までに閉鎖すると発表した。"
    assert error_spans(source, lead, language="es", published=_at(-3, 2026, 11, 19, 9)) == []


def test_per_one_of_what_the_source_counts_with_the_counter() -> None:
    source = "三ツ浜重工は10日、新型護衛艦2隻を受注したと発表した。契約額は約1,870億円で、過去最大となる。"
    lead = "1隻あたりの契約額は約{}となる。"
    assert error_spans(source, lead.format("935億円"), language="ja") == []
    found = check_lead(source, lead.format("1200億円"), language="ja")
    assert any(span == "1200億円" and severity != "info" for severity, _r, span in found)


def test_a_rate_less_a_rate_is_percent() -> None:
    source = (
        "厚生労働省は2026年度の年金額を1.9%引き上げると発表した。賃金上昇率の2.3%から"
        "調整率の0.4%分を差し引いた。"
    )
    lead = "賃金上昇率2.3%からスライド調整率0.4%を差し引き、1.9%の増額とした。"
    assert error_spans(source, lead, language="ja") == []


def test_a_miscopied_twin_ahead_of_a_chance_product() -> None:
    source = (
        "Breeding pairs of kittiwakes have fallen from 18,400 in 2000 to 10,300 last year. "
        "Sandeel landings rose 44% over the same period."
    )
    assert "1万4800つがい" in error_spans(source, "繁殖つがい数は2000年の1万4800つがいから減った。")
    assert error_spans(source, "繁殖つがい数は2000年の1万8400つがいから減った。") == []


# --- rounds 113-114 ---------------------------------------------------------------------


def test_a_zone_in_the_other_season_than_publication() -> None:
    # (told in January, the attack was on May 17: Central daylight time, UTC-5)
    source = (
        "The attack began late on Saturday, May 17, when criminals used a stolen login. "
        "At 11:30 p.m. Central time, they began copying files from a server."
    )
    lead = "中部時間午後11時30分(日本時間18日午後{}時30分)、ファイルの複製が始まった。"
    published = _at(-6, 2026, 1, 29, 18)
    assert error_spans(source, lead.format(1), published=published) == []
    assert error_spans(source, lead.format(2), published=published) != []


def test_the_zone_of_a_range_applies_to_both_ends() -> None:
    source = "The strike will run from 6 a.m. to 6 p.m. CDT on Tuesday, June 16."
    lead = "ストは日本時間16日午後{}時に始まり、17日午前8時に終わる。"
    published = _at(-5, 2026, 6, 15, 9)
    assert error_spans(source, lead.format(8), published=published) == []


def test_the_first_hour_of_a_range_of_clock_times() -> None:
    source = "Besonders gefragt ist das Angebot abends: Zwischen 20 und 23 Uhr entfällt fast ein Drittel aller Buchungen auf den Rufbus."
    assert (
        error_spans(source, "夜20時から23時の時間帯に予約の3分の1近くが集中する。", language="de")
        == []
    )


def test_a_level_and_a_step_from_it() -> None:
    source = (
        "La métropole a présenté mardi un plan de 86,5 millions d'euros destiné à créer "
        "1 200 places supplémentaires en crèche d'ici à 2029. Aujourd'hui, le territoire "
        "compte 4 750 places pour environ 11 300 enfants de moins de 3 ans."
    )
    lead = "定員は4750人分から{}人分へ、約25%増える。"
    assert error_spans(source, lead.format("5950"), language="fr") == []
    found = check_lead(source, lead.format("6950"), language="fr")
    assert any(span == "6950人" and severity != "info" for severity, _r, span in found)


def test_a_yearly_income_is_no_yearly_fee() -> None:
    source = "Für einen Ganztagsplatz zahlt eine Familie mit einem Jahreseinkommen von 60.000 Euro künftig 412 Euro im Monat statt bisher 356 Euro."
    lead = "年収6万ユーロの家庭の全日保育料は月356ユーロから412ユーロへ上がる。"
    assert error_spans(source, lead, language="de") == []


def test_a_rate_per_mile_written_per_kilometre() -> None:
    source = (
        "The group is asking the city to set a floor of $1.35 per mile and 38 cents per "
        "minute for time spent carrying passengers."
    )
    lead = "距離に1{}あたり1.35ドル、時間に1分あたり38セントの下限を設けるよう求めている。"
    assert error_spans(source, lead.format("マイル")) == []
    assert "1.35ドル" in error_spans(source, lead.format("キロ"))
    other = "The farm-gate price of milk will rise 1.8% to an average of $93.40 per hectolitre."
    assert "93.40ドル" in error_spans(
        other, "生乳価格は1.8%上がり、1リットルあたり平均93.40ドルとなる。"
    )


def test_a_density_per_square_mile() -> None:
    source = "Population density is about 2,950 people per square mile, low by national standards."
    assert error_spans(source, "人口密度は1平方マイルあたり約2950人と低い水準にとどまる。") == []
    assert "2950人" in error_spans(
        source, "人口密度は1平方キロあたり約2950人と低い水準にとどまる。"
    )
