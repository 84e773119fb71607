"""Derived values a digest gets wrong: a change, a total, a share or a converted
temperature that the figures it restates do not give."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Set

from yoten.check import rx
from yoten.check.align import sentence_at, sentence_start
from yoten.check.derive.basics import (
    SameKind,
    clock_text,
    differences,
    fmt_value,
    identical,
    in_figure_units,
    rounding_step,
    share_slack,
    states,
    within_rounding,
)
from yoten.check.derive.values import MEASURES, change_of, close_change, direction_of
from yoten.check.quantities import COUNTISH, Quantity, equivalent_readings
from yoten.check.ranges import range_ends
from yoten.check.relations import miscopied, power_of_ten
from yoten.check.source import OF_WORDS, SourceIndex

_CHANGE_AFTER = rx.compile(
    # (a parenthesis may stand between: 12.70ドル(約14%)下がった; or the same change
    # as a percentage: 4800万ドル、約16%増えた)
    r"(?:[(（][^()（）]{1,12}[)）]|、(?:約|およそ)?\d+(?:\.\d+)?(?:%|％|割))?"
    r"(?:の|も|ほど|分)?(?:自然|純)?(?:増|減|上昇|低下|下落|拡大|縮小|伸び|上回|下回|落ち込|アップ|ダウン|差"
    r"|(?:値|引き)?(?:上げ|下げ|上が|下が)|短|長|延び|延長|更新|縮め|縮ま|広が|早ま|遅れ"
    r"|改善|悪化|膨ら|目減り|安[くい]|高[くい]|低[くい]|多[くい]|少な[くい]|開き|隔たり"
    r"|削減|節減|節約|圧縮|減額|増額|上積み)"
    r"|が?(?:足りな|足らな|不足)"  # 定員480人に対し在籍431人で、49人が足りない
)
# 1万2000基から3万基へと150%: the two ends of the rise written right before its rate
_RISE_BEFORE = rx.compile(
    r"\d[^、。\d]{0,4}から[^、。]{0,16}?\d[^、。\d]{0,4}(?:へ|に|まで)(?:と)?、?(?:約|およそ)?$"
)
# 値上げ率は約15%, 減少率は3割: a rate of change named before its figure
_RATE_BEFORE = rx.compile(
    r"(?:値上げ|上昇|増加|伸び|増|(?P<down>値下げ|減少|低下|下落|減))率(?:は|が|も|で)?"
    r"(?:約|およそ|ほぼ)?$"
)
# 経常利益70億円(約5%減): a change in brackets right after the figure it is of
_BRACKET_BEFORE = rx.compile(r"[(（](?:前年比|前期比|前年同期比|同)?(?:約|およそ)?$")
# 増加額は7400万ユーロ, 下落幅は: a change named before its figure
_AMOUNT_BEFORE = rx.compile(
    r"(?:増加|減少|上昇|下落|低下|拡大|縮小|超過|不足|増|減)(?:額|幅|分)(?:は|が|も|で)?(?:約|およそ)?$"
)
# 差は1分53秒, 差が3票: a gap named before its figure
_GAP_BEFORE = rx.compile(r"差(?:額)?(?:は|が|も|で)?$")


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
    rate = _RATE_BEFORE.search(text, max(0, q.start - 10), q.start)
    amount = _AMOUNT_BEFORE.search(text, max(0, q.start - 8), q.start) is not None
    if not (gap or rate or amount or _CHANGE_AFTER.match(text, q.end)):
        return ""
    percent = any(r.unit in ("percent", "ratio") for r in q.readings)
    if percent and not any(mark in q.span for mark in ("%", "％", "割", "パーセント")):
        return ""  # 3分の1: a share, not a change
    rise_written = _RISE_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
    stated = [o for o in stated if o.units != {"ordinal"}]  # 2位: a rank, no end of a change
    mine = equivalent_readings(q.readings)  # 35秒 is also a duration (2:05:02 − 2:04:37)
    points = [r.value for r in q.readings if r.unit == "point"] if "%" not in q.span else []
    ends = [s for s in pool if any(identical(o, s) for o in stated)]
    bracket = _BRACKET_BEFORE.search(text, max(0, q.start - 8), q.start)
    if bracket is not None:
        # 売上高640億円(約4.6%増)、経常利益70億円(約5%減): the change of the figure the
        # bracket follows, from a level the digest does not state
        prior = [o for o in stated if text.endswith(o.span, 0, bracket.start())]
        ends = [s for s in ends if any(identical(o, s) for o in prior)]
        # (nor a figure the digest states beside it, another item: 640億円 is no level
        # that 70億円 changed from)
        pool = [s for s in pool if s in ends or not any(identical(o, s) for o in stated)]
    pair = None
    if not ends and bracket is None:
        # ディーゼル車は2万6000台減った for "sanken from 118,200 to 97,600": the one
        # change the sentence restated runs between, where the digest states no end
        pair = _one_from_to(q, pool, source, percent)
        if pair is not None:
            ends, pool = [pair[0]], list(pair)
    paired = bool(pair)
    # 対象は1万7400人、約56%増える: a rate right after a figure is the change of what
    # that figure counts (people), not of another pair of the sentence (euros)
    lead = next(
        (
            o
            for o in stated
            if re.search(
                re.escape(o.span) + r"[、,]\s*(?:約|およそ)?$", text[max(0, q.start - 24) : q.start]
            )
        ),
        None,
    )
    found: list[tuple[float, str]] = []  # (how far from q, the change shown)
    for base in ends:  # the digest states this end of the change
        if percent and lead is not None and _kinds_apart(lead, base):
            continue
        # (the ends of a change are of one kind: 6.7%増の4億8630万ユーロ states one)
        alike = [e for e in ends if not _kinds_apart(base, e)]
        for other in pool:
            if other is base or range_ends(base, other, source):
                continue  # (the two ends of a forecast range are no change)
            if not (
                paired  # (the two ends of "from A to B" are of one kind)
                or same_kind(base, other)
                or same_kind(other, base)
                or counted_alike(base, other, stated)
            ):
                continue
            both = len(alike) > 1 and other in alike  # the digest states both ends
            apart = source.sentence_of(other.start) is not source.sentence_of(base.start)
            if apart and not (both or gap):
                continue  # the two ends of a change stand in one sentence
            if len(alike) > 1 and other not in alike:
                continue  # the digest states both ends: the change is between them
            for rb in base.readings:
                for ro in other.readings:
                    if rb.unit != ro.unit or rb.value <= 0 or ro.value <= 0 or rb.value == ro.value:
                        continue
                    if rb.unit == "percent" and points:
                        # 27%、2019年の19%から6ポイント悪化: the points between them
                        between = abs(ro.value - rb.value)
                        # (or from a fall to a rise: 20%削減から8%増へ、差し引き28ポイント)
                        summed = ro.value + rb.value
                        if any(
                            within_rounding(v, d, q, exact=False)
                            for v in points
                            for d in (between, summed)
                        ):
                            return ""
                        hi_s, lo_s = (other, base) if ro.value > rb.value else (base, other)
                        miss = min(abs(between - v) for v in points)
                        found.append(
                            (
                                miss,
                                f"{hi_s.span.strip()} − {lo_s.span.strip()} = {between:g} points",
                            )
                        )
                        continue
                    if rb.unit in ("percent", "point"):
                        continue  # between two percentages: points, judged apart
                    if percent:
                        low, high = sorted((rb.value, ro.value))
                        direction = direction_of(text[q.end : q.end + 6])
                        if rate:  # 値上げ率は約15%: a rise, 減少率: a fall
                            direction = "−" if rate.group("down") else "+"
                        change = 100 * (1 - low / high if direction == "−" else high / low - 1)
                        shown = f"{base.span.strip()} → {other.span.strip()}: {change:.1f}%"
                        lo, hi = (base, other) if rb.value < ro.value else (other, base)
                        # (3780万人から390万人、約13%増えた: the increment right before the
                        # rate, which is the increment's over the old level)
                        increment = both and any(
                            identical(o, lo)
                            and re.search(
                                re.escape(o.span) + r"[、,]?\s*(?:約|およそ)?$",
                                text[max(0, q.start - 24) : q.start],
                            )
                            for o in stated
                        )
                        if (
                            change >= 100
                            and (rate or increment)
                            and direction == "+"
                            and 2 * low < high
                        ):
                            # 4.2セント上がり、38.9セントに; 値上げ率は: the rise over the old
                            # level, 4.2 / 34.7 (the increment and the new level stated)
                            change = 100 * low / (high - low)
                            inc, level = lo.span.strip(), hi.span.strip()
                            shown = f"{inc} / ({level} − {inc}) = {change:.1f}%"
                        if change >= 100 and not (both and rise_written and change < 1000):
                            # 398.1 million from 14.5 million: no change of one thing
                            # (unless the digest writes the rise: 4800基から1万2000基へ)
                            continue
                        if change_of(q, [base, other], same_kind, direction):
                            return ""
                        miss = min(abs(change - r.value) for r in q.readings)
                        if miss <= (rounding_step(q, change) or 0.5) + (1.5 if q.approx else 0.6):
                            return ""  # the rate over the old level gives it
                        found.append((miss, shown))
                        continue
                    if rb.unit not in {r.unit for r in mine}:
                        continue
                    change = abs(ro.value - rb.value)
                    if not any(
                        r.unit == rb.unit
                        and (change / 3 <= r.value <= change * 3 or power_of_ten(r.value / change))
                        for r in mine
                    ):
                        # no change of the same order (nor the change in the wrong
                        # scale: 9億ドル for $90 million): another pair of figures
                        continue
                    if any(
                        r.unit == rb.unit
                        and within_rounding(r.value, change, q, exact=False, summed=True)
                        for r in mine
                    ):
                        return ""
                    up, down = (other, base) if ro.value > rb.value else (base, other)
                    miss = min(abs(change - r.value) for r in mine if r.unit == rb.unit)
                    value = (
                        clock_text(change)
                        if rb.unit == "dur"
                        else in_figure_units(change, base, rb.value)
                    )
                    found.append((miss, f"{up.span.strip()} − {down.span.strip()} = {value}"))
    if found and percent and not paired:
        # (2月の高値106ドルと比べると約26%安い for "well below the $106 peak", the
        # level now in the story's first sentence, $78.25: the end the digest states
        # and a figure the story opens with that gives q, not the other one beside it)
        direction = direction_of(text[q.end : q.end + 6])
        if rate:
            direction = "−" if rate.group("down") else "+"
        for base in ends:
            for other in source.lead_quantities:
                if (
                    other is not base
                    and not range_ends(base, other, source)
                    and close_change(q, base, other, same_kind, direction)
                ):
                    return ""
    return min(found)[1] if found else ""


# "from 118,200 to 97,600", "de 12 à 15", "de 40 a 52": the two ends of a change
_FROM_BEFORE = rx.compile(r"\b(?:from|de)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_TO_BETWEEN = rx.compile(r"\s+(?:to|à|a)\s+(?:about\s+|around\s+|some\s+)?", re.IGNORECASE)


def _one_from_to(
    q: Quantity, pool: list[Quantity], source: SourceIndex, percent: bool
) -> tuple[Quantity, Quantity] | None:
    """The one pair of figures the sentences restated write as "from A to B" in a unit
    of q's (any unit, for a rate of change), or None."""
    units = {r.unit for r in equivalent_readings(q.readings)} - {"any"}
    pairs = [
        (a, b)
        for a in pool
        if _FROM_BEFORE.search(source.text, max(0, a.start - 20), a.start)
        for b in pool
        if b.start > a.end
        and _TO_BETWEEN.fullmatch(source.text, a.end, b.start)
        and (a.units & b.units) - {"any", "percent", "point", "year", "ordinal"}
        and (percent or units & a.units & b.units)
    ]
    return pairs[0] if len(pairs) == 1 else None


def _kinds_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two figures measure different things: no unit in common, and not both
    counts (people and euros; not 9万1000人 and "486,000 visitors")."""
    units_a = {r.unit for r in equivalent_readings(a.readings)} - {"any"}
    units_b = {r.unit for r in equivalent_readings(b.readings)} - {"any"}
    return not (units_a & units_b) and not (units_a <= COUNTISH and units_b <= COUNTISH)


def slipped_change(
    q: Quantity, text: str, stated: list[Quantity], quantities: list[Quantity], same_kind: SameKind
) -> str:
    """2022年の7億5700万ドルを4億5500万ドル下回った, where the source gives $757 million
    and, in another sentence, $312 million: the change from an end the digest states to
    one source figure of its kind, miscopied (445 → 455). '' unless one pair gives it."""
    if q.approx or not _CHANGE_AFTER.match(text, q.end):
        return ""
    ends = [s for s in quantities if any(identical(o, s) for o in stated)]
    found: set[str] = set()
    for base in ends:
        for other in quantities:
            if other.figure == base.figure or not (
                same_kind(base, other) or same_kind(other, base)
            ):
                continue
            for unit, level, other_level in differences(base, other):
                change = abs(level - other_level)
                if any(r.unit == unit and miscopied(r.value, change) for r in q.readings):
                    up, down = (other, base) if other_level > level else (base, other)
                    value = in_figure_units(change, base, level)
                    found.add(f"{up.span.strip()} − {down.span.strip()} = {value}")
    return next(iter(found)) if len(found) == 1 else ""


# 残る4200万ユーロ, 残りの12人: what is left of a whole once the parts are taken away
REMAINDER_BEFORE = rx.compile(r"(?:残る|残り(?:の)?|残(?:額|数)は?|差し引き(?:で)?)(?:約|およそ)?$")


def wrong_remainder(q: Quantity, text: str, stated: list[Quantity], pool: list[Quantity]) -> str:
    """What is left of a whole the digest sentence states once the parts it states
    before q are taken away, when that is not q: 事業費は8700万ユーロで、…3500万ユーロが
    公的資金、残る4200万ユーロ (87 − 35 = 52 million). '' when the figures do not say."""
    if not REMAINDER_BEFORE.search(text, max(0, q.start - 6), q.start):
        return ""
    start = sentence_start(text, q.start)
    earlier = [o for o in stated if o.end <= q.start - start]
    units = {r.unit for r in q.readings} - {"any", "percent", "point"}
    figures = [
        (o, r.value)
        for o in earlier
        if any(identical(o, s) for s in pool)
        for r in o.readings
        if r.unit in units
    ]
    if len(figures) < 2:
        return ""
    whole, total = max(figures, key=lambda f: f[1])
    parts = [(o, v) for o, v in figures if o is not whole]
    left = total - sum(v for _, v in parts)
    if left <= 0 or any(
        r.unit in units and within_rounding(r.value, left, q, exact=False) for r in q.readings
    ):
        return ""
    shown = " − ".join(o.span.strip() for o in [whole, *(o for o, _ in parts)])
    return f"{shown} = {in_figure_units(left, whole, total)}"


# 計, 合計, 合わせて: the figure after is a total
EACH_WORD = rx.compile(r"各|それぞれ|あたり|当たり|ずつ")
# 定員はそれぞれ120人と90人で: "respectively" before a list of the terms, no multiplier
_RESPECTIVELY = rx.compile(
    r"それぞれ(?=(?:約|およそ)?\d[\d.,万億千]*[^\d、。とや]{0,6}(?:と|、|や)(?:約|およそ)?\d)"
)
TOTAL_BEFORE = rx.compile(
    r"(?:計|合計|合わせて|合わせると|合わせれば|足すと|総額|総計)(?:で|は)?(?:約|およそ|ほぼ)?$"
)
# ワインを合わせると50豪ドル高い145豪ドル: a difference the total is compared by
_COMPARED_AFTER = rx.compile(r"(?:高|安|多|少な|上回|下回|大き|小さ)")


def named_total(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` of ``text`` is called a total (計21店),
    not what a total exceeds another by (合わせると50豪ドル高い)."""
    return (
        TOTAL_BEFORE.search(text, max(0, start - 6), start) is not None
        and _COMPARED_AFTER.match(text, end) is None
    )


# the words that end a list of terms right before its total: の計, を合わせた
# 上位4市場の合計, 3社の計: a total of a number of parts the words give
# (not a term's own figure: カナダで6万個の計)
_COUNTED_TOTAL = rx.compile(
    r"(?<![\d.,])(\d+)(?![\d.,万億兆])[^\d、。万億兆]{0,4}の(?:合)?計(?:で|は)?(?:約|およそ)?$"
)
# (not と合わせると, "when added to" what the story said before: 先に和解した2社の
# 4億1000万ドル、2億6500万ドルと合わせると、総額は…)
_CLOSED_LIST = rx.compile(r"^(?:の|で|、)?(?:合)?計|合わせ(?!ると|れば)")
# 38人と運転手が: a term joined to a part named without a figure (one driver)
_UNCOUNTED_PART = rx.compile(r"と(?![\d約])[^\d、。]{1,12}?(?:が|は|を|で|も)")


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
    if not named_total(text, q.start, q.end):
        return ""
    if EACH_WORD.search(_RESPECTIVELY.sub("", sentence_at(text, q.start))):
        return ""  # 各2500ポンド, 1基あたり170メガワット: terms times a count, no plain sum
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
    counted = _COUNTED_TOTAL.search(text, max(0, q.start - 12), q.start)
    # (a count of parts, not a last term counted as the total is: 3個と6個の計9個)
    unit_of_count = text[counted.end(1) : counted.end()].split("の")[0] if counted else ""
    if counted and unit_of_count != q.counter and int(counted.group(1)) > len(terms):
        return ""  # 上位4市場の合計303億円 after two of the four: the others are elsewhere
    # where each term ends in ``text`` (its offsets may be its own sentence's)
    ends = [at + len(o.span) for o in terms if (at := text.rfind(o.span, 0, q.start)) >= 0]

    def uncounted(end: int) -> bool:
        """38人と運転手が…計39人: a part the sentence names without its figure (not
        9機と中古旅客機を改修する6機の計16機, whose next part has one)."""
        m = _UNCOUNTED_PART.match(text, end)
        return m is not None and not any(c.isdigit() for c in text[m.end() : q.start])

    if any(uncounted(end) for end in ends):
        return ""
    unit = next(iter(units & {r.unit for r in terms[0].readings}))

    def value(o: Quantity) -> float:
        return next(r.value for r in o.readings if r.unit == unit)

    targets = [r.value for r in q.readings if r.unit == unit]
    # (exact terms, whole numbers, add up exactly: 9機と6機の計16機 is no rounding of 15)
    whole = not q.approx and all(not o.approx and value(o).is_integer() for o in terms)
    for size in range(2, len(terms) + 1):
        for combo in itertools.combinations(terms, size):
            total = sum(value(o) for o in combo)
            if any(
                within_rounding(total, t, q, exact=whole and total < 100, summed=True)
                for t in targets
            ):
                return ""
    # a total may take in a figure the sentence leaves out (the fine of the sentence
    # before: 罰金1450万 + 210万 + 600万、負担は合計2260万), unless the words close the
    # list right before it (9機と6機の計16機; 市の3億7500万ドルと州の5000万ドルを合わせた)
    gap = text[max(ends) : q.start] if ends else ""
    closed = bool(ends) and len(gap) <= 16 and _CLOSED_LIST.search(gap) is not None
    extras = (
        set() if closed else {r.value for s in everything for r in s.readings if r.unit == unit}
    )
    for size in range(1, len(terms) + 1):
        for combo in itertools.combinations(terms, size):
            total = sum(value(o) for o in combo)
            if any(
                within_rounding(total + e, t, q, exact=False, summed=True)
                for e in extras
                for t in targets
            ):
                return ""
    total = sum(value(o) for o in terms)
    shown = in_figure_units(total, terms[0], value(terms[0]))
    return " + ".join(o.span.strip() for o in terms) + f" = {shown}"


# 100〜108%, 12〜45ドル: the two ends of a range, written with a dash between
RANGE_DASH = rx.compile(r"\s*[〜~～–-]\s*(?:約|およそ)?")
# 1公演あたり, 1話当たり約: the figure after it is per one of what the counter counts
_PER_ONE = rx.compile(r"1(?P<c>[^\d\s、。]{1,4}?)(?:あたり|当たり)(?:約|およそ|平均)?$")


def wrong_per_unit(
    q: Quantity, sentence: str, at: int, stated: list[Quantity], pool: list[Quantity]
) -> str:
    """A per-unit figure or a total that the digest sentence's other figures do not give:
    計15万6000人で、1公演あたり5万8000人 for three concerts (156,000 / 3 = 52,000);
    1話あたり約1400万ドル、全8話で総額1億2000万ドル (14m × 8 = 112m). ``at``: q's offset
    in ``sentence``, whose figures ``stated`` are. '' when they give q or do not say."""
    units = {r.unit for r in q.readings} - {"any", "percent", "point", "ordinal"}
    if not units:
        return ""

    def value(o: Quantity) -> float | None:
        return next((r.value for r in o.readings if r.unit in units), None)

    def counts_of(counter: str, other: Quantity) -> list[Quantity]:
        return [
            o
            for o in stated
            if o is not other
            and o.figure >= 2
            and (o.counter == counter or sentence.startswith(counter, o.end))
        ]

    def in_source(o: Quantity) -> bool:
        return any(identical(o, s) for s in pool)

    mine = value(q)
    per = _PER_ONE.search(sentence, max(0, at - 12), at)
    if per and mine:  # q per one: a total the source states over the count
        wrong = ""
        for n in counts_of(per.group("c"), q):
            for t in stated:
                # (any total of the sentence may be the one divided, the digest's own
                # too: 7800万ユーロの60%(4680万ユーロ)は16クラブに…1クラブあたり約290万;
                # not the count itself, nor another count of what is counted)
                if t is n or (t.counter and t.counter == n.counter):
                    continue
                if RANGE_DASH.fullmatch(sentence, at + len(q.span), t.start):
                    continue  # (1人あたり12〜45ドル: the other end of q's range)
                total = value(t) if t is not q else None
                if not total or total <= mine:
                    continue
                each = total / n.figure
                if within_rounding(mine, each, q, exact=False):
                    return ""
                if in_source(t) and not wrong:
                    wrong = f"{t.span.strip()} / {n.figure:g} = {in_figure_units(each, t, total)}"
        return wrong
    if not mine or not named_total(sentence, at, at + len(q.span)):
        return ""
    for p in stated:  # q a total: the figure per one times the count
        per_one = value(p) if p is not q else None
        marked = _PER_ONE.search(sentence, max(0, p.start - 12), p.start)
        if not per_one or not marked or not in_source(p):
            continue
        for n in counts_of(marked.group("c"), p):
            product = per_one * n.figure
            slack = rounding_step(p, per_one) * n.figure if p.approx else 0.0
            if within_rounding(mine, product, q, exact=False) or abs(mine - product) <= slack:
                return ""
            return f"{p.span.strip()} × {n.figure:g} = {in_figure_units(product, p, per_one)}"
    return ""


_FRACTION_BOUND = rx.compile(
    r"(?:超|強|弱|以上|以下|未満|近く|余り|足らず|に満た|に届か|を下回|を上回|を超|を切|に迫)"
)


# 参加国の約3割, 145万回分のうち約9割にあたる, 被害額の約4割: a share of a whole
_SHARE_BEFORE = rx.compile(r"(?:の|うち)(?:約|およそ|ほぼ)?$")
_SHARE_AFTER = rx.compile(r"(?:にあたる|に当たる|に相当|を占め)")


# a whole the sentence names before its part: 176人のうち、 ; 420万ユーロで、そのうち ;
# 2140万回で、うち
_WHOLE_OF = rx.compile(r"(?:の|[^\d。]{0,2}?、?その|[^\d。]{0,2}?、)うち、?")


def counted_alike(a: Quantity, b: Quantity, stated: list[Quantity]) -> bool:
    """Two source counts the digest states with the same counter (9人, 33人 for "Nine
    people remain missing, down from 33"): the digest says they count one thing."""
    if "count" not in a.units & b.units:
        return False

    def counter(s: Quantity) -> str:
        return next((o.counter for o in stated if identical(o, s) and o.counter), "")

    mine = counter(a)
    return mine != "" and mine == counter(b)


def marks_share(q: Quantity, text: str) -> bool:
    """Whether the digest's words make ``q`` a share of a whole (参加国の約3割,
    うち約9割にあたる), not a change."""
    return bool(
        _SHARE_BEFORE.search(text, max(0, q.start - 4), q.start) or _SHARE_AFTER.match(text, q.end)
    )


# 10件に6件、: a share written as M in N right before a percentage
_M_IN_N_BEFORE = rx.compile(
    r"\d+\s*[^\d、。]{0,3}に\s*\d+\s*[^\d、。]{0,3}(?:が|は)?[、,]\s*(?:約|およそ|ほぼ)?$"
)


def wrong_share(
    q: Quantity,
    text: str,
    stated: list[Quantity],
    pool: list[Quantity],
    same_kind: SameKind,
    part: Quantity | None = None,
) -> str:
    """The share that two figures give when the digest sentence states both, calls
    ``q`` a share of a whole (145万回分のうち約9割にあたる120万回分) and the two do
    not give it: 1.2 of 1.45 million is 82.8%, not 約9割. ``part``: the figure the
    share is written beside (890万回と約6割), the share's part and not the rest of
    the whole. '' when they do not say."""
    if "%" not in q.span and "割" not in q.span and "分の" not in q.span:
        return ""
    if "分の" in q.span and _FRACTION_BOUND.match(text, q.end):
        return ""  # 40社(3分の1超): a bound, not the share itself
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    # the whole named as such earlier in the sentence (176人のうち、…139人で、約9割;
    # 予算は420万ユーロで、そのうち…110万ユーロと約4割を占める)
    sentence_before = text[sentence_start(text, q.start) : q.start]
    if not shares or not (marks_share(q, text) or _WHOLE_OF.search(sentence_before)):
        return ""
    if _M_IN_N_BEFORE.search(sentence_before):
        return ""  # (10件に6件、61.2%: a share in words, rounded, beside the exact one)

    # the part and the whole as the digest sentence states them, when the source states
    # them too (a share of figures stated elsewhere may be of others: measured, the
    # sentences restated gave six false errors on faithful digests)
    figures = [
        s
        for s in pool
        if not ({"percent", "point", "ordinal"} & s.units) and any(states(o, s) for o in stated)
    ]
    # the whole is the figure the share is "of": 145万回分のうち約9割 (not two parts:
    # 売上高の約7割にあたる33億7000万ドル … 車載は4億1000万ドル)
    before = text[max(0, q.start - 30) : q.start]
    # (その4分の1にあたる: of the figure the sentence states just before)
    that = re.search(r"その(?:約|およそ|ほぼ)?$", text[max(0, q.start - 5) : q.start])
    last_before = [o for o in stated if o.span in sentence_before][-1:] if that else []
    wholes = [
        s
        for s in figures
        for o in stated
        if states(o, s)
        and (
            (o in last_before)
            if last_before
            else re.search(
                re.escape(o.span) + r"[^\d、。]{0,3}?(?:のうち|の)(?:約|およそ|ほぼ)?$", before
            )
            or re.search(re.escape(o.span) + _WHOLE_OF.pattern, sentence_before)
        )
    ]

    def kin(a: Quantity, b: Quantity) -> bool:
        # "Sixty-two of the 80 member states": a part names no noun of its own
        elided = not a.noun or a.noun.split()[0] in OF_WORDS
        if same_kind(a, b) or same_kind(b, a) or ("count" in a.units & b.units and elided):
            return True
        # 176人のうち…139人: counted alike in the digest ("139 reached the finish")
        return counted_alike(a, b, stated)

    tolerance = share_slack(q, shares[0])
    if "分の" in q.span:  # a fraction within a twentieth and a point (4分の1 for 24.3%)
        tolerance = max(tolerance, 0.05 * shares[0] + 1)
    best: tuple[float, str] | None = None
    parts = [s for s in figures if part is None or states(part, s)]
    for p in parts:
        for whole in wholes:
            if p is whole or not kin(p, whole):
                continue
            for rp in p.readings:
                for rw in whole.readings:
                    if rp.unit != rw.unit or not 0 < rp.value < rw.value:
                        continue
                    ratio = 100 * rp.value / rw.value
                    # (or the rest of the whole: 43本のうち約7割が埋まり、空きは12本; not
                    # where the share stands beside its part)
                    rest = 100 - ratio if part is None else ratio
                    if any(min(abs(ratio - v), abs(rest - v)) <= tolerance for v in shares):
                        return ""  # two of the figures give it
                    miss = min(abs(ratio - v) for v in shares)
                    shown = f"{p.span.strip()} / {whole.span.strip()} = {ratio:.1f}%"
                    if best is None or miss < best[0]:
                        best = (miss, shown)
    # (parts the digest names before the share, as 両国で…約6割 sums them)
    earlier = [
        s for s in figures if any(states(o, s) and o.span in sentence_before for o in stated)
    ]
    if best is not None and _parts_give(earlier, wholes, shares, tolerance, kin):
        return ""  # 約1万4500台がドイツ、9800台がオーストリア…両国で約6割: two parts
    return best[1] if best else ""


# 契約価格4.80ドルの約2.8倍: the figure a multiple is "of"
_BOUND_AFTER = rx.compile(rf"{_FRACTION_BOUND.pattern}|を(?:超|上回|下回)")
_MULTIPLE_OF = rx.compile(
    r"(?:の|(?:から)?(?:と|に)(?:比べ|比較し)(?:て|ると)?、?)(?:約|およそ|ほぼ)?$"
)


def _multiple_read(
    q: Quantity, text: str, stated: list[Quantity]
) -> tuple[list[float], int, list[Quantity]]:
    """A multiple's values (none for a bound: 6倍以上, 2倍を超え, 60倍近く), where its
    sentence starts in ``text``, and the figures the sentence writes right before it as
    the one it is "of" (契約価格4.80ドルの約2.8倍; ``stated``: offsets in q's sentence)."""
    times = [r.value for r in q.readings if r.unit == "times" and r.value > 1]
    if not times or _BOUND_AFTER.match(text, q.end):
        return [], 0, []
    start = sentence_start(text, q.start)
    of = [o for o in stated if _MULTIPLE_OF.fullmatch(text, start + o.end, q.start)]
    return times, start, of


def wrong_multiple(q: Quantity, text: str, stated: list[Quantity], pool: list[Quantity]) -> str:
    """A multiple (約2.8倍) of the figure the digest sentence writes right before it
    (契約価格4.80ドルの約2.8倍) that the other figure of that kind the sentence states
    (1パック約11.20ドル) does not give: 11.20 / 4.80 = 2.33. Both must be the source's
    figures; where the sentence states more of their kind, none may give it. ''
    otherwise."""
    times, start, of = _multiple_read(q, text, stated)
    if not times:
        return ""
    if not of:
        return _wrong_rise_multiple(q, text, start, stated, pool, times)
    if len(of) != 1:
        return ""
    base = of[0]

    def given(o: Quantity) -> bool:
        return any(identical(o, s) for s in pool)

    units = {r.unit for r in base.readings if r.unit.startswith("cur:") or r.unit in MEASURES}
    if not units and base.counter and base.units == {"count"}:
        units = {"count"}  # (2019年の1万6200件の約4倍: counts with one counter)
    alike = [
        o
        for o in stated
        if o is not base
        and units & {r.unit for r in o.readings}
        and (units != {"count"} or o.counter == base.counter)
        and given(o)  # (not 年1068ユーロ, the digest's own product of 月89ユーロ)
        # (stated before the multiple: 1700万本の約1.4倍で、2027年には3000万本を目指す
        # compares the year before with a figure of the sentence before, not the target)
        and o.end <= q.start - start
    ]
    if not units or not alike or not given(base):
        return ""
    # (each figure of that kind the sentence states may be the one compared: 月89ユーロ
    # (年1068ユーロ)で、…月29ユーロと比べ約4倍 gives 3.07 and 36.8, neither about 4)
    shown = []
    for other in alike:
        unit = next(iter(units & {r.unit for r in other.readings}))
        a = next(r.value for r in other.readings if r.unit == unit)
        b = next(r.value for r in base.readings if r.unit == unit)
        if a <= 0 or b <= 0:
            return ""
        ratio = a / b
        # (ほぼ3倍 for 11 / 4 = 2.75: a rounded multiple is good to half its last digit)
        half = q.place / 2 if q.approx else 0.0
        if any(within_rounding(ratio, t, q, exact=False) or abs(ratio - t) <= half for t in times):
            return ""
        shown.append(f"{other.span.strip()} / {base.span.strip()} = {ratio:.2f}")
    return shown[0]


# "40% larger than last year's 13.3 tonnes": a rise written as a rate over a figure
_RATE_OVER = rx.compile(
    r"\s+(?:larger|more|higher|bigger|greater|heavier|longer|up|above)\s+(?:than|on|from)"
    r"\s+(?:[\w'’]+\s+){0,4}",
    re.IGNORECASE,
)


def multiple_of_rate(q: Quantity, text: str, stated: list[Quantity], source: SourceIndex) -> str:
    """A multiple (13.3トンの約1.6倍) of the one figure the digest sentence writes right
    before it, where the source states that figure with the rate of a rise over it
    ("40% larger than last year's 13.3 tonnes": 1.4 times) and the rate does not give
    the multiple. '' otherwise."""
    times, _start, of = _multiple_read(q, text, stated)
    if not times or len(of) != 1:
        return ""
    found = ""
    for base in (s for s in source.quantities if identical(of[0], s)):
        for rate in source.quantities:
            values = [r.value for r in rate.readings if r.unit == "percent" and r.value > 0]
            if not values or not _RATE_OVER.fullmatch(source.text, rate.end, base.start):
                continue
            multiple = 1 + values[0] / 100
            if any(within_rounding(multiple, t, q, exact=False) for t in times):
                return ""
            found = f"{base.span.strip()} × (1 + {rate.span.strip()}) = {multiple:.2f}"
    return found


# 4万発から…15万発へ、約5倍に: the two ends of a rise, then its multiple
_RISE_END = rx.compile(r"(?:へ|に|まで)(?:と)?、?(?:約|およそ|ほぼ)?")


def _wrong_rise_multiple(
    q: Quantity,
    text: str,
    start: int,
    stated: list[Quantity],
    pool: list[Quantity],
    times: list[float],
) -> str:
    """A multiple written after the two ends of a rise the digest sentence states (年産を
    4万発から2028年までに15万発へ、約5倍に): 150,000 / 40,000 = 3.75, not 約5倍. Both
    ends must be the source's figures, counted alike. '' otherwise."""
    ends = [o for o in stated if _RISE_END.fullmatch(text, start + o.end, q.start)]
    if len(ends) != 1 or not ends[0].counter:
        return ""
    high = ends[0]
    low = next(
        (
            o
            for o in reversed(stated)
            if o.end <= high.start
            and o.counter == high.counter
            and text.startswith("から", start + o.end)
        ),
        None,
    )
    if low is None or not all(any(identical(o, s) for s in pool) for o in (low, high)):
        return ""
    a, b = high.readings[0].value, low.readings[0].value
    if a <= 0 or b <= 0 or high.readings[0].unit != low.readings[0].unit:
        return ""
    ratio = a / b
    # (約4倍 for 3.75: to the multiple's last digit)
    if any(abs(ratio - t) <= rounding_step(q, t) + 1e-9 for t in times):
        return ""
    return f"{high.span.strip()} / {low.span.strip()} = {ratio:.2f}"


def _parts_give(
    figures: list[Quantity],
    wholes: list[Quantity],
    shares: list[float],
    tolerance: float,
    kin: SameKind,
) -> bool:
    """Whether two parts together give one of ``shares`` of a whole."""
    for whole in wholes:
        parts = [p for p in figures if p is not whole and kin(p, whole)]
        for a, b in itertools.combinations(parts, 2):
            for rw in whole.readings:
                total = sum(r.value for s in (a, b) for r in s.readings[:1] if r.unit == rw.unit)
                if 0 < total < rw.value and any(
                    abs(100 * total / rw.value - v) <= tolerance for v in shares
                ):
                    return True
    return False


# 80カ所のうち62カ所、約6割; 感染者のうち39人、約9割; 61人のうち54人(約7割): a share in
# apposition to its part
APPOSED_SHARE = rx.compile(r"[、(（](?:約|およそ|ほぼ)?$")
_APPOSED = rx.compile(
    r"(?:のうち|中)[^\d、。]{0,6}$|\d[^\d、。]{0,3}に$"
)  # (5食に2食: two in five)
# …のうち9カ所、つまり4分の1; 132台のうち46台と約半数: what joins a part to its share
_APPOSED_HEAD = rx.compile(r"(?:、(?:つまり|すなわち)?|[(（]|と)(?:約|およそ|ほぼ)?$")
# "62 of its 80 elevators", "45 of the region's 73 districts", "7 out of 31 cargoes"
_PART_OF_WHOLE = rx.compile(
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
    window = text[max(0, q.start - 7) : q.start]
    head = _APPOSED_HEAD.search(window)
    if not shares or head is None:
        return None
    if _M_IN_N_BEFORE.search(text, max(0, q.start - 16), q.start):
        return None  # (10件に6件、61.2%: a share in words, rounded, beside the exact one)
    comma = q.start - (len(window) - head.start())
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
        if o.end <= part.start
        and re.search(re.escape(o.span) + r"(?:[^\d、。]{0,8}のうち|[^\d、。]{0,3}に)$", before)
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
    tolerance = (rounding_step(q, shares[0]) or 0.5) + 0.5
    slack = share_slack(q, shares[0])
    best: tuple[float, str] | None = None
    for p in parts:
        for w in wholes:
            if not 0 < p < w:
                continue
            ratio = 100 * p / w
            shown = f"{fmt_value(p)} / {fmt_value(w)} = {ratio:.1f}% → {q.span.strip()}"
            miss = min(abs(ratio - v) for v in shares)
            if miss <= tolerance:
                return True, shown
            if best is None or miss < best[0]:
                best = (miss, f"{fmt_value(p)} / {fmt_value(w)} = {ratio:.1f}%")
    return (False, best[1]) if best and best[0] > slack else None


_RANGE_MARK = rx.compile(r"[〜~～\-–]")
_MEASURE_UNITS = {"length": " m", "area": " m²", "volume": " L", "mass": " kg"}
# the bracket between a figure and its conversion: 74マイル(約119キロ)
_BRACKET_OPEN = rx.compile(r"\s*[(（](?:約|およそ|ほぼ)?")


def converted_measure(
    q: Quantity, text: str, stated: list[Quantity], known: Set[float]
) -> tuple[bool, str] | None:
    """A length, area, volume or mass the digest converts in brackets right after the
    source's own (3.2インチ(約81ミリ), 74マイル(約119キロ), 360万ガロン(約1360万リットル)),
    or writes before it (約34ヘクタール(85エーカー)): whether the conversion is right,
    and the arithmetic. None when q is no such one."""
    before = [
        o for o in stated if o.end <= q.start and _BRACKET_OPEN.fullmatch(text, o.end, q.start)
    ]
    # (or the source's own in brackets right after it: 約34ヘクタール(85エーカー))
    after = [
        o for o in stated if o.start >= q.end and _BRACKET_OPEN.fullmatch(text, q.end, o.start)
    ]
    if not before and not after:
        return None
    given = before[-1] if before else after[0]
    if any(
        _RANGE_MARK.search(text, max(0, o.start - 1), o.start) or _RANGE_MARK.match(text, o.end)
        for o in (q, given)
    ):
        return None  # (60〜110マイル(約97〜177キロ): the ends of ranges pair by their order)
    for unit, symbol in _MEASURE_UNITS.items():
        mine = [r for r in q.readings if r.unit == unit]
        # (from one system of units to the other: miles to km, gallons to litres)
        theirs = [
            r
            for r in given.readings
            if mine
            and r.unit == unit
            and r.system != mine[0].system
            and any(math.isclose(r.value, k, rel_tol=1e-9) for k in known)
        ]
        if not theirs:
            continue
        value, target = mine[0].value, theirs[0].value
        # within the figure's own rounding (約119キロ: 0.5 km; 約1360万: 5万) and a little
        tolerance = (q.place / 2 / q.figure if q.figure else 0) + (0.03 if q.approx else 0.01)
        if given.approx and given.figure:
            # (and the bracket's: 3.4フィート(約1メートル), the digest's own rounding)
            tolerance += given.place / 2 / given.figure
        # (in the digest figure's own units: 3.2インチ = 81.28 beside 32ミリ)
        unit_word = re.sub(r"^[\d.,約]+(?:[万億兆]\d*)*", "", q.span.strip()) or symbol
        said = f"{given.span.strip()} = {in_figure_units(target, q, value)}{unit_word}"
        if abs(value - target) <= tolerance * target:
            return True, f"{said} → {q.span.strip()}"
        return False, said
    return None


_DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute"}


def converted_duration(
    q: Quantity, text: str, stated: list[Quantity], known: Set[float]
) -> tuple[bool, str] | None:
    """A span of time the digest restates in other units in brackets right after the
    source's own (54カ月(4年半), 3時間(180分)): whether the two agree, within q's own
    rounding (half a year for 4年半, half a unit else, 3% more with 約), and the
    arithmetic. None when q is no such restatement."""
    if not q.units & _DURATION_UNITS:
        return None
    before = [
        o for o in stated if o.end <= q.start and _BRACKET_OPEN.fullmatch(text, o.end, q.start)
    ]
    if not before or not before[-1].units & _DURATION_UNITS or before[-1].units == q.units:
        return None
    given = before[-1]
    if RANGE_DASH.match(text, q.end):
        # (18〜24カ月(1年半〜2年): a range restated, its first end the first end's)
        first = [o for o in stated if RANGE_DASH.fullmatch(text, o.end, given.start)]
        if first:
            given = first[-1]
    if not any(r.value in known for r in given.readings):
        return None  # (the source's own figure, not one the digest worked out)
    step = q.place or (0.5 if "半" in q.span else 1.0)
    for mine in equivalent_readings(q.readings):
        for theirs in equivalent_readings(given.readings):
            if mine.unit != theirs.unit or mine.unit not in ("mon", "dur") or not mine.value:
                continue
            scale = mine.value / q.figure if q.figure else 1.0  # (one of q's units, in base)
            tolerance = step / 2 * scale + (0.03 * theirs.value if q.approx else 0)
            unit = next(r.unit for r in q.readings if r.unit in _DURATION_UNITS)
            said = f"{given.span.strip()} = {fmt_value(theirs.value / scale)} {unit}s"
            if abs(mine.value - theirs.value) <= tolerance + 1e-9:
                return True, f"{said} → {q.span.strip()}"
            return False, said
    return None


# (or a minus sign right before the figure: 華氏28度(約−2℃))
_BELOW_ZERO = rx.compile(r"マイナス|零下|氷点下|(?<![\d.])[−－-](?=(?:約|およそ)?$)")


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
    given: list[tuple[float, bool]] = []  # (value, a decade: 華氏90度台)
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
                given.append(((-1 if negative else 1) * r.value, text.startswith("台", o.end)))
        if len(given) >= 2:
            break
    if not given:
        return None
    # within the figure's own rounding (38.3度: 0.05; 38度: 0.5), and with 約 a
    # little more
    # (a lava's 約1150度 is rounded to tens: 1,148.9; a 40度 is no rounding of 37.8)
    place = q.place if q.figure >= 100 and q.approx else min(q.place or 1, 1)
    tolerance = place / 2 + (0.5 if q.approx else 0.1)
    shown = ""
    for value, decade in given:
        target = (value - 32) * 5 / 9 if other == "temp-f" else value * 9 / 5 + 32
        said = (
            f"{fmt_value(value)}°F = {target:.1f}°C"
            if other == "temp-f"
            else f"{fmt_value(value)}°C = {target:.1f}°F"
        )
        if abs(mine_value - target) <= tolerance:
            return True, said
        if text.startswith("台", q.end) and mine_value - tolerance <= target < mine_value + 10:
            return True, said  # 摂氏30度台 for the low 90s °F (32.2°C): the decade holds it
        if decade and value >= 0:
            # 華氏90度台(摂氏32〜37度): any temperature of the decade converts
            top = (value + 10 - 32) * 5 / 9 if other == "temp-f" else (value + 10) * 9 / 5 + 32
            if target - tolerance <= mine_value <= top + tolerance:
                units = ("°F", "°C") if other == "temp-f" else ("°C", "°F")
                return True, (
                    f"{fmt_value(value)}–{fmt_value(value + 10)}{units[0]}"
                    f" = {target:.1f}–{top:.1f}{units[1]}"
                )
        # a difference of temperatures converts without the 32 (5.4°F warmer = 3°C)
        step = value * 5 / 9 if other == "temp-f" else value * 9 / 5
        if abs(abs(mine_value) - abs(step)) <= tolerance:
            unit_from, unit_to = ("°F", "°C") if other == "temp-f" else ("°C", "°F")
            return True, f"a difference of {fmt_value(value)}{unit_from} = {step:.1f}{unit_to}"
        shown = shown or said
    return False, shown


# 賛成96、反対54: a vote the digest states, for and against
_VOTE = rx.compile(r"賛成(?:は)?(\d+)(?:票)?[、,・対で]{0,2}\s*反対(?:は)?(\d+)")
# 52票差, 6票上回った, 42票の差: the margin after the figure
_MARGIN_AFTER = rx.compile(r"(?:の)?差|上回|多")


def wrong_margin(q: Quantity, text: str, everything: Iterable[Quantity]) -> str:
    """A vote's margin that the votes the digest sentence states do not give: 賛成96、
    反対54の52票差 (96 − 54 = 42), when the source states both counts. '' otherwise."""
    if q.counter != "票" or not _MARGIN_AFTER.match(text, q.end):
        return ""
    start = sentence_start(text, q.start)
    vote = _VOTE.search(text, start, q.start)
    if vote is None:
        return ""
    yes, no = int(vote.group(1)), int(vote.group(2))
    values = {r.value for s in everything for r in s.readings}
    if yes not in values or no not in values or abs(yes - no) == q.figure:
        return ""
    return f"{max(yes, no)} − {min(yes, no)} = {abs(yes - no)}"
