"""Rules from session 39 (blind rounds 129-130): a share of a whole in a unit other
than a count, worked out of the source's part and whole; each with the faithful twin
the checker must leave alone."""

from __future__ import annotations

from tests.check.helpers import error_spans


def test_a_share_of_the_one_whole_of_its_measure() -> None:
    source = (
        "Producers exported 340 million litres in 2024, down 3% on the previous year. "
        "Bulk wine, sold in tanks to bottlers abroad, accounted for 95 million litres, a "
        "smaller share than in any year since the council began publishing the data."
    )
    lead = "ばら積みワインは9500万リットルで、輸出量の約{}割にとどまった。"
    # 95 / 340 = 27.9%: about three tenths, not four
    assert error_spans(source, lead.format(4)) == ["4割"]
    assert error_spans(source, lead.format(3)) == []


def test_a_share_of_a_total_the_digest_may_sum_is_left_alone() -> None:
    # 全体の: the whole may be a total of parts the source lists, not its one figure
    # (34.6 of the 71.4 the three pay is 48%; of Kettler's sales, 29%)
    source = (
        "Brauhaus Kettler must pay €34.6 million, Sonnfelder €26.1 million and Grieshaber "
        "€10.7 million; Kettler's annual sales reached €120 million."
    )
    assert error_spans(source, "ブラウハウス・ケトラーが3460万ユーロと全体の約5割を負う。") == []


def test_a_measure_far_from_the_share_is_not_its_part() -> None:
    # the share is of capacity, which the source never states: 1000トン is no part of it
    source = (
        "The company cut its production forecast to 33,000 tonnes, 1,000 tonnes less than before."
    )
    lead = "生産見通しは3万3000トンと前回予想から1000トン減らし、稼働率は能力の9割強にとどまる。"
    assert error_spans(source, lead) == []
