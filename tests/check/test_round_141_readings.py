"""Rules from session 41 (after the first runs of blind rounds 141-142): each false
error of those runs, read as what a careful translator derives, with the wrong
twin the checker must still flag."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import check_lead, error_spans

EASTERN = dt.timezone(dt.timedelta(hours=-5))


def _derived(source: str, lead: str, span: str, **kw: object) -> bool:
    found = check_lead(source, lead, **kw)  # type: ignore[arg-type]
    return any(sev == "info" and got == span for sev, _rule, got in found)


def test_an_ordinal_in_a_row_counts_a_run() -> None:
    source = (
        "Pepper prices rose sharply. Officials said the jump reflected a second poor "
        "harvest in a row, a year after the drought."
    )
    assert error_spans(source, "価格高騰は2年連続の不作によるものだ。") == []
    run = "Issuance of catastrophe bonds reached $21.4bn, the fourth consecutive annual record."
    lead = "大災害債の発行額は214億ドルと、{}年連続で過去最高となった。"
    assert error_spans(run, lead.format(4)) == []
    assert error_spans(run, lead.format(3)) == ["3年連続"]


def test_a_run_is_no_rival_of_a_count_of_years() -> None:
    # "the fourth consecutive record" says nothing against "two quiet seasons"
    source = (
        "Issuance reached $21.4bn this year, the fourth consecutive annual record, as "
        "investors poured money into the market after two quiet hurricane seasons."
    )
    assert error_spans(source, "ハリケーンの少ないシーズンが2年続き、投資家が資金を注いだ。") == []


def test_a_figure_a_bit_over_is_not_a_smaller_one() -> None:
    # 1割強 is a little over 10%: the source's "9 points" is no counterpart of it
    source = (
        "Only 12% of the models on sale reach class A. Heat-pump models now make up 61% "
        "of sales, nine points more than a year ago."
    )
    assert error_spans(source, "A評価は1割強にとどまる。") == []


def test_one_more_amount_after_another() -> None:
    source = (
        "Los ayuntamientos de la comarca aportaron 120.000 euros, y el Gobierno foral, "
        "otros 90.000."
    )
    lead = "地元自治体が12万ユーロ、州政府が9万ユーロを拠出し、公的支援は計{}ユーロ。"
    assert error_spans(source, lead.format("21万"), language="es") == []
    assert error_spans(source, lead.format("23万"), language="es") == ["23万ユーロ"]


def test_a_further_count_keeps_its_own_noun() -> None:
    source = (
        "She won by three and a half lengths over three miles and two furlongs, with "
        "Copper Mill a further six lengths back in third."
    )
    assert error_spans(source, "距離は3マイル2ハロン(約5.2キロ)。") == []
