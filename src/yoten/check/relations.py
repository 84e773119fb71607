"""How a digest's figure relates to one figure of the source.

The predicates the number check asks of a pair (digest figure, source figure):
the same kind of thing, how far apart, a copying slip (digits swapped, one
digit changed, the wrong scale), the very figure in another unit or currency,
percent written for percentage points. Each answers for the pair alone; which
source figures are compared is the number check's business
(:mod:`yoten.check.numbers`).
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import replace

from yoten.check import rx
from yoten.check.dates.months import MONTH_RE
from yoten.check.lexicon import counter_nouns
from yoten.check.locale import REWRITTEN
from yoten.check.numerals import swapped_positions
from yoten.check.quantities import (
    COUNTISH,
    FUNCTION_WORDS,
    Quantity,
    equivalent_readings,
    readings_match,
)
from yoten.check.source import SourceIndex

__all__ = [
    "Slip",
    "digits_swapped",
    "digits_transposed",
    "foreign_count",
    "log_distance",
    "miscopied",
    "other_currency",
    "percent_for_points",
    "points_for_percent",
    "power_of_ten",
    "read_as_year",
    "same_figure_other_unit",
    "same_kind",
    "same_kind_sources",
    "significant_digits",
    "slips",
    "states_exactly",
    "typo_of",
    "unit_elided",
]


def same_kind(digest: Quantity, source: Quantity) -> bool:
    """Whether ``source`` states the same kind of thing as ``digest`` (another value of it)."""
    units = {r.unit for r in equivalent_readings(digest.readings)} - {"any"}
    strong = units - COUNTISH
    if strong:
        return bool(strong & {r.unit for r in equivalent_readings(source.readings)})
    if digest.counter and digest.counter == source.counter:
        return True  # a Japanese source: 8万冊 and 9万冊
    nouns = counter_nouns().get(digest.counter)
    if nouns and "count" in source.units:
        return any(word in nouns for word in source.noun.split())
    return False


def same_kind_sources(a: Quantity, b: Quantity) -> bool:
    """Two source figures of one kind: a unit in common that is more than a count
    (tonnes and tonnes, euros and euros), or counts of the same noun (votes)."""
    if (a.units & b.units) - COUNTISH - {"year", "age"}:
        return True
    nouns = a.noun.split()[:1], b.noun.split()[:1]
    return "count" in a.units & b.units and bool(nouns[0]) and nouns[0] == nouns[1]


def log_distance(digest: Quantity, source: Quantity) -> float:
    best = math.inf
    for dr in equivalent_readings(digest.readings):
        for sr in equivalent_readings(source.readings):
            alike = dr.unit == sr.unit or (dr.unit == "any" and sr.unit in COUNTISH)
            if alike and dr.value > 0 and sr.value > 0:
                best = min(best, abs(math.log(dr.value / sr.value)))
    return best


def percent_for_points(q: Quantity, s: Quantity) -> bool:
    """``q`` is a percentage that matches ``s`` only as percentage points.

    "Rose 1.5 percentage points" written 1.5%上昇 is a contradiction. The other
    way round is not: Japanese news writes a rate cut "by 0.25%" as 0.25ポイント.
    """
    if {r.unit for r in q.readings} != {"percent"}:
        return False
    if not any(r.unit == "point" for r in s.readings):
        return False
    without = replace(s, readings=tuple(r for r in s.readings if r.unit != "point"))
    return not (without.readings and readings_match(q, without))


# what a change in points is a change of, written right after it: 10.3ポイント減, 2ポイント上昇
_CHANGE_AFTER = rx.compile(
    r"\s*(?:の)?(?:増|減|上昇|低下|下落|落ち込|伸び|悪化|改善|縮小|拡大|上回|下回)"
)
# what the digest says changed, right before the change: an amount, or a rate
_AMOUNT_WORD = rx.compile(
    r"価格|値段|料金|運賃|賃料|家賃|費用|コスト|売上|収入|販売|生産|輸出|輸入"
)
_RATE_WORD = rx.compile(r"率|割合|比率|シェア|指数|利回り|金利|レート")
# units that are not amounts a change in percent could be of
_NOT_AMOUNTS = {"percent", "point", "year", "month", "day", "age", "decade", "century", "time"}


def points_for_percent(q: Quantity, s: Quantity, text: str, source: SourceIndex) -> bool:
    """``q`` (10.3ポイント減, in ``text``) writes as percentage points ``s``, a change
    of an amount the source gives in percent: "EBITDA fell 10.3 percent to 812
    million euros". A change of a rate ("cut its rate by 0.25% to 4.5%") has a
    second percentage beside it and may be written in points (see percent_for_points);
    a change of an amount has none, only the amount, and points are no unit of it."""
    if {r.unit for r in q.readings} != {"point"} or not _CHANGE_AFTER.match(text, q.end):
        return False
    units = {r.unit for r in s.readings}
    if "percent" not in units or "point" in units or not re.search(r"\d", s.span):
        return False  # (not "a quarter": a share, never a change)
    sentence = source.sentence_stating(s)
    if sentence is None:
        return False
    # (s itself, or the sentence that states it when s stands in the title)
    others = [o for o in source.quantities_in([sentence]) if not readings_match(s, o)]
    if any(o.units & {"percent", "point"} for o in others):
        return False
    if any(
        not o.units & _NOT_AMOUNTS and not (o.units == {"count"} and 1900 <= o.figure <= 2100)
        for o in others
    ):
        return True
    # (no amount beside it either: the digest's own words say what changed, a price, not
    # a rate: 鋼材価格が22ポイント上昇 for "l'acier, qui a renchéri de 22 %")
    clause = re.split(r"[、。,]", text[max(0, q.start - 16) : q.start])[-1]
    return bool(_AMOUNT_WORD.search(clause)) and not _RATE_WORD.search(clause)


def states_exactly(q: Quantity, s: Quantity) -> bool:
    """``s`` states ``q`` to the digit ``q`` is written to (not only within 5-10%)."""
    for dr in equivalent_readings(q.readings):
        half = abs(q.place * dr.value / q.figure) / 2 if q.place > 0 and q.figure else 0.0
        for sr in equivalent_readings(s.readings):
            if dr.unit == sr.unit and abs(dr.value - sr.value) <= max(half, 1e-6 * abs(sr.value)):
                return True
    return False


def significant_digits(value: float) -> str:
    """The significant digits of ``value``: 2,380,000 → 238, 46.5 → 465."""
    text = f"{abs(value):.6g}".replace(".", "").lstrip("0")
    return text.split("e")[0].rstrip("0") or "0"


def _clock_digits(seconds: float) -> str:
    """A duration's digits as a clock writes them: 3 h 12 min → 312, 2:05:09 → 20509."""
    hundredths = round(seconds * 100)
    total, part = divmod(hundredths, 100)
    h, rest = divmod(total, 3600)
    m, sec = divmod(rest, 60)
    text = f"{h}{m:02d}{sec:02d}" if h else f"{m}{sec:02d}"
    if part:  # 14:38.27 → 143827
        text += f"{part:02d}"
    return text.lstrip("0").rstrip("0") or "0"


# "170 more than in 2026", "since 2017": a bare four-digit figure after these is a year
_YEAR_BEFORE = rx.compile(
    r"\b(?:in|since|of|by|from|until|to|than in|before|after"
    # (seit 2019, en 2023, depuis 2020, desde 2021, hasta 2030)
    r"|im|seit|bis|ab|en|depuis|desde|hasta)\s+$",
    re.I,
)
# the word "year" right before: in the year 2024, im Jahr 2024, en el año 2023 (a year,
# whatever word follows it)
# (and a month's name: "the end of March 2025")
_YEAR_WORD_BEFORE = rx.compile(rf"\b(?:year|Jahr|Jahre|année|año|{MONTH_RE})\s+$", re.I)


def read_as_year(s: Quantity, text: str) -> bool:
    """Whether source figure ``s`` is a year the English scanner read as a count."""
    if s.units != {"count"} or not s.span.strip().isdigit() or not 1900 <= s.figure <= 2100:
        return False
    if _YEAR_WORD_BEFORE.search(text, max(0, s.start - 12), s.start):
        return True
    # (no noun of its own: "founded in 1921 as a chemist's shop")
    return (not s.noun or s.noun.split()[0] in FUNCTION_WORDS) and bool(
        _YEAR_BEFORE.search(text, max(0, s.start - 12), s.start)
    )


def power_of_ten(ratio: float) -> bool:
    """10, 100, 1000 or their inverses (a figure written in the wrong scale: 万 for 億)."""
    exponent = math.log10(ratio) if ratio > 0 else 0.0
    # (round first: 4億2000万 / 4.2 billion is 0.10000000000000002, log10 −0.99999…)
    return 1 <= abs(round(exponent)) <= 4 and abs(exponent - round(exponent)) < 1e-9


class Slip(enum.Enum):
    """How a copied figure went wrong, digit by digit."""

    SCALE = "scale"  # the same digits a power of ten away: 12万 for 1.2 million
    ZERO_MOVED = "zero moved"  # 5,020,000 for 5,200,000 (zeros that digits drop)
    PAIR_REVERSED = "pair reversed"  # a two-digit figure reversed: 41 for 14
    NEIGHBOURS_SWAPPED = "neighbours swapped"  # 4,530 for 4,350 (three digits or more)
    SHUFFLED = "shuffled"  # the same digits in another order: 2.83 for 2.38
    ONE_DIGIT = "one digit"  # one digit of three or more changed: 4,550 for 4,350


def _slips(x: float, y: float, *, clock: bool) -> set[Slip]:
    """The ways ``x`` reads as ``y`` miscopied (``clock``: durations compared by
    the digits a clock writes, 3時間21分 for 3 hours 12 minutes)."""
    if x == y or y <= 0:
        return set()
    a, b = (
        (_clock_digits(x), _clock_digits(y))
        if clock
        else (significant_digits(x), significant_digits(y))
    )
    ratio = x / y
    found: set[Slip] = set()
    if a == b and len(a) >= 2 and power_of_ten(ratio):
        found.add(Slip.SCALE)
    if _swapped_places(x, y):
        found.add(Slip.ZERO_MOVED)
    if len(a) != len(b) or len(a) < 2:
        return found
    if sorted(a) == sorted(b) and 0.3 <= ratio <= 3.5:
        found.add(Slip.SHUFFLED)
        if len(a) == 2 and a == b[::-1]:
            found.add(Slip.PAIR_REVERSED)
    at = swapped_positions(a, b) if len(a) >= 3 else None
    if at is not None and at[1] == at[0] + 1 and 0.5 <= ratio <= 2:
        found.add(Slip.NEIGHBOURS_SWAPPED)
    # One digit changed: only for three digits or more (13 and 18 differ by one
    # digit by chance far too often to call it a copying slip).
    if len(a) >= 3 and sum(c != d for c, d in zip(a, b, strict=True)) == 1 and 0.5 <= ratio <= 2:
        found.add(Slip.ONE_DIGIT)
    return found


def slips(q: Quantity, s: Quantity) -> set[Slip]:
    """Every way a reading of ``q`` is a reading of ``s`` in the same unit miscopied."""
    found: set[Slip] = set()
    for dr in q.readings:
        for sr in s.readings:
            if dr.unit == sr.unit and dr.unit != "any":
                found |= _slips(dr.value, sr.value, clock=dr.unit == "dur")
    if "半" in q.span:
        # (2年半 for "25 years": a half in words writes no digit a power of ten away)
        found.discard(Slip.SCALE)
    return found


_COPIED_SLIPS = frozenset({Slip.ZERO_MOVED, Slip.SHUFFLED, Slip.ONE_DIGIT})


def miscopied(x: float, y: float) -> bool:
    """``x`` is the value ``y`` with a digit changed, two swapped or a zero moved (455
    for 445): a copying slip of an exact figure."""
    return bool(_slips(x, y, clock=False) & _COPIED_SLIPS)


def typo_of(q: Quantity, s: Quantity, *, near: bool = False) -> bool:
    """``q`` reads as ``s`` with two digits swapped or one digit changed (2.38 → 283万,
    14 → 41, 46.5 → 45.6), or in the wrong scale (12万 for 1.2 million): the
    commonest ways a copied figure goes wrong (``near``: ``s`` stands in the
    sentence the digest restates)."""
    found = slips(q, s)
    if Slip.SCALE in found and (near or q.approx == s.approx):
        # 12万人 for 1.2 million, 約1万8000人 for about 180,000: a scale slip. Away
        # from the sentence restated, a copied figure keeps its "about": 約1万7000人
        # (a difference) is not 170万人 of another sentence.
        return True
    # a rounded figure is not copied digit by digit
    return not (s.approx or q.approx) and bool(found & _COPIED_SLIPS)


def digits_transposed(q: Quantity, s: Quantity) -> bool:
    """``q`` is ``s`` with its two digits swapped (41% for 14%): exact figures of two
    significant digits, in one unit."""
    return not (q.approx or s.approx) and Slip.PAIR_REVERSED in slips(q, s)


def digits_swapped(q: Quantity, s: Quantity) -> bool:
    """``q`` is ``s`` with two neighbouring digits of three or more swapped (4530人 for
    4,350, "at least 4,350"): a copying slip, likelier than any sum that happens to
    give ``q``; 少なくとも4530人 too: a bound, a rounded figure keeps no such digits)."""
    return Slip.NEIGHBOURS_SWAPPED in slips(q, s)


def written_digits_swapped(q: Quantity, s: Quantity) -> bool:
    """``q`` and ``s`` (in one unit) written with the same digits but two neighbouring
    ones swapped, a trailing zero included (38.05ドル for "$38.50"): plain figures only."""
    if not any(dr.unit == sr.unit for dr in q.readings for sr in s.readings):
        return False
    mine, theirs = _PLAIN_FIGURE.search(q.span), _PLAIN_FIGURE.search(s.span)
    if mine is None or theirs is None:
        return False
    a, b = mine.group(0), theirs.group(0).replace(",", "")
    if len(a) != len(b) or len(a.replace(".", "")) < 3 or a.find(".") != b.find("."):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
    )


_PLAIN_FIGURE = rx.compile(r"(?<![\d.,])\d[\d,]*\.\d+|(?<![\d.,])\d{3,}(?![\d.,]\d)")
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


_MEASURES = frozenset({"length", "area", "mass", "volume", "speed"})


def unit_elided(q: Quantity, s: Quantity) -> bool:
    """約2.8ヘクタール for "would lift that figure to about 2.8": the source's bare
    decimal is the digest's figure with the unit the source leaves unsaid (a bare
    whole number may count anything; a bare decimal measures what went before)."""
    if len(s.readings) != 1 or s.readings[0].unit != "count" or s.noun or s.counter:
        return False
    value = s.readings[0].value
    return value != int(value) and math.isclose(q.figure, value)


def same_figure_other_unit(q: Quantity, s: Quantity) -> bool:
    """The very figure in another unit (320日 for "320 Stunden", 1万8600ヘクタール for
    "18,600 acres", 320メートル for "320 km"): a converted value would not keep it."""
    if not q.figure or q.figure != s.figure or q.figure <= 1:
        return False
    mine, theirs = q.units & _TIME_UNITS, s.units & _TIME_UNITS
    if mine and theirs and not mine & theirs:
        # (a span of under ten, 2日間 or 4時間, recurs in many phrases of an article:
        # "two-day talks" beside "two years" is no slip of its unit)
        return q.figure >= 10
    # 摂氏117度 for 117°F: the figure kept, the scale changed (only where the source
    # says Fahrenheit: its bare "degrees" may be either; signs are not read, and
    # −40°F is −40°C)
    if (
        "temp-f" in s.units
        and "temp" in q.units
        and not {"temp", "temp-f"} & ((s.units - {"temp-f"}) | (q.units - {"temp"}))
    ):
        return q.figure >= 10 and q.figure != 40
    # one measure of the source's figure, which the digest's may be (38マイル is a
    # length or a speed; 100キロ a length, a mass or a speed), and a figure of two
    # significant digits or more (100 is as likely 100 of something else)
    theirs = s.units & _MEASURES
    if len(theirs) != 1 or not theirs <= q.units:
        return False
    return q.place > 0 and q.figure / q.place >= 10 and not readings_match(q, s)


def other_currency(q: Quantity, s: Quantity) -> bool:
    """The very amount in another currency (13億7000万ドル for R13.7 billion): a
    converted amount would not keep the digits."""
    return any(
        dr.unit.startswith("cur:")
        and sr.unit.startswith("cur:")
        and dr.unit != sr.unit
        and abs(dr.value - sr.value) <= 1e-9 * sr.value
        for dr in q.readings
        for sr in s.readings
    )


def _swapped_places(a: float, b: float) -> bool:
    """Whole numbers of the same length that differ by two neighbouring digits swapped,
    a zero among them (5,020,000 for 5,200,000): significant_digits drops the zeros that tell."""
    if not (float(a).is_integer() and float(b).is_integer()) or max(a, b) >= 1e15:
        return False
    x, y = str(int(a)), str(int(b))
    where = swapped_positions(x, y) if len(x) >= 3 else None
    return where is not None and where[1] == where[0] + 1 and "0" in (x[where[0]], x[where[1]])


def foreign_count(q: Quantity, s: Quantity, source: SourceIndex) -> bool:
    """In a French, German or Spanish source the noun after a count is not English:
    a bare count in an aligned sentence is the counterpart of a counted figure (1万2400人)."""
    return (
        source.language in REWRITTEN
        and bool(q.counter)
        and s.units == {"count"}
        and not ({"percent", "point"} & q.units)
    )
