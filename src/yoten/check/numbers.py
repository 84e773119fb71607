"""Numbers: every figure a digest states is compared with what the source says.

Severity model v2: a figure the source states (in any form the scanners read)
is fine, unless the sentence it restates says otherwise (a rounded figure with a
closer rival, percent where the source says points, two digits swapped, a figure
moved from another place). Every other figure is judged in
:mod:`yoten.check.judge`: derived (``info``, with the derivation), contradicted
(``error``, with the source sentence as evidence) or unverified (``warning``).

Years and dates are left to :mod:`yoten.check.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from yoten.check import rx
from yoten.check.align import (
    sentence_at,
)
from yoten.check.derive import (
    APPOSED_SHARE,
    counts_calendar_years,
    counts_years_since,
    identical,
    rounds_digest_figure,
)
from yoten.check.digest_figures import JAPANESE_TEXT, digest_quantities
from yoten.check.direction import flipped_direction
from yoten.check.judge import (
    judge,
    points_finding,
    swapped_finding,
    worked_out_beside,
    wrong_change_beside,
    wrong_per_unit_beside,
    wrong_points_beside,
    wrong_rounded_total,
    wrong_share_beside,
)
from yoten.check.labels import relabelled
from yoten.check.lexicon import mask_not_quantities
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import (
    DAY_OF_MONTH,
    IMPERIAL,
    Quantity,
    readings_match,
)
from yoten.check.rate_period import other_rate_period
from yoten.check.rate_unit import other_rate_unit
from yoten.check.relations import (
    digits_swapped,
    percent_for_points,
    points_for_percent,
    same_kind,
    significant_digits,
    unit_elided,
)
from yoten.check.rivals import (
    closer_rival,
    counted_otherwise,
    inside_source_bound,
    points_beside_end,
    restated_as_points,
    transposed_rival,
)
from yoten.check.rules import Kind, Rule
from yoten.check.score_verdict import check_scores
from yoten.check.source import SourceIndex
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["check_numbers", "digest_quantities"]


_LEVEL_FROM_AFTER = rx.compile(r"\s*から")
_LEVEL_TO_BEFORE = rx.compile(r"から\s*$")
_LEVEL_TO_AFTER = rx.compile(r"\s*(?:に|へ|まで)")
# "returns after a two-year absence", "a three-year hiatus"
_ABSENCE_AFTER = rx.compile(r"[\s-]*(?:absence|hiatus|break|gap|pause)\b", re.IGNORECASE)


def _after_absence(q: Quantity, s: Quantity, text: str, source: SourceIndex) -> bool:
    """3年ぶり for "returns after a two-year absence": two years without it, back in
    the third (calendar years are counted from the last time it was held)."""
    return (
        counts_calendar_years(q, text)
        and "year" in s.units
        and q.figure == s.figure + 1
        and _ABSENCE_AFTER.match(source.text, s.end) is not None
    )


def check_numbers(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """Findings for digest figures the source does not state (see the module docstring)."""
    findings: list[Finding] = []
    seen: set[str] = set()
    pieces = list(pieces)
    japanese = any(JAPANESE_TEXT.search(p.text) for p in pieces)
    todo: list[tuple[Quantity, Piece, list[Quantity]]] = []
    scanned: list[Quantity] = []  # every figure of the digest, for rounds_digest_figure
    for piece in pieces:
        covered: list[tuple[int, int]] = []
        if japanese:
            covered = check_scores(piece, source, findings, seen)
        text = mask_not_quantities(piece.text) if japanese else piece.text
        quantities = digest_quantities(text, japanese=japanese)
        scanned += quantities
        for q in quantities:
            if q.span in seen or any(a <= q.start and q.end <= b for a, b in covered):
                continue
            if DAY_OF_MONTH in q.extra and q.figure in source.dates.days:
                continue  # 8〜10日に: the 8th to the 10th, days the source gives
            if _converts_figure_before(q, text, quantities, source):
                # 9マイル(約14キロ): the digest's own figure, judged on its own (and so
                # where 要点 restates the conversion alone: リンゴ約16トン)
                seen.add(q.span)
                continue
            supporters = [
                s
                for s in source.candidates(q)
                if readings_match(q, s) or inside_source_bound(q, s, source.text)
            ] or [
                s
                for s in source.quantities
                if unit_elided(q, s) or _after_absence(q, s, text, source)
            ]
            if (
                supporters  # (a bare 43 of a Japanese source is any 43; 23 days no 23年)
                and counts_years_since(q, text)
                and not any(
                    {"year", "month", "age", "decade", "century"} & s.units for s in supporters
                )
            ):
                supporters = []  # 開通から43年: the years since the source's year, not any 43
            if counts_calendar_years(q, text):  # "since 2017" in 2025 is 8年ぶり, not 7
                supporters = [
                    s
                    for s in supporters
                    if s.figure == q.figure or q.approx or not s.span.lower().startswith("since")
                ]
            if not supporters and _in_a_table(q, source):
                continue  # 34秒71 for "Gruber (GER) 34,71": the figure, its unit in the heading
            if (
                supporters
                and all(points_for_percent(q, s, text, source) for s in supporters)
                # (15%から22%に7ポイント上昇: a change of the rate beside it, in points)
                and not any(
                    o.units & {"percent", "point"}
                    for o in digest_quantities(sentence_at(text, q.start))
                    if o.span != q.span
                )
            ):
                seen.add(q.span)  # 10.3ポイント減 for "fell 10.3 percent to 812 million euros"
                todo.append((q, piece, supporters))
                continue
            if supporters and (
                _LEVEL_FROM_AFTER.match(text, q.end)
                or (
                    _LEVEL_TO_BEFORE.search(text, max(0, q.start - 4), q.start)
                    and _LEVEL_TO_AFTER.match(text, q.end)
                )
            ):
                # 賦課率を420%から440%に for "von 420 auf 440 Prozentpunkte": the levels
                # a change runs between, which a source may count in points
                supporters = [s for s in supporters if not percent_for_points(q, s)] or [
                    s for s in supporters if s.figure == q.figure
                ]
                if supporters and all(percent_for_points(q, s) for s in supporters):
                    continue
            points = [s for s in supporters if percent_for_points(q, s)]
            if (
                points
                and len(points) < len(supporters)
                and restated_as_points(q, piece, source, points, supporters)
            ):
                supporters = points  # the same percentage elsewhere is about something else
            difference = points_beside_end(q, piece, source) if supporters else ""
            if difference:  # 前年の24%から3%上昇 for 24% → 27%
                seen.add(q.span)
                findings.append(points_finding(q, piece, source, difference))
                continue
            if supporters and not all(percent_for_points(q, s) for s in supporters):
                if APPOSED_SHARE.search(text, max(0, q.start - 3), q.start):
                    # 31カーゴのうち7カーゴ、約3割: of that part and whole, whatever else
                    # the source says is about 30%
                    sentence = sentence_at(piece.text, q.start)
                    stated = [o for o in digest_quantities(sentence) if o.span != q.span]
                    apposed = worked_out_beside(q, piece, stated, source.align(sentence), source)
                    if apposed is not None and apposed.severity == "error":
                        seen.add(q.span)
                        findings.append(apposed)
                        continue
                if any(identical(q, s) or unit_elided(q, s) for s in supporters):
                    moved = (
                        transposed_rival(q, piece, source, supporters)
                        or counted_otherwise(q, piece, source, supporters)
                        or relabelled(q, piece, source, supporters)
                        or other_rate_period(q, piece, source, supporters)
                        or other_rate_unit(q, piece, source, supporters)
                        # (3割 the source states about something else, beside a part)
                        or wrong_share_beside(q, piece, source, supporters)
                        or wrong_points_beside(q, piece, source)
                        or wrong_change_beside(q, piece, source)
                        or wrong_per_unit_beside(q, piece, source, supporters)
                        # (9%増 for "revenue fell 9%")
                        or flipped_direction(q, piece, source, supporters)
                    )
                    if moved is not None:
                        seen.add(q.span)
                        findings.append(moved)
                    continue
                swapped = [s for s in supporters if digits_swapped(q, s)]
                if swapped:  # 少なくとも4530人 for "at least 4,350": no rounding swaps digits
                    seen.add(q.span)
                    findings.append(swapped_finding(q, piece, source, swapped[0]))
                    continue
                if (
                    not q.approx
                    and q.figure >= 10_000
                    and all(r.unit.startswith("cur:") for r in q.readings)
                    and all(
                        s.approx
                        and len(significant_digits(q.figure)) > len(significant_digits(s.figure))
                        for s in supporters
                    )
                ):
                    # 12億5000万ユーロ beside "rund 1,3 Mrd. Euro": no rounding of an
                    # approximate amount is more precise than it; judged as unsupported
                    # (a duration or a difference in points may be worked out exactly:
                    # 6時間35分 from two clock times beside "about six hours")
                    seen.add(q.span)
                    todo.append((q, piece, []))
                    continue
                total = (
                    wrong_rounded_total(q, piece, source)
                    or wrong_share_beside(q, piece, source, supporters)
                    or wrong_points_beside(q, piece, source)
                )
                if total is not None:
                    seen.add(q.span)
                    findings.append(total)
                    continue
                # rounded (約6割 for 60.2%): the sentence it restates may say otherwise
                closer = closer_rival(q, piece, source, supporters)
                if closer is None:
                    continue
                seen.add(q.span)
                findings.append(closer)
                continue
            seen.add(q.span)
            todo.append((q, piece, supporters))
    judged = [(q, piece, judge(q, piece, source, supporters)) for q, piece, supporters in todo]
    # figures the source supports: those never judged, and those derived
    flagged = {q.span for q, _p, f in judged if f is not None and f.severity != "info"}
    checked = [q for q in scanned if q.span not in flagged]
    for q, piece, finding in judged:
        if finding is None:
            continue
        restated = "" if finding.severity == "info" else rounds_digest_figure(q, checked, same_kind)
        findings.append(
            finding_at(
                piece,
                q.span,
                Kind.DERIVED,
                "info",
                message=_("derived from the source: {derivation}").format(derivation=restated),
                rule=Rule.NUMBER_DERIVED,
                derivation=restated,
                evidence=finding.evidence,
            )
            if restated
            else finding
        )
    return findings


_BRACKET_BEFORE = rx.compile(r"[(（]\s*(?:約|およそ|ほぼ)?\s*$")


def _converts_figure_before(
    q: Quantity, text: str, quantities: list[Quantity], source: SourceIndex
) -> bool:
    """``q`` in brackets right after a figure of the digest it converts to another
    unit, a figure the source does not state itself (9マイル(約14キロ) for the miles
    between two mile markers): judged with that figure, not as one of its own. (A
    conversion of a figure the source states is checked against the source.)"""
    per = _PER_BRACKET_BEFORE.search(text, max(0, q.start - 14), q.start)
    if per is not None and _rate_converted(q, text, per, quantities):
        return True  # 1マイルあたり45ペンス(1キロあたり約28ペンス): the same rate per km
    bracket = _BRACKET_BEFORE.search(text, max(0, q.start - 5), q.start)
    if bracket is None:
        return False
    return any(
        0 <= bracket.start() - o.end <= 3
        # (64マイル地点(約103キロ): the place the figure marks)
        and _CONVERTED_BESIDE.fullmatch(text, o.end, bracket.start()) is not None
        and (
            (
                o.units != q.units
                and readings_match(q, o)
                and not any(readings_match(o, s) for s in source.candidates(o))
            )
            # (14万2000米トン(約12万9000トン): the short tons of the figure before, in
            # metric ones, whatever the source says of that figure)
            or _metric_of_short(q, o)
        )
        for o in quantities
        if o is not q
    )


# what may stand between a figure and the bracket converting it: 64マイル地点(約103キロ)
_CONVERTED_BESIDE = rx.compile(r"\s?|地点|先|沖|付近")


# how many of the first unit make one of the second: a rate per mile is 1.609 times
# the rate per kilometre
_UNITS_PER = {
    ("マイル", "キロ"): 1.609344,
    ("キロ", "マイル"): 1 / 1.609344,
    ("ポンド", "キロ"): 1 / 2.20462,
    ("ポンド", "キログラム"): 1 / 2.20462,
    ("キロ", "ポンド"): 2.20462,
    ("キログラム", "ポンド"): 2.20462,
    ("ガロン", "リットル"): 3.78541,
    ("リットル", "ガロン"): 1 / 3.78541,
}
_PER_UNIT = "|".join(sorted({unit for unit, _other in _UNITS_PER}, key=lambda u: (-len(u), u)))
# (1キロあたり約28ペンス: a rate restated per another unit, in brackets;
# 1ガロン3.79ドル(1リットル約1ドル): あたり may go unsaid)
_PER_BRACKET_BEFORE = rx.compile(
    rf"[(（]\s*1(?P<unit>{_PER_UNIT})(?:あたり|当たり)?\s*(?:約|およそ)?\s*$"
)
_PER_BEFORE = rx.compile(rf"1(?P<unit>{_PER_UNIT})(?:あたり|当たり)?\s*$")


def _rate_converted(q: Quantity, text: str, per: re.Match[str], quantities: list[Quantity]) -> bool:
    """``q`` restates the rate before its bracket per another unit of measure (45ペンス
    a mile is about 28ペンス a kilometre)."""
    for o in quantities:
        if o is q or not 0 <= per.start() - o.end <= 1:
            continue
        before = _PER_BEFORE.search(text, max(0, o.start - 12), o.start)
        factor = before and _UNITS_PER.get((before.group("unit"), per.group("unit")))
        if factor and any(
            dr.unit == orr.unit and abs(dr.value * factor - orr.value) <= 0.06 * orr.value
            for dr in q.readings
            for orr in o.readings
        ):
            return True
    return False


def _metric_of_short(q: Quantity, o: Quantity) -> bool:
    """``q`` is ``o``, a figure in a unit with a customary reading (米トン), converted."""
    customary = tuple(r for r in o.readings if r.system == IMPERIAL)
    return (
        bool(customary) and o.units == q.units and readings_match(q, replace(o, readings=customary))
    )


def _in_a_table(q: Quantity, source: SourceIndex) -> bool:
    """A decimal figure (three significant digits or more) the source states bare, as a
    results table does: the same digits are no coincidence."""
    if q.approx or not q.figure or float(q.figure).is_integer():
        return False
    if len(significant_digits(q.figure)) < 3:
        return False
    return any(
        s.units <= {"count", "any"} and abs(s.figure - q.figure) < 1e-6 * abs(q.figure)
        for s in source.quantities
    )
