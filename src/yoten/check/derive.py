"""Values a translator derives from the source's figures: shown as ``info``, never errors.

- sums and differences of two figures that count the same thing (4,300
  schools + 260 hospitals is no count of schools);
- percentage-point differences of two percentages (6.2% − 5.8% = 0.4ポイント);
- shares of two counts (51 of 72 → 約7割, 9 of 12 → 4分の3);
- a percentage the digest sentence states applied to a figure of the sentence it
  restates (1,800 tonnes, その60%にあたる1080トン; 500, 12%増の560);
- years since a year the source names (founded in 1901 → 120年以上).

Figures in the aligned source sentences may combine within the digest's own
rounding (or 3% with 約); figures anywhere in the source only exactly, since
over a whole article some pair would match any value by chance.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Set

from yoten.check.align import sentence_at
from yoten.check.quantities import Quantity, Reading, equivalent_readings
from yoten.check.source import OF_WORDS, SourceIndex

__all__ = [
    "counts_calendar_years",
    "counts_years_since",
    "derive",
    "derived_level",
    "identical",
    "marks_share",
    "rounds_digest_figure",
    "wrong_change",
    "wrong_share",
    "wrong_years_since",
    "years_between",
    "years_count_span",
]

SameKind = Callable[[Quantity, Quantity], bool]


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:.3g}"


def _clock(seconds: float) -> str:
    """A duration in seconds as h:mm:ss (1:43 for 103 s, 2:11:35)."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _step(q: Quantity, value: float) -> float:
    """Half the last stated digit of ``q`` in the units of ``value`` (0 when unknown)."""
    if q.place <= 0 or not q.figure:
        return 0.0
    return abs(q.place * value / q.figure) / 2


def _close(target: float, value: float, q: Quantity, *, exact: bool) -> bool:
    if math.isclose(target, value, rel_tol=1e-6):
        return True
    if exact:
        return False
    if q.approx:
        return math.isclose(target, value, rel_tol=0.03)
    step = _step(q, target)
    return step > 0 and abs(target - value) <= step + 1e-9


def _operand_readings(s: Quantity) -> list[Reading]:
    """The readings of ``s`` a sum or a difference may use: for a part of a compound
    duration ("14 seconds" of "6 hours 21 minutes 14 seconds") only the whole, since
    its parts are no durations of their own (|14 s − 30 s| is no gap of the race);
    none for "a year" or "an hour", which state no figure (a year + 15 = 16年連続)."""
    if s.extra.get("article"):
        return []  # "a year earlier", "an hour": no figure to add or subtract
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
) -> str:
    """A sum or a difference of figures of ``pool`` that gives ``q`` (with ``uses``:
    only a sum that takes one of those figures, or a difference between one of them
    and a figure the digest sentence states too, ``given``: 88 − 7分後 = 81分)."""

    def allowed(*terms: Quantity) -> bool:
        return not uses or any(t is u for t in terms for u in uses)

    def stated_step(a: Quantity, b: Quantity) -> bool:
        return any(x is u and any(y is g for g in given) for x, y in ((a, b), (b, a)) for u in uses)

    for dr in equivalent_readings(q.readings):
        if dr.unit in ("ordinal", "ratio") or dr.value <= 0:
            continue
        if dr.unit == "percent" and exact:
            continue  # percentages add up only in the sentence restated: 4.2% + 3.1% = 計7.3%
        if dr.unit == "point":  # a difference of two percentages
            values = [(s, r) for s in pool for r in s.readings if r.unit in ("percent", "point")]
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
                    and _close(dr.value, total, q, exact=False)
                ):
                    return " + ".join(s.span.strip() for s, _ in trio) + f" = {_fmt(total)}"
        for i, (s1, r1) in enumerate(values):
            for s2, r2 in values[i + 1 :]:
                if s1 is s2 or not allowed(s1, s2):
                    continue
                if dr.unit != "point" and _close(dr.value, r1.value + r2.value, q, exact=exact):
                    return f"{s1.span.strip()} + {s2.span.strip()} = {_fmt(r1.value + r2.value)}"
                diff = abs(r1.value - r2.value)
                if dr.unit == "percent" or (uses and not stated_step(s1, s2)):
                    continue  # a difference of two percentages is points, not percent
                if diff and _close(dr.value, diff, q, exact=exact):
                    return f"{s1.span.strip()} − {s2.span.strip()} = {_fmt(diff)}"
    return ""


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
                return f"{s1.span.strip()} + {s2.span.strip()} = {_fmt(v1 + v2)}%"
    return ""


def _remainder(
    q: Quantity, parts: list[Quantity], totals: list[Quantity], uses: tuple[Quantity, ...] = ()
) -> str:
    """What is left of a total the source states once two parts the sentences restated
    give are taken away: 412,000 − 148,000 − 96,000 = 168,000 for "the rest"."""
    for dr in equivalent_readings(q.readings):
        if dr.unit in ("percent", "point", "ordinal", "ratio", "any") or dr.value <= 0:
            continue
        given = [(s, r) for s in parts for r in s.readings if r.unit == dr.unit and r.value > 0]
        for (s1, r1), (s2, r2) in itertools.combinations(given, 2):
            if s1 is s2:
                continue
            for t in totals:
                if uses and not any(x is u for x in (s1, s2, t) for u in uses):
                    continue
                for rt in t.readings:
                    if t in (s1, s2) or rt.unit != dr.unit:
                        continue
                    rest = rt.value - r1.value - r2.value
                    if rest > 0 and _close(dr.value, rest, q, exact=not q.approx):
                        return (
                            f"{t.span.strip()} − {s1.span.strip()} − {s2.span.strip()}"
                            f" = {_fmt(rest)}"
                        )
    return ""


def _share(
    q: Quantity, pool: list[Quantity], *, exact: bool, near: list[Quantity] | None = None
) -> str:
    shares = [
        r.value if r.unit == "percent" else r.value * 100
        for r in q.readings
        if r.unit in ("percent", "ratio") and r.value > 0
    ]
    if not shares:
        return ""
    if exact:
        tolerance = 0.05
    elif q.approx and q.place > 0 and q.figure:
        # 約58% is 57.5–58.5% and a little more, not 59.4%; 約7割 is 65–75% and more
        tolerance = q.place * shares[0] / q.figure / 2 + 0.5
    else:
        tolerance = 3.0 if q.approx else 0.6
    counts = [(s, r) for s in pool for r in s.readings if r.unit == "count" and r.value >= 2]
    for s1, r1 in counts:
        for s2, r2 in counts:
            if s1 is s2 or r1.value >= r2.value:
                continue
            if near is not None and s1 not in near and s2 not in near:
                continue  # over the whole article, some pair gives any share by chance
            ratio = 100 * r1.value / r2.value
            if any(abs(ratio - share) <= tolerance for share in shares):
                return f"{s1.span.strip()} / {s2.span.strip()} = {ratio:.1f}% → {q.span.strip()}"
    return ""


def _percent_of(
    q: Quantity, pool: list[Quantity], stated: list[Quantity], same_kind: SameKind
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
    for o in pool if q.approx else []:
        for r in o.readings:
            if r.unit == "percent" and 0 < r.value < 100:
                steps += [
                    (o, 1 / (1 + r.value / 100), "÷ (100% +", ")"),
                    (o, 1 / (1 - r.value / 100), "÷ (100% −", ")"),
                ]
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
                    value = r.value * factor
                    if value > 0 and _close(dr.value, value, q, exact=False):
                        return (
                            f"{s.span.strip()} {sign} {o.span.strip()}{closing} → {q.span.strip()}"
                        )
    return ""


def _per_unit(q: Quantity, pool: list[Quantity], same_kind: SameKind, before: str) -> str:
    """An average per year, day or head the digest says it gives (年平均1億2000万ユーロ
    for "1,2 milliard d'euros sur dix ans"): a figure of q's kind divided by a count
    of the sentences restated."""
    if not _AVERAGE.search(before):
        return ""
    counts = [
        (o, r.value)
        for o in pool
        for r in o.readings
        if r.unit in ("count", "year", "month", "week", "day", "hour") and r.value >= 2
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
                    if o is not s and _close(dr.value, r.value / n, q, exact=False):
                        return f"{s.span.strip()} ÷ {o.span.strip()} → {q.span.strip()}"
    return ""


_AVERAGE = re.compile(r"平均|あたり|当たり|につき|毎年|毎月|毎日|1人|1日|1年|年間|月間")

_RISE = re.compile(r"^(?:の|も|ほど)?(?:増|上昇|拡大|伸び|上回|アップ|高|長)")
_FALL = re.compile(r"^(?:の|も|ほど)?(?:減|低下|縮小|下回|落ち込|ダウン|安|下落|短)")


def _direction(after: str) -> str:
    """'+' for 増, '−' for 減 right after a figure; '' when the words say neither."""
    return "+" if _RISE.match(after) else "−" if _FALL.match(after) else ""


def _change(q: Quantity, pool: list[Quantity], same_kind: SameKind, direction: str = "") -> str:
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
    step = _step(q, shares[0]) or 0.05
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
                    return (
                        f"{s2.span.strip()} → {s1.span.strip()}: {label}{change:.1f}%"
                        f" → {q.span.strip()}"
                    )
    return ""


def derived_level(q: Quantity, pool: list[Quantity], after: str = "") -> str:
    """A percentage the digest derives from figures it states: a change between two
    of them (948件から1236件へ約3割増; ``after``: the words after q) or a rate and a
    step in points (4.25% after a cut of half a point: 4.75%から). '' when none gives q."""
    return _change(q, pool, _kin_in_source, _direction(after)) or _level_and_step(q, pool)


def _product(q: Quantity, stated: list[Quantity]) -> str:
    """A product of two figures the digest sentence states (254席の機材で週3便 → 762席;
    年11億ユーロを10年間 → 計110億ユーロ): one in q's unit, the other a count of times,
    weeks or years."""
    for dr in q.readings:
        if dr.value <= 0 or dr.unit in ("percent", "point", "ratio", "ordinal"):
            continue
        for a in stated:
            for ra in a.readings:
                if ra.unit != dr.unit or ra.value <= 0:
                    continue
                for b in stated:
                    if b is a or not b.figure.is_integer() or not 2 <= b.figure <= 1000:
                        continue
                    if _close(dr.value, ra.value * b.figure, q, exact=not q.approx):
                        return f"{a.span.strip()} × {b.span.strip()} = {_fmt(ra.value * b.figure)}"
    return ""


def _level_and_step(q: Quantity, pool: list[Quantity]) -> str:
    """A rate moved by a step in points: 4.25% + half a percentage point = 4.75%."""
    wanted = [r.value for r in q.readings if r.unit == "percent"]
    rates = [(s, r.value) for s in pool for r in s.readings if r.unit == "percent"]
    steps = [(s, r.value) for s in pool for r in s.readings if r.unit == "point"]
    for s1, rate in rates:
        for s2, step in steps:
            if s1 is s2:
                continue
            for level, sign in ((rate + step, "+"), (rate - step, "−")):
                if any(math.isclose(level, w, abs_tol=1e-6) for w in wanted):
                    return f"{s1.span.strip()} {sign} {s2.span.strip()} = {level:g}%"
    return ""


def _years_since(q: Quantity, source: SourceIndex) -> str:
    published = source.article.published_date
    years = [r.value for r in q.readings if r.unit == "year"]
    if published is None or not years:
        return ""
    at_least = q.approx or any(mark in q.span for mark in ("以上", "超", "余", "近く"))
    # N年ぶり counts calendar years (2017 → 2025 is 8年ぶり); other counts may be one
    # less, for a year not yet complete (founded in 1901: 124年 in 2025)
    slack = (0,) if _AFTER_YEARS.match(q.span) else (0, 1)
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
    explains; ``given``: the source's figures the digest sentence states too."""
    if not any(r.value for r in q.readings):
        return ""
    everything = source.quantities if len(source.quantities) <= 120 else []
    uses = counterparts
    return (
        _combinations(q, nearby, same_kind, exact=False, uses=uses, given=given)
        or _share(q, nearby, exact=False)
        or _percent_of(q, nearby, stated or [], same_kind)
        or _per_unit(q, nearby, same_kind, before)
        or _level_and_step(q, nearby)
        or _product(q, [o for o in stated or [] if any(identical(o, s) for s in source.quantities)])
        or ("" if share else _change(q, nearby, _kin_in_source, _direction(after)))
        or _remainder(q, nearby, everything, uses)
        or _combinations(q, everything, same_kind, exact=True, uses=uses)
        or _share(q, everything, exact=True, near=nearby)
        or (_sum_of_percentages(q, source) if total else "")
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
                if r.unit == dr.unit and r.value > 0 and _close(r.value, dr.value, q, exact=False):
                    return f"{d.span.strip()} → {q.span.strip()}"
    return ""


# 9年前, 40年ぶり, 築168年, 開通から43年: a count of years from a year of the story
_YEARS_AGO_AFTER = re.compile(r"\d+年(?:前|ぶり)")
_AFTER_YEARS = re.compile(r"\d+年ぶり")  # the first time in N calendar years
_YEARS_SINCE_BEFORE = re.compile(r"(?:築|から|以来|創業|創立|設立|開業|開通|建造)$")
# 58年, 9年前, 40年ぶり: a count of years as the digest writes it
_YEARS_COUNT = re.compile(r"\d+年(?:前|ぶり)?")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


# 100年近く, 50年弱 (up to the count), 120年以上, 40年余り, 100年を超える (from it)
_BOUND = re.compile(r"年?(?:を|に)?(?:(?P<under>近く|弱|足らず|未満)|(?:余り|余|以上|超))")


def counts_years_since(q: Quantity, text: str) -> bool:
    """Whether ``q`` counts years since a year of the story (9年前, 開通から43年)."""
    if _YEARS_AGO_AFTER.match(text, q.start):
        return True
    since = _YEARS_SINCE_BEFORE.search(text, max(0, q.start - 4), q.start)
    return bool(since) and _YEARS_COUNT.match(text, q.start) is not None


def counts_calendar_years(q: Quantity, text: str) -> bool:
    """Whether ``q`` is N年ぶり: the calendar years since a year (2017 → 2025 is 8年ぶり),
    never one less."""
    return _AFTER_YEARS.match(text, q.start) is not None


def years_count_span(q: Quantity, text: str) -> str:
    """The count of years at ``q`` as written (58年 of 58年にわたり, 5年ぶり), else q's span."""
    m = _YEARS_COUNT.match(text, q.start)
    return m.group(0) if m else q.span


def years_between(q: Quantity, text: str, source: SourceIndex) -> str:
    """The years between two years of the source the digest sentence names, when q
    counts years since one of them: 2009年に設立…設立から14年後の2023年."""
    if not q.figure or not counts_years_since(q, text):
        return ""
    named = sorted(
        {int(y) for y in _FOUR_DIGIT_YEAR.findall(sentence_at(text, q.start))} & source.dates.years
    )
    for a, b in itertools.combinations(named, 2):
        if b - a == q.figure:
            return f"{b} − {a} = {b - a} years → {q.span.strip()}"
    return ""


# 4月から10月までの7カ月間, 2020年〜2024年の5年間: a span the digest itself names
_SPAN_BEFORE = re.compile(
    r"(?P<a>\d{1,4})(?P<u>月|年)(?:から|〜|~|～|-|–)(?P<b>\d{1,4})(?P=u)(?:まで)?の?(?:約|およそ)?$"
)


def span_named(q: Quantity, text: str) -> str:
    """The months or years of a span the digest writes just before q, when q counts
    them (4月から10月までの7カ月: the months April to October, both counted; the
    years 2020 to 2024 are 4 or 5)."""
    m = _SPAN_BEFORE.search(text, max(0, q.start - 20), q.start)
    unit = {"月": "month", "年": "year"}.get(m.group("u"), "") if m else ""
    if m is None or unit not in {r.unit for r in q.readings}:
        return ""
    a, b = int(m.group("a")), int(m.group("b"))
    between = (b - a) % 12 if unit == "month" else b - a
    if q.figure in (between, between + 1) and between > 0:
        return f"{m.group(0).rstrip('の約およそ')} = {q.span.strip()}"
    return ""


def wrong_years_since(
    q: Quantity, text: str, source: SourceIndex, texts: list[str], *, context: str = ""
) -> str:
    """The years the sentences restated (``texts``) name, when the digest counts years
    since one of them and no year of the source gives its count: 9年前 for 2014
    (``context``: more digest text read as q's own sentence, for a label)."""
    published = source.article.published_date
    if published is None or not q.figure or q.figure != int(q.figure):
        return ""
    if published.year - q.figure < 1600:
        return ""  # 3500年前: not counted from a year the story names
    if q.figure < 3:
        return ""  # 1年前の44%: "a year earlier", a comparison, not a count from a year
    if not counts_years_since(q, text):
        return ""
    named = {int(y) for t in texts for y in _FOUR_DIGIT_YEAR.findall(t)}
    # a year the digest sentence itself names, when the source names it too (7年ぶりの
    # 栄冠 … 2017年以来 for "desde 2017")
    own = {int(y) for y in _FOUR_DIGIT_YEAR.findall(sentence_at(text, q.start) + context)}
    named |= own & source.dates.years
    years = sorted(named - {published.year})
    ages = [published.year - y for y in years if y < published.year]

    slack = 0 if counts_calendar_years(q, text) else 1
    low, high = q.figure - slack, q.figure + slack
    bound = _BOUND.search(q.span) or _BOUND.match(text, q.end)
    margin = max(2, round(q.figure / 10))
    if bound and bound.group("under"):  # 100年近く for 98: up to q, within a tenth
        low, high = q.figure - margin, q.figure
    elif bound:  # 120年以上 for 124
        low, high = q.figure, q.figure + margin
    elif q.approx:  # 約30年 for 32
        low, high = q.figure - margin, q.figure + margin
    if not ages or any(low <= age <= high for age in ages):
        return ""
    return ", ".join(f"{published.year} − {y} = {published.year - y}" for y in years[:2])


# 3770トン増えた, 約15%減少, 110万ヘクトリットル減る: a change between two figures
_CHANGE_AFTER = re.compile(
    # (a parenthesis may stand between: 12.70ドル(約14%)下がった)
    r"(?:[(（][^()（）]{1,12}[)）])?"
    r"(?:の|も|ほど)?(?:増|減|上昇|低下|拡大|縮小|伸び|上回|下回|落ち込|アップ|ダウン|差"
    r"|上が|下が|上げ|下げ|短|長|延び|延長|更新|縮め|縮ま|広が|早ま|遅れ|改善|悪化)"
)
# 差は1分53秒, 差が3票: a gap named before its figure
_GAP_BEFORE = re.compile(r"差(?:は|が|も|で)?$")


def wrong_change(
    q: Quantity,
    text: str,
    stated: list[Quantity],
    pool: list[Quantity],
    same_kind: SameKind,
    source: SourceIndex,
) -> str:
    """The change a source sentence gives when the digest states one end of it and
    another change: from 38,480 tonnes to 41,250 is +2,770, not 3770トン増; from 26.9
    to 21.4 million is −20.4%, not 約15%減少; a gap (差は1分53秒) between a time the
    digest states and one of the sentences restated. '' when the figures do not say
    (or one pair of them gives q)."""
    gap = _GAP_BEFORE.search(text, max(0, q.start - 4), q.start) is not None
    if not (gap or _CHANGE_AFTER.match(text, q.end)):
        return ""
    percent = any(r.unit in ("percent", "ratio") for r in q.readings)
    if percent and not any(mark in q.span for mark in ("%", "％", "割", "パーセント")):
        return ""  # 3分の1: a share, not a change
    stated = [o for o in stated if o.units != {"ordinal"}]  # 2位: a rank, no end of a change
    ends = [s for s in pool if any(identical(o, s) for o in stated)]
    found: list[tuple[float, str]] = []  # (how far from q, the change shown)
    for base in ends:  # the digest states this end of the change
        for other in pool:
            if other is base or not (same_kind(base, other) or same_kind(other, base)):
                continue
            both = len(ends) > 1 and other in ends  # the digest states both ends
            apart = source.sentence_of(other.start) is not source.sentence_of(base.start)
            if apart and not (both or gap):
                continue  # the two ends of a change stand in one sentence
            if len(ends) > 1 and other not in ends:
                continue  # the digest states both ends: the change is between them
            for rb in base.readings:
                for ro in other.readings:
                    if rb.unit != ro.unit or rb.value <= 0 or ro.value <= 0 or rb.value == ro.value:
                        continue
                    if rb.unit in ("percent", "point"):
                        continue  # between two percentages: points, judged apart
                    if percent:
                        low, high = sorted((rb.value, ro.value))
                        direction = _direction(text[q.end : q.end + 6])
                        change = 100 * (1 - low / high if direction == "−" else high / low - 1)
                        if change >= 100:
                            continue  # 398.1 million from 14.5 million: no change of one thing
                        if _change(q, [base, other], same_kind, direction):
                            return ""
                        miss = min(abs(change - r.value) for r in q.readings)
                        found.append(
                            (miss, f"{base.span.strip()} → {other.span.strip()}: {change:.1f}%")
                        )
                        continue
                    if rb.unit not in {r.unit for r in q.readings}:
                        continue
                    change = abs(ro.value - rb.value)
                    if not any(
                        r.unit == rb.unit and change / 3 <= r.value <= change * 3
                        for r in q.readings
                    ):
                        continue  # no change of the same order: another pair of figures
                    if any(
                        r.unit == rb.unit and _close(r.value, change, q, exact=False)
                        for r in q.readings
                    ):
                        return ""
                    scale = rb.value / base.figure if base.figure else 0
                    shown_change = change / scale if scale else change
                    up, down = (other, base) if ro.value > rb.value else (base, other)
                    miss = min(abs(change - r.value) for r in q.readings if r.unit == rb.unit)
                    value = _clock(change) if rb.unit == "dur" else _fmt(shown_change)
                    found.append((miss, f"{up.span.strip()} − {down.span.strip()} = {value}"))
    return min(found)[1] if found else ""


# 計, 合計, 合わせて: the figure after is a total
TOTAL_BEFORE = re.compile(r"(?:計|合計|合わせて)$")


def wrong_total(
    q: Quantity,
    text: str,
    stated: list[Quantity],
    pool: list[Quantity],
    everything: Iterable[Quantity] = (),
) -> str:
    """The sum of the terms a digest sentence states before its total (ワクチン群31人、
    プラセボ群176人で、合計217人), when they are the source's figures, q counts what
    they count, and no two or more of them add up to q: '31人 + 176人 = 207'. ''
    when the words name no total or the figures do not say."""
    if not TOTAL_BEFORE.search(text, max(0, q.start - 3), q.start):
        return ""
    units = {r.unit for r in q.readings} - {"percent", "point", "ordinal"}
    terms = [
        o
        for o in stated
        if o.end <= q.start
        and o.counter == q.counter
        and any(identical(o, s) for s in pool)
        and units & {r.unit for r in o.readings}
    ]
    if len(terms) < 2 or len(terms) > 6:
        return ""
    unit = next(iter(units & {r.unit for r in terms[0].readings}))

    def value(o: Quantity) -> float:
        return next(r.value for r in o.readings if r.unit == unit)

    targets = [r.value for r in q.readings if r.unit == unit]
    for size in range(2, len(terms) + 1):
        for combo in itertools.combinations(terms, size):
            total = sum(value(o) for o in combo)
            if any(_close(total, t, q, exact=False) for t in targets):
                return ""
    # a total may take in a figure the sentence leaves out (the fine of the sentence
    # before: 罰金1450万 + 210万 + 600万、負担は合計2260万)
    extras = {r.value for s in everything for r in s.readings if r.unit == unit}
    for size in range(1, len(terms) + 1):
        for combo in itertools.combinations(terms, size):
            total = sum(value(o) for o in combo)
            if any(_close(total + e, t, q, exact=False) for e in extras for t in targets):
                return ""
    total = sum(value(o) for o in terms)
    scale = value(terms[0]) / terms[0].figure if terms[0].figure else 1
    return " + ".join(o.span.strip() for o in terms) + f" = {_fmt(total / scale)}"


# 参加国の約3割, 145万回分のうち約9割にあたる, 被害額の約4割: a share of a whole
_SHARE_BEFORE = re.compile(r"(?:の|うち)(?:約|およそ|ほぼ)?$")
_SHARE_AFTER = re.compile(r"(?:にあたる|に当たる|に相当|を占め)")


def marks_share(q: Quantity, text: str) -> bool:
    """Whether the digest's words make ``q`` a share of a whole (参加国の約3割,
    うち約9割にあたる), not a change."""
    return bool(
        _SHARE_BEFORE.search(text, max(0, q.start - 4), q.start) or _SHARE_AFTER.match(text, q.end)
    )


def wrong_share(
    q: Quantity, text: str, stated: list[Quantity], pool: list[Quantity], same_kind: SameKind
) -> str:
    """The share that two figures give when the digest sentence states both, calls
    ``q`` a share of a whole (145万回分のうち約9割にあたる120万回分) and the two do
    not give it: 1.2 of 1.45 million is 82.8%, not 約9割. '' when they do not say."""
    if "%" not in q.span and "割" not in q.span:
        return ""
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    if not shares or not marks_share(q, text):
        return ""
    # the part and the whole as the digest sentence states them, when the source states
    # them too (a share of figures stated elsewhere may be of others: measured, the
    # sentences restated gave six false errors on faithful digests)
    figures = [
        s
        for s in pool
        if not ({"percent", "point", "ordinal"} & s.units) and any(identical(o, s) for o in stated)
    ]
    # the whole is the figure the share is "of": 145万回分のうち約9割 (not two parts:
    # 売上高の約7割にあたる33億7000万ドル … 車載は4億1000万ドル)
    before = text[max(0, q.start - 30) : q.start]
    wholes = [
        s
        for s in figures
        for o in stated
        if identical(o, s)
        and re.search(
            re.escape(o.span) + r"[^\d、。]{0,3}?(?:のうち|の)(?:約|およそ|ほぼ)?$", before
        )
    ]

    def kin(a: Quantity, b: Quantity) -> bool:
        # "Sixty-two of the 80 member states": a part names no noun of its own
        elided = not a.noun or a.noun.split()[0] in OF_WORDS
        return same_kind(a, b) or same_kind(b, a) or ("count" in a.units & b.units and elided)

    # within the stated figure's own rounding (約3割: 25–35%) and a little more
    step = _step(q, shares[0]) or 0.5
    tolerance = step + (1.5 if q.approx else 0.6)
    best: tuple[float, str] | None = None
    for part in figures:
        for whole in wholes:
            if part is whole or not kin(part, whole):
                continue
            for rp in part.readings:
                for rw in whole.readings:
                    if rp.unit != rw.unit or not 0 < rp.value < rw.value:
                        continue
                    ratio = 100 * rp.value / rw.value
                    if any(abs(ratio - v) <= tolerance for v in shares):
                        return ""  # two of the figures give it
                    miss = min(abs(ratio - v) for v in shares)
                    shown = f"{part.span.strip()} / {whole.span.strip()} = {ratio:.1f}%"
                    if best is None or miss < best[0]:
                        best = (miss, shown)
    return best[1] if best else ""


# 80カ所のうち62カ所、約6割; 感染者のうち39人、約9割: a share in apposition to its part
APPOSED_SHARE = re.compile(r"、(?:約|およそ|ほぼ)?$")
_APPOSED = re.compile(r"(?:のうち|中)[^\d、。]{0,6}$")
# "62 of its 80 elevators", "45 of the region's 73 districts", "7 out of 31 cargoes"
_PART_OF_WHOLE = re.compile(
    r"(?<![\d.,])(?P<p>\d[\d,]*(?:\.\d+)?)\s+(?:out\s+of|of|sur|von|de|di|dos|das)\s+"
    r"(?:(?:the|its|their|all|les|der|den|los|las|i|os|as)\s+)?(?:[^\W\d]+(?:'s)?\s+){0,2}?"
    r"(?P<w>\d[\d,]*(?:\.\d+)?)(?![\d.,]\d|\s*(?:%|per\s*cent|percent))"
)


def apposed_share(
    q: Quantity, text: str, stated: list[Quantity], restated: list[str], known: Set[float]
) -> tuple[bool, str] | None:
    """A share written in apposition to the part it is a share of (…のうち62カ所、約6割):
    whether that part of its whole gives it, and the arithmetic. The whole is the
    figure the digest writes before のうち, else the one the source sentences restated
    write the part "of" ("39 of the 47 cases"). Part and whole must be figures the
    source states (``known``: its values). None when q is no such share or no whole
    is found."""
    if "%" not in q.span and "割" not in q.span:
        return None
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    head = APPOSED_SHARE.search(text[max(0, q.start - 4) : q.start])
    if not shares or head is None:
        return None
    comma = q.start - (len(text[max(0, q.start - 4) : q.start]) - head.start())
    # (the part's counter may be one the scanner does not know: 45郡、約8割)
    part = next(
        (
            o
            for o in stated
            if o.end <= comma and re.fullmatch(r"[^\d\s、。]{0,3}", text[o.end : comma])
        ),
        None,
    )
    if part is None or not _APPOSED.search(text[max(0, part.start - 12) : part.start]):
        return None
    parts = [
        r.value
        for r in part.readings
        if r.unit in ("count", "any") and r.value > 0 and r.value in known
    ]
    if not parts:
        return None
    before = text[max(0, part.start - 20) : part.start]
    wholes = [
        r.value
        for o in stated
        if o.end <= part.start and re.search(re.escape(o.span) + r"[^\d、。]{0,4}のうち$", before)
        for r in o.readings
        if r.unit in ("count", "any") and r.value in known
    ]
    if not wholes:
        for sentence in restated:
            for m in _PART_OF_WHOLE.finditer(sentence):
                if any(float(m.group("p").replace(",", "")) == v for v in parts):
                    wholes.append(float(m.group("w").replace(",", "")))
    # derived within the figure's own rounding (約58% is 57.5–58.5%, and a little
    # more); wrong only when off by more than that and a little (約3割: 25–35%)
    step = _step(q, shares[0]) or 0.5
    tolerance, slack = step + 0.5, step + (1.5 if q.approx else 0.6)
    best: tuple[float, str] | None = None
    for p in parts:
        for w in wholes:
            if not 0 < p < w:
                continue
            ratio = 100 * p / w
            shown = f"{_fmt(p)} / {_fmt(w)} = {ratio:.1f}% → {q.span.strip()}"
            miss = min(abs(ratio - v) for v in shares)
            if miss <= tolerance:
                return True, shown
            if best is None or miss < best[0]:
                best = (miss, f"{_fmt(p)} / {_fmt(w)} = {ratio:.1f}%")
    return (False, best[1]) if best and best[0] > slack else None


_BELOW_ZERO = re.compile(r"マイナス|零下|氷点下")


def converted_temperature(
    q: Quantity, text: str, stated: list[Quantity], known: Set[float]
) -> tuple[bool, str] | None:
    """A temperature the digest converts beside the one the source gives (華氏101度
    (摂氏約38度), 摂氏40度(華氏104度)): whether the conversion is right, and the
    arithmetic. None when q is no such conversion."""
    mine = {r.unit for r in q.readings} & {"temp", "temp-f"}
    if len(mine) != 1:
        return None
    (unit,) = mine
    other = "temp-f" if unit == "temp" else "temp"
    mine_value = next(r.value for r in q.readings if r.unit == unit)
    if _BELOW_ZERO.search(text[max(0, q.start - 6) : q.start]):
        mine_value = -mine_value
    # the temperatures it converts: the nearest before it, across an opening bracket
    # (the two nearest: 華氏36〜46度(摂氏約2〜8度) pairs the ends of two ranges)
    given: list[tuple[float, str]] = []
    # (or the one right after it in brackets: セ氏38度(カ氏100度))
    for o in sorted(stated, key=lambda o: -o.end):
        if o.start >= q.end:
            if not re.fullmatch(r"\s*[(（][^()（）\d]{0,3}", text[q.end : o.start]):
                continue
        else:
            gap = text[o.end : q.start]
            if o.end > q.start or len(gap) > 10 or not re.search(r"[(（]", gap):
                continue
        for r in o.readings:
            if r.unit == other and r.value in known:
                negative = bool(_BELOW_ZERO.search(text[max(0, o.start - 6) : o.start]))
                given.append(((-1 if negative else 1) * r.value, o.span))
        if len(given) >= 2:
            break
    if not given:
        return None
    # within the figure's own rounding (38.3度: 0.05; 38度: 0.5), and with 約 a
    # little more
    tolerance = min(q.place or 1, 1) / 2 + (0.5 if q.approx else 0.1)
    shown = ""
    for value, _span in given:
        target = (value - 32) * 5 / 9 if other == "temp-f" else value * 9 / 5 + 32
        said = (
            f"{_fmt(value)}°F = {target:.1f}°C"
            if other == "temp-f"
            else f"{_fmt(value)}°C = {target:.1f}°F"
        )
        if abs(mine_value - target) <= tolerance:
            return True, said
        # a difference of temperatures converts without the 32 (5.4°F warmer = 3°C)
        step = value * 5 / 9 if other == "temp-f" else value * 9 / 5
        if abs(abs(mine_value) - abs(step)) <= tolerance:
            unit_from, unit_to = ("°F", "°C") if other == "temp-f" else ("°C", "°F")
            return True, f"a difference of {_fmt(value)}{unit_from} = {step:.1f}{unit_to}"
        shown = shown or said
    return False, shown


def identical(q: Quantity, s: Quantity) -> bool:
    """``s`` states the very value of ``q`` (not a value that rounds to it)."""
    return any(
        dr.unit == sr.unit and abs(dr.value - sr.value) <= 1e-9 * max(abs(sr.value), 1.0)
        for dr in equivalent_readings(q.readings)
        for sr in equivalent_readings(s.readings)
    )
