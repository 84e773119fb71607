"""Figures judged against the operands their own digest sentence states: a share
beside its part, a per-unit figure beside its total and count, points between
two rates, a change between two levels, a total of listed terms, and a figure
worked out in place (a converted temperature or measure).
"""

from __future__ import annotations

from dataclasses import replace

from yoten.check import rx
from yoten.check.align import SourceSentence, sentence_start
from yoten.check.derive import (
    apposed_share,
    converted_duration,
    converted_measure,
    converted_temperature,
    identical,
    named_total,
    wrong_change,
    wrong_per_unit,
    wrong_total,
)
from yoten.check.judge.figure import PER_ONE_BEFORE, POINTS_FROM, figure_of
from yoten.check.judge.levels import points_between_stated
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity
from yoten.check.relations import same_kind_sources
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding


def wrong_share_beside(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """The error for a share written beside its part (約3割にあたる31万, 890万回と約6割)
    that the part and the whole its sentence states do not give, where the source
    states the share's figure (``supporters``) only about something else: in none of
    the sentences the digest sentence restates. None otherwise."""
    if not any(mark in q.span for mark in ("%", "％", "割")):
        return None
    f = figure_of(q, piece, source)
    if f.share_part is None or not f.wrong_share:
        return None
    if any(source.sentence_of(s.start) in f.aligned for s in supporters):
        return None  # (the sentence restated states the share itself: 27.1%, 65%)
    return f.contradicted(f.wrong_share)


def wrong_per_unit_beside(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """The error for a figure per one (1世帯あたり平均2500ポンド) that the total and the
    count its own sentence states do not give (720万ポンド for 3600世帯: 2000), where the
    source states q's figure only about something else ("£2,500 per business"): in
    none of the sentences the digest sentence restates. None otherwise."""
    if not PER_ONE_BEFORE.search(piece.text, max(0, q.start - 16), q.start):
        return None
    f = figure_of(q, piece, source)
    if not f.aligned or any(source.sentence_of(s.start) in f.aligned for s in supporters):
        return None
    wrong = wrong_per_unit(q, f.sentence, q.start - f.start, f.stated, f.restated)
    return f.contradicted(wrong) if wrong else None


def wrong_points_beside(q: Quantity, piece: Piece, source: SourceIndex) -> Finding | None:
    """The error for percentage points its own sentence states both ends of (3.4%…12月の
    3.1%から0.4ポイント加速) that those ends do not give, where the source states q's
    figure about something else ("up 0.4% on the month"). None otherwise."""
    found = points_between_stated(figure_of(q, piece, source))
    return found if found is not None and found.severity == "error" else None


def wrong_change_beside(q: Quantity, piece: Piece, source: SourceIndex) -> Finding | None:
    """The error for a change whose two ends its own sentence states (420室から44室減って
    386室) that those ends do not give (34), where the source states q's figure about
    something else. None otherwise."""
    f = figure_of(q, piece, source)
    units = {r.unit for r in q.readings} - {"percent", "point"}
    ends = [o for o in f.stated if units & o.units]
    given = [s for s in source.quantities if any(identical(o, s) for o in ends)]
    if not units or len(ends) != 2 or len({s.figure for s in given}) != 2:
        return None
    # (the change written right after the end it runs from: 420室から44室減って; or
    # after the end it runs to: 2万6000人から3万8500人へと1万5000人増える)
    if not any(
        POINTS_FROM.fullmatch(f.sentence, o.end, q.start - f.start)
        or _CHANGE_AFTER_TO.fullmatch(f.sentence, o.end, q.start - f.start)
        for o in ends
    ):
        return None
    wrong = wrong_change(q, piece.text, ends, given, same_kind_sources, source)
    return f.contradicted(wrong) if wrong else None


def wrong_rounded_total(q: Quantity, piece: Piece, source: SourceIndex) -> Finding | None:
    """The error for an exact total its own sentence's terms do not give, where the
    source states an approximate figure it rounds (18万個、6万個の計25万個 beside
    "about 240,000": 180,000 + 60,000 = 240,000, not 250,000); None otherwise."""
    if q.approx or not named_total(piece.text, q.start, q.end):
        return None
    f = figure_of(q, piece, source)
    wrong = wrong_total(q, piece.text, f.stated, source.quantities)
    return f.contradicted(wrong) if wrong else None


# 3万8500人へと1万5000人増える: the change right after the end it runs to
_CHANGE_AFTER_TO = rx.compile(r"(?:へ|に|まで)と?、?(?:約|およそ)?")


def worked_out_beside(
    q: Quantity,
    piece: Piece,
    stated: list[Quantity],
    aligned: list[SourceSentence],
    source: SourceIndex,
) -> Finding | None:
    """A figure the digest works out beside the figures it comes from: a share in
    apposition to its part (…のうち62カ所、約6割) or a temperature converted beside the
    source's (華氏101度(摂氏約38度)). Derived (info) when the arithmetic gives it, a
    contradiction when not; None when q is neither."""
    at = sentence_start(piece.text, q.start)  # stated: offsets in q's sentence
    stated = [replace(o, start=o.start + at, end=o.end + at) for o in stated]
    found = apposed_share(
        q, piece.text, stated, [s.norm or s.text for s in aligned], source.values
    ) or (
        converted_temperature(q, piece.text, stated, source.values)
        or converted_measure(q, piece.text, stated, source.values)
        or converted_duration(q, piece.text, stated, source.values)
    )
    if found is None:
        return None
    right, shown = found
    return finding_at(
        piece,
        q.span,
        Kind.DERIVED if right else Kind.MISMATCH,
        "info" if right else "error",
        message=(
            _("derived from the source: {derivation}").format(derivation=shown)
            if right
            else _("the source's figures give {change}").format(change=shown)
        ),
        rule=Rule.NUMBER_DERIVED if right else Rule.NUMBER_CONTRADICTED,
        derivation=shown,
        evidence=evidence(aligned),
    )
