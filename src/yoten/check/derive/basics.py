"""The arithmetic every derivation shares: a value written for a finding, a
figure's rounding step, whether a value is the one a figure states."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from yoten.check.quantities import Quantity, equivalent_readings

SameKind = Callable[[Quantity, Quantity], bool]


def fmt_value(value: float) -> str:
    """A value as a derivation shows it: 4.4 billion, 27,000, 3.6."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.4g} {word}"
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:.3g}"


def in_figure_units(value: float, s: Quantity, base: float) -> str:
    """``value``, in the base unit of ``s``'s reading ``base`` (yen, metres), written
    in the units ``s`` is written in: 2億 for 2e8 beside 13億 円, 3.6 for 0.0914 m
    beside 14.8 inches."""
    scale = base / s.figure if s.figure and base else 1.0
    return fmt_value(value / scale)


def clock_text(seconds: float) -> str:
    """A duration in seconds as h:mm:ss (1:43 for 103 s, 2:11:35)."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def rounding_step(q: Quantity, value: float) -> float:
    """Half the last stated digit of ``q`` in the units of ``value`` (0 when unknown)."""
    if q.place <= 0 or not q.figure:
        return 0.0
    return abs(q.place * value / q.figure) / 2


def share_slack(q: Quantity, share: float) -> float:
    """How far (in percent) the share the figures give may stand from ``share``, the
    share digest figure ``q`` states: its own rounding (約3割: 25–35%) and a little
    more."""
    return (rounding_step(q, share) or 0.5) + (1.5 if q.approx else 0.6)


def within_rounding(
    target: float, value: float, q: Quantity, *, exact: bool, summed: bool = False
) -> bool:
    """Whether ``value`` gives ``target``, the value of digest figure ``q``, as q is written
    (to its last digit; within 3% with 約). ``summed``: ``value`` is a sum or difference
    of source figures, exact, so a round figure without 約 must be nearly exact too."""
    if math.isclose(target, value, rel_tol=1e-6):
        return True
    if exact:
        return False
    if q.approx:
        return math.isclose(target, value, rel_tol=0.03)
    step = rounding_step(q, target)
    if summed and q.place >= 10 and q.figure >= 100:
        # a round figure written without 約 (200件) is exact, or rounded at most by a
        # hundredth: 1万2600 for 12,612, not 200 for 180 (a small one, 10分, is also a
        # span the digest works out from times or words: "a decade")
        step = min(step, 0.01 * abs(target))
    return step > 0 and abs(target - value) <= step + 1e-9


def identical(q: Quantity, s: Quantity) -> bool:
    """``s`` states the very value of ``q`` (not a value that rounds to it)."""
    return any(
        dr.unit == sr.unit and abs(dr.value - sr.value) <= 1e-9 * max(abs(sr.value), 1.0)
        for dr in equivalent_readings(q.readings)
        for sr in equivalent_readings(s.readings)
    )


def states(o: Quantity, s: Quantity) -> bool:
    """Digest figure ``o`` states source figure ``s``: identical, or a bare figure of
    the digest (57のワイナリー, 2期 for "two", 1380のうち214) with its value in any unit."""
    return identical(o, s) or (o.units == {"any"} and o.figure == s.figure)


def differences(a: Quantity, b: Quantity) -> Iterator[tuple[str, float, float]]:
    """(unit, a's value, b's value) for each unit both state with different values,
    leaving out percentages, points and years (whose gaps are judged apart)."""
    for ra in a.readings:
        for rb in b.readings:
            if ra.unit == rb.unit and ra.unit not in ("percent", "point", "year"):
                if ra.value != rb.value:
                    yield ra.unit, ra.value, rb.value
