"""Rivals: a source figure that stands where a digest figure stands and says otherwise.

A digest figure the source supports somewhere may still be contradicted by the
sentence it restates: a closer figure there (46.5 cents for 45.6セント), the same
value there in points (4%上昇 for "four percentage points"), the very figure
there in another unit or beside a conversion (14.8インチ(約290ミリ)), a count the
source gives of something the digest's counter never counts (1150人 for "1,150
cows") where the sentence restated counts the digest's thing. And one the
source does not state may only be a bound on the figure there (1分以内 for "41
seconds behind").
"""

from __future__ import annotations

import functools
import math
import re
from itertools import combinations

from yoten.check import rx
from yoten.check.align import sentence_at, sentence_start
from yoten.check.derive import derive, identical
from yoten.check.derive.basics import differences, states
from yoten.check.derive.values import direction_of
from yoten.check.digest_figures import digest_quantities
from yoten.check.lexicon import counter_nouns, counter_rows
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import IMPERIAL, Quantity, equivalent_readings, readings_match
from yoten.check.relations import (
    Slip,
    digits_transposed,
    log_distance,
    same_figure_other_unit,
    same_kind,
    significant_digits,
    slips,
    states_exactly,
)
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = [
    "bound",
    "change_to_rival",
    "closer_rival",
    "counted_otherwise",
    "inside_source_bound",
    "last_place",
    "points_beside_end",
    "restated_as_points",
    "rounds_to",
    "said_here",
    "transposed_rival",
]

# counters of things no translator counts with another of them (people are not
# ships; households, customers, cases and votes are counted as people freely)
_CONCRETE = frozenset("人 頭 隻 台 機 発 基 校 店 カ国 本 床 棟 便".split())

# 14.8インチ(約290ミリ): a converted figure in brackets right after its source figure
_CONVERSION_LINK = rx.compile(r"\s*[(（]\s*(?:約|およそ)?")


def change_to_rival(q: Quantity, rivals: list[Quantity], restated: list[Quantity]) -> str:
    """The difference between a rival of q and a source figure q's sentence states, when
    it gives q: the digest writes the change from a level it states to the rival."""
    for rival in rivals:
        for s in restated:
            for unit, level, other_level in differences(rival, s):
                diff = abs(level - other_level)
                if any(
                    r.unit in (unit, "any") and abs(r.value - diff) <= 1e-9 * diff
                    for r in q.readings
                ):
                    return f"{rival.span.strip()} − {s.span.strip()} = {q.span.strip()}"
    return ""


def _exact_in(q: Quantity, s: Quantity) -> bool:
    """``s`` states ``q`` in ``q``'s own unit, not only converted."""
    return any(dr.unit == sr.unit and not sr.system for dr in q.readings for sr in s.readings)


def _restated(
    q: Quantity, piece: Piece, source: SourceIndex
) -> tuple[str, list[Quantity], list[Quantity]]:
    """q's digest sentence, its other figures, and the source figures of the sentences
    it restates."""
    sentence = sentence_at(piece.text, q.start)
    stated = [o for o in digest_quantities(sentence) if o.span != q.span]
    aligned = source.align(sentence, values=[r.value for o in stated for r in o.readings])
    return sentence, stated, source.quantities_in(aligned)


def restated_as_points(
    q: Quantity,
    piece: Piece,
    source: SourceIndex,
    points: list[Quantity],
    supporters: list[Quantity],
) -> bool:
    """Whether the sentence q restates gives q's value in percentage points and none of
    the other figures that read as q (4%上昇 for "a rise of four percentage points",
    where a 4% elsewhere is about something else)."""
    if not direction_of(piece.text[q.end : q.end + 6]):
        return False  # 420%から440%に: a level, which a source may write either way
    _sentence, _stated, nearby = _restated(q, piece, source)
    return any(s in nearby for s in points) and not any(
        s in nearby for s in supporters if s not in points
    )


def closer_rival(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """A figure close to ``q`` somewhere ("about 48 cents") but another one, exact, in the
    sentence ``q`` restates (46.5 cents where the digest says 45.6セント): a contradiction.
    Where only figures in another countable unit read as q (2倍 for a bare 2 of a
    Japanese source), one in q's own unit there is its counterpart (1.5倍)."""
    after = piece.text[q.end : q.end + 4]
    if _UPPER.match(after) or _LOWER.match(after):
        return None  # 3割に満たない for 29%: a bound, not another figure
    sentence, stated, nearby = _restated(q, piece, source)
    if any(s in supporters and states_exactly(q, s) for s in nearby):
        return None  # 約6割 for the 58% of the sentence it restates
    at = q.start - sentence_start(piece.text, q.start)
    if any(0 <= at - o.end <= 3 and readings_match(q, o) for o in stated):
        return None  # 購入者の37%、約4割: q rounds the digest's own figure before it
    if any(
        0 <= o.start - (at + len(q.span)) <= 2 and readings_match(q, o) and states(o, s)
        for o in stated
        for s in supporters
    ):
        return None  # 約3分の1(34%): q rounds the source's figure the digest gives beside it
    own = q.units & {"times"}  # 2倍: a multiple
    weak = (
        bool(own)
        and not any(own & s.units for s in supporters)
        and not any(s in supporters for s in nearby)
    )
    rivals = [
        s
        for s in nearby
        if s not in supporters
        and same_kind(q, s)
        and not s.approx
        and not rounds_to(q, s)
        and (not weak or bool(own & s.units))
        and log_distance(q, s) < math.log(2 if weak else 1.25)
        and not any(readings_match(o, s) for o in stated)
    ]
    if not any(s in supporters for s in nearby) and all(
        r.system == IMPERIAL and not _exact_in(q, s) for s in supporters for r in s.readings
    ):
        # 約290ミリ for "14.8 inches" of the sentence restated, which 11.2 inches of
        # another converts to by chance: a converted figure stands by its own
        # (or the figure it converts, beside it: 14.8インチ(約290ミリ) for 376 mm)
        at = sentence_start(piece.text, q.start)
        beside = [o for o in stated if _CONVERSION_LINK.fullmatch(sentence, o.end, q.start - at)]
        rivals += [
            s
            for s in nearby
            if same_kind(q, s)
            and not s.approx
            # (not 18,000 feet of climb for the 約3キロ a course was shortened by)
            and log_distance(q, s) < math.log(1.5)
            and (
                any(readings_match(o, s) for o in beside)
                or not any(readings_match(o, s) for o in stated)
            )
        ]
    if not any(s in supporters for s in nearby):
        # 約180万ヘクタール for "about 1.8 million acres", read as 4.7 million acres
        # of another sentence: the very figure there, in another unit
        rivals += [
            s
            for s in nearby
            if same_figure_other_unit(q, s) and not any(readings_match(o, s) for o in stated)
        ]
    if not any(s in supporters for s in nearby):
        # 14億ユーロ for the "140 million euros" of the sentence restated, where 1.36
        # billion euros of another rounds to it: a slip of scale
        rivals += [
            s
            for s in nearby
            if same_kind(q, s)
            and not (q.approx or s.approx)
            and Slip.SCALE in slips(q, s)
            and not any(readings_match(o, s) for o in stated)
        ]
    if not rivals:
        return None
    if derive(q, nearby, source, same_kind=same_kind):
        return None  # 8月の45セントから1.5セント上げ: 46.5 − 1.5, not another price
    rival = min(rivals, key=lambda s: log_distance(q, s))
    return said_here(q, piece, source, rival.span.strip(), [rival])


# a decimal with a scale word: "0.81 million", "£3.4bn", "1,18 Mio."
_ROUNDED_SCALE = rx.compile(
    r"\d[.,]\d+\s*(?:million|billion|trillion|thousand|mn|bn|tn|m|k|mio|mrd)\b", re.IGNORECASE
)


def last_place(q: Quantity) -> float:
    """The place of ``q``'s last stated digit, in its figure's scale; where the scanner
    left it unset, from its significant digits (1 for "two hours" and 47, 1,000 for
    "more than 2,000", 10,000 for "0.81 million")."""
    if q.place or not q.figure:
        return q.place
    figure = abs(q.figure)
    return float(10 ** (math.floor(math.log10(figure)) - len(significant_digits(figure)) + 1))


def rounds_to(q: Quantity, s: Quantity) -> bool:
    """``s`` is ``q`` rounded to the last digit ``s`` states (0.81 million for
    81万2000人): the source is less precise, not another figure."""
    if not s.figure or not q.figure or not _ROUNDED_SCALE.search(s.span):
        return False  # (a plain 60 or 1,100 may be exact to its last figure)
    for dr in q.readings:
        for sr in s.readings:
            if dr.unit != sr.unit or not sr.value:
                continue
            step = abs(last_place(s) * sr.value / s.figure)
            mine = abs(last_place(q) * dr.value / q.figure)
            # (a half either way: 90万5000 is 0.91 million, or 0.90)
            ends = {math.floor(dr.value / step + 0.5), math.ceil(dr.value / step - 0.5)}
            if mine < step and any(math.isclose(e * step, sr.value, rel_tol=1e-9) for e in ends):
                return True
    return False


_UPPER = rx.compile(r"^(?:以内|未満|以下|足らず|弱|を切|を下回|に満たな|に届かな|を割)")
_LOWER = rx.compile(r"^(?:以上|超|を超|余り|余|強|を上回|台)")  # 1時間半台: 1:30 to 1:59
_UPPER_ENDING = rx.compile(r"(?:以内|未満|以下|足らず|弱)$")
_LOWER_ENDING = rx.compile(r"(?:以上|超|余り|余|強)$")


_FROM_END_BEFORE = rx.compile(r"(?:から|より)\s*(?:約|およそ)?\s*$")


# 2.3%から0.4%を差し引き: the digest subtracts one rate from another itself
_SUBTRACTED = rx.compile(r"差し引|を引(?:い|き|く)|控除")


def points_beside_end(q: Quantity, piece: Piece, source: SourceIndex) -> str:
    """前年の24%から3%上昇 for "from 24% to 27%": the change between two percentages
    of the sentence whose one end the digest states, written as percent (whatever
    3% the source states elsewhere). The arithmetic, or ''."""
    if {r.unit for r in q.readings} != {"percent"} or not direction_of(
        piece.text[q.end : q.end + 6]
    ):
        return ""
    sentence, stated, nearby = _restated(q, piece, source)
    if any(identical(q, s) for s in nearby):
        return ""  # 1〜3月期の0.2%減 for "a 0.2% contraction" there: a rate, as written
    if _SUBTRACTED.search(sentence):
        return ""  # 賃金上昇率2.3%から調整率0.4%を差し引き、1.9%の増額: a rate less a rate
    value = q.readings[0].value
    for end in nearby:
        if "percent" not in end.units or not any(identical(o, end) for o in stated):
            continue
        at = source.sentence_index(end.start)
        if at is None:
            continue
        neighbours = source.quantities_in(source.sentences[max(0, at - 1) : at + 2])
        if not _FROM_END_BEFORE.search(piece.text, max(0, q.start - 4), q.start) and any(
            identical(q, s) for s in neighbours
        ):
            # 非食品1.9%増、サービスは0.8%減: the rate the next sentence states, where no
            # end the change starts from stands right before it (24%から3%上昇)
            return ""
        for other in source.quantities_in([source.sentences[at]]):
            for a in end.readings:
                for b in other.readings:
                    if other is end or a.unit != "percent" or b.unit != "percent":
                        continue
                    if abs(abs(a.value - b.value) - value) < 1e-6:
                        return f"{other.span.strip()} − {end.span.strip()} = {value:g} points"
    return ""


def transposed_rival(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """小麦は41%減 for "wheat fell 14%", where the 41% the source states is another
    figure (a share of rainfall) in another sentence: the sentence q restates gives
    q with its two digits swapped, and nothing there gives q."""
    _sentence, stated, nearby = _restated(q, piece, source)
    if any(s in supporters for s in nearby):
        return None
    rivals = [
        s
        for s in nearby
        if same_kind(q, s)
        and digits_transposed(q, s)
        and not any(readings_match(o, s) for o in stated)
        # (the digest sentence states another figure of the rival's sentence, 890万トン
        # for "8.9 million tonnes": it restates that sentence, not one it merely resembles)
        and any(
            identical(o, other)
            for o in stated
            for other in nearby
            if source.sentence_of(other.start) is source.sentence_of(s.start)
        )
    ]
    if not rivals:
        return None
    return said_here(q, piece, source, rivals[0].span.strip(), [rivals[0]])


def bound(q: Quantity, text: str, nearby: list[Quantity], source_text: str) -> str:
    """1分以内 for "41 seconds behind": a bound the aligned source figure keeps (not
    another limit for a limit the source sets: 90日以内 for "within 60 days")."""
    # (the bound word after the figure, or ending its span: 1年以上)
    after = text[q.end : q.end + 4]
    upper = _UPPER.match(after) or _UPPER_ENDING.search(q.span.strip())
    lower = _LOWER.match(after) or _LOWER_ENDING.search(q.span.strip())
    if not (upper or lower):
        return ""
    for s in nearby:
        kin = same_kind(q, s)
        # 5件以上 for "more than four properties": the next whole number and up (a
        # count the source's noun and the digest's counter may name apart)
        above = bool(lower and s.approx and "count" in q.units & s.units)
        if not (kin or above):
            continue
        if _SOURCE_LIMIT_BEFORE.search(source_text, max(0, s.start - 24), s.start):
            continue
        for dr in equivalent_readings(q.readings):
            for sr in equivalent_readings(s.readings):
                if dr.unit != sr.unit:
                    continue
                if above and dr.value == sr.value + 1 == int(dr.value):
                    return f"> {s.span.strip()} → ≥ {q.span.strip()}"
                if kin and (
                    (upper and sr.value <= dr.value)
                    or (lower and dr.value <= sr.value <= 2 * dr.value)
                ):
                    sign = "≤" if upper else "≥"
                    return f"{s.span.strip()} {sign} {q.span.strip()}"
    return ""


# "within 60 days", "up to four hours", "at least 25%": a limit the source sets,
# which a limit the digest writes restates (or changes), never keeps as a bound
_SOURCE_LIMIT_BEFORE = rx.compile(
    r"\b(?:within|up\s+to|at\s+(?:most|least)|no\s+(?:more|later|less|fewer)\s+than"
    r"|a\s+(?:maximum|minimum)\s+of|innerhalb(?:\s+von)?|bis\s+zu|höchstens|mindestens"
    r"|jusqu['’]à|au\s+(?:plus|moins|maximum|minimum)|dans\s+un\s+délai\s+de|hasta"
    r"|como\s+(?:máximo|mínimo)|al\s+menos|en\s+un\s+plazo\s+de"
    # "the fee may not exceed KSh 18,500"
    r"|(?:not|never)\s+(?:to\s+)?exceed|ne\s+(?:peut|doit|doivent|pourra)\s+pas\s+dépasser"
    r"|no\s+(?:puede|podrá|debe)\s+(?:superar|exceder))\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
# 4割強, 5割を超え, 2000人余り / 5割近く, 3割弱: a source figure that is a bound
_SOURCE_LOWER_AFTER = rx.compile(r"^(?:強|超|を超|以上|余り|余|を上回)")
_SOURCE_UPPER_AFTER = rx.compile(r"^(?:弱|近く|足らず|未満|に満たな|に迫|を下回|を切)")
# "more than 40%", "over 2,000" / "nearly half", "just under 5%"
_SOURCE_LOWER_BEFORE = rx.compile(
    r"\b(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceeding|at\s+least)\s+$",
    re.IGNORECASE,
)
_SOURCE_UPPER_BEFORE = rx.compile(
    r"\b(?:nearly|almost|just\s+(?:under|below|shy\s+of)|less\s+than|fewer\s+than|close\s+to)\s+$",
    re.IGNORECASE,
)


def inside_source_bound(q: Quantity, s: Quantity, text: str) -> bool:
    """44% for the source's 4割強 (40–45%), 2300人 for "more than 2,000": a figure
    the source states only as a bound, written more exactly on the bound's side and
    within half a step of its last digit (32.4% is no 4割近く, 5割強 no 4割強)."""
    if s.figure < 2:
        return False  # "less than a year ago": no figure of months
    place = last_place(s)
    # (values first: the bound's side is read only for a figure within a step of it)
    above = below = False
    for sr in equivalent_readings(s.readings):
        step = abs(place * sr.value / s.figure) / 2
        for dr in equivalent_readings(q.readings):
            if dr.unit != sr.unit or not step:
                continue
            above = above or sr.value < dr.value < sr.value + step
            below = below or sr.value - step < dr.value < sr.value
    if not (above or below):
        return False
    lower, upper = _bound_sides(text, s.start, s.end)
    return lower != upper and ((lower and above) or (upper and below))


@functools.lru_cache(maxsize=256)
def _bound_sides(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(lower, upper): whether the source figure at ``start:end`` is stated as a
    lower bound ("more than", 強) or an upper one ("nearly", 弱)."""
    after, before = text[end : end + 4], text[max(0, start - 24) : start]
    return (
        bool(_SOURCE_LOWER_AFTER.match(after) or _SOURCE_LOWER_BEFORE.search(before)),
        bool(_SOURCE_UPPER_AFTER.match(after) or _SOURCE_UPPER_BEFORE.search(before)),
    )


def _counts_with(s: Quantity) -> frozenset[str] | None:
    """Which counters count what source figure ``s`` counts: those whose nouns name its
    noun (the first two words after it), its own counter in a Japanese source; None
    when no counter's nouns name it."""
    if s.counter:
        return frozenset({_row_of(s.counter)})
    words = s.noun.split()[:2]
    rows = frozenset(
        _row_of(c) for c, nouns in counter_nouns().items() for w in words if w in nouns
    )
    return rows or None


def _row_of(counter: str) -> str:
    return counter_rows().get(counter, counter)


def counted_otherwise(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """1150人 for "1,150 cows" where the sentence restated gives "310 farm workers": the
    source counts q's figure as something q's counter never counts, and the sentence q
    restates counts q's thing with another figure."""
    mine = _row_of(q.counter)
    if mine not in _CONCRETE or q.figure < 2:
        return None
    for s in supporters:
        if "count" not in s.units:
            return None
        rows = _counts_with(s)
        if rows is None or mine in rows or not rows <= _CONCRETE:
            return None
    sentence = sentence_at(piece.text, q.start)
    stated = [o for o in digest_quantities(sentence) if o.span != q.span]
    # (q's own value anchors nothing, unless another figure of the sentence states it
    # too: it would pull in the sentence that misuses it)
    values = [r.value for o in stated for r in o.readings]
    aligned = source.align(
        sentence, values=values, ignore=[r.value for r in q.readings if r.value not in values]
    )
    rivals = [
        s
        for s in source.quantities_in(aligned)
        if "count" in s.units
        and s.figure != q.figure
        and mine in (_counts_with(s) or ())
        and not any(readings_match(o, s) for o in stated)
    ]
    if not rivals:
        return None
    # (7校 for "28校で、10年前の35校から減った": the difference of two figures that count
    # its thing, not a figure moved from one that counts another)
    alike = {s.figure for s in source.quantities_in(aligned) if mine in (_counts_with(s) or ())}
    if any(abs(a - b) == q.figure or a + b == q.figure for a, b in combinations(alike, 2)):
        return None
    return said_here(q, piece, source, rivals[0].span.strip(), [rivals[0], supporters[0]])


def said_here(
    q: Quantity, piece: Piece, source: SourceIndex, said: str, at: list[Quantity]
) -> Finding:
    """The error for q where the source says ``said`` in its place, with the sentences
    of the source figures ``at`` as evidence."""
    return finding_at(
        piece,
        q.span,
        Kind.MISMATCH,
        "error",
        message=_('the source says "{figure}" here').format(figure=said),
        rule=Rule.NUMBER_CONTRADICTED,
        evidence=evidence([s for f in at if (s := source.sentence_of(f.start)) is not None]),
    )
