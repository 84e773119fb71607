"""Sums, gaps, products and averages of figures the source states: the gap of
two figures in one sentence or across two, a total of two figures or with
"each", a product or average of the sentence before, arithmetic worked out in
the open, and a total divided in its own sentence.
"""

from __future__ import annotations

import itertools
import math

from yoten.check import rx
from yoten.check.derive import identical, per_unit
from yoten.check.derive.basics import fmt_value, in_figure_units, states, within_rounding
from yoten.check.derive.values import product_of
from yoten.check.derive.wrong import REMAINDER_BEFORE
from yoten.check.judge.figure import (
    AVERAGE_WORDS,
    NOT_LEVELS,
    PER_ONE_BEFORE,
    Figure,
    counted_alike,
    value_in,
)
from yoten.check.quantities import Quantity
from yoten.check.rate_period import JA_ONE_PERIOD
from yoten.check.relations import same_kind, significant_digits


def gap_of_sentence_before(f: Figure) -> str:
    """The gap between (or the sum of) the two figures of q's counter or unit that the
    digest sentence before states as the source does (最大3820人から、…1240人に減った。
    2580人が…; 78.3ポイント下がり、1842.6ポイントとなった。前週は1920.9ポイント), where q's
    own sentence states none of its kind: that arithmetic, or ''."""
    q = f.q

    def alike(o: Quantity) -> bool:  # (counted with q's counter, or in q's unit)
        return o.counter == q.counter if q.counter else bool(o.units & q.units - {"any"})

    if not (q.counter or q.units - {"any", "count"}) or any(alike(o) for o in f.stated):
        return ""
    two = [
        o
        for o in f.before_figures
        if alike(o) and any(identical(o, s) for s in f.source.quantities)
    ]
    if len(two) != 2:
        return ""
    a, b = two[0].figure, two[1].figure
    for value, sign in ((abs(a - b), "−"), (a + b, "+")):
        if value and within_rounding(q.figure, value, q, exact=False, summed=True):
            return f"{two[0].span.strip()} {sign} {two[1].span.strip()} = {value:g}"
    return ""


def gap_to_sentence_before(f: Figure) -> str:
    """The gap between a figure of q's own sentence and one the digest sentence before
    states as the source does (…前年度比12%増の3億3600万円を計上した。前年度は約3億円で、
    3600万円の増額: 3億3600万円 − 約3億円), or ''."""
    q = f.q
    units = {r.unit for r in q.readings} - NOT_LEVELS - {"count"}
    if not units:
        return ""
    given = [o for o in f.before_figures if any(identical(o, s) for s in f.source.quantities)]
    for a in f.stated:
        for b in given:
            for ra in a.readings:
                for rb in b.readings:
                    if ra.unit != rb.unit or ra.unit not in units or ra.value == rb.value:
                        continue
                    gap = abs(ra.value - rb.value)
                    if any(
                        rq.unit == ra.unit and within_rounding(rq.value, gap, q, exact=False)
                        for rq in q.readings
                    ):
                        return f"{b.span.strip()} − {a.span.strip()} = {gap:,.10g}"
    return ""


def gap_in_restated(f: Figure) -> str:
    """The exact gap between two figures of q's kind in one source sentence the digest
    sentence restates (the first two; 14,800 − 4,140 = 10,660), or ''. Only an exact figure of
    three significant digits or more: chance gaps are rare there."""
    q = f.q
    if q.approx or len(significant_digits(q.figure)) < 3 or not f.aligned:
        return ""
    if _close_rival(f):
        return ""
    for held in f.aligned[:2]:
        gap = _gap_of_one_sentence(q, f.source.quantities_in([held]))
        if gap:
            return gap
    return ""


def _gap_of_one_sentence(q: Quantity, pool: list[Quantity]) -> str:
    if q.units & {"percent", "point"}:
        return ""  # (a gap of two percentages is in points, and often a chance one)
    terms = [s for s in pool if counted_alike(q, s) and not s.approx]
    for i, a in enumerate(terms):
        for b in terms[i + 1 :]:
            for ra in a.readings:
                for rb in b.readings:
                    gap = abs(ra.value - rb.value)
                    if (
                        ra.unit == rb.unit
                        and gap
                        and any(
                            rq.unit == ra.unit and abs(rq.value - gap) <= 1e-9 * gap
                            for rq in q.readings
                        )
                    ):
                        hi, lo = (a, b) if ra.value > rb.value else (b, a)
                        return f"{hi.span.strip()} − {lo.span.strip()} = {gap:,.10g}"
    return ""


def _close_rival(f: Figure) -> bool:
    """Whether the sentences restated state a figure of q's kind within 5% of it (計147機
    beside "146 orders": that figure miscopied, not 16 + 131 by chance)."""
    q = f.q
    return any(
        s.figure and abs(s.figure - q.figure) <= 0.05 * q.figure
        for s in f.nearby
        if counted_alike(q, s)
    )


def sum_of_two_stated(f: Figure) -> str:
    """The sum of two figures of q's kind the source states anywhere that gives q
    exactly (8,912 + 2,105 = 11,017 for EVとPHVを合わせると1万1017台), or ''. Only an
    exact total of three significant digits or more: chance sums are rare there."""
    q = f.q
    if q.approx or len(significant_digits(q.figure)) < 3 or q.units & {"percent", "point"}:
        return ""
    terms = [s for s in f.source.quantities if counted_alike(q, s) and not s.approx]
    if _close_rival(f):
        return ""
    for i, a in enumerate(terms):
        for b in terms[i + 1 :]:
            for ra in a.readings:
                for rb in b.readings:
                    if ra.unit != rb.unit or a.figure == b.figure:
                        continue
                    total = ra.value + rb.value
                    if any(
                        rq.unit == ra.unit and abs(rq.value - total) <= 1e-9 * max(1.0, total)
                        for rq in q.readings
                    ):
                        return f"{a.span.strip()} + {b.span.strip()} = {total:,.10g}"
    return ""


def total_with_each(f: Figure) -> str:
    """A total of the digest's terms before it, in its sentence and the one before, one
    of them "each" of a count (640平方メートルの店を開く。他の2店はそれぞれ約180平方
    メートルで、3店の売り場は計約1000平方メートル: 640 + 2 × 180), every term stated by
    the source: that arithmetic, or ''."""
    q, source, at = f.q, f.source, f.q.start - f.start
    units = {r.unit for r in q.readings} - {"percent", "point", "any", "count"}
    own = [o for o in f.stated if o.end <= at]
    terms: list[tuple[Quantity, float]] = []  # (term, times)
    multiplied = False
    for text, figures in ((f.before, f.before_figures), (f.sentence, own)):
        for i, o in enumerate(figures):
            if not o.units & units:
                continue
            if not any(states(o, s) for s in source.quantities):
                return ""
            times = 1.0
            if EACH_BEFORE.search(text, max(0, o.start - 8), o.start):
                counts = [c for c in figures[:i] if c.units & {"count", "any"} and c.counter]
                if not counts or not 1 < counts[-1].figure <= 100:
                    return ""
                times, multiplied = counts[-1].figure, True
            terms.append((o, times))
    if not multiplied or len(terms) < 2:
        return ""
    for unit in units:
        total = sum(
            times * next((r.value for r in o.readings if r.unit == unit), math.nan)
            for o, times in terms
        )
        if math.isnan(total):
            continue
        mine = next(r.value for r in q.readings if r.unit == unit)
        if within_rounding(mine, total, q, exact=False):
            shown = " + ".join(
                f"{times:g} × {o.span.strip()}" if times != 1 else o.span.strip()
                for o, times in terms
            )
            return f"{shown} = {in_figure_units(total, q, mine)}"
    return ""


def open_arithmetic(f: Figure) -> str:
    """The gap of two figures its own sentence states before q, one of them as the
    source does (少なくとも2500人を雇用する条件で、削減後の1680人では820人足りない):
    arithmetic worked out in the open, whatever the other figure is (judged on its
    own): that arithmetic, or ''. Exact only, and never a sum a count of years makes."""
    q, at = f.q, f.q.start - f.start
    if not q.figure or q.units & {"percent", "point", "year", "age"}:
        return ""
    own = [
        o
        for o in f.stated
        if o.end <= at
        and o.units & q.units - {"any"}
        and (not (o.counter and q.counter) or o.counter == q.counter)
    ]
    for a, b in itertools.permutations(own, 2):
        if not any(states(a, s) for s in f.source.quantities):
            continue
        for rq, ra, rb in itertools.product(q.readings, a.readings, b.readings):
            if rq.unit == ra.unit == rb.unit and ra.value > rb.value > 0:
                if math.isclose(ra.value - rb.value, rq.value, rel_tol=1e-9):
                    return f"{a.span.strip()} − {b.span.strip()} = {q.span.strip()}"
    return ""


def product_of_sentence_before(f: Figure) -> str:
    """A product of two figures the digest sentence before states as the source does
    (毎年15グループにそれぞれ最大160万ユーロを助成する。1年の採択分で最大2400万ユーロ),
    where q's own sentence states no figure of its kind: that arithmetic, or ''."""
    q = f.q
    if any(o.units & q.units for o in f.stated) or not f.before_figures:
        return ""
    given = [o for o in f.before_figures if any(states(o, s) for s in f.source.quantities)]
    return product_of(q, given)


# それぞれ約180平方メートル, 各3億ドル: a term that stands for each of a count
EACH_BEFORE = rx.compile(r"(?:それぞれ|各)(?:約|およそ)?$")


def average_of_sentence_before(f: Figure) -> str:
    """An average per one (年平均では1200万ドル) of the total and the count the digest
    sentence before states as the source does (15年総額1億8000万ドル: 180 million / 15),
    where q's own sentence states no other figure: that arithmetic, or ''."""
    q = f.q
    if f.stated or not AVERAGE_WORDS.search(f.sentence[: q.start - f.start]):
        return ""
    given = [o for o in f.before_figures if any(identical(o, s) for s in f.source.quantities)] or [
        o for o in f.before_figures if o.units & q.units - {"any"}
    ]
    for total in given:
        for count in f.before_figures:
            if count is total or count.units & total.units or not 1 < count.figure < 1000:
                continue
            for rt in total.readings:
                for rq in q.readings:
                    each = rt.value / count.figure
                    if rt.unit == rq.unit and within_rounding(rq.value, each, q, exact=False):
                        shown = f"{each:,.0f}" if each >= 100 else f"{each:.3g}"
                        return f"{total.span.strip()} ÷ {count.span.strip()} = {shown}"
    return ""


def gap_of_pair(q: Quantity, s: Quantity, counterparts: tuple[Quantity, ...]) -> str:
    """How ``q`` is exactly the gap between ``s`` and another figure of its kind the
    sentence restated states (値下げ幅は215ドル for "from $340 to $125": 340 − 125, not
    125 with two digits swapped), or ''."""
    for o in counterparts:
        if o is s or not same_kind(o, s):
            continue
        for ro in o.readings:
            for rs in s.readings:
                if ro.unit != rs.unit or not any(
                    rq.unit == ro.unit and abs(abs(ro.value - rs.value) - rq.value) < 1e-6
                    for rq in q.readings
                ):
                    continue
                hi, lo = (o, s) if ro.value > rs.value else (s, o)
                return f"{hi.span.strip()} − {lo.span.strip()} = {abs(ro.value - rs.value):g}"
    return ""


def divided_in_its_sentence(f: Figure, s: Quantity) -> str:
    """Whether q is source figure ``s`` divided by a count of s's own sentence, where
    the digest sentence speaks of an average (1回あたり…、前回契約の1億6000万ドル for
    "$1.6 billion for 10 missions"): a figure per unit, no slip of scale."""
    clause = f.sentence[: f.q.start - f.start]
    if not AVERAGE_WORDS.search(clause):
        return ""
    home = f.source.sentence_of(s.start)
    pool = f.source.quantities_in([home]) if home is not None else []
    return per_unit(f.q, pool, same_kind, "", clause, f.source)


def rest_of_whole(f: Figure) -> str:
    """What is left of a whole once the parts q's own sentence states before it, each
    as the source does, are taken away, where the whole is a figure of the digest
    sentence before or of the source, and at most one more part the source states
    comes off too (約136万8000ユーロを公的資金が占める。市が60万ユーロ、地域圏が45万ユーロ
    を拠出し、残る約31万8000ユーロ: 136.8万 − 60万 − 45万; 州が60万ユーロ、国が35万ユーロ
    を出し、残る85万ユーロ for a budget of 2.9 million with 1.1 million from the town),
    or ''."""
    q = f.q
    if not REMAINDER_BEFORE.search(f.piece.text, max(0, q.start - 6), q.start):
        return ""
    at = q.start - f.start
    given = [o for o in f.stated if o.end <= at and any(identical(o, s) for s in f.restated)]
    for r in q.readings:
        if r.unit in ("any", "percent", "point"):
            continue
        parts = [(o, v) for o in given if (v := value_in(o, r.unit)) is not None]
        if not parts:
            continue
        taken = sum(v for _o, v in parts)
        sources = [
            (s, v)
            for s in f.source.quantities
            if (v := value_in(s, r.unit)) is not None
            and not any(identical(o, s) for o, _v in parts)
        ]
        wholes = [(w, v) for w in f.before_figures if (v := value_in(w, r.unit)) is not None]
        for w, whole in [*wholes, *sources]:
            for extra in [None, *sources]:
                if extra is not None and (extra[0] is w or extra[1] == whole):
                    continue
                left = whole - taken - (extra[1] if extra else 0.0)
                if left > 0 and within_rounding(r.value, left, q, exact=False):
                    terms = [w, *(o for o, _v in parts), *([extra[0]] if extra else [])]
                    shown = " − ".join(o.span.strip() for o in terms)
                    return f"{shown} = {in_figure_units(left, w, whole)}"
    return ""


def rate_times_amount(f: Figure) -> str:
    """A figure per one unit its sentence states, times an amount of that unit it states
    before q (1ミリリットルあたり26セント、10ミリリットルで2.6ユーロ: 26 cents × 10), or ''."""
    q = f.q
    at = q.start - f.start
    rates = [
        o
        for o in f.stated
        if o.end <= at and _PER_ONE_UNIT.search(f.sentence, max(0, o.start - 16), o.start)
    ]
    amounts = [
        o
        for o in f.stated
        if o.end <= at and o not in rates and _AMOUNT_THEN.match(f.sentence, o.end)
    ]
    for rate, amount in itertools.product(rates, amounts):
        for rq, rr in itertools.product(q.readings, rate.readings):
            value = rr.value * amount.figure
            if rq.unit == rr.unit and within_rounding(rq.value, value, q, exact=False):
                return f"{rate.span.strip()} × {amount.span.strip()} = {fmt_value(value)}"
    return ""


# 1ミリリットルあたり, 1箱当たり約: the unit a figure per one is stated for
_PER_ONE_UNIT = rx.compile(r"1[^\d\s、。]{1,8}?(?:あたり|当たり)(?:約|およそ|平均)?$")
# 10ミリリットルで, 20本入りなら: the amount a figure per one is taken for
_AMOUNT_THEN = rx.compile(r"(?:入り)?(?:で|なら|では|分で|分は|あたりでは)")


def per_one_across(f: Figure) -> str:
    """q, a figure per one (1件あたり約77ドル), as a total its own sentence states as the
    source does over a count the source states in another sentence (切符の収入は2450万
    ドルで、1件あたり約77ドル for "$24.5 million" and "318,000 parking citations"), or a
    count of q's kind the source states over a count its sentence states (取締官は420人
    で、…1人あたり約116件 for "48,600 summonses"), or ''."""
    q = f.q
    per_one = PER_ONE_BEFORE.search(f.sentence[: q.start - f.start])
    if per_one is None or _PER_PERIOD.match(per_one.group(0)):
        return ""  # (1年あたり: an amount spread over years, read with its span)
    # (the source's figures its sentence states as written, before q)
    at = q.start - f.start
    given = [s for s in f.restated if any(identical(o, s) and o.end <= at for o in f.stated)]
    for dr in q.readings:
        if dr.value <= 0 or dr.unit in ("percent", "point", "ratio", "ordinal", "any"):
            continue
        for s in given:
            for other in f.source.quantities:
                if other is s:
                    continue
                total, count = value_in(s, dr.unit), value_in(other, "count")
                if same_kind(q, s) and total and count and count >= 10:
                    if within_rounding(dr.value, total / count, q, exact=False):
                        return f"{s.span.strip()} ÷ {other.span.strip()} → {q.span.strip()}"
                total, count = value_in(other, dr.unit), value_in(s, "count")
                if counted_alike(q, other) and total and count and count >= 10:
                    if within_rounding(dr.value, total / count, q, exact=False):
                        return f"{other.span.strip()} ÷ {s.span.strip()} → {q.span.strip()}"
    return ""


# 1年あたり, 1日当たり, 1カ月あたり: per a span of time, not per one of a count
_PER_PERIOD = rx.compile(rf"{JA_ONE_PERIOD}(?:あたり|当たり)")
