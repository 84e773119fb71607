"""Quantities in text, as normalised values with units.

A :class:`Quantity` carries one or more readings (:class:`Reading`): a unit
and the value in that unit's base (metres, kilograms, km/h, …). Most have
one; ambiguous ones have several (``100キロ`` is 100 km or 100 kg, ``¥5m`` is
yen or yuan, a fraction is also a percentage). Two quantities match when a
reading of each agrees (see :func:`readings_match`).

Japanese text (a digest, or a Japanese source) goes through
:func:`~yoten.check.quantities.japanese.scan_japanese`; English source text
through :func:`~yoten.check.quantities.english.scan_english`.
Calendar dates are not quantities: :mod:`yoten.check.dates` owns them and
hands its spans here to be skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = [
    "COUNTISH",
    "DAY_OF_MONTH",
    "IMPERIAL",
    "Quantity",
    "Reading",
    "equivalent_readings",
    "readings_match",
]

#: ``Quantity.extra`` key: the figure is also a day of the month (8〜10日に: the 8th to 10th).
DAY_OF_MONTH = "day_of_month"
# ``extra`` key: the side of its figure an approximate figure stands on, "over" (1割強,
# 2万人超, 300人余り) or "under" (1割弱, 1万人未満): 1割強 is no 9%
SIDE = "side"
# ``extra`` key: an ordinal that counts a run ("a second poor harvest in a row"), whose
# readings as years, months or days restate N年連続 and nothing else
RUN = "run"
# Units that say what is counted only vaguely: they match each other.
COUNTISH = frozenset({"count", "times", "ordinal"})
#: The system of miles, feet, acres: readings in it are converted to metric
#: (approx), but two of them compare exactly.
IMPERIAL = "imperial"


@dataclass(frozen=True, slots=True)
class Reading:
    """One interpretation of a quantity: a unit and a value in its base unit."""

    unit: str
    value: float
    approx: bool = False  # a unit conversion (miles → km) or a fraction read as a percentage
    system: str = ""  # IMPERIAL for miles, feet, acres …: no conversion between two of them

    def scaled(self, factor: float) -> Reading:
        """This reading with its value multiplied by ``factor``."""
        return Reading(self.unit, self.value * factor, self.approx, self.system)


@dataclass(slots=True)
class Quantity:
    """A quantity found in text: where it is, what it reads as, how exact it claims to be."""

    span: str
    start: int
    end: int
    readings: tuple[Reading, ...]
    approx: bool = False  # 約, about, more than …
    figure: float = 0.0  # the number before any unit factor (35億ドル → 3.5e9)
    place: float = 0.0  # place value of the last stated digit, in ``figure``'s scale; 0 = none
    noun: str = ""  # English: the word after the figure (people, ships …)
    counter: str = ""  # Japanese: the counter after the figure (人, 隻 …)
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def units(self) -> set[str]:
        return {r.unit for r in self.readings}


def _close(d: float, s: float, rel: float) -> bool:
    scale = max(abs(d), abs(s), 1e-12)
    return abs(d - s) <= rel * scale


# Durations stated in one unit and read in another: 90 minutes = 1時間半, two
# decades = 20年, a fortnight = 2週間. Each time unit also reads as seconds
# ("dur") or as months ("mon"); decades and centuries also read as years.
_EQUIVALENTS: dict[str, tuple[tuple[str, float], ...]] = {
    "second": (("dur", 1),),
    "minute": (("dur", 60),),
    "hour": (("dur", 3600),),
    "day": (("dur", 86400),),
    "week": (("dur", 7 * 86400),),
    "month": (("mon", 1),),
    "year": (("mon", 12),),
    "decade": (("year", 10), ("mon", 120)),
    "century": (("year", 100), ("mon", 1200)),
}


def equivalent_readings(readings: Iterable[Reading]) -> list[Reading]:
    """``readings`` and, for durations, the same span in the shared base units."""
    out: list[Reading] = []
    for r in readings:
        out.append(r)
        for unit, factor in _EQUIVALENTS.get(r.unit, ()):
            out.append(Reading(unit, r.value * factor, r.approx, r.system))
    return out


def readings_match(digest: Quantity, source: Quantity) -> bool:
    """True when some reading of ``digest`` agrees with some reading of ``source``.

    Exact figures must be equal, or ``source`` rounded to the digest's last
    stated digit (35億 for $3.46 billion) within 5%. With 約/about on either
    side, or a unit conversion (miles on one side, kilometres on the other),
    10% is allowed; two figures in the same imperial unit (65マイル, 65 mph)
    must agree like any exact figures. A digest figure without a unit
    (214の破片) also matches the figure a source writes before its unit
    (214 pieces, 10ms, 12 nm).
    """
    source_readings = equivalent_readings(source.readings)
    if source.figure and any(r.unit == "any" for r in digest.readings):
        source_readings.append(Reading("any", source.figure))
    for dr in equivalent_readings(digest.readings):
        for sr in source_readings:
            if not _units_agree(dr.unit, sr.unit):
                continue
            if sr.unit == "ordinal" and digest.counter == "倍":
                continue  # (約4倍 is no "fourth quarter": a multiple, not a rank)
            converted = (dr.approx or sr.approx) and not (dr.system and dr.system == sr.system)
            approx = digest.approx or source.approx or converted
            if _close(dr.value, sr.value, 1e-6):
                return True
            if dr.unit in ("temp", "temp-f"):
                # degrees are no ratio scale: 約39度 for 38.3°C, not 39.3度 (10% of 38)
                if approx and abs(dr.value - sr.value) <= 1.0:
                    return True
                continue
            if (
                approx
                and _close(dr.value, sr.value, _approx_tolerance(digest, source, dr, sr))
                and not _wrong_side(digest, dr.value, sr.value)
            ):
                return True
            if _may_round(digest) and _close(dr.value, sr.value, 0.05):
                step = digest.place * dr.value / digest.figure
                if step > 0 and _close(round(sr.value / step) * step, dr.value, 1e-6):
                    return True
    return False


def _wrong_side(digest: Quantity, mine: float, theirs: float) -> bool:
    """Whether ``theirs`` lies on the other side of ``mine`` than the digest's word
    puts it (1割強 for 9%, 1割弱 for 11%)."""
    side = digest.extra.get(SIDE)
    return (side == "over" and theirs < mine) or (side == "under" and theirs > mine)


def _approx_tolerance(digest: Quantity, source: Quantity, dr: Reading, sr: Reading) -> float:
    """How far an approximate figure may be from the source's, relative.

    約4500 for "some 4,300" is not an approximation but another figure: when
    only the digest says 約 and states its last digit (place), the source must
    round to it (within one step). A source that is itself approximate, or a
    unit conversion, allows 10%.
    """
    if not digest.approx and source.approx and digest.place > 0 and digest.figure:
        # 6.9% for "about 7.5%" (or 4,200 for "some 4,300"): an exact figure written to
        # the digit the source's rounded one stops at, or finer, is another figure, not
        # that one rounded (a word fraction, "three-quarters", has no such digit)
        step = abs(digest.place * dr.value / digest.figure)
        if (
            step
            and any(c.isdigit() for c in source.span)
            and abs(sr.value / step - round(sr.value / step)) < 1e-6
        ):
            return step / 2 / max(abs(dr.value), 1e-12)
    if sr.unit == dr.unit == "percent" and sr.approx:
        # three-quarters as 75%: 約75%, 7割5分, or 約7割 for two-thirds, not 78%
        # points, relative to the larger of the two (as _close measures): 5.5% is no
        # "tenth"
        return (3.5 if digest.approx else 2.6) / max(abs(dr.value), abs(sr.value), 1e-12)
    if not digest.approx or dr.approx or digest.place <= 0 or not digest.figure:
        return 0.10
    step = abs(digest.place * dr.value / digest.figure)
    value = max(abs(dr.value), 1e-12)
    for other in source.readings:
        # "some 4,300" is already written to the digest's last digit: 約4500 is another figure.
        if (
            other.unit == dr.unit
            and step
            and abs(other.value / step - round(other.value / step)) < 1e-6
        ):
            return step / 2 / value
    if source.approx:
        return 0.10
    return min(0.10, max(step / value, 0.02))


def _may_round(digest: Quantity) -> bool:
    """Whether ``digest`` may stand for a source figure rounded to its last stated digit.

    A figure that keeps two significant digits or more is a rounding (35億 for
    $3.46 billion, 250万 for 2,487,000), and so is a round thousand or more
    (5000 for 4,980). A smaller one-digit figure (20, 300) is as exact as it is
    written: 20人 is no rounding of 19 people (but 7割 is one of 71%). Ages are always exact.
    """
    if digest.place <= 0 or not digest.figure or "age" in digest.units:
        return False
    if digest.counter == "割":
        return True  # 7割 for 71%: a share in tenths is rounded by nature
    figure = abs(digest.figure)
    return figure / digest.place >= 10 - 1e-9 or figure >= 1000


def _units_agree(digest_unit: str, source_unit: str) -> bool:
    if digest_unit == source_unit:
        return True
    if digest_unit == "any":
        return True
    pair = {digest_unit, source_unit}
    if pair <= COUNTISH:
        return True
    if (digest_unit, source_unit) == ("count", "age"):
        return False  # 59人 is no age (59歳), though an age may stand bare ("Ambühl, 44,")
    return pair in ({"percent", "point"}, {"age", "year"}, {"age", "count"})


# Unit tables and helpers both languages' scanners use.

_CUR = "cur:"


# (pattern right after the number, [(unit, factor, approx[, system])])
_Units = list[tuple[str, float, bool] | tuple[str, float, bool, str]]


def _readings(units: _Units) -> list[Reading]:
    """One :class:`Reading` per entry of a unit table row (per 1 of the figure)."""
    return [Reading(*spec) for spec in units]


_MILE = 1609.344
_GALLON = 3.785411784  # the US gallon, in litres
_UK_GALLON = 4.54609  # the imperial gallon, in litres
_SHORT_TON = 907.18474  # the US (short) ton, in kilograms
_MPH = _MILE / 1000  # in km/h


# (a cent is a dollar's or a euro's: "€0.004", 0.4セント; a sen a yen's: 20銭)
# (a centime a euro's or a Swiss franc's, a centavo a peso's or a real's)
_SUBUNITS = {
    "CENT": (("USD", "EUR"), 0.01),
    "CENTIME": (("EUR", "CHF"), 0.01),
    "CENTAVO": (("PESO", "BRL"), 0.01),
    "PENCE": (("GBP",), 0.01),
    "SEN": (("JPY",), 0.01),
}


# "1 + unit, figure + unit" pairs that are one compound figure, not a rate:
# 1時間30分, 1年3カ月, 1分20秒, 1メートル80センチ.
_COMPOUNDS = frozenset(
    {
        ("year", "month"),
        ("year", "week"),
        ("month", "day"),
        ("week", "day"),
        ("day", "hour"),  # 1日19時間17分: a sailing race's time
        ("day", "dur"),
        ("dur", "minute"),  # 1日19時間 then 17分
        ("hour", "minute"),
        ("minute", "second"),
        ("dur", "second"),  # 2時間11分 then 35秒: a race time
        ("length", "length"),
        ("mass", "mass"),
        ("cur:JPY", "cur:JPY"),  # 171円20銭
    }
)


def _currency_readings(code: str) -> list[Reading]:
    """One unit of currency ``code``; a cent or a penny as a hundredth of its currencies."""
    if code in _SUBUNITS:
        mains, factor = _SUBUNITS[code]
        return [Reading(_CUR + main, factor) for main in mains]
    return [Reading(_CUR + code, 1)]


def _is_compound(prev: Quantity, q: Quantity, *, spaced: bool = False) -> bool:
    """Whether ``prev`` then ``q`` are the two parts of one figure (1 hour, 48 minutes).

    ``spaced``: the parts stand apart (a space, "and"); then only two different
    time units make one figure (1 hour 48 minutes), not two lengths in a list.
    """
    return any(
        (a.unit, b.unit) in _COMPOUNDS and not (spaced and a.unit == b.unit)
        for a in prev.readings
        for b in q.readings
    )
