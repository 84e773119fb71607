"""Changes, totals, shares and counts of years that the source's figures do not
give: the derivation of a figure from the source (``info``), or the error it is
when the digest worked it out wrong.
"""

from __future__ import annotations

from yoten.check import rx
from yoten.check.align import SourceSentence, sentence_at, sentence_start, split_sentences
from yoten.check.derive import (
    EACH_WORD,
    FOUR_DIGIT_YEAR,
    counts_years_since,
    derive,
    identical,
    listed_count,
    marks_share,
    multiple_of_rate,
    named_total,
    rest_of_hundred,
    span_named,
    wrong_change,
    wrong_margin,
    wrong_multiple,
    wrong_per_unit,
    wrong_remainder,
    wrong_total,
    wrong_years_since,
    years_between,
    years_count_span,
    years_since_named,
)
from yoten.check.derive.basics import within_rounding
from yoten.check.derive.values import close_change, direction_of
from yoten.check.digest_figures import digest_quantities
from yoten.check.judge.figure import PER_ONE_BEFORE, POINTS_FROM, Figure
from yoten.check.judge.levels import rate_of_stated_pair, share_worked_out
from yoten.check.judge.shares import wrong_part_of_share
from yoten.check.judge.spans import wrong_days_between
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity, equivalent_readings
from yoten.check.rate_period import JA_ONE_PERIOD
from yoten.check.relations import same_kind_sources
from yoten.check.rivals import bound
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding


def derivation_of(f: Figure, counterparts: tuple[Quantity, ...]) -> str | Finding:
    """How q is worked out from the source's figures ('' when it is not), or the
    error for a count of years its own sentence's year does not give."""
    q, text, source = f.q, f.piece.text, f.source
    derived = (
        years_between(q, text, source, [s.norm or s.text for s in f.aligned])
        or span_named(q, text)
        # (unless the source counts them itself: 12年ぶり beside its 2014年以来)
        or (
            ""
            if any(_COUNTED_SINCE.search(s.span) for s in counterparts)
            else years_since_named(q, text, source)
        )
    )
    if not derived and counts_years_since(q, text):
        # 前回の優勝は1998年で、28年ぶり: the year the sentence names settles the count,
        # whatever two other figures of years happen to give
        years = _wrong_years_since(q, f.piece, source, f.aligned, own_year=True)
        if years is not None:
            return years
    return (
        derived
        or derive(
            q,
            f.nearby,
            source,
            same_kind=f.kin,
            stated=f.stated,
            after=f.after,
            counterparts=counterparts,
            total=named_total(text, q.start, q.end),
            before=f.sentence[: q.start - f.start][-24:],
            share=marks_share(q, text),
            given=tuple(f.restated),
            earlier=_restated_before(f),
            part=f.share_part,
        )
        or bound(q, text, f.nearby, f.source.text)
        or _change_from_sentence_before(f)
        or share_worked_out(f)
        or _rest_besides(f)
        or listed_count(q, f.sentence, q.start - f.start)
        # (残る22.9% after 41.3% in the sentence before and 35.8% in its own)
        or rest_of_hundred(q, f.sentence[: q.start - f.start][-8:], [*f.before_figures, *f.stated])
    )


def miscomputed_figure(f: Figure) -> Finding | None:
    """The error for a change, total, remainder, share or count of years that the
    source's figures do not give."""
    q, text = f.q, f.piece.text
    change = wrong_change(q, text, f.stated, f.nearby, same_kind_sources, f.source)
    if rate_of_stated_pair(f):
        change = ""  # (400人から520人へと3割増: the two levels its own sentence states)
    elif not change:
        # 値上げ率は約15%にあたる: a sentence of its own about the figures of the one
        # before; 2時間5分2秒の大会記録を35秒更新: the other end (2時間4分37秒) stated there
        change = _wrong_change_before(q, f.piece, f.source, f.stated, f.nearby)
    wrong = (
        change
        or wrong_total(q, text, f.stated, f.restated, f.source.quantities)
        or _wrong_total_before(f)
        or wrong_remainder(q, text, f.stated, f.restated)
        or f.wrong_share
        or wrong_per_unit(q, f.sentence, q.start - f.start, f.stated, f.source.quantities)
        or wrong_multiple(q, text, f.stated, f.source.quantities)
        or multiple_of_rate(q, text, f.stated, f.source)
        or wrong_margin(q, text, f.source.quantities)
        or wrong_part_of_share(f)
        or wrong_days_between(f)
    )
    if wrong:
        return f.contradicted(wrong)
    return _wrong_years_since(q, f.piece, f.source, f.aligned)


# a source's own count of years since: 12年ぶり, 9年前, "12 years ago"
_COUNTED_SINCE = rx.compile(r"ぶり|前|\bago\b|\bearlier\b")
# 前年同期は約181億円: the level before a change the sentence before states
_LEVEL_BEFORE = rx.compile(
    r"(?:前年同期|前年同月|前年度|前年|前期|昨年)(?:は|が|の)(?:約|およそ)?$"
)


def _change_from_sentence_before(f: Figure) -> str:
    """A change its words give the direction of, from a figure of the digest sentence
    before to one its own sentence states as the source does (2023年には1万8400ポンド。
    今年は1万4900ポンドで、ピークから約19%下がった), or ''."""
    direction = direction_of(f.after)
    if not direction:
        return ""
    for given in f.stated:
        if given.end > f.q.start - f.start or not any(identical(given, s) for s in f.restated):
            continue
        for earlier in f.before_figures:
            change = close_change(f.q, earlier, given, f.kin, direction)
            if change:
                return change
    return ""


def _rest_besides(f: Figure) -> str:
    """What the digest sentence before leaves of the whole it states, once its part is
    taken away, where q's sentence says "other than" (2410件で、約990件が秋に集中している。
    秋以外の予約は約1420件: 2410 − 990), the whole as the source states it; or ''."""
    q = f.q
    if "以外" not in f.sentence[: q.start - f.start]:
        return ""
    figures = [o for o in f.before_figures if o.units & q.units - {"any"}]
    for whole in figures:
        if not any(identical(whole, s) for s in f.source.quantities):
            continue
        for part in figures:
            rest = whole.figure - part.figure
            if (
                part is not whole
                and rest > 0
                and within_rounding(q.figure, rest, q, exact=not q.approx)
            ):
                return f"{whole.span.strip()} − {part.span.strip()} = {rest:g} → {q.span.strip()}"
    return ""


def _restated_before(f: Figure) -> list[Quantity]:
    """The source figures of the sentences the digest sentence before q's restates, where
    q is the first figure of its sentence and a share (予算全体の約27%にあたり: of the
    3890万ドル stated before), a figure per unit (1隻あたりでは1億4500万ユーロ: of the
    8億7000万ユーロ for 6隻 in any sentence of the piece before) or the level before a
    change (前年同期は約181億円, after 18%増の214億円); only those take them (derive's
    ``earlier``)."""
    q = f.q
    share = any(r.unit in ("percent", "ratio") and r.value > 0 for r in q.readings)
    head = f.sentence[: q.start - f.start]
    per_one = PER_ONE_BEFORE.search(head) is not None
    if not share and not (per_one or _LEVEL_BEFORE.search(head)):
        return []
    # (the 1 of 1隻あたり is no figure before q)
    if not f.before or any(o.start < q.start - f.start and o.figure != 1 for o in f.stated):
        return []
    befores = [f.before]
    if per_one:
        above = f.piece.text[: f.start]
        befores = [above[a:b] for a, b in split_sentences(above)]
    found: list[Quantity] = []
    for before in befores:
        values = [r.value for o in digest_quantities(before) for r in o.readings]
        found += f.source.quantities_in(f.source.align(before, values=values))
    return found


def _wrong_total_before(f: Figure) -> str:
    """wrong_total with the terms of the sentence before q's too (一戸建ては3960戸だった。
    集合住宅は1万3850戸で、合わせて1万8710戸)."""
    q, text = f.q, f.piece.text
    if not f.before or not named_total(text, q.start, q.end):
        return ""
    if EACH_WORD.search(f.before) or _RATE_PER_PERIOD.search(f.before):
        # 1基あたり170メガワット。…計1360メガワット; 保管料1日68ドル。3日間で計491ドル:
        # a product, no plain sum
        return ""
    earlier = f.before_figures
    given = [s for s in f.source.quantities if any(identical(o, s) for o in earlier)]
    if not given:
        return ""
    return wrong_total(q, text, [*earlier, *f.stated], [*f.restated, *given], f.source.quantities)


# 1日68ドル, 月額45ユーロ, 時給18ドル: a rate per period, right before its figure
_RATE_PER_PERIOD = rx.compile(
    rf"(?:{JA_ONE_PERIOD}|1(?:泊|回)|日額|月額|週額|時給)(?:約|およそ)?\d"
)


def _wrong_change_before(
    q: Quantity, piece: Piece, source: SourceIndex, stated: list[Quantity], nearby: list[Quantity]
) -> str:
    """wrong_change with the figures of the sentence before q's too: q's own sentence
    goes on about them (no other figure in it), or states one end of the change and
    the sentence before the other (then both ends must be figures the digest states)."""
    start = sentence_start(piece.text, q.start)
    if start == 0:
        return ""
    before = sentence_at(piece.text, start - 1)
    earlier = digest_quantities(before)
    if not earlier:
        return ""
    if "point" in q.units:
        # points between percentages: those of q's own sentence, or one there and one
        # in the sentence before that one source sentence states together (89%を治癒
        # させた。標準治療の71%より16ポイント高い for "cured 89% …, compared with 71%")
        ends = [o for o in [*stated, *earlier] if o.units == {"percent"}]
        homes = [
            {source.sentence_of(s.start) for s in source.quantities if identical(o, s)} - {None}
            for o in ends
        ]
        linked = any(POINTS_FROM.fullmatch(piece.text, start + o.end, q.start) for o in stated)
        if len(ends) != 2 or not set.intersection(*homes) or not linked:
            return ""
    aligned = source.align(before, values=[r.value for o in earlier for r in o.readings])
    pool = [*nearby, *(s for s in source.quantities_in(aligned) if s not in nearby)]
    if stated:
        units = {r.unit for r in equivalent_readings(q.readings)} - {"any"}
        alike = [
            o
            for o in stated
            if o.units != {"ordinal"} and units & {r.unit for r in equivalent_readings(o.readings)}
        ]
        if len(alike) >= 2:
            return ""  # 19分から11分へ8分: its own sentence states both ends
        given = [s for s in pool if any(identical(o, s) for o in [*stated, *earlier])]
        if len(given) < 2:
            return ""  # the change's two ends are not both the digest's
    return wrong_change(q, piece.text, [*stated, *earlier], pool, same_kind_sources, source)


def _wrong_years_since(
    q: Quantity,
    piece: Piece,
    source: SourceIndex,
    aligned: list[SourceSentence],
    *,
    own_year: bool = False,
) -> Finding | None:
    """A count of years since a year that the years of the sentences restated do not
    give (``own_year``: only when q's own sentence names a year the source names)."""
    # a label's count of years (7年ぶりの栄冠) reads with the sentence it labels
    context = sentence_at(piece.labelled, 0) if piece.labelled else ""
    if own_year:
        named = {
            int(y) for y in FOUR_DIGIT_YEAR.findall(sentence_at(piece.text, q.start) + context)
        }
        if not named & source.dates.years:
            return None
    texts = [s.norm or s.text for s in aligned]
    years = wrong_years_since(q, piece.text, source, texts, context=context)
    if not years:
        return None
    return finding_at(
        piece,
        years_count_span(q, piece.text),
        Kind.MISMATCH,
        "error",
        message=_("the source's years give {years}").format(years=years),
        rule=Rule.NUMBER_CONTRADICTED,
        derivation=years,
        evidence=evidence(aligned),
    )
