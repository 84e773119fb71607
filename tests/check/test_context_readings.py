"""Readings that take their meaning from the source's context (blind rounds 38–39).

Each faithful reading here was an error on a blind set's faithful digest; most
come with a wrong twin the checker must still flag (or that shows where the
reading stops).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.check.helpers import check_lead, error_spans

# a Thursday evening in New York; the Tuesday after is the 25th
NOV_20_EST = dt.datetime(2025, 11, 20, 18, 45, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
JULY_23_BST = dt.datetime(2026, 7, 23, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_split_fiscal_year_written_with_two_four_figure_years() -> None:
    source = (
        "Réseau Lémanique a publié jeudi les résultats de son exercice clos le 30 septembre "
        "2026. Le directeur général vise 2 millions de foyers raccordables d'ici à la fin de "
        "l'exercice 2028-2029."
    )
    ok = "2029年9月期末までに200万世帯を目指す。"
    assert error_spans(source, ok, language="fr", published=JULY_23_BST) == []
    wrong = "2030年9月期末までに200万世帯を目指す。"
    assert error_spans(source, wrong, language="fr", published=JULY_23_BST) == ["2030年9月"]


def test_one_day_before_a_count_is_per_day() -> None:
    source = (
        "Ondas del Sur opera 46 emisoras y reúne a unos 4,2 millones de oyentes diarios. "
        "La compra se anunció el martes."
    )
    assert check_lead(source, "1日の聴取者は約420万人。", language="es") == []
    # 1日 before a verb is still the first of the month, which the source never gives
    found = check_lead(source, "1日に買収を発表した。", language="es")
    assert ("warning", "date.unverified", "1日") in found


@pytest.mark.parametrize(("day", "supported"), [("15日", True), ("16日", False)])
def test_the_next_morning_is_the_day_after_the_day_named_before(day: str, supported: bool) -> None:
    source = (
        "A software fault knocked out broadband for about 640,000 customers on Tuesday, "
        "July 14. The outage began at 21:40 BST and service was fully restored at 01:00 "
        "the next morning."
    )
    found = check_lead(
        source, f"障害は14日に始まり、翌{day}午前1時に復旧した。", published=JULY_23_BST
    )
    assert (not any(span == day for _, _, span in found)) is supported


@pytest.mark.parametrize(("age", "wrong"), [("16歳", False), ("17歳", True)])
def test_an_age_after_a_life_event_verb(age: str, wrong: bool) -> None:
    source = (
        "Kai Renavos, who joined Lanternfish at 16, said the title meant more than the first two."
    )
    spans = error_spans(source, f"{age}でチームに加わったレナヴォス選手は喜びを語った。")
    assert (age in spans) is wrong


def test_a_count_times_the_price_of_each() -> None:
    source = "The company sold 1.2 million digital souvenir packs at $9.99 each."
    found = check_lead(source, "記念パックの売り上げは約1200万ドル。")
    assert found == [("info", "number.derived", "1200万ドル")]
    assert ("info", "number.derived", "2400万ドル") not in check_lead(
        source, "記念パックの売り上げは約2400万ドル。"
    )


def test_a_cent_is_a_euro_cent_too() -> None:
    source = "A spokesperson said the per-stream rate for most artists remained below €0.004."
    assert check_lead(source, "報酬は0.004ユーロ(0.4セント)未満にとどまる。") == []
    found = check_lead(source, "報酬は0.004ユーロ(0.6セント)未満にとどまる。")
    assert [span for _, _, span in found] == ["0.6セント"]


@pytest.mark.parametrize(("years", "wrong"), [("1年以上", False), ("3年以上", True)])
def test_a_lower_bound_written_in_the_span(years: str, wrong: bool) -> None:
    source = "The Brevanne shipyard will need two years to build the first boats."
    spans = error_spans(source, f"ブレバンヌ造船所での建造には{years}かかる。")
    assert (years in spans) is wrong


@pytest.mark.parametrize(("years", "wrong"), [("5年間", False), ("7年間", True)])
def test_years_from_a_year_named_to_one_the_source_names(years: str, wrong: bool) -> None:
    source = (
        "Benitez was sentenced to eight years in prison. Benitez, who ran the customs "
        "office from 2017 until his arrest in November 2022, remains in custody."
    )
    spans = error_spans(source, f"ベニテス被告は2017年から約{years}、税関を率いた。")
    assert (years in spans) is wrong


@pytest.mark.parametrize(("jst", "wrong"), [("午後5時30分", False), ("午後6時30分", True)])
def test_a_local_time_the_source_converts_once(jst: str, wrong: bool) -> None:
    source = (
        "The main session begins at 9 a.m. on Monday, Port Ardent time, which is 8 p.m. "
        "Sunday EST, and the closing news conference is scheduled for 4:30 p.m. local time "
        "on Tuesday."
    )
    lead = f"閉幕の記者会見は現地時間25日午後4時30分(日本時間同日{jst})。"
    assert (jst in error_spans(source, lead, published=NOV_20_EST)) is wrong


def test_a_place_hours_ahead_of_a_zone() -> None:
    source = (
        "Port Ardent is 13 hours ahead of the US East Coast. The closing news conference "
        "is scheduled for 4:30 p.m. local time on Tuesday."
    )
    found = check_lead(source, "閉幕の記者会見は日本時間25日午後5時30分。", published=NOV_20_EST)
    assert ("info", "date.derived", "午後5時30分") in found


@pytest.mark.parametrize(("rest", "wrong"), [("1350人", False), ("1550人", True)])
def test_the_rest_of_a_total_its_parts_in_other_sentences(rest: str, wrong: bool) -> None:
    source = (
        "About 4,800 troops from five countries are taking part. The Guard has sent 1,150 "
        "soldiers. Ardenia is contributing 2,300 troops, and the remainder come from "
        "Castellane and Aurelia."
    )
    lead = f"アルデニアは2300人を出し、残る{rest}はカステラーヌとアウレリアから参加している。"
    assert (rest in error_spans(source, lead)) is wrong


def test_a_figure_the_source_says_it_does_not_give_is_unverified() -> None:
    source = (
        "Hinzu kommen Aufklärungsdrohnen, Munition und Winterausrüstung; zur Zahl der "
        "Drohnen machte das Ministerium keine Angaben. Im November wurden 412 Angriffe mit "
        "Raketen und Drohnen gezählt."
    )
    found = check_lead(
        source, "偵察用ドローン500機のほか、弾薬や冬季装備も提供する。", language="de"
    )
    assert found == [("warning", "number.unverified", "500機")]
