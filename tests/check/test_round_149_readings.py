"""Rules from session 42 (after the first runs of blind round 149 and the false errors
left from rounds 147-148): each false error read as what a careful translator
derives, with the wrong twin the checker must still flag."""

from __future__ import annotations

from tests.check.helpers import error_spans


def test_a_half_in_words_is_no_slip_of_scale() -> None:
    # 2年半 writes no "25": half of a five-year term is no miscopy of "25 years"
    source = (
        "Das Programm läuft zunächst fünf Jahre; nach der Hälfte der Laufzeit soll eine "
        "unabhängige Bewertung vorliegen. 27 Prozent der Inhaber sind jünger als 25 Jahre."
    )
    lead = "事業期間はまず5年で、{}が経過した時点で独立した評価がまとめられる。"
    assert error_spans(source, lead.format("2年半"), language="de") == []
    # the same figure in digits is still a slip of scale
    young = "所有者の27%は{}未満だ。"
    assert error_spans(source, young.format("2.5歳"), language="de") == ["2.5歳"]
