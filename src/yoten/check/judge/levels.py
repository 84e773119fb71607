"""Levels and steps: the level before a change (forwards, backwards, from a
rate to the story's lead figure), the rate between two levels, percentage
points between two rates, the ends of a range around a centre, a rate in its
band (7%台) and quotients the digest says it worked out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from yoten.check import rx
from yoten.check.derive import RANGE_DASH, identical, marks_share
from yoten.check.derive.basics import in_figure_units, states, within_rounding
from yoten.check.derive.values import (
    MEASURES,
    close_change,
    percent_of,
    stated_direction,
    written_tolerance,
)
from yoten.check.direction import source_direction
from yoten.check.judge.figure import NOT_LEVELS, POINTS_FROM, Figure, is_money
from yoten.check.pieces import finding_at
from yoten.check.rate_unit import converted_rate
from yoten.check.relations import same_kind_sources
from yoten.check.rules import Kind, Rule
from yoten.check.source import evidence
from yoten.i18n import gettext as _
from yoten.models import Finding


def rate_of_stated_pair(f: Figure) -> bool:
    """Whether q, a percentage, is the change between the two levels its own sentence
    writes as from-to, in one unit (400人から520人へと3割増やした: 520 / 400 − 1), the
    second perhaps in the sentence before."""
    mine = [r.value for r in f.q.readings if r.unit == "percent"]
    if not mine:
        return False
    for a in f.stated:
        if not f.sentence.startswith("から", a.end):
            continue
        # (or the level the sentence before gives: 41万トン減り192万トンとなった。前週の
        # 233万トンから約18%の減少)
        for b in [*(o for o in f.stated if o.start > a.end), *f.before_figures]:
            for ra in a.readings:
                for rb in b.readings:
                    if ra.unit != rb.unit or ra.unit == "percent" or not ra.value:
                        continue
                    rate = abs(rb.value / ra.value - 1) * 100
                    if any(within_rounding(v, rate, f.q, exact=False) for v in mine):
                        return True
    return False


def level_before_its_rate(f: Figure) -> Finding | None:
    """The level a rate written right after it runs from, to the level its own sentence
    states (1〜9月の取扱量は460万トンで、2024年同期(約390万トン)から15%増えた): derived
    when the level stated over 1 + the rate gives it (460 / 1.15 = 400), to the last digit
    of each figure; an error when not (460 × 0.85 = 391 is the rate taken from the wrong
    end). None when q is no such level or the source does not state the other two."""
    q = f.q
    rate = _RATE_FROM_AFTER.match(f.piece.text, q.end)
    if rate is None or not q.figure:
        return None
    at = rate.start("rate") - f.start
    step = next((o for o in f.stated if o.start == at and "percent" in o.units), None)
    way = stated_direction(f.piece.text[rate.end() : rate.end() + 6])
    if step is None or not way:
        return None
    p = next(r.value for r in step.readings if r.unit == "percent") / 100
    decimals = re.search(r"\.(\d+)", step.span)
    half = 10.0 ** -len(decimals.group(1) if decimals else "") / 200  # (15%: 14.5–15.5%)
    given = [
        o for o in f.stated if o is not step and any(states(o, s) for s in f.source.quantities)
    ]
    if not any(states(step, s) for s in f.source.quantities):
        return None
    for level in given:
        if q.counter and level.counter and q.counter != level.counter:
            continue  # (80件 of poaching cases is no level of 24人 arrested)
        for rq in q.readings:
            rl = next((r for r in level.readings if r.unit == rq.unit and r.value > 0), None)
            if rl is None or rq.unit in ("percent", "point", "any"):
                continue
            sign = 1 if way == "+" else -1
            lows = [rl.value / (1 + sign * (p + d)) for d in (-half, half)]
            low, high = min(lows), max(lows)
            slack = q.place / 2 * rq.value / q.figure  # (q's own last digit)
            if low - slack <= rq.value <= high + slack:
                return None  # (right: left to the derivations)
            right = rl.value / (1 + sign * p)
            shown = f"{level.span.strip()} / (100% {'+' if sign > 0 else '−'} {p * 100:g}%) = {in_figure_units(right, level, rl.value)}"
            return f.contradicted(shown)
    return None


def level_before_rate_to_lead(f: Figure) -> str:
    """The level a rate the digest writes right after it runs from, up (or down) to
    the figure the story opens with (2023年の季節(約2755万トン)から3.1%増えた for
    "Tonnage rose 3.1% from the 2023 season", the season's 28.4 million tons in the
    first sentence): that arithmetic, or ''."""
    rate = _RATE_FROM_AFTER.match(f.piece.text, f.q.end)
    if rate is None:
        return ""
    at = rate.start("rate") - f.start
    stated = [o for o in f.stated if o.start == at and o.units & {"percent"}]
    return percent_of(f.q, f.source.lead_quantities, stated, same_kind_sources, f.source.text)


# 約2755万トン)から3.1%増えた: the rate a level runs from, right after it
_RATE_FROM_AFTER = rx.compile(r"[)）]?\s*から(?P<rate>(?:約|およそ)?\d[\d.]*(?:%|％))")


# 前年の売上は約3億7600万豪ドル: the level a change the source states ran from
_EARLIER_LEVEL = rx.compile(r"(?:前年|前年度|前期|前季|前シーズン|昨年|前回)(?:同期)?(?:の|は)")


_CHANGE_NEAR = rx.compile(
    r"\b(?:up|down|rise|rose|risen|increase|fall|fell|fallen|drop|higher|lower|more|less"
    r"|grew|grow|gain|climb|jump|decline|plus|hausse|baisse|Plus|Minus|mehr|weniger"
    r"|aumento|subida|caída)",
    re.IGNORECASE,
)


def level_before_change(f: Figure) -> str:
    """The level a source amount rose or fell to by a source percentage (前年の売上は
    約3億7600万豪ドル for "$412 million … a rise of 9.5 per cent on 2024": 412 / 1.095),
    where the digest sentence says it is the earlier one: the arithmetic, or ''."""
    q = f.q
    if not _EARLIER_LEVEL.search(f.sentence, 0, q.start - f.start) or not q.figure:
        return ""
    money = {r.unit: r.value for r in q.readings if r.unit.startswith("cur:")}
    if not money:
        return ""
    step = q.place / 2 / q.figure  # (the digest figure's own rounding, relative)
    source = f.source
    sentences = source.sentences
    for s in source.quantities:
        at = source.sentence_index(s.start)
        if at is None:
            continue
        # (a change of that amount: one its own sentence, the one before or the next one
        # states, "up 9.5%", "That is a rise of 9.5 per cent")
        near = sentences[max(0, at - 1) : at + 2]
        rates = {
            r.value
            for o in source.quantities_in(near)
            if _CHANGE_NEAR.search(source.text, max(0, o.start - 24), o.end + 12)
            for r in o.readings
            if r.unit == "percent" and 0 < r.value < 100
        }
        for rs in s.readings:
            mine = money.get(rs.unit)
            if mine is None:
                continue
            for rate in rates:
                for sign in (1, -1):
                    level = rs.value / (1 + sign * rate / 100)
                    if abs(level - mine) <= (step + 0.001) * mine:
                        op = "+" if sign > 0 else "−"
                        shown = f"{level:,.0f}" if level >= 100 else f"{level:.3g}"
                        return f"{s.span.strip()} / (100% {op} {rate:g}%) = {shown}"
    return ""


def level_before_backwards(f: Figure) -> Finding | None:
    """The error for the earlier level of a change worked out the wrong way round (前年は
    約29万1000トン for "280,000 tonnes, up 4%": 280,000 × 1.04, where 280,000 / 1.04 =
    269,231): the source amount the digest sentence restates, with the rate of its
    own sentence whose direction the source's words give. None otherwise."""
    q = f.q
    at = q.start - f.start
    # (the last word for an earlier level before q: 昨年の…35億ドルで、前年は約26億ドル)
    words = list(_EARLIER_LEVEL.finditer(f.sentence, 0, at)) if q.figure else []
    if not words:
        return None
    earlier = words[-1]
    mine = {r.unit: r.value for r in q.readings if r.unit not in ("percent", "point", "any")}
    if not mine:
        return None
    if any(earlier.start() <= o.start and o.end <= at and mine.keys() & o.units for o in f.stated):
        return None  # (前年同期の9556億ドルから2.5%増え、約9795億ドル: the earlier level stated)
    step = q.place / 2 / q.figure + 0.001  # (the digest figure's own rounding, relative)
    source = f.source
    restated = list(f.aligned[:2])
    # (前年度は約19億3000万ユーロだった計算になる: of the one before; the 1 of 1台あたり
    # is no figure of its own)
    if not any(o.figure != 1 for o in f.stated):
        restated += f.before_aligned
    own_rates = [r.value for o in f.stated for r in o.readings if r.unit == "percent"]
    for held in restated:
        pool = source.quantities_in([held])
        rates = [
            (r.value, sign)
            for o in pool
            if (sign := source_direction(source, o))
            for r in o.readings
            if r.unit == "percent" and 0 < r.value < 100
        ]
        # (the rate the digest sentence states, where it states one: 22%増の18万6000台
        # (前年同期は約15万台) beside "up 22% … vented dryers dropped by almost a fifth")
        told = [v for v, _sign in rates if any(abs(v - x) <= 0.5 for x in own_rates)]
        rates = [(v, sign) for v, sign in rates if v in told] if told else rates
        ups = [v / 100 if sign == "+" else -v / 100 for v, sign in rates]
        for s in pool:
            for rs in s.readings:
                value = mine.get(rs.unit)
                if value is None:
                    continue
                if any(abs(rs.value / (1 + up) - value) <= step * value for up in ups):
                    continue  # (a rate of the sentence gives it, from the right end)
                for rate, sign in rates:
                    up = rate / 100 if sign == "+" else -rate / 100
                    right = rs.value / (1 + up)
                    # (times 1 − r, or times 1 + r: the rate taken from the wrong end)
                    wrong = (rs.value * (1 - up), rs.value * (1 + up))
                    if (
                        any(abs(w - value) <= step * value for w in wrong)
                        and abs(right - value) > max(2 * step, 0.01) * value
                    ):
                        op = "+" if up > 0 else "−"
                        # (in the source figure's own terms: 280,000 tonnes → 269,231)
                        each = right * s.figure / rs.value if rs.value else right
                        shown = f"{each:,.0f}" if each >= 100 else f"{each:.3g}"
                        arithmetic = f"{s.span.strip()} / (100% {op} {rate:g}%) = {shown}"
                        return finding_at(
                            f.piece,
                            q.span,
                            Kind.MISMATCH,
                            "error",
                            message=_("the source's figures give {change}").format(
                                change=arithmetic
                            ),
                            rule=Rule.NUMBER_CONTRADICTED,
                            derivation=arithmetic,
                            evidence=evidence([held]),
                        )
    return None


def level_beside_its_step(f: Figure) -> str:
    """The other end of a change whose level the digest sentence states and whose step
    the same source sentence gives ("augmentera … de 10 centimes … pour le porter à
    1,35 euro": 1.25ユーロから1.35ユーロに), written on the side of the level the change
    goes from, as the source's words beside the step say: that arithmetic, or ''."""
    q, source = f.q, f.source
    if not (is_money(q) or q.units & (MEASURES - {"speed"})):
        return ""
    # (the digest writes the change itself: q, then から, then the level it goes to)
    if not _FROM_AFTER.match(f.piece.text, q.end):
        return ""
    after = [o for o in f.stated if o.start > q.end - f.start]
    for level in f.restated:
        if not any(states(o, level) for o in after):
            continue
        home = source.sentence_of(level.start)
        if home is None or home not in f.aligned[:1]:
            continue
        for step in source.quantities_in([home]):
            if step is level or not same_kind_sources(level, step):
                continue
            way = source_direction(source, step)
            for r, rl, rs in itertools.product(q.readings, level.readings, step.readings):
                if not (r.unit == rl.unit == rs.unit) or not 0 < rs.value < rl.value:
                    continue
                # (from q up to the level after a rise; down to it after a fall)
                rise = r.value < rl.value
                if way and (way == "+") != rise:
                    continue
                before = rl.value - rs.value if rise else rl.value + rs.value
                if within_rounding(r.value, before, q, exact=False):
                    op = "−" if rise else "+"
                    return f"{level.span.strip()} {op} {step.span.strip()} = {before:g}"
    return ""


# …だった計算になる, 減額前なら: a figure the digest says it worked out, or the one
# before a cut
_WORKED_OUT = rx.compile(r"計算|換算|逆算|(?:減額|値下げ|割引|控除)前")


def share_worked_out(f: Figure) -> str:
    """A percentage a digest sentence says it worked out (年間の約16%が10月に集中した計算
    である), of a part its own sentence or the one before states as the source does
    (1370件) over a whole of that kind the source states anywhere (8,460 weddings):
    to q's last written digit; the arithmetic, or ''."""
    q = f.q
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    if not shares or not _WORKED_OUT.search(f.sentence):
        return ""
    tolerance = written_tolerance(q)
    source = f.source
    mine = [o for o in (*f.stated, *f.before_figures) if "percent" not in o.units]
    parts = [s for s in source.quantities if s.figure > 0 and any(identical(o, s) for o in mine)]
    for part in parts:
        for whole in source.quantities:
            if whole.figure <= part.figure or not same_kind_sources(part, whole):
                continue
            share = 100 * part.figure / whole.figure
            if any(abs(share - v) <= tolerance for v in shares):
                return (
                    f"{part.span.strip()} / {whole.span.strip()} = {share:.1f}% → {q.span.strip()}"
                )
    return ""


def quotient_worked_out(f: Figure) -> str:
    """A source amount divided by a factor a percentage or multiple beside it gives
    (生産量の67%にあたり、生産量は約2120万ヘクトリットル for "14,2 Mio. hl … 67 %": 14.2 /
    0.67; 減額前なら2140万ユーロ for "10,7 Mio. Euro … 50 Prozent Nachlass": 10.7 / 0.5),
    where the digest sentence says it worked the figure out or names an earlier one;
    the arithmetic, or ''."""
    q = f.q
    if not q.figure or not _WORKED_OUT.search(f.sentence):
        return ""
    mine = {r.unit: r.value for r in q.readings if r.unit not in NOT_LEVELS}
    if not mine:
        return ""
    step = q.place / 2 / q.figure + 0.001
    source = f.source
    # (a sentence of its own that restates none: the sentences that state a figure of
    # q's kind; 前年の収入は約8470万ユーロだった計算になる for "87,4 millions d'euros
    # …, en hausse de 3,2 %")
    restated = [*f.aligned[:2], *f.before_aligned] or [
        home
        for s in source.quantities
        if any(r.unit in mine for r in s.readings)
        and (home := source.sentence_of(s.start)) is not None
    ]
    # (the factor from the sentences restated or their neighbours: "… 10,7 Mio. Euro.
    # Die Geldbuße wurde um 50 Prozent ermäßigt.")
    sentences = source.sentences
    spots = {i for i, x in enumerate(sentences) for held in restated if x is held}
    around = [
        sentences[i]
        for i in sorted(spots | {i + 1 for i in spots} | {i - 1 for i in spots})
        if 0 <= i < len(sentences)
    ]
    factors: dict[float, str] = {}
    for o in source.quantities_in(around):
        for r in o.readings:
            if r.unit == "percent" and 0 < r.value < 100:
                p = r.value / 100
                factors |= {p: f"{r.value:g}%", 1 + p: f"(100% + {r.value:g}%)"}
                factors[1 - p] = f"(100% − {r.value:g}%)"
            elif r.unit in ("times", "ratio") and 1 < r.value <= 20:
                factors[r.value] = f"{r.value:g}"
    # ("a doublé entre 2021 et 2023, pour atteindre 14,8 millions": a multiple in words)
    for sentence in around:
        for m in _MULTIPLIED.finditer(sentence.text):
            word = next(k for k, v in m.groupdict().items() if v)
            factors[_MULTIPLES[word]] = f"{_MULTIPLES[word]:g} ({m.group(0)})"
    for held in restated:
        for s in source.quantities_in([held]):
            for rs in s.readings:
                value = mine.get(rs.unit)
                if value is None or not rs.value:
                    continue
                for factor, shown in factors.items():
                    if abs(rs.value / factor - value) <= step * value:
                        return f"{s.span.strip()} / {shown} → {q.span.strip()}"
    return ""


def level_after_stated_rate(f: Figure) -> str:
    """q, a price after a discount or a surcharge its own sentence states in a clause
    before it as the source does (30%の割引が続き、月額は29.40ドル for "a 30 % discount"
    on the "$42" fee: 42 × (100% − 30%)), or ''."""
    q = f.q
    at = q.start - f.start
    for o in f.stated:
        if o.end > at or not any(identical(o, s) for s in f.restated):
            continue
        way = _RATE_WAY.match(f.sentence, o.end)
        if way is None or "、" not in f.sentence[way.end() : at]:
            continue  # (2%増の2億3000万ドル: the level the change reaches, stated as such)
        sign = -1 if way.group("down") else 1
        for rate in (r.value for r in o.readings if r.unit == "percent" and 0 < r.value < 100):
            for s in f.source.quantities:
                if not same_kind_sources(q, s) or s.figure == q.figure:
                    continue
                for dr in q.readings:
                    for sr in s.readings:
                        if dr.unit != sr.unit or dr.unit in NOT_LEVELS:
                            continue
                        level = sr.value * (1 + sign * rate / 100)
                        if level > 0 and within_rounding(dr.value, level, q, exact=False):
                            op = "+" if sign > 0 else "−"
                            return f"{s.span.strip()} × (100% {op} {rate:g}%) = {q.span.strip()}"
    return ""


# 30%の割引, 1割の割増: a discount or a surcharge, right after its rate
_RATE_WAY = rx.compile(r"\s*の?(?:(?P<down>割引|割り引|値引き|オフ)|(?P<up>上乗せ|割増|割り増))")


def change_from_stated_end(f: Figure) -> str:
    """A rate of change from a level the digest sentence states to the figure of its
    kind the story opens with that gives it (2月の高値106ドルと比べると約26%安い for "well
    below the $106 peak", with "$78.25", the level now, in the story's first sentence):
    that arithmetic, or ''."""
    q, source = f.q, f.source
    if not any(r.unit == "percent" for r in q.readings) or marks_share(q, f.piece.text):
        return ""
    way = stated_direction(f.after) or (
        "−" if _LOWER_AFTER.match(f.after) else "+" if _HIGHER_AFTER.match(f.after) else ""
    )
    if not way:
        return ""
    for base in f.restated:
        if not (is_money(base) or base.units & ({"count"} | MEASURES)):
            continue
        for other in source.lead_quantities:
            if other is base or not same_kind_sources(base, other):
                continue
            found = close_change(q, base, other, same_kind_sources, way)
            if found:
                return found
    return ""


# 約26%安い, 2割低い, 3割高い: a comparison with a level, right after the rate
_LOWER_AFTER = rx.compile(r"(?:安|低|少な)[いくか]")
_HIGHER_AFTER = rx.compile(r"(?:高|多)[いくか]")


# 1.25ユーロから1.35ユーロに: the level a change runs from, right before から
_FROM_AFTER = rx.compile(r"\s*から")


# a level multiplied in words: doubled, a doublé, verdoppelt, se duplicó; halved
_MULTIPLES = {"two": 2.0, "three": 3.0, "four": 4.0, "half": 0.5}
_MULTIPLIED = rx.compile(
    r"\b(?:(?P<two>doubled|doubl[ée]e?s?|verdoppelt(?:e|en)?|(?:se\s+)?duplic(?:ó|aron|ado))"
    r"|(?P<three>tripled|tripl[ée]e?s?|verdreifacht(?:e|en)?|(?:se\s+)?triplic(?:ó|aron|ado))"
    r"|(?P<four>quadrupled|quadrupl[ée]e?s?|vervierfacht(?:e|en)?|(?:se\s+)?cuadruplic(?:ó|aron|ado))"
    r"|(?P<half>halved|halbiert(?:e|en)?|divisée?s?\s+par\s+deux|(?:se\s+)?redujo\s+a\s+la\s+mitad))\b",
    re.IGNORECASE,
)


def percent_range(f: Figure) -> str:
    """A rate written as the band it is in (7%台 for "7.19%"): a rate of the source in
    that band (of the sentences restated first), or ''."""
    q = f.q
    if not f.piece.text.startswith("台", q.end):
        return ""
    for v in (r.value for r in q.readings if r.unit == "percent"):
        for s in [*f.nearby, *f.source.quantities]:
            for r in s.readings:
                if r.unit == "percent" and v <= r.value < v + 1:
                    return f"{s.span.strip()} → {q.span.strip()}台"
    return ""


def rate_converted_in_sentence(f: Figure) -> str:
    """converted_rate on q's own sentence (its figures' offsets are in it)."""
    mine = replace(f.q, start=f.q.start - f.start, end=f.q.end - f.start)
    before = [o for o in f.stated if o.end <= mine.start]
    return converted_rate(mine, f.sentence, before, f.source)


def centre_and_margin(f: Figure) -> str:
    """The ends of a range the digest works out as a source figure less and plus a
    margin (誤差は上下4%で、予想の幅は100〜108% for "104% …, with a margin of error of
    4%"): both ends, to the digit. '' otherwise."""
    q = f.q
    at = q.start - f.start
    other = next(
        (
            o
            for o in f.stated
            if o.units & q.units - {"any"}
            and (
                RANGE_DASH.fullmatch(f.sentence, o.end, at)
                or RANGE_DASH.fullmatch(f.sentence, at + len(q.span), o.start)
            )
        ),
        None,
    )
    if other is None:
        return ""
    low, high = sorted((q.figure, other.figure))
    centre, margin = round((high + low) / 2, 6), round((high - low) / 2, 6)
    units = q.units - {"any"}
    values = {round(s.figure, 6) for s in f.source.quantities if s.units & units}
    # (the margin the digest writes itself, beside the range: 誤差は上下4%)
    margins = {round(o.figure, 6) for o in f.stated if o.units & units and o is not other}
    if centre in values and margin in margins & values:
        return f"{centre:g} ± {margin:g} = {low:g}〜{high:g}"
    return ""


def points_from_stated(f: Figure) -> str:
    """Percentage points that are, to the digit, the gap between a percentage the
    digest sentence or the one before states as the source does and another of the
    source's (合意は要求を2.3ポイント下回る after 当初9.5%を求めていた, where the
    source gives 7.2% as the deal), or ''. The points then derive, whatever the
    source says elsewhere in percent with the same figure."""
    q = f.q
    if "%" in q.span or "％" in q.span:
        return ""
    points = [r.value for r in q.readings if r.unit == "point"]
    written = [o for o in [*f.before_figures, *f.stated] if o.units == {"percent"}]
    ends = [s for s in f.source.quantities if s.units == {"percent"}]
    for o in written:
        for a in ends:
            if not identical(o, a):
                continue
            for b in ends:
                gap = abs(a.figure - b.figure)
                if b is not a and any(within_rounding(v, gap, q, exact=True) for v in points):
                    hi, lo = (a, b) if a.figure > b.figure else (b, a)
                    return f"{hi.span.strip()} − {lo.span.strip()} = {gap:g} points"
    return ""


def points_between_stated(f: Figure) -> Finding | None:
    """Percentage points its own sentence gives both ends of, as the source states
    them (11.8%となり、前年度の10.9%から1.9ポイント上昇): the gap between those two,
    whatever other percentages of the article give by chance. None otherwise."""
    q = f.q
    points = [r.value for r in q.readings if r.unit == "point"]
    if not points or "%" in q.span or "％" in q.span:
        return None
    ends = [
        o
        for o in f.stated
        if o.units == {"percent"}
        and "割" not in o.span
        and any(identical(o, s) for s in f.source.quantities)
    ]
    # (one end right before q as the point it is counted from: 10.9%から1.9ポイント上昇;
    # not the two ends of a range, 5.25〜5.5%より1.5ポイント低い)
    at = q.start - f.start
    if len(ends) != 2 or not any(POINTS_FROM.fullmatch(f.sentence, o.end, at) for o in ends):
        return None
    if any(o.start > at for o in ends):
        return None  # (前年の5.1%から4.3ポイント改善し、…下半期(6.1%): the other end unsaid)
    first, last = sorted(ends, key=lambda o: o.start)
    if re.fullmatch(r"\s*[%％]?\s*[〜~～\-–]\s*", f.sentence[first.end : last.start]):
        return None
    a, b = (next(r.value for r in o.readings if r.unit == "percent") for o in ends)
    gap = abs(a - b)
    if any(within_rounding(v, gap, q, exact=False) for v in points):
        # (the way the sentence says it went, from the end counted from to the other:
        # 51.3%と、前年同期の47.5%から3.8ポイント低下 is a rise)
        origin = next(o for o in ends if POINTS_FROM.fullmatch(f.sentence, o.end, at))
        start, end = (a, b) if origin is ends[0] else (b, a)
        way = stated_direction(f.piece.text[q.end : q.end + 6])
        if gap and way and (way == "+") != (end > start):
            rise = "+" if end > start else "−"
            level = next(o for o in ends if o is not origin)
            return f.contradicted(
                f"{origin.span.strip()} → {level.span.strip()}: {rise}{gap:g} points"
            )
        return f.derived(f"{ends[0].span.strip()} − {ends[1].span.strip()} = {gap:g} points")
    if any(within_rounding(v, a + b, q, exact=False) for v in points):
        # 20%削減から8%増へ、差し引き28ポイント: from a fall to a rise
        return f.derived(f"{ends[0].span.strip()} + {ends[1].span.strip()} = {a + b:g} points")
    hi, lo = (ends[0], ends[1]) if a > b else (ends[1], ends[0])
    return f.contradicted(f"{hi.span.strip()} − {lo.span.strip()} = {gap:.4g} points")
