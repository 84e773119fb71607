"""Rules from session 40 (before blind rounds 135-136): a change turned around where
its figure is the digest sentence's only anchor, and a gap written 低い; each with the
faithful twin the checker must leave alone."""

from __future__ import annotations

from tests.check.helpers import error_spans


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
