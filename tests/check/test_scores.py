"""Scores read as pairs, in the digest and in the source (yoten.check.scores)."""

from __future__ import annotations

from yoten.check.scores import digest_scores, source_scores


def test_scores_are_read_as_pairs() -> None:
    assert [(s.first, s.second) for s in digest_scores("6対3で勝ち、3-5人が負傷")] == [(6, 3)]
    assert [(s.first, s.second) for s in digest_scores("1対1の会談")] == []
    pairs = {(s.first, s.second, s.strong) for s in source_scores("won 6-4; 10-15 people; 3-nil")}
    assert pairs == {(6, 4, True), (10, 15, False), (3, 0, True)}
    assert source_scores("on 2024-10-02 at 10:30 a.m.") == []
