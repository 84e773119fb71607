"""Derivations that support a digest figure: sums, differences, shares, changes,
percentages of a figure, per-unit values, years since a year (``info``, never errors)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence

from yoten.check import rx
from yoten.check.derive.basics import (
    SameKind,
    clock_text,
    fmt_value,
    identical,
    in_figure_units,
    rounding_step,
    states,
    within_rounding,
)
from yoten.check.derive.years import AFTER_YEARS
from yoten.check.lexicon import counter_nouns
from yoten.check.normalize import halfwidth
from yoten.check.quantities import Quantity, Reading, equivalent_readings
from yoten.check.quantities.english_context import NAME_BEFORE_AGE
from yoten.check.relations import read_as_year
from yoten.check.source import SourceIndex


def _operand_readings(s: Quantity) -> list[Reading]:
    """The readings of ``s`` a sum or a difference may use: for a part of a compound
    duration ("14 seconds" of "6 hours 21 minutes 14 seconds") only the whole, since
    its parts are no durations of their own (|14 s − 30 s| is no gap of the race);
    none for "a year" or "an hour", which state no figure (a year + 15 = 16年連続)."""
    if s.extra.get("article"):
        return []  # "a year earlier", "an hour": no figure to add or subtract
    if "ordinal" in s.units:
        return []  # ("the first" + three months: no count)
    if s.figure == 1 and s.units <= {"count", "any"}:
        return []  # ("lors d'un point de presse", read as 1: no count to add, 1 + 43)
    readings = equivalent_readings(s.readings)
    spans = {r.value for r in readings if r.unit == "dur"}
    if len(spans) < 2:
        return readings
    whole = max(spans)
    return [r for r in readings if r.unit == "dur" and r.value == whole]


def _combinations(
    q: Quantity,
    pool: list[Quantity],
    same_kind: SameKind,
    *,
    exact: bool,
    uses: tuple[Quantity, ...] = (),
    given: tuple[Quantity, ...] = (),
    text: str = "",
    stepped: bool = False,
) -> str:
    """A sum or a difference of figures of ``pool`` that gives ``q`` (with ``uses``:
    only a sum that takes one of those figures, or a difference between one of them
    and a figure the digest sentence states too, ``given``: 88 − 7分後 = 81分, or
    the rest of a whole the source ``text`` states with its part: "£340 million, of
    which insurers cover £180 million", or of figures the digest sentence states
    too)."""

    def written(*terms: Quantity) -> bool:
        # (all the terms stated in the digest sentence: 3100万ドルのうち、残る債務は
        # 640万ドルで、2460万ドルを返し終えた works its arithmetic out in the open)
        return all(any(t is g for g in given) for t in terms)

    def allowed(*terms: Quantity) -> bool:
        # (or, where q is the level a change reaches, ``stepped``, the level the digest
        # sentence states and a step from it: 4750人分から5950人分へ for "4,750 places"
        # and "1,200 more places", beside "11,300 children")
        return (
            not uses
            or any(t is u for t in terms for u in uses)
            or written(*terms)
            or (stepped and len(terms) == 2 and any(t is g for t in terms for g in given))
        )

    def stated_step(a: Quantity, b: Quantity) -> bool:
        return any(x is u and any(y is g for g in given) for x, y in ((a, b), (b, a)) for u in uses)

    for dr in equivalent_readings(q.readings):
        if dr.unit in ("ordinal", "ratio") or dr.value <= 0:
            continue
        if dr.unit == "percent" and exact:
            continue  # percentages add up only in the sentence restated: 4.2% + 3.1% = 計7.3%
        if dr.unit == "point":  # a difference of two percentages
            # (or of two ratios or index levels: 3.12倍を0.28ポイント下回った for a
            # bid-to-cover ratio of 2.84, down from 3.12)
            values = [
                (s, r)
                for s in pool
                for r in s.readings
                if r.unit in ("percent", "point")
                or (r.unit in ("count", "times") and s.figure != int(s.figure))
            ]
        else:
            # a figure in a unit the scanner does not know (1億950万ソル) adds up
            # the counts that same_kind says are in the same unit (86.4 million soles)
            units = {"any", "count"} if dr.unit == "any" else {dr.unit}
            kin = [s for s in pool if same_kind(q, s)]
            values = [
                (s, r) for s in kin for r in _operand_readings(s) if r.unit in units and r.value > 0
            ]
        if dr.unit != "point" and not exact and 3 <= len(values) <= 8:
            for trio in itertools.combinations(values, 3):  # seed + Series A + Series B
                total = sum(r.value for _, r in trio)
                if (
                    len({id(s) for s, _ in trio}) == 3
                    and allowed(*(s for s, _ in trio))
                    and within_rounding(dr.value, total, q, exact=False, summed=True)
                ):
                    return " + ".join(s.span.strip() for s, _ in trio) + f" = {fmt_value(total)}"
        for i, (s1, r1) in enumerate(values):
            for s2, r2 in values[i + 1 :]:
                if s1 is s2 or not allowed(s1, s2):
                    continue
                # (no sum of a fraction read as a percentage: two-thirds + 11.2%)
                fraction = dr.unit == "percent" and (r1.approx or r2.approx)
                if (
                    dr.unit != "point"
                    and not fraction
                    and within_rounding(dr.value, r1.value + r2.value, q, exact=exact, summed=True)
                ):
                    both = _in_units_of(r1.value + r2.value, s1, r1)
                    return f"{s1.span.strip()} + {s2.span.strip()} = {both}"
                diff = abs(r1.value - r2.value)
                if dr.unit == "percent" or (
                    uses
                    and not stated_step(s1, s2)
                    and not written(s1, s2)
                    and not _whole_and_part(s1, s2, text)
                ):
                    continue  # a difference of two percentages is points, not percent
                if diff and within_rounding(dr.value, diff, q, exact=exact, summed=True):
                    (hi, rh), lo = ((s1, r1), s2) if r1.value >= r2.value else ((s2, r2), s1)
                    return f"{hi.span.strip()} − {lo.span.strip()} = {_in_units_of(diff, hi, rh)}"
    return ""


_OF_WHICH = rx.compile(
    r"\b(?:of\s+which|davon|dont|de\s+(?:los|las)\s+cuales|of\s+that|of\s+this"
    r"|(?:out\s+)?of\s+(?:the|its|their|his|her))\b",  # "the final 40 miles of the 100-mile race"
    re.IGNORECASE,
)


def _whole_and_part(a: Quantity, b: Quantity, text: str) -> bool:
    """Whether the source states one of ``a`` and ``b`` as a part of the other in one
    sentence ("£340 million, of which … £180 million"; "420 Millionen Euro; davon …
    260 Millionen"), or the second as the step the first changes by ("cutting the
    plant's capacity of 210,000 tonnes by 70,000 tonnes")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end : second.start]
    if _STEP_BY.fullmatch(between):
        return True
    return 0 < len(between) <= 120 and ". " not in between and bool(_OF_WHICH.search(between))


# "210,000 tonnes by 70,000 tonnes", "von 420 Millionen um 60 Millionen": a level and
# the step it changes by, written side by side
_STEP_BY = rx.compile(r"\s+(?:by|um)\s+(?:(?:about|some|nearly|rund|etwa)\s+)?", re.IGNORECASE)


MEASURES = frozenset({"length", "area", "mass", "volume", "speed"})


def _in_units_of(value: float, s: Quantity, r: Reading) -> str:
    """``value`` (in ``r``'s base unit: metres, square metres …) written in the unit
    ``s`` states (14.8 inches − 11.2 inches = 3.6, not 0.0914 m; a duration as h:mm:ss,
    1:25:00 − 36 minutes = 49:00, not 2,940 seconds)."""
    if r.unit == "dur":
        return clock_text(value)
    return in_figure_units(value, s, r.value) if r.unit in MEASURES else fmt_value(value)


def _sum_of_percentages(q: Quantity, source: SourceIndex) -> str:
    """Two percentages of one source sentence that add up to a total the digest calls
    a total (計14% for "9% this year and 5% next year")."""
    wanted = [r.value for r in q.readings if r.unit == "percent" and r.value > 0]
    if not wanted:
        return ""
    percentages = [
        (s, r.value) for s in source.quantities for r in s.readings if r.unit == "percent"
    ]
    for i, (s1, v1) in enumerate(percentages):
        for s2, v2 in percentages[i + 1 :]:
            if s1.start == s2.start or source.sentence_of(s1.start) is not source.sentence_of(
                s2.start
            ):
                continue
            if any(math.isclose(v1 + v2, w, rel_tol=1e-6) for w in wanted):
                return f"{s1.span.strip()} + {s2.span.strip()} = {fmt_value(v1 + v2)}%"
    return ""


def _remainder(
    q: Quantity,
    parts: list[Quantity],
    totals: list[Quantity],
    uses: tuple[Quantity, ...] = (),
    *,
    one: bool = False,
) -> str:
    """What is left of a total the source states once two parts the sentences restated
    give are taken away: 412,000 − 148,000 − 96,000 = 168,000 for "the rest" (``one``:
    or one part, where the digest's words say q is the rest: その他は18万6000トン)."""
    for dr in equivalent_readings(q.readings):
        if dr.unit in ("percent", "point", "ordinal", "ratio", "any") or dr.value <= 0:
            continue
        given = [(s, r) for s in parts for r in s.readings if r.unit == dr.unit and r.value > 0]
        pairs = list(itertools.combinations(given, 2))
        if one:
            pairs += [(g, (g[0], Reading(dr.unit, 0.0))) for g in given]
        for (s1, r1), (s2, r2) in pairs:
            if s1 is s2 and r2.value:
                continue
            for t in totals:
                if uses and not any(x is u for x in (s1, s2, t) for u in uses):
                    continue
                for rt in t.readings:
                    if t in (s1, s2) or rt.unit != dr.unit:
                        continue
                    rest = rt.value - r1.value - r2.value
                    if rest > 0 and within_rounding(dr.value, rest, q, exact=not q.approx):
                        taken = [s1.span.strip()] + ([s2.span.strip()] if r2.value else [])
                        return f"{t.span.strip()} − {' − '.join(taken)} = {fmt_value(rest)}"
    return ""


def _rest_after_share(q: Quantity, nearby: Sequence[Quantity]) -> str:
    """What a share leaves of a total, both in the sentences restated (総額3億5000万円、
    うち3分の1を国の補助金で賄う → 残る約2億3300万円: 350m × 2/3)."""
    shares = [
        (s, r.value / 100 if r.unit == "percent" else r.value)
        for s in nearby
        for r in s.readings
        if (r.unit == "percent" and 0 < r.value < 100) or (r.unit == "ratio" and 0 < r.value < 1)
    ]
    for dr in q.readings:
        if dr.value <= 0 or dr.unit in ("percent", "point", "ratio", "ordinal", "any"):
            continue
        for t in nearby:
            for rt in t.readings:
                if rt.unit != dr.unit or rt.value <= dr.value:
                    continue
                for s, share in shares:
                    rest = rt.value * (1 - share)
                    if within_rounding(dr.value, rest, q, exact=not q.approx):
                        return f"{t.span.strip()} × (1 − {s.span.strip()}) = {fmt_value(rest)}"
    return ""


# the part a share is of, stated beside it in the digest sentence: 890万回と約6割,
# 3万1200件、約4割, 57のワイナリー、全体の約4割, 9億1200万ポンドと、輸出額全体の約17%,
# 700万本が輸出され、生産量の約3割; 約3割にあたる640校 (not a clause's end:
# 未復旧は6200件で、約9割が復旧した)
_PART_BEFORE_SHARE = rx.compile(
    # (640人で全体の約3割: "で" links them too, before the whole)
    r"[^\d、。]{0,8}?(?<![でがはをにも])(?:と、?|で、?(?=(?:全体|総数|合計)の)|、|[(（])"
    r"(?:[^\d、。]{0,8}?の|その)?(?:約|およそ|ほぼ)?"
)
# (約6割の610万人: the part right after its share)
_PART_AFTER_SHARE = rx.compile(
    r"(?:超|強|弱|近く)?(?:にあたる|に当たる|に相当する|の)(?:約|およそ)?"
)


def share_part(
    q: Quantity, sentence: str, offset: int, stated: Sequence[Quantity]
) -> Quantity | None:
    """The digest figure a share ``q`` is the share of a whole of, written beside it
    (``stated``: the sentence's other figures, offsets in ``sentence``; ``offset``:
    where q starts in it), or None."""
    if "%" not in q.span and "割" not in q.span and "分の" not in q.span:
        return None
    end = offset + len(q.span)
    for o in stated:
        if o.end <= offset and _PART_BEFORE_SHARE.fullmatch(sentence, o.end, offset):
            if "うち" in sentence[o.end : offset]:
                continue  # 210隻のうち、約4割の63隻: the whole, not the part
            return o
        if o.start >= end and _PART_AFTER_SHARE.fullmatch(sentence, end, o.start):
            return o
    return None


# 米国、英国、豪州の3カ国; ドイツとフランスの2社: a count of the items listed before it
_LISTED = rx.compile(r"(?:[^\d、。「」()（）]{1,14}(?:、|と|・|及び))+[^\d、。「」()（）]{1,14}の$")
_ITEM_BREAK = rx.compile(r"、|と|・|及び")


def listed_count(q: Quantity, sentence: str, offset: int) -> str:
    """The number of items the digest lists right before a count (米国、英国、豪州の
    3カ国): a count it works out itself. '' when q is no such count (``offset``:
    where q starts in ``sentence``)."""
    counts = [r.value for r in q.readings if r.unit == "count" and 2 <= r.value <= 12]
    if not counts or not q.counter or q.approx:
        return ""
    m = _LISTED.search(sentence, 0, offset)
    if m is None:
        return ""
    items = [item for item in _ITEM_BREAK.split(m.group(0)[:-1]) if item]
    if not counts[0].is_integer() or len(items) < counts[0]:
        return ""
    listed = items[-int(counts[0]) :]
    return f"{'、'.join(listed)} = {q.span.strip()}"


def _share(
    q: Quantity,
    pool: list[Quantity],
    *,
    exact: bool,
    near: list[Quantity] | None = None,
    parts: Sequence[Quantity] = (),
) -> str:
    shares = [
        r.value if r.unit == "percent" else r.value * 100
        for r in q.readings
        if r.unit in ("percent", "ratio") and r.value > 0
    ]
    if not shares:
        return ""
    if exact:
        # within the digest's own last digit (27% for 27.08%), a fraction within a
        # twentieth and a point (6分の1 for 16.8%, 3分の1 for 31.1%; not 4分の3 for 68.6%)
        if q.place > 0 and q.figure:
            tolerance = max(0.05, q.place * shares[0] / q.figure / 2)
        else:
            tolerance = 0.05 * shares[0] + 1 if not q.figure else 0.05
    elif q.approx and q.place > 0 and q.figure:
        # 約58% is 57.5–58.5% and a little more, not 59.4%; 約7割 is 65–75% and more
        tolerance = q.place * shares[0] / q.figure / 2 + 0.5
    else:
        tolerance = 3.0 if q.approx else 0.6
    # (counts, or amounts of one currency or measure: $3.9 billion of $14.2 billion →
    # 約3割(27%); 380 of 1,240 hectares → 約3割)
    counts = [
        (s, r)
        for s in pool
        for r in s.readings
        if (r.unit == "count" and r.value >= 2)
        or ((r.unit.startswith("cur:") or r.unit in MEASURES) and r.value > 0)
    ]
    for s1, r1 in counts:
        for s2, r2 in counts:
            if s1 is s2 or r1.value >= r2.value or r1.unit != r2.unit:
                continue
            if near is not None and s1 not in near and s2 not in near:
                continue  # over the whole article, some pair gives any share by chance
            if parts and not any(identical(p, s1) for p in parts):
                continue  # the digest names the part: 640校、約3割 is 640 of a whole
            ratio = 100 * r1.value / r2.value
            if any(abs(ratio - share) <= tolerance for share in shares):
                return f"{s1.span.strip()} / {s2.span.strip()} = {ratio:.1f}% → {q.span.strip()}"
    return ""


_OF_AFTER = rx.compile(r"\s+of\b", re.IGNORECASE)


def percent_of(
    q: Quantity, pool: list[Quantity], stated: list[Quantity], same_kind: SameKind, text: str = ""
) -> str:
    """A percentage or multiple the digest sentence states, applied to a figure of the
    sentence it restates: 1,800 tonnes, その60%にあたる1080トン; 500 units, 12%増の560;
    400ミリ, 平年(約270ミリ)の約1.5倍."""
    steps: list[tuple[Quantity, float, str, str]] = []  # (stated, factor, sign, closing)
    for o in stated:
        for r in o.readings:
            if r.unit == "percent":
                steps += [
                    (o, r.value / 100, "×", ""),
                    (o, 1 + r.value / 100, "× (100% +", ")"),
                    (o, 1 - r.value / 100, "× (100% −", ")"),
                    # the figure before a rise: 412,000, 38%増 → 2023年(約30万人)
                    (o, 1 / (1 + r.value / 100), "÷ (100% +", ")"),
                ]
            elif r.unit == "times" and r.value > 1:
                steps += [(o, r.value, "×", ""), (o, 1 / r.value, "÷", "")]
    # "1.42 million, up 23% on 2023": 2023年は約115万人 (a rounded figure: an exact one
    # that one of the story's percentages happens to give is no such base)
    # (and "to 600, about 1.5 times today's": 現在は約400人)
    for o in pool if q.approx else []:
        for r in o.readings:
            if r.unit == "percent" and 0 < r.value < 100:
                steps += [
                    (o, 1 / (1 + r.value / 100), "÷ (100% +", ")"),
                    (o, 1 / (1 - r.value / 100), "÷ (100% −", ")"),
                ]
            elif r.unit == "times" and r.value > 1:
                steps.append((o, 1 / r.value, "÷", ""))
    # a share of an amount, both in the sentence restated: "up to 10% of its annual
    # turnover, which was £6.1 billion" → 上限は約6億1000万ポンド
    shares_of = [o for o in pool if text and _OF_AFTER.match(text, o.end)]
    for o in shares_of:
        steps += [(o, r.value / 100, "×", "") for r in o.readings if r.unit == "percent"]
    # a fraction the sentence restated writes in words, of one of its amounts: "9.4
    # million euros, financed half by the region" → (その)半分の470万ユーロ
    for o in pool:
        steps += [
            (o, r.value, "×", "") for r in o.readings if r.unit == "ratio" and 0 < r.value < 1
        ]
    if not steps:
        return ""
    for dr in equivalent_readings(q.readings):
        if dr.unit in ("percent", "point", "ordinal", "ratio", "times") or dr.value <= 0:
            continue
        units = {"any", "count"} if dr.unit == "any" else {dr.unit}
        for s in pool:
            if not same_kind(q, s):
                continue
            for r in equivalent_readings(s.readings):
                if r.unit not in units or r.value <= 0:
                    continue
                for o, factor, sign, closing in steps:
                    if factor > 0 and math.log10(factor).is_integer() and o not in shares_of:
                        continue  # 1870万ドル for $187 million "× a tenth": a slip of scale
                    value = r.value * factor
                    if value > 0 and within_rounding(dr.value, value, q, exact=False):
                        return (
                            f"{s.span.strip()} {sign} {o.span.strip()}{closing} → {q.span.strip()}"
                        )
    return ""


def rest_of_hundred(q: Quantity, before: str, stated: list[Quantity]) -> str:
    """残る22.9% after 41.3% and 35.8%: what the percentages the digest states before it
    (``stated``; ``before``: the words right before q) leave of a whole (100%); without
    a word of a rest, only the exact complement of one of them; or ''."""
    if q.units != {"percent"}:
        return ""
    parts = [o for o in stated if o.units == {"percent"} and "%" in o.span]
    target = next(r.value for r in q.readings if r.unit == "percent")
    if not _REST_BEFORE.search(before):
        # (不合格率は42.7%で、合格したのは57.3%: the exact complement of one percentage,
        # no word of a rest needed)
        one = next((o for o in parts if math.isclose(o.figure + target, 100)), None)
        return f"100% − {one.span.strip()} = {target:g}%" if one is not None else ""
    for size in range(1, len(parts) + 1):
        for combo in itertools.combinations(parts, size):
            rest = 100 - sum(o.figure for o in combo)
            if rest > 0 and within_rounding(target, rest, q, exact=False):
                terms = " − ".join(o.span.strip() for o in combo)
                return f"100% − {terms} = {rest:g}%"
    return ""


def per_unit(
    q: Quantity,
    pool: list[Quantity],
    same_kind: SameKind,
    before: str,
    clause: str = "",
    source: SourceIndex | None = None,
) -> str:
    """An average per year, day or head the digest says it gives (年平均1億2000万ユーロ
    for "1,2 milliard d'euros sur dix ans"): a figure of q's kind divided by a count
    of the sentences restated.

    Where the word of an average stands further back in the digest sentence
    (``clause``: 1回あたりでは約1億6400万ドルとなり、前回契約の1億6000万ドル), the
    total and its count must share a source sentence ("$1.6 billion for 10 missions")."""
    near = bool(_AVERAGE.search(before))
    if not near and not (source is not None and _AVERAGE.search(clause)):
        return ""
    counts = [
        (o, r.value)
        for o in pool
        for r in o.readings
        if r.unit in ("count", "year", "month", "week", "day", "hour") and r.value >= 2
    ]
    # a price per unit of a measure (1キロワット時あたり約680ユーロ for "6,800 euros" for
    # "ten kilowatt hours"): the measure as written
    counts += [
        (o, o.figure)
        for o in pool
        if o.figure >= 2
        and o.units
        and not o.units & {"count", "percent", "point", "ratio", "ordinal", "year", "age"}
        and not any(u.startswith("cur:") for u in o.units)
    ]
    for dr in q.readings:
        if dr.value <= 0 or dr.unit in ("percent", "point", "ratio", "ordinal"):
            continue
        for s in pool:
            if not same_kind(q, s):
                continue
            for r in s.readings:
                if r.unit != dr.unit:
                    continue
                for o, n in counts:
                    if o is s or not within_rounding(dr.value, r.value / n, q, exact=False):
                        continue
                    if near or (
                        source is not None
                        and source.sentence_of(o.start) is source.sentence_of(s.start)
                    ):
                        return f"{s.span.strip()} ÷ {o.span.strip()} → {q.span.strip()}"
    return ""


# 4750人分から(5950人分へ): q is the level a change from a stated level reaches
_FROM_LEVEL_BEFORE = rx.compile(r"\d[^\d、。]{0,3}から\s*(?:約|およそ)?$")


# 1隻あたり, 1人当たり: per one of a counter
_PER_ONE = rx.compile(r"1([^\d\s、。]{1,3}?)(?:あたり|当たり)")


def _counted_with(per: re.Match[str] | None, source: SourceIndex) -> list[Quantity]:
    """The source's counts of what the counter of ``per`` counts (2隻, "two frigates")."""
    if per is None:
        return []
    counter = per.group(1)
    nouns = counter_nouns().get(counter, frozenset())
    return [
        s
        for s in source.quantities
        if s.figure >= 2
        and "count" in s.units
        and (s.counter == counter or (bool(s.noun) and s.noun.split()[0].lower() in nouns))
    ]


def _majority(q: Quantity, pool: list[Quantity], before: str) -> str:
    """The seats or votes a majority of a whole takes (過半数(51議席) of 101 seats):
    half the whole and one more, or half of an even one and one."""
    if not _MAJORITY.search(before) or q.figure != int(q.figure):
        return ""
    for s in pool:
        whole = s.figure
        if whole == int(whole) and whole >= 3 and q.figure == whole // 2 + 1:
            return f"{s.span.strip()} ÷ 2 + 1 → {q.span.strip()}"
    return ""


_MAJORITY = rx.compile(r"過半数[(（のはにをで]{0,2}(?:約)?$|majority[^.]{0,12}$", re.IGNORECASE)

_REST_BEFORE = rx.compile(
    r"(?:残る|残り|残りの|残りは|残りを|その他の|その他は|その他が|ほかは|差し引き(?:で)?)"
    r"(?:約|およそ)?$"
)
_AVERAGE = rx.compile(r"平均|あたり|当たり|につき|毎年|毎月|毎日|1人|1日|1年|年間|月間")

_RISE = rx.compile(r"^(?:の|も|ほど)?(?:増|上昇|拡大|伸び|上回|アップ|高|長|(?:値|引き)?上げ|上が)")
_FALL = rx.compile(
    r"^(?:の|も|ほど)?(?:減|低下|縮小|下回|落ち込|ダウン|安|下落|短|(?:値|引き)?下げ|下が)"
)


def direction_of(after: str) -> str:
    """'+' for 増, '−' for 減 right after a figure; '' when the words say neither."""
    return "+" if _RISE.match(after) else "−" if _FALL.match(after) else ""


# words that start like a change but say something else: 伸びが縮んだ (the growth shrank),
# 伸び率, 1%の安定した利益, 高齢, 長期
_NOT_A_CHANGE = rx.compile(
    r"^(?:の|も|ほど)?(?:伸び(?:が|率|幅)|安[定心全]|高[いさ齢校速]|長[期官さい])"
)


def stated_direction(after: str) -> str:
    """:func:`direction_of` for a change the digest states of its figure, '' where the
    word right after it says something else (伸びが縮んだ)."""
    return "" if _NOT_A_CHANGE.match(after) else direction_of(after)


def change_of(q: Quantity, pool: list[Quantity], same_kind: SameKind, direction: str = "") -> str:
    """A percentage change between two figures of the same kind in the sentences the
    digest restates: £318m → £412m is 約3割増 (+29.6%)."""
    shares = [
        r.value if r.unit == "percent" else r.value * 100
        for r in q.readings
        if r.unit in ("percent", "ratio") and r.value > 0
    ]
    if not shares:
        return ""
    # within the stated figure's own rounding: 約3割 is 25–35%, 約15% is 14–16%
    step = rounding_step(q, shares[0]) or 0.05
    tolerance = step + (0.5 if q.approx else 0.1)
    values = [
        (s, r)
        for s in pool
        for r in equivalent_readings(s.readings)
        if r.value > 0 and r.unit not in ("percent", "point", "ratio", "ordinal", "year")
    ]
    for s1, r1 in values:
        for s2, r2 in values:
            if s1 is s2 or r1.unit != r2.unit or r1.value <= r2.value:
                continue
            if not (same_kind(s1, s2) or same_kind(s2, s1)):
                continue
            rise, fall = 100 * (r1.value / r2.value - 1), 100 * (1 - r2.value / r1.value)
            # the increment the source states over its base: "up 14.5 million … from 398.1"
            part = 100 * r2.value / r1.value
            for change, label in ((rise, "+"), (fall, "−"), (part, "")):
                if direction and label and label != direction:
                    continue  # 約15%増 is no fall of 14.9%
                if any(abs(change - share) <= tolerance for share in shares):
                    # (a fall runs from the higher figure: $106 → $78.25: −26.2%)
                    old, new = (s1, s2) if label == "−" else (s2, s1)
                    return (
                        f"{old.span.strip()} → {new.span.strip()}: {label}{change:.1f}%"
                        f" → {q.span.strip()}"
                    )
    return ""


def written_tolerance(q: Quantity) -> float:
    """How far a value may be from percentage ``q`` as written: half its last digit, and
    that digit once more with 約 (7.8% is 7.75–7.85, 約26% 24.5–27.5)."""
    written = re.search(r"\d+(?:\.(\d+))?", halfwidth(q.span))
    step = 10.0 ** -len(written.group(1) or "") if written else 1.0
    return step / 2 + (step if q.approx else 0.0) + 1e-9


def close_change(q: Quantity, a: Quantity, b: Quantity, same_kind: SameKind, direction: str) -> str:
    """The change between ``a`` and ``b`` (as ``direction`` says: "+" a rise, "−" a
    fall, "" either) when it gives percentage ``q`` to its last written digit: $106 →
    $78.25 is −26.2%, 約26%; not 約20% for +24.9%, nor 7.8% for +7.3%, which the looser
    tolerance of ``change_of`` admits. '' otherwise."""
    shares = [r.value for r in q.readings if r.unit == "percent" and r.value > 0]
    if not shares or not (same_kind(a, b) or same_kind(b, a)):
        return ""
    tolerance = written_tolerance(q)
    for ra in a.readings:
        for rb in b.readings:
            if ra.unit != rb.unit or ra.value <= 0 or rb.value <= 0 or ra.value == rb.value:
                continue
            high, low = max(ra.value, rb.value), min(ra.value, rb.value)
            for label in (direction,) if direction else ("+", "−"):
                change = 100 * (high / low - 1) if label == "+" else 100 * (1 - low / high)
                if any(abs(change - v) <= tolerance for v in shares):
                    old, new = (a, b) if (ra.value < rb.value) == (label == "+") else (b, a)
                    return (
                        f"{old.span.strip()} → {new.span.strip()}: {label}{change:.1f}%"
                        f" → {q.span.strip()}"
                    )
    return ""


def derived_level(q: Quantity, pool: list[Quantity], after: str = "") -> str:
    """A percentage the digest derives from figures it states: a change between two
    of them (948件から1236件へ約3割増; ``after``: the words after q) or a rate and a
    step in points (4.25% after a cut of half a point: 4.75%から). '' when none gives q."""
    return change_of(q, pool, _kin_in_source, direction_of(after)) or _level_and_step(q, pool)


def product_of(q: Quantity, stated: list[Quantity], nearby: Sequence[Quantity] = ()) -> str:
    """A product of two figures the digest sentence states (254席の機材で週3便 → 762席;
    年11億ユーロを10年間 → 計110億ユーロ): one in q's unit, the other a count of times,
    weeks or years. The one in q's unit may be the sentence restated's ("two four-year
    terms" → 2期8年), the count the digest's."""
    for dr in q.readings:
        if dr.value <= 0 or dr.unit in ("percent", "point", "ratio", "ordinal"):
            continue
        for a in [*stated, *nearby]:
            for ra in a.readings:
                if ra.unit != dr.unit or ra.value <= 0:
                    continue
                for b in stated:
                    if b is a or not b.figure.is_integer() or not 2 <= b.figure <= 1000:
                        continue
                    if within_rounding(dr.value, ra.value * b.figure, q, exact=not q.approx):
                        return f"{a.span.strip()} × {b.span.strip()} = {fmt_value(ra.value * b.figure)}"
    return ""


# "$9.99 each", "€4 per ticket", "$12 a head": a price of one of the things counted
_EACH = rx.compile(r"\s*(?:each|apiece|a\s+piece|per\s+\w+|an?\s+(?:head|ticket|copy|unit|seat))\b")


def _count_times_price(q: Quantity, nearby: Sequence[Quantity], text: str) -> str:
    """A count times the price of each thing counted, both in one source sentence
    ("sold 1.2 million packs at $9.99 each" → 約1200万ドル)."""
    for a in nearby:
        if not _EACH.match(text, a.end):
            continue
        for ra in a.readings:
            if not ra.unit.startswith("cur:") or ra.value <= 0:
                continue
            for b in nearby:
                if (
                    "count" not in b.units
                    or b is a
                    or b.figure < 2
                    or ". " in text[min(a.end, b.end) : max(a.start, b.start)]
                ):
                    continue
                total = ra.value * b.figure  # (a product is written rounded: 約1200万ドル)
                if any(
                    dr.unit == ra.unit and within_rounding(dr.value, total, q, exact=False)
                    for dr in q.readings
                ):
                    return f"{b.span.strip()} × {a.span.strip()} = {fmt_value(total)}"
    return ""


# "62 miles each way" / "a 124-mile round trip"; 往復 / 片道 just before the digest's figure
_ONE_WAY_AFTER = rx.compile(
    r"\s*(?:each\s+way|one\s+way|in\s+each\s+direction|dans\s+chaque\s+sens|pro\s+Strecke"
    r"|pro\s+Richtung|(?:en\s+)?cada\s+(?:trayecto|sentido)|de\s+ida)\b",
    re.IGNORECASE,
)
_ROUND_TRIP_AROUND = rx.compile(
    r"\b(?:round[\s-]trips?|return\s+(?:journey|trip)s?|aller[\s-]retour|hin\s+und\s+zurück"
    r"|ida\s+y\s+vuelta)\b",
    re.IGNORECASE,
)
_JA_TRIP_BEFORE = rx.compile(r"(?P<both>往復)[^、。]{0,3}$|(?P<one>片道)[^、。]{0,3}$")


def _round_trip(q: Quantity, nearby: Sequence[Quantity], text: str, before: str) -> str:
    """A round trip twice a distance or time the source gives one way (往復124マイル for
    "62 miles each way"), or one way half the source's round trip."""
    said = _JA_TRIP_BEFORE.search(before)
    if said is None:
        return ""
    for s in nearby:
        if said.group("both"):
            if not _ONE_WAY_AFTER.match(text, s.end):
                continue
            factor = 2.0
        else:
            if not _ROUND_TRIP_AROUND.search(text, max(0, s.start - 30), s.end + 30):
                continue
            factor = 0.5
        for sr in s.readings:
            if sr.value <= 0 or sr.unit in ("count", "percent", "point", "ratio", "ordinal"):
                continue
            for dr in q.readings:
                if dr.unit == sr.unit and within_rounding(
                    dr.value, sr.value * factor, q, exact=not q.approx
                ):
                    return f"{s.span.strip()} × {fmt_value(factor)} → {q.span.strip()}"
    return ""


# "$0.25 par tranche de 5 minutes", "€2 per 15 minutes": a price per a span of time
_PER_SPAN_GAP = rx.compile(
    r"\s*(?:per|par|pro|je|por|every|each|toutes\s+les|alle|cada|for\s+each)\s+"
    r"(?:(?:tranche|block|période|Einheit|bloque|fracción)\s+(?:de|of|von)\s+)?"
)
# 1時間なら, 1時間あたり, 1日で: the digest's span, right before its figure
_JA_ONE_SPAN_BEFORE = rx.compile(
    r"1(?P<u>時間|分|日)(?:なら|あたり|当たり|で|に|につき)?(?:は|では)?、?(?:約|およそ)?$"
)
_SPANS = frozenset({"second", "minute", "hour", "day"})
_JA_SPAN_SECONDS = {"分": 60, "時間": 3600, "日": 86400}


def _price_per_other_span(q: Quantity, nearby: Sequence[Quantity], text: str, before: str) -> str:
    """A price per one hour (or minute, or day) that converts a source price per another
    span of time (1時間なら3カナダドル for "$0.25 par tranche de 5 minutes": 0.25 × 12)."""
    mine = _JA_ONE_SPAN_BEFORE.search(before)
    if mine is None:
        return ""
    target = _JA_SPAN_SECONDS[mine.group("u")]
    spans = [d for d in nearby if d.units & _SPANS]
    for s in nearby:
        money = [r for r in s.readings if r.unit.startswith("cur:") and r.value > 0]
        if not money:
            continue
        for d in spans:
            if d.start < s.end or not _PER_SPAN_GAP.fullmatch(text, s.end, d.start):
                continue
            # (in seconds, as equivalent_readings gives a span of time)
            seconds = next(
                (
                    e.value
                    for e in equivalent_readings(r for r in d.readings if r.unit in _SPANS)
                    if e.unit == "dur"
                ),
                0.0,
            )
            if not seconds or seconds == target:
                continue
            for rs in money:
                value = rs.value * target / seconds
                for dr in q.readings:
                    if dr.unit == rs.unit and within_rounding(
                        dr.value, value, q, exact=not q.approx
                    ):
                        return (
                            f"{s.span.strip()} per {d.span.strip()} × {target / seconds:g}"
                            f" → {q.span.strip()}"
                        )
    return ""


def _ratio_of(q: Quantity, pool: list[Quantity], given: tuple[Quantity, ...] = ()) -> str:
    """A multiple one figure is of another in the same unit (約1.8倍 for 3190円 and
    5830円, the sentence restated's own "2倍近い" notwithstanding); of two counts only
    where the digest sentence states both (年60人から1.5倍の90人)."""
    for dr in q.readings:
        if dr.unit != "times" or dr.value <= 1:
            continue
        for a, b in itertools.permutations(pool, 2):
            both = a in given and b in given
            for ra in a.readings:
                if ra.value <= 0 or not (
                    ra.unit.startswith("cur:")
                    or ra.unit in MEASURES
                    or (both and ra.unit == "count")
                ):
                    continue
                for rb in b.readings:
                    if rb.unit != ra.unit or rb.value <= 0:
                        continue
                    ratio = ra.value / rb.value
                    if within_rounding(dr.value, ratio, q, exact=not q.approx):
                        return f"{a.span.strip()} / {b.span.strip()} = {ratio:.2f}"
    return ""


# 増加率は, 伸び率は, 減少率は: the figure after is a rate of change
_RATE_WORD = rx.compile(
    r"(?:増加|上昇|伸び|増|(?P<down>減少|低下|下落|減))率(?:は|が|も|で)?(?:約|およそ|ほぼ)?$"
)
# "will double to 0.6% of GDP", "tripled to 3,000", "halved to 12": the level before
_MULTIPLE_TO = rx.compile(r",?\s+(?:again\s+)?to\s+$", re.IGNORECASE)


def _level_before_multiple(q: Quantity, nearby: Sequence[Quantity], text: str) -> str:
    """The level a figure doubled, tripled or halved from, where the source gives the
    level it reached ("will double to 0.6% of GDP" → 0.3%から0.6%へ倍増)."""
    for m in nearby:
        times = next((r.value for r in m.readings if r.unit == "times"), 0.0)
        if not times or times == 1 or any(c.isdigit() for c in m.span):
            continue
        for s in nearby:
            if s.start <= m.end or not _MULTIPLE_TO.fullmatch(text, m.end, s.start):
                continue
            for rs in s.readings:
                level = rs.value / times
                if any(
                    dr.unit == rs.unit and within_rounding(dr.value, level, q, exact=False)
                    for dr in q.readings
                ):
                    return f"{s.span.strip()} / {fmt_value(times)} = {fmt_value(level)}"
    return ""


# "$12.99 a month", "$119 a year" (the locale words arrive in English)
_A_MONTH = rx.compile(r"\s*(?:a|per|each|every|/)\s*month\b|\s+monthly\b", re.IGNORECASE)
_A_YEAR = rx.compile(r"\s*(?:a|per|each|every|/)\s*year\b|\s+annually\b", re.IGNORECASE)


def _monthly_over_a_year(q: Quantity, nearby: Sequence[Quantity], text: str) -> str:
    """A monthly price over a year, or its difference from the yearly one ("$119 a year
    or $12.99 a month" → 月払いを1年続けると約37ドル高い: 12 × $12.99 − $119)."""
    for a in nearby:
        if not _A_MONTH.match(text, a.end):
            continue
        for ra in a.readings:
            if not ra.unit.startswith("cur:"):
                continue
            year_of = 12 * ra.value
            candidates = [(year_of, f"12 × {a.span.strip()}")]
            for b in nearby:
                if b is a or not _A_YEAR.match(text, b.end):
                    continue
                for rb in b.readings:
                    if rb.unit == ra.unit:
                        shown = f"12 × {a.span.strip()} − {b.span.strip()}"
                        candidates.append((abs(year_of - rb.value), shown))
            for value, shown in candidates:
                if value > 0 and any(
                    dr.unit == ra.unit and within_rounding(dr.value, value, q, exact=False)
                    for dr in q.readings
                ):
                    return f"{shown} = {fmt_value(value)}"
    return ""


# 中央値では, 中間値, レンジの中心: the digest's word for the midpoint of a range
_MIDPOINT_BEFORE = rx.compile(r"中央値|中間値|中間点|中心値|真ん中")
# what joins the two ends of a range: "between NZ$9.10 and NZ$10.10", "$4 to $5", "4-5"
_RANGE_JOIN = rx.compile(r"\s*(?:and|to|-|–|—|à|bis|a|y|et)\s*$", re.IGNORECASE)


def _midpoint(q: Quantity, pool: Sequence[Quantity], text: str, before: str) -> str:
    """The middle of a range the source gives, where the digest says it takes the
    middle ("between NZ$9.10 and NZ$10.10" → 中央値では9.60NZドル)."""
    if not _MIDPOINT_BEFORE.search(before):
        return ""
    for a, b in itertools.pairwise(sorted(pool, key=lambda s: s.start)):
        if b.start - a.end > 6 or not _RANGE_JOIN.match(text[a.end : b.start]):
            continue
        for ra in a.readings:
            for rb in b.readings:
                if ra.unit != rb.unit:
                    continue
                middle = (ra.value + rb.value) / 2
                if any(
                    dr.unit == ra.unit and within_rounding(dr.value, middle, q, exact=False)
                    for dr in q.readings
                ):
                    return f"({a.span.strip()} + {b.span.strip()}) / 2 = {fmt_value(middle)}"
    return ""


def _level_and_step(q: Quantity, pool: list[Quantity], levels: list[Quantity] | None = None) -> str:
    """A rate moved by a step in points: 4.25% + half a percentage point = 4.75%
    (``levels``: more rates the step may move, anywhere in the source: 31.4% of the
    first sentence + the 2.7 points lost, in another = 34.1% last time)."""
    wanted = [r.value for r in q.readings if r.unit == "percent"]
    rates = [
        (s, r.value) for s in [*pool, *(levels or [])] for r in s.readings if r.unit == "percent"
    ]
    steps = [(s, r.value) for s in pool for r in s.readings if r.unit == "point"]
    for s1, rate in rates:
        for s2, step in steps:
            if s1 is s2:
                continue
            for level, sign in ((rate + step, "+"), (rate - step, "−")):
                if any(math.isclose(level, w, abs_tol=1e-6) for w in wanted):
                    return f"{s1.span.strip()} {sign} {s2.span.strip()} = {level:g}%"
    return ""


def _minutes_text(minutes: int) -> str:
    """45 min, 2 h 05 min."""
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


_CLOCK_SPAN = rx.compile(
    r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|until|till|-|–|bis|à|a|hasta)\s*",
    re.IGNORECASE,
)


def _between_times(q: Quantity, source: SourceIndex, nearby: list[Quantity]) -> str:
    """The time between two clock times the source states, one of them in the sentences
    restated (45分前 for an alert at 10.55pm and a river peak at 11.40pm)."""
    minutes = {
        round(r.value / 60)
        for r in equivalent_readings(q.readings)
        if r.unit == "dur" and r.value >= 120 and r.value % 60 == 0  # (no seconds: clocks)
    }
    if not minutes:
        return ""
    restated = {id(source.sentence_of(s.start)) for s in nearby}
    times = {(t.hour, t.minute, t.offset, t.start) for t in source.times}
    for h1, m1, o1, at1 in times:
        for h2, m2, o2, at2 in times:
            # (one in the sentences restated, or the two ends of one span: "closed
            # from 20:00 to 8:00")
            if id(source.sentence_of(at1)) not in restated and not (
                at1 < at2 and _CLOCK_SPAN.fullmatch(source.text, at1, at2)
            ):
                continue
            gap = (h2 * 60 + m2 - h1 * 60 - m1) % 1440
            if o1 == o2 and 0 < gap <= 720 and (gap in minutes or 1440 - gap in minutes):
                earlier, later = ((h1, m1), (h2, m2)) if gap in minutes else ((h2, m2), (h1, m1))
                return (
                    f"{later[0]:02d}:{later[1]:02d} − {earlier[0]:02d}:{earlier[1]:02d}"
                    f" = {_minutes_text(gap if gap in minutes else 1440 - gap)}"
                )
    return ""


def _years_since(q: Quantity, source: SourceIndex) -> str:
    published = source.article.published_date
    years = [r.value for r in q.readings if r.unit == "year"]
    if published is None or not years:
        return ""
    at_least = q.approx or any(mark in q.span for mark in ("以上", "超", "余", "近く"))
    # N年ぶり counts calendar years (2017 → 2025 is 8年ぶり); other counts may be one
    # less, for a year not yet complete (founded in 1901: 124年 in 2025)
    slack = (0,) if AFTER_YEARS.match(q.span) else (0, 1)
    for year in sorted(source.dates.years):
        age = published.year - year
        if age <= 0:
            continue
        # 以上/超: a lower bound within a tenth; otherwise the count itself
        if any((at_least and 0 <= age - v <= max(5, v * 0.1)) or age - v in slack for v in years):
            return f"{published.year} − {year} = {age} years → {q.span.strip()}"
    return ""


def _kin_in_source(a: Quantity, b: Quantity) -> bool:
    """Two source figures that can be the two ends of a change: the same units."""
    return bool(a.units & b.units)


_PERSONS_AGE = rx.compile(NAME_BEFORE_AGE + "$")


def derive(
    q: Quantity,
    nearby: list[Quantity],
    source: SourceIndex,
    *,
    same_kind: SameKind,
    stated: list[Quantity] | None = None,
    after: str = "",
    counterparts: tuple[Quantity, ...] = (),
    total: bool = False,
    before: str = "",
    share: bool = False,
    given: tuple[Quantity, ...] = (),
    earlier: Sequence[Quantity] = (),
    part: Quantity | None = None,
) -> str:
    """How ``q`` follows from the source's figures, or '' (``nearby``: aligned sentences;
    ``stated``: the other figures of the digest sentence; ``after``: the digest's words
    right after ``q``, which say whether a change is a rise or a fall).

    ``counterparts``: figures the sentences restated state in q's place (18 species
    for 16種, 4年間 for 3年間) where the digest's words do not say q is computed. Only
    a sum that takes one of them then explains q (193 + 19 = 212人 for "treated 193
    … another 19"): a difference that happens to give q (26 − 42 = 16, 4年間 − 1年間)
    is chance, and q a changed figure. ``total``: the digest calls q a total (計, 合計),
    so two percentages of one source sentence may add up to it; ``before``: the
    digest's words before q (年平均: an average of a figure over a count); ``share``:
    the digest's words make q a share of a whole, which no change between two figures
    explains; ``given``: the source's figures the digest sentence states too;
    ``earlier``: the figures of the sentences the digest sentence before restates, where
    q's sentence goes on about its subject (予算全体の約27%にあたり、…, 1隻あたりでは…);
    ``part``: the
    digest figure a share is the share of a whole of (890万回と約6割), which must then
    be the share's part."""
    if not any(r.value for r in q.readings):
        return ""
    # (no year the scanner read as a count is an operand: 931 / 1921 for "founded in 1921")
    nearby = [s for s in nearby if not read_as_year(s, source.text)]
    everything = (
        [s for s in source.quantities if not read_as_year(s, source.text)]
        if len(source.quantities) <= 120
        else []
    )
    uses = counterparts
    # (the part as the source states it; a part of the digest's own gives no constraint)
    parts = [s for s in source.quantities if part is not None and states(part, s)]
    change = bool(direction_of(after))  # 3%上昇: a change, no share of two figures
    # (a person's age is no sum: 55歳 is not "three years" + the "Oyelowo-Farr, 52" of
    # the sentence restated)
    summed = not (
        q.units == {"age"}
        and any(_PERSONS_AGE.search(source.text, max(0, u.start - 40), u.start) for u in uses)
    )
    return (
        (
            _combinations(
                q, nearby, same_kind, exact=False, uses=uses, given=given, text=source.text
            )
            if summed
            else ""
        )
        or ("" if change else _share(q, nearby, exact=False, parts=parts))
        or percent_of(q, [*earlier, *nearby], stated or [], same_kind, source.text)
        or per_unit(q, [*nearby, *earlier], same_kind, before)
        # (1隻あたり約935億円: per one of what the source counts with that counter,
        # anywhere: 新型護衛艦2隻 in the sentence before the one with the 1,870億円)
        or per_unit(
            q, [*nearby, *_counted_with(_PER_ONE.search(before), source)], same_kind, before
        )
        or _majority(q, [*nearby, *(stated or [])], before)
        or _level_and_step(q, nearby, everything)
        or product_of(
            q,
            [o for o in stated or [] if any(states(o, s) for s in source.quantities)],
            nearby,
        )
        or ("" if share else change_of(q, nearby, _kin_in_source, direction_of(after)))
        # (増加率は約18% after a sentence that gave both ends: 4120万人 → 4860万人)
        or (
            change_of(q, list(earlier), _kin_in_source, "−" if rate.group("down") else "+")
            if (rate := _RATE_WORD.search(before))
            else ""
        )
        or _remainder(q, nearby, everything, uses)
        or (_rest_after_share(q, nearby) if _REST_BEFORE.search(before) else "")
        # (残る1350人: the rest of a total, its parts anywhere in the article, one of them
        # in the sentences restated)
        or (
            _remainder(q, everything, everything, tuple(nearby), one=True)
            if _REST_BEFORE.search(before)
            else ""
        )
        or _combinations(
            q,
            everything if summed else [],
            same_kind,
            exact=True,
            uses=uses,
            given=given,
            stepped=bool(_FROM_LEVEL_BEFORE.search(before)),
        )
        # (両者を合わせると3万3240台と全体の約36%: the digest's own part, a sum the source
        # does not state, of a whole the source gives)
        or (
            _share(q, [part, *everything], exact=True, parts=[part])
            if part is not None and not parts and "全体" in before[-6:]
            else ""
        )
        # (a share of two figures found across the article is chance where the sentence
        # restated writes a figure of q's kind in its place: 48% for its "premium of
        # 38%"; a word, "more than half of them", may be about a part of the part;
        # not where the digest names the part: 9億1200万ポンドと、全体の約17%)
        or (
            ""
            if change or (not parts and any(any(c.isdigit() for c in s.span) for s in uses))
            else _share(q, everything, exact=True, near=[*nearby, *earlier], parts=parts)
        )
        or (_sum_of_percentages(q, source) if total else "")
        or _between_times(q, source, nearby)
        or _count_times_price(q, nearby, source.text)
        or _round_trip(q, nearby, source.text, before)
        or _price_per_other_span(q, nearby, source.text, before)
        or _monthly_over_a_year(q, everything, source.text)
        or _midpoint(q, everything, source.text, before)
        or _level_before_multiple(q, nearby, source.text)
        or _ratio_of(q, nearby, given)
        or ("" if uses else _years_since(q, source))
    )


def rounds_digest_figure(q: Quantity, checked: list[Quantity], same_kind: SameKind) -> str:
    """A rounded restatement of a figure the digest states elsewhere and the source
    supports: a headline's 41万台超 for the body's 計41万2300台."""
    if not q.approx:  # 約, 超, 近く: a round figure with no such word may be exact
        return ""
    for d in checked:
        if d.span == q.span or d.place >= q.place or not same_kind(q, d):
            continue
        for dr in equivalent_readings(q.readings):
            for r in equivalent_readings(d.readings):
                if (
                    r.unit == dr.unit
                    and r.value > 0
                    and within_rounding(r.value, dr.value, q, exact=False)
                ):
                    return f"{d.span.strip()} → {q.span.strip()}"
    return ""
