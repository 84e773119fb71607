"""Rules from session 30 (blind rounds 65 and 66, check-holdout-184 to -189, and the
false errors of the earlier sets): each wrong reading with the faithful twin the
checker must leave alone."""

from __future__ import annotations

import datetime as dt

from tests.check.helpers import error_spans

# a Thursday
APR_9 = dt.datetime(2026, 4, 9, 14, 0, tzinfo=dt.UTC)


def test_one_day_is_no_day_of_the_month_unless_it_reads_as_a_date() -> None:
    source = (
        "The Corvana Canal Authority said on Thursday it would cut the number of ships "
        "allowed through the waterway each day to 27 from 36, starting on Tuesday, April 14."
    )
    # 1日の通航隻数: the ships of one day, whatever day the sentence names
    lead = "運河庁は9日、1日の通航隻数を36隻から27隻に減らすと発表した。"
    assert error_spans(source, lead, published=APR_9) == []
    # 1日、: the 1st, which the source's Thursday (the 9th) contradicts
    lead = "運河庁は1日、通航隻数を36隻から27隻に減らすと発表した。"
    assert error_spans(source, lead, published=APR_9) == ["1日"]


def test_a_per_unit_figure_of_a_total_and_its_count_in_one_source_sentence() -> None:
    lead = "1回あたりでは約2億ドルとなり、前回契約の1億6000万ドルを上回る。"
    source = (
        "The $2.8 billion deal for 14 missions is worth more than the last one, signed in "
        "2019, under which another operator received $1.6 billion{}"
    )
    assert error_spans(source.format(" for 10 missions."), lead) == []
    # a tenth of a total with no count of ten beside it is a slip of scale
    assert error_spans(source.format(". It ran for ten years."), lead) == ["1億6000万ドル"]
