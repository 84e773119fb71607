"""How one digest figure the source does not state as written is judged.

The digest sentence is aligned with the source sentences it restates; then, in
order: a figure the digest works out beside its operands (a share in apposition,
a converted temperature); a copy with two digits swapped; a value derived from
the source's figures (a sum, a difference, a share, years since) — ``info``; a
change, total, share or count of years the figures do not give — ``error``; a
figure of the same kind that the sentences restated state in its place —
``error``; anything else — ``unsupported``, a ``warning``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from dataclasses import dataclass, replace

from yoten.check import rx
from yoten.check.align import (
    SourceSentence,
    katakana_skeleton,
    sentence_at,
    sentence_start,
    skeleton,
    split_sentences,
)
from yoten.check.dates.facts import real_date
from yoten.check.derive import (
    EACH_WORD,
    FOUR_DIGIT_YEAR,
    RANGE_DASH,
    apposed_share,
    converted_duration,
    converted_measure,
    converted_temperature,
    counts_years_since,
    derive,
    derived_level,
    identical,
    listed_count,
    marks_share,
    multiple_of_rate,
    named_total,
    per_unit,
    rest_of_hundred,
    share_part,
    slipped_change,
    span_named,
    wrong_change,
    wrong_margin,
    wrong_multiple,
    wrong_per_unit,
    wrong_remainder,
    wrong_share,
    wrong_total,
    wrong_years_since,
    years_between,
    years_count_span,
    years_since_named,
)
from yoten.check.derive.basics import (
    fmt_value,
    in_figure_units,
    share_slack,
    states,
    within_rounding,
)
from yoten.check.derive.values import (
    MEASURES,
    close_change,
    percent_of,
    product_of,
    stated_direction,
)
from yoten.check.digest_figures import digest_quantities
from yoten.check.direction import source_direction
from yoten.check.lexicon import counter_nouns
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import (
    Quantity,
    equivalent_readings,
    readings_match,
)
from yoten.check.quantities.english_context import NAME_BEFORE_AGE
from yoten.check.ranges import range_counterpart
from yoten.check.rate_unit import converted_rate
from yoten.check.relations import (
    Slip,
    digits_swapped,
    foreign_count,
    log_distance,
    other_currency,
    read_as_year,
    same_figure_other_unit,
    same_kind,
    same_kind_sources,
    significant_digits,
    slips,
    typo_of,
    written_digits_swapped,
)
from yoten.check.rivals import (
    bound,
    change_to_rival,
    rounds_to,
)
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = [
    "judge",
    "points_finding",
    "swapped_finding",
    "worked_out_beside",
    "wrong_change_beside",
    "wrong_per_unit_beside",
    "wrong_points_beside",
    "wrong_rounded_total",
]


@dataclass
class _Figure:
    """A digest figure the source does not state as written, in its sentence, with
    the source sentences that sentence restates."""

    q: Quantity
    piece: Piece
    source: SourceIndex
    start: int  # where q's sentence starts in piece.text
    sentence: str
    stated: list[Quantity]  # the sentence's other figures (offsets in the sentence)
    aligned: list[SourceSentence]
    # the source's figures the digest sentence states (948件, 1236件), wherever the
    # source states them: a change or a level the digest derives runs between them
    restated: list[Quantity]

    @functools.cached_property
    def before(self) -> str:
        """The digest sentence before q's ('' when q's is the piece's first)."""
        return sentence_at(self.piece.text, self.start - 1) if self.start else ""

    @functools.cached_property
    def before_figures(self) -> list[Quantity]:
        return digest_quantities(self.before) if self.before else []

    @functools.cached_property
    def before_aligned(self) -> list[SourceSentence]:
        """The first two source sentences the digest sentence before q's restates."""
        if not self.before:
            return []
        values = [r.value for o in self.before_figures for r in o.readings]
        return self.source.align(self.before, values=values)[:2]

    @functools.cached_property
    def nearby(self) -> list[Quantity]:
        """The figures of the sentences restated, then the rest of ``restated``."""
        nearby = self.source.quantities_in(self.aligned)
        return nearby + [s for s in self.restated if s not in nearby]

    @functools.cached_property
    def share_part(self) -> Quantity | None:
        """The figure q is written beside as its share (890万回と約6割), if q is a share."""
        return share_part(self.q, self.sentence, self.q.start - self.start, self.stated)

    @functools.cached_property
    def wrong_share(self) -> str:
        """The share the figures q's sentence states give, when they do not give q
        (see derive.wrong_share); read once, before and after the derivations."""
        return wrong_share(
            self.q, self.piece.text, self.stated, self.nearby, same_kind_sources, self.share_part
        )

    @functools.cached_property
    def unit_word(self) -> str:
        return _unit_word(self.piece.text, self.q)

    @functools.cached_property
    def counted(self) -> list[Quantity]:
        """The digest's figures before q in its paragraph, counted with q's counter (住宅
        214棟が全焼し、67棟が損壊した。…合わせて281棟: the 67 of "67 more" counts homes
        too; one cached scan of the paragraph, not a new one of each figure's prefix)."""
        q = self.q
        if not q.counter:
            return []
        return [
            o
            for o in digest_quantities(self.piece.text)
            if o.end <= self.start and o.counter == q.counter
        ]

    @property
    def after(self) -> str:
        return self.piece.text[self.q.end : self.q.end + 6]

    def kin(self, a: Quantity, b: Quantity) -> bool:
        """Same kind, or (for a figure in a unit the scanner does not know) counted in
        the same loanword, or stated beside it in the digest sentence (2310万ソル)."""
        q = self.q
        if same_kind(a, b) or (a is q and foreign_count(a, b, self.source)):
            return True
        # ("26万8400台と14万3900台、計41万2300台": the source's figures the sentence
        # states with the same counter count the same thing)
        return a is q and (
            _named_alike(self.unit_word, b, self.source)
            or any(readings_match(o, b) for o in self.counted)
            or any(
                readings_match(o, b)
                and (bool(self.unit_word) or (bool(q.counter) and o.counter == q.counter))
                for o in self.stated
            )
        )

    def derived(self, derivation: str) -> Finding:
        return finding_at(
            self.piece,
            self.q.span,
            Kind.DERIVED,
            "info",
            message=_("derived from the source: {derivation}").format(derivation=derivation),
            rule=Rule.NUMBER_DERIVED,
            derivation=derivation,
            evidence=evidence(self.aligned),
        )

    def contradicted(self, arithmetic: str) -> Finding:
        return finding_at(
            self.piece,
            self.q.span,
            Kind.MISMATCH,
            "error",
            message=_("the source's figures give {change}").format(change=arithmetic),
            rule=Rule.NUMBER_CONTRADICTED,
            derivation=arithmetic,
            evidence=evidence(self.aligned),
        )


def wrong_share_beside(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """The error for a share written beside its part (約3割にあたる31万, 890万回と約6割)
    that the part and the whole its sentence states do not give, where the source
    states the share's figure (``supporters``) only about something else: in none of
    the sentences the digest sentence restates. None otherwise."""
    if not any(mark in q.span for mark in ("%", "％", "割")):
        return None
    f = _figure(q, piece, source)
    if f.share_part is None or not f.wrong_share:
        return None
    if any(source.sentence_of(s.start) in f.aligned for s in supporters):
        return None  # (the sentence restated states the share itself: 27.1%, 65%)
    return f.contradicted(f.wrong_share)


def wrong_per_unit_beside(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """The error for a figure per one (1世帯あたり平均2500ポンド) that the total and the
    count its own sentence states do not give (720万ポンド for 3600世帯: 2000), where the
    source states q's figure only about something else ("£2,500 per business"): in
    none of the sentences the digest sentence restates. None otherwise."""
    if not _PER_ONE_BEFORE.search(piece.text, max(0, q.start - 16), q.start):
        return None
    f = _figure(q, piece, source)
    if not f.aligned or any(source.sentence_of(s.start) in f.aligned for s in supporters):
        return None
    wrong = wrong_per_unit(q, f.sentence, q.start - f.start, f.stated, f.restated)
    return f.contradicted(wrong) if wrong else None


def wrong_points_beside(q: Quantity, piece: Piece, source: SourceIndex) -> Finding | None:
    """The error for percentage points its own sentence states both ends of (3.4%…12月の
    3.1%から0.4ポイント加速) that those ends do not give, where the source states q's
    figure about something else ("up 0.4% on the month"). None otherwise."""
    found = _points_between_stated(_figure(q, piece, source))
    return found if found is not None and found.severity == "error" else None


def wrong_change_beside(q: Quantity, piece: Piece, source: SourceIndex) -> Finding | None:
    """The error for a change whose two ends its own sentence states (420室から44室減って
    386室) that those ends do not give (34), where the source states q's figure about
    something else. None otherwise."""
    f = _figure(q, piece, source)
    units = {r.unit for r in q.readings} - {"percent", "point"}
    ends = [o for o in f.stated if units & o.units]
    given = [s for s in source.quantities if any(identical(o, s) for o in ends)]
    if not units or len(ends) != 2 or len({s.figure for s in given}) != 2:
        return None
    # (the change written right after the end it runs from: 420室から44室減って; or
    # after the end it runs to: 2万6000人から3万8500人へと1万5000人増える)
    if not any(
        _POINTS_FROM.fullmatch(f.sentence, o.end, q.start - f.start)
        or _CHANGE_AFTER_TO.fullmatch(f.sentence, o.end, q.start - f.start)
        for o in ends
    ):
        return None
    wrong = wrong_change(q, piece.text, ends, given, same_kind_sources, source)
    return f.contradicted(wrong) if wrong else None


def wrong_rounded_total(q: Quantity, piece: Piece, source: SourceIndex) -> Finding | None:
    """The error for an exact total its own sentence's terms do not give, where the
    source states an approximate figure it rounds (18万個、6万個の計25万個 beside
    "about 240,000": 180,000 + 60,000 = 240,000, not 250,000); None otherwise."""
    if q.approx or not named_total(piece.text, q.start, q.end):
        return None
    f = _figure(q, piece, source)
    wrong = wrong_total(q, piece.text, f.stated, source.quantities)
    return f.contradicted(wrong) if wrong else None


def _figure(q: Quantity, piece: Piece, source: SourceIndex) -> _Figure:
    sentence = sentence_at(piece.text, q.start)
    values = [r.value for r in q.readings]
    stated = [o for o in digest_quantities(sentence) if o.span != q.span]
    others = [r.value for o in stated for r in o.readings] + [o.figure for o in stated]
    aligned = source.align(sentence, values=others, ignore=[*values, q.figure])
    start = sentence_start(piece.text, q.start)
    if not aligned and start > 0 and _POINTS_BACK.match(sentence):
        # (これは処理能力の約8割にあたる: the sentence before says what "this" is)
        before = sentence_at(piece.text, start - 1)
        said = [r.value for o in digest_quantities(before) for r in o.readings]
        aligned = source.align(before, values=said, ignore=[*values, q.figure])[:2]
    clause = _clause_at(piece.text, q)
    if clause != sentence:  # …上回り、純利益も約3割増えた: the clause's own sentence too
        aligned += [
            s
            for s in source.align(clause, values=others, ignore=[*values, q.figure])[:1]
            if s not in aligned
        ]
    restated = [
        s
        for s in source.quantities
        if any(identical(o, s) for o in stated) and not s.extra.get("article")
    ]
    if not aligned:
        # (安全上重要な更新は90日以内に…14項目を勧告した: too few words to align, but
        # the one source sentence that states its other figure, "14 recommendations")
        # (by a figure that says which: no age, no span of time, no small count; 2年前は
        # 686ユーロだった restates no sentence by its "2 years")
        held = {
            id(x): x
            for s in restated
            if s.figure >= 10
            and not s.units & _WEAK_ANCHORS
            and (x := source.sentence_of(s.start)) is not None
        }
        if len(held) == 1:
            aligned = list(held.values())
    return _Figure(q, piece, source, start, sentence, stated, aligned, restated)


# figures too common to say which sentence a digest sentence restates
_WEAK_ANCHORS = frozenset({"year", "month", "week", "day", "hour", "age", "ordinal", "any"})

# a sentence that opens by pointing back: これは, それは, この, うち
_POINTS_BACK = rx.compile(r"\s*(?:これ|それ|この|その|うち)")


def judge(q: Quantity, piece: Piece, source: SourceIndex, points: list[Quantity]) -> Finding | None:
    """The finding for digest figure ``q``, which the source does not state as written
    (``points``: source figures it would match in percentage points): derived (info),
    contradicted (error) or unverified (warning)."""
    f = _figure(q, piece, source)
    if points and not derived_level(q, f.restated, f.after):
        gap = _points_from_stated(f)
        if gap:  # 要求を2.3ポイント下回る after 9.5%の賃上げを求めていた, of 7.2%
            return f.derived(gap)
        unit = N_("percentage points") if "point" in points[0].units else N_("percent")
        return finding_at(
            piece,
            q.span,
            Kind.MISMATCH,
            "error",
            message=_('the source says {unit}: "{figure}"').format(
                unit=_(unit), figure=points[0].span.strip()
            ),
            rule=Rule.NUMBER_POINTS,
            evidence=evidence([s for p in points[:1] if (s := source.sentence_stating(p))]),
        )
    worked_out = worked_out_beside(q, piece, f.stated, f.aligned, source)
    if worked_out is not None:
        return worked_out
    backwards = _level_before_backwards(f)
    if backwards is not None:  # 前年は約29万1000トン for "280,000 tonnes, up 4%": × 1.04
        return backwards
    before_rate = _level_before_its_rate(f)
    if before_rate is not None:  # 2024年同期(約390万トン)から15%増えた beside 460万トン
        return before_rate
    stepped = _level_beside_its_step(f)
    if stepped:  # 1.25ユーロから1.35ユーロに for "up 10 cents, to 1.35 euros": 1.35 − 0.10
        return f.derived(stepped)
    counterparts = _counterparts(f)
    swapped = [s for s in counterparts if digits_swapped(q, s)]
    gap = next((g for s in swapped if (g := _gap_of_pair(q, s, counterparts))), "")
    if gap:  # 値下げ幅は215ドル for "from $340 to $125": the gap, not 125 miscopied
        return f.derived(gap)
    if swapped:  # 4530人 where the sentence restated says 4,350 (and 4,350 + 180 by chance)
        return swapped_finding(q, piece, source, swapped[0])
    scaled = [
        s
        for s in f.nearby
        if not (q.approx or s.approx)
        and same_kind(q, s)
        and Slip.SCALE in slips(q, s)
        and not any(readings_match(d, s) for d in f.stated)
        # (年平均では4億6000万ユーロ for "€4.6 billion over the first ten years": an
        # average a power of ten away is no slip; a percentage ten times the source's is,
        # whatever words stand around it: 平均料金は1年で45%上がり for "4,5 %")
        and (
            q.units == {"percent"} or not (_arithmetic(f.piece.text, q, past=False) or _averaged(f))
        )
        and not _stated_percent_of(f, s)
        and not _divided_in_its_sentence(f, s)
    ]
    if scaled:  # 35億ポンド for "£350 million" (and £2.4bn + £1.1bn by chance): a slip of scale
        return _says_otherwise(f, scaled)
    # a share beside its part, whose whole its own sentence states (2140万回で、うち…
    # 890万回と約6割): those two settle it, whatever other figures give by chance
    if f.share_part is not None and f.wrong_share:
        return f.contradicted(f.wrong_share)
    of_pair = _share_of_source_pair(f) or _points_between_stated(f)
    if of_pair is not None:
        return of_pair
    one_in = _one_in(f)
    if one_in:  # 約28%、約3.6人に1人: the share as "one in N"
        return f.derived(one_in)
    # the very figure of the sentence restated in another measure (約85キロ for "about
    # 85 miles"): a slip of unit, whatever chance arithmetic gives it
    kept = [
        s
        for s in source.quantities_in(f.aligned)
        if s.units & (MEASURES - {"speed"}) and q.figure >= 10 and same_figure_other_unit(q, s)
    ]
    if kept:
        return _says_otherwise(f, kept)
    derived = _derivation(f, counterparts)
    if isinstance(derived, Finding):
        return derived
    # one figure anywhere in the source with q's digits, two neighbours swapped (1万4800
    # つがい for "18,400 pairs"): a copying slip, likelier than a product or a sum of
    # other figures that happens to give q (not than one that takes that figure itself:
    # 215万ユーロ for "3.4 million − 1.25 million")
    # (the source's figures of q's kind, or plain counts like it: read once, for this
    # and for the copying slips looked for below)
    alike = [s for s in source.quantities if same_kind(q, s) or _plain_counts(q, s)]
    twins = [s for s in alike if digits_swapped(q, s)]
    if (
        len({s.figure for s in twins}) == 1
        and not any(readings_match(o, twins[0]) for o in f.stated)
        # (nor than a level or a change the digest sentence's own figures give:
        # 24.5% − 3.1ポイント = 21.4% beside the source's 12.4% of something else)
        and not (
            derived
            and (
                twins[0].span.strip() in derived or any(o.span.strip() in derived for o in f.stated)
            )
        )
    ):
        return swapped_finding(q, piece, source, twins[0])
    # a total its own sentence lists the terms of (12店と7店で、合わせて21店): those
    # terms settle it, whatever other figures give by chance (40 − 12 − 7 = 21), unless
    # it is a product or a rate of them (年180万円を最長3年間、計540万円)
    # (nor what is left: 残る3カ国が計16万8000トン)
    if (
        named_total(piece.text, q.start, q.end)
        and not (derived and any(mark in derived for mark in ("×", "÷", "/")))
        and "残" not in f.sentence[: q.start - f.start]
    ):
        listed = wrong_total(q, piece.text, f.stated, f.restated, source.quantities)
        if listed:
            return f.contradicted(listed)
    if not derived and named_total(piece.text, q.start, q.end):
        # EVとPHVを合わせると1万1017台: a total of two figures the source states apart;
        # 他の2店はそれぞれ約180平方メートルで、3店は計約1000平方メートル: with "each"
        derived = _sum_of_two_stated(f) or _total_with_each(f)
    if not derived:
        # 1万660人 for "4,140 of the 14,800 patients … after more than 62 days": the rest
        derived = _gap_in_restated(f)
    if derived:
        return f.derived(derived)
    miscomputed = _miscomputed(f)
    if miscomputed is not None:
        return miscomputed
    gap = (
        _points_from_stated(f)
        or _centre_and_margin(f)
        or _converted_rate(f)
        or _votes_cast(f)
        or _level_before_change(f)
        or _excess_over_whole(f)
        or _quotient_worked_out(f)
        or _hours_between_times(f)
        or _percent_range(f)
        or _rest_of_year(f)
        or _change_from_stated_end(f)
        or _product_of_sentence_before(f)
        or _days_between_dates(f)
        or _level_before_rate_to_lead(f)
        or _open_arithmetic(f)
    )
    if gap:  # 95%には1.9ポイント届かない after 93.1%: the gap of two percentages it states
        return f.derived(gap)
    rivals = _rivals(f)
    if isinstance(rivals, Finding):
        return rivals
    share = next((p for s in rivals if (p := _stated_percent_of(f, s))), "")
    if share:  # 固定額の10%(520万ユーロ) for "52 millones": the share its sentence states
        return f.derived(share)
    each = next(
        (p for s in rivals if (p := _divided_in_its_sentence(f, s) or _spread_over_span(f, s))),
        "",
    )
    if each:  # 前回契約の1億6000万ドル for "$1.6 billion for 10 missions", per mission
        return f.derived(each)
    between = change_to_rival(q, rivals, f.restated)
    if between:  # 12人から29人増え for "rose to 41 … the figure of 12": the change to it
        return f.derived(between)
    gap = _gap_of_sentence_before(f) or _average_of_sentence_before(f) or _gap_to_sentence_before(f)
    if gap:  # 最大3820人から…1240人に減った。2580人が離れた: the gap the sentence before gives
        return f.derived(gap)
    if rivals:
        return _says_otherwise(f, rivals)
    # one figure anywhere in the source with two neighbouring digits swapped (1株38.05ドル
    # for "$38.50 a share", in a sentence too short to align): a copying slip
    anywhere = [
        s
        for s in alike
        if (
            digits_swapped(q, s)
            or written_digits_swapped(q, s)
            # (an amount of money with its two digits reversed: 5億4000万ポンド for
            # "up to £450m", 約13億円 for 31億円; counts, years and shares are too
            # often another figure of the source that reads so by chance)
            or (_money(q) and Slip.PAIR_REVERSED in slips(q, s))
        )
    ]
    if len({s.figure for s in anywhere}) == 1:
        return swapped_finding(q, piece, source, anywhere[0])
    slipped = slipped_change(q, piece.text, f.stated, source.quantities, same_kind_sources)
    if slipped:
        return f.contradicted(slipped)
    of_whole = _share_of_source_whole(f)
    if of_whole is not None:
        return of_whole
    return finding_at(
        piece,
        q.span,
        Kind.UNSUPPORTED,
        "warning",
        message=_("unverified: the source states no such figure"),
        rule=Rule.NUMBER_UNVERIFIED,
        evidence=evidence(f.aligned),
    )


def _share_of_source_whole(f: _Figure) -> Finding | None:
    """A share the digest works out of a part its sentence states (顧客のうち11は米国外で、
    約7割を占める) over a whole the source states beside that part, or in the sentences
    the digest restates: derived when one such whole gives it, an error when the
    source has such wholes and none does ("48 satellites for 19 customers, 11 of them":
    11 / 19 = 58%, not 約7割). A part in money or a measure (9500万リットルで、輸出量の
    約4割) is of the one whole of its kind those sentences state. None when q is no
    such share or no whole is found."""
    q, source = f.q, f.source
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    if not shares or not any(mark in q.span for mark in ("%", "％", "割")):
        return None
    if not marks_share(q, f.piece.text):
        return None
    at = q.start - f.start
    before = [o for o in f.stated if o.end <= at and _partlike(o)]
    if not before:
        return None
    part = before[-1]
    if not ("count" in part.units or "any" in part.units) and not _PART_RIGHT_BEFORE.fullmatch(
        f.sentence, part.end, at
    ):
        return None  # (an amount or a measure: only the one the share is written right after)
    given = [s for s in source.quantities if _partlike(s) and states(part, s)]
    if len({s.figure for s in given}) != 1:
        return None
    counted = "count" in given[0].units
    homes = {h for s in given if (h := source.sentence_of(s.start)) is not None}
    # (each whole with the part's fraction of it, read once)
    fractions = [
        (w, fraction)
        for w in source.quantities_in([*homes, *f.aligned])
        if ("count" in w.units if counted else same_kind_sources(given[0], w))
        and 0 < (fraction := _fraction_of(given[0], w)) < 1
        and not read_as_year(w, source.text)
        and "ordinal" not in w.units
    ]
    if not fractions:
        return None
    wholes = [w for w, _fraction in fractions]
    tolerance = share_slack(q, shares[0])
    tried = []
    for w, fraction in fractions:
        ratio = 100 * fraction
        shown = f"{part.span.strip()} / {w.span.strip()} = {ratio:.1f}%"
        if any(min(abs(ratio - v), abs(100 - ratio - v)) <= tolerance for v in shares):
            return f.derived(shown)
        tried.append((min(abs(ratio - v) for v in shares), shown))
    # an error only where the source itself makes the part one of a whole it states
    # beside it ("for 19 customers, 11 of them"); "16,000 of the claims" names a whole
    # it counts elsewhere, maybe nowhere the digest restates
    whole_beside = any(_OF_THEM.match(source.text, s.end) for s in given) and any(
        source.sentence_of(w.start) in homes for w in wholes
    )
    # (or the one whole of the part's measure the sentences restated state, where the
    # digest names a whole for the share: 9500万リットルで、輸出量の約4割 for "95 million
    # litres" and "exported 340 million litres"; not 全体の, a total it may sum itself)
    one_whole = (
        not counted
        and len({w.figure for w in wholes}) == 1
        and not _OF_ALL.search(f.piece.text, max(0, q.start - 6), q.start)
    )
    return f.contradicted(min(tried)[1]) if whole_beside or one_whole else None


def _fraction_of(part: Quantity, whole: Quantity) -> float:
    """``part`` over ``whole``, in a unit both are read in (the counts of a count);
    0 when they share none."""
    if "count" in part.units & whole.units:
        return part.figure / whole.figure if whole.figure else 0.0
    for rp in equivalent_readings(part.readings):
        for rw in equivalent_readings(whole.readings):
            if rp.unit == rw.unit and rw.value > 0:
                return rp.value / rw.value
    return 0.0


def _partlike(o: Quantity) -> bool:
    """A count, an amount of money or a measure: a figure a share may be a part of."""
    return bool(o.units & {"count", "any"} or _money(o) or o.units & (MEASURES - {"speed"}))


# 9500万リットルで、輸出量の約4割: the share written right after its part
_PART_RIGHT_BEFORE = rx.compile(r"(?:で|と|は|が|を)?[、,]?[^\d、。]{0,8}の(?:約|およそ|ほぼ)?")
# 全体の約4割: a share of a total the digest may sum itself
_OF_ALL = rx.compile(r"(?:全体|合計|総数|総額|全体量)の(?:約|およそ|ほぼ)?$")


# "570 of the 1,878 households", "12 sur 40", "1,878世帯のうち570世帯": a part, then its whole
_PART_OF = rx.compile(
    r"\s*(?:(?:out\s+)?of|sur|von|de)\s+(?:(?:the|its|their|all|les|des|den|der|die|los|las)\s+)?$",
    re.IGNORECASE,
)
_WHOLE_THEN_PART = rx.compile(r"(?:のうち|中)$")
# "Of those, 146,000 came from overseas", "Of the containers lost, 31 held …": a part
# of the whole the sentence before counts
_OF_THOSE = rx.compile(
    r"(?:^|(?<=[.!?])\s+)(?:Of|Among)\s+(?:those|them|these|the\s+[^,.;]{1,40}?),\s*$",
    re.IGNORECASE,
)
# "312 people … last month, including 57 who": the whole, then a part of it
_INCLUDING = rx.compile(
    r"[^\d.;:]{0,80}?\b(?:including|among\s+them|of\s+whom|of\s+which|dont|darunter|davon"
    r"|entre\s+ellos|de\s+los\s+cuales)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?",
    re.IGNORECASE,
)
_OF_THE_NOUN = rx.compile(r"\s+of\s+(?:the|its|their|all\s+the)\s+(?P<noun>[a-z]{3,})\b")
_SENTENCE_END = rx.compile(r"[.!?]\s+(?=[A-Z\"“])")


def _source_shares(f: _Figure) -> set[tuple[float, float, str]]:
    """The parts of a whole the sentences restated state: (part, whole, shown)."""
    source, text = f.source, f.source.text
    figures = [s for s in source.quantities_in(f.aligned) if "count" in s.units or _money(s)]
    out = set()
    for part in figures:
        home = source.sentence_of(part.start)
        lead = text[home.start if home is not None else 0 : part.start]
        those = _OF_THOSE.search(lead)
        if those is not None:
            # the whole: the one figure of its kind in the sentence before "Of those"
            # (or, further back, the one counted with the noun it names: "Of the
            # containers lost" for "146 containers" two sentences before)
            at = part.start - len(lead) + those.start()
            ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
            named = {w.casefold() for w in re.findall(r"[A-Za-z]{4,}", those.group(0))} - {
                "those",
                "them",
                "these",
                "among",
            }
            kin = [
                w
                for w in source.quantities
                if max(0, at - 600) <= w.start < at
                and w.units == part.units
                and part.figure < w.figure
            ]
            near = [w for w in kin if w.start >= (ends[-1] if ends else 0)]
            if not near and named:
                near = [
                    w for w in kin if w.noun.split()[:1] and w.noun.split()[0].casefold() in named
                ]
            wholes = near if len({w.figure for w in near}) == 1 else []
        else:
            wholes = [
                w
                for w in figures
                if w.units == part.units
                and 0 < part.figure < w.figure
                and (
                    (part.end < w.start and _PART_OF.match(text[part.end : w.start]))
                    or (w.end < part.start and _WHOLE_THEN_PART.search(text[w.end : part.start]))
                    or (w.end < part.start and _INCLUDING.fullmatch(text, w.end, part.start))
                )
            ]
            of_the = _OF_THE_NOUN.match(text, part.end)
            if not wholes and of_the:
                # "About 16,000 of the claims": the one count of claims the article gives
                noun = of_the.group("noun").casefold()
                kin = [
                    w
                    for w in source.quantities
                    if w.units == part.units
                    and part.figure < w.figure
                    and w.noun.split()[:1] == [noun]
                ]
                wholes = kin if len({w.figure for w in kin}) == 1 else []
        for w in wholes:
            if w.figure >= 10 and not read_as_year(w, text) and not read_as_year(part, text):
                out.add((part.figure, w.figure, f"{part.span.strip()} / {w.span.strip()}"))
    return out


# 10.9%から1.9ポイント, 71%より16ポイント: the end a change is counted from, right before it
_POINTS_FROM = rx.compile(r"(?:から|より)(?:約|およそ|ほぼ)?")
# 3万8500人へと1万5000人増える: the change right after the end it runs to
_CHANGE_AFTER_TO = rx.compile(r"(?:へ|に|まで)と?、?(?:約|およそ)?")
# 3.6人に1人, 4社に1社: a share written as one in N
_ONE_IN_AFTER = rx.compile(r"(?P<c>[^\d\s、。]{1,3})に1(?P=c)")


def _gap_of_sentence_before(f: _Figure) -> str:
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


# units of no amount a level or a gap is worked out in: shares, times, dates and spans
_NOT_LEVELS = frozenset(
    "any percent point times ratio ordinal year month day hour minute second time age "
    "decade century".split()
)


def _gap_to_sentence_before(f: _Figure) -> str:
    """The gap between a figure of q's own sentence and one the digest sentence before
    states as the source does (…前年度比12%増の3億3600万円を計上した。前年度は約3億円で、
    3600万円の増額: 3億3600万円 − 約3億円), or ''."""
    q = f.q
    units = {r.unit for r in q.readings} - _NOT_LEVELS - {"count"}
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


def _gap_in_restated(f: _Figure) -> str:
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
    terms = [s for s in pool if _counted_alike(q, s) and not s.approx]
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


def _rate_of_stated_pair(f: _Figure) -> bool:
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


def _counted_alike(q: Quantity, s: Quantity) -> bool:
    """Whether source figure ``s`` counts what q counts: the same kind, or a plain
    count where q is one (台 for "8,912 cars")."""
    return same_kind(q, s) or (q.units == {"count"} and "count" in s.units)


def _close_rival(f: _Figure) -> bool:
    """Whether the sentences restated state a figure of q's kind within 5% of it (計147機
    beside "146 orders": that figure miscopied, not 16 + 131 by chance)."""
    q = f.q
    return any(
        s.figure and abs(s.figure - q.figure) <= 0.05 * q.figure
        for s in f.nearby
        if _counted_alike(q, s)
    )


def _sum_of_two_stated(f: _Figure) -> str:
    """The sum of two figures of q's kind the source states anywhere that gives q
    exactly (8,912 + 2,105 = 11,017 for EVとPHVを合わせると1万1017台), or ''. Only an
    exact total of three significant digits or more: chance sums are rare there."""
    q = f.q
    if q.approx or len(significant_digits(q.figure)) < 3 or q.units & {"percent", "point"}:
        return ""
    terms = [s for s in f.source.quantities if _counted_alike(q, s) and not s.approx]
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


def _total_with_each(f: _Figure) -> str:
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
            if _EACH_BEFORE.search(text, max(0, o.start - 8), o.start):
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


def _level_before_its_rate(f: _Figure) -> Finding | None:
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


def _level_before_rate_to_lead(f: _Figure) -> str:
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


def _open_arithmetic(f: _Figure) -> str:
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


# 約2755万トン)から3.1%増えた: the rate a level runs from, right after it
_RATE_FROM_AFTER = rx.compile(r"[)）]?\s*から(?P<rate>(?:約|およそ)?\d[\d.]*(?:%|％))")


def _days_between_dates(f: _Figure) -> str:
    """The days between two dates the source gives (its day of publication among them),
    where the digest sentence counts them from one thing to another (発見から公表までは
    18日 for "discovered … on Sept. 12", published Sept. 30): that arithmetic, or ''."""
    q = f.q
    days = [r.value for r in q.readings if r.unit == "day"]
    if not days or not _FROM_UNTIL.search(f.sentence[: q.start - f.start]):
        return ""
    facts = f.source.dates
    known = {dt.date(*d) for d in facts.full if real_date(*d)}
    if facts.published is not None:
        known.add(facts.published)
    for a, b in itertools.combinations(sorted(known), 2):
        if (b - a).days in days:
            return f"{b.isoformat()} − {a.isoformat()} = {(b - a).days} days"
    return ""


# 発見から公表までは: a span counted from one thing to another
_FROM_UNTIL = rx.compile(r"から[^、。\d]{0,16}まで(?:は|に|で|の)?(?:約|およそ)?$")


def _product_of_sentence_before(f: _Figure) -> str:
    """A product of two figures the digest sentence before states as the source does
    (毎年15グループにそれぞれ最大160万ユーロを助成する。1年の採択分で最大2400万ユーロ),
    where q's own sentence states no figure of its kind: that arithmetic, or ''."""
    q = f.q
    if any(o.units & q.units for o in f.stated) or not f.before_figures:
        return ""
    given = [o for o in f.before_figures if any(states(o, s) for s in f.source.quantities)]
    return product_of(q, given)


# それぞれ約180平方メートル, 各3億ドル: a term that stands for each of a count
_EACH_BEFORE = rx.compile(r"(?:それぞれ|各)(?:約|およそ)?$")


def _average_of_sentence_before(f: _Figure) -> str:
    """An average per one (年平均では1200万ドル) of the total and the count the digest
    sentence before states as the source does (15年総額1億8000万ドル: 180 million / 15),
    where q's own sentence states no other figure: that arithmetic, or ''."""
    q = f.q
    if f.stated or not _AVERAGE.search(f.sentence[: q.start - f.start]):
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


def _one_in(f: _Figure) -> str:
    """N in 3.6人に1人 where a percentage its sentence or the sentences it restates give
    is one in N (約28%、約3.6人に1人: 100 / 28 = 3.57), or ''."""
    q = f.q
    after = f.piece.text[q.end - len(q.counter) if q.counter else q.end :]
    if not _ONE_IN_AFTER.match(after) or not q.figure:
        return ""
    shares = [o for o in [*f.stated, *f.nearby] if o.units == {"percent"}]
    for o in shares:
        value = next(r.value for r in o.readings if r.unit == "percent")
        if value > 0 and within_rounding(q.figure, 100 / value, q, exact=False):
            return f"100 / {o.span.strip()} = {100 / value:.2f} → {q.span.strip()}に1"
    return ""


# "by 71 votes to 12", "voted 27 to 19", "a 5-4 vote": the two sides of a vote
_VOTE_TALLY = rx.compile(
    r"\b(?P<a>\d{1,4})\s+(?:votes?\s+)?(?:to|against|-|–)\s+(?P<b>\d{1,4})\b"
    r"|\b(?P<c>\d{1,3})[-–](?P<d>\d{1,3})\s+(?:vote|decision|ruling)\b",
    re.IGNORECASE,
)


def _votes_cast(f: _Figure) -> str:
    """The votes cast, as the two sides of a vote the sentences restated give (投票した
    83人 for "approved by 71 votes to 12"): the sum, or ''."""
    if f.q.figure < 3 or not f.q.figure.is_integer():
        return ""
    for s in f.aligned:
        text = s.norm or s.text
        if not re.search(r"\bvot", text, re.IGNORECASE):
            continue
        for m in _VOTE_TALLY.finditer(text):
            a, b = int(m.group("a") or m.group("c")), int(m.group("b") or m.group("d"))
            if a + b == f.q.figure:
                return f"{a} + {b} = {a + b}"
    return ""


# 前年の売上は約3億7600万豪ドル: the level a change the source states ran from
_EARLIER_LEVEL = rx.compile(r"(?:前年|前年度|前期|前季|前シーズン|昨年|前回)(?:同期)?(?:の|は)")


_CHANGE_NEAR = rx.compile(
    r"\b(?:up|down|rise|rose|risen|increase|fall|fell|fallen|drop|higher|lower|more|less"
    r"|grew|grow|gain|climb|jump|decline|plus|hausse|baisse|Plus|Minus|mehr|weniger"
    r"|aumento|subida|caída)",
    re.IGNORECASE,
)


def _level_before_change(f: _Figure) -> str:
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


def _level_before_backwards(f: _Figure) -> Finding | None:
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
    for held in restated:
        pool = source.quantities_in([held])
        rates = [
            (r.value, sign)
            for o in pool
            if (sign := source_direction(source, o))
            for r in o.readings
            if r.unit == "percent" and 0 < r.value < 100
        ]
        for s in pool:
            for rs in s.readings:
                value = mine.get(rs.unit)
                if value is None:
                    continue
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


def _level_beside_its_step(f: _Figure) -> str:
    """The other end of a change whose level the digest sentence states and whose step
    the same source sentence gives ("augmentera … de 10 centimes … pour le porter à
    1,35 euro": 1.25ユーロから1.35ユーロに), written on the side of the level the change
    goes from, as the source's words beside the step say: that arithmetic, or ''."""
    q, source = f.q, f.source
    if not (_money(q) or q.units & (MEASURES - {"speed"})):
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
_WORKED_OUT = rx.compile(r"計算|換算|(?:減額|値下げ|割引|控除)前")


def _quotient_worked_out(f: _Figure) -> str:
    """A source amount divided by a factor a percentage or multiple beside it gives
    (生産量の67%にあたり、生産量は約2120万ヘクトリットル for "14,2 Mio. hl … 67 %": 14.2 /
    0.67; 減額前なら2140万ユーロ for "10,7 Mio. Euro … 50 Prozent Nachlass": 10.7 / 0.5),
    where the digest sentence says it worked the figure out or names an earlier one;
    the arithmetic, or ''."""
    q = f.q
    if not q.figure or not _WORKED_OUT.search(f.sentence):
        return ""
    mine = {r.unit: r.value for r in q.readings if r.unit not in _NOT_LEVELS}
    if not mine:
        return ""
    step = q.place / 2 / q.figure + 0.001
    source = f.source
    restated = [*f.aligned[:2], *f.before_aligned]
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


def _change_from_stated_end(f: _Figure) -> str:
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
        if not (_money(base) or base.units & ({"count"} | MEASURES)):
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

# 残る5カ月, 残り3カ月: the months left of a year
_REST_BEFORE = rx.compile(r"(?:残る|残り|残りの|あと)(?:約)?$")


def _rest_of_year(f: _Figure) -> str:
    """The months left of a year whose first months the sentences restated count (残る
    5カ月 for "the first seven months of the fiscal year": 12 − 7), or ''."""
    q = f.q
    months = [r.value for r in q.readings if r.unit == "month" and 0 < r.value < 12]
    if not months or not _REST_BEFORE.search(f.sentence, 0, q.start - f.start):
        return ""
    for s in f.source.quantities_in([*f.aligned, *f.before_aligned]):
        if any(r.unit == "month" and r.value + months[0] == 12 for r in s.readings):
            return f"12 − {s.span.strip()} = {q.span.strip()}"
    return ""


def _percent_range(f: _Figure) -> str:
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


# 夜10時から朝10時まで, 午後1時半から: a clock time the digest writes
_JA_CLOCK = rx.compile(
    r"(?P<ap>午前|午後|朝|夜|夕方|深夜|未明|昼)?(?P<h>\d{1,2})時(?:(?P<m>\d{1,2})分|(?P<half>半))?"
)
_LATE = ("午後", "夜", "夕方")


def _clock_minutes(m: re.Match[str]) -> int:
    hour = int(m.group("h")) % 24
    if m.group("ap") in _LATE and hour < 12:
        hour += 12
    elif m.group("ap") in ("午前", "朝") and hour == 12:
        hour = 0
    return hour * 60 + (int(m.group("m")) if m.group("m") else 30 if m.group("half") else 0)


def _hours_between_times(f: _Figure) -> str:
    """The hours between the two clock times its own sentence writes before it (夜10時
    から朝10時までの12時間: 22:00 to 10:00), or ''."""
    q = f.q
    hours = [r.value for r in q.readings if r.unit == "hour"]
    if not hours:
        return ""
    clocks = list(_JA_CLOCK.finditer(f.sentence, 0, q.start - f.start))
    if len(clocks) < 2:
        return ""
    start, end = clocks[-2], clocks[-1]
    if "から" not in f.sentence[start.end() : end.start()]:
        return ""
    gap = (_clock_minutes(end) - _clock_minutes(start)) % (24 * 60) / 60
    if gap and any(abs(h - gap) < 1e-6 for h in hours):
        return f"{start.group(0)} → {end.group(0)} = {gap:g} hours"
    return ""


# 上回った, 超えた: what a share over the whole exceeds it by
_EXCEEDS_AFTER = rx.compile(r"\s*(?:を|も)?(?:上回|超え|超過|オーバー)")


def _excess_over_whole(f: _Figure) -> str:
    """What a percentage over 100 its own sentence states exceeds the whole by (収容能力の
    142%で運営され、受け入れ能力を42%上回った: 142% − 100%), or ''."""
    q = f.q
    mine = [r.value for r in q.readings if r.unit == "percent"]
    if not mine or not _EXCEEDS_AFTER.match(f.piece.text, q.end):
        return ""
    for o in f.stated:
        for r in o.readings:
            if (
                r.unit == "percent"
                and r.value > 100
                and any(abs(r.value - 100 - v) < 1e-6 for v in mine)
            ):
                return f"{o.span.strip()} − 100% = {r.value - 100:g}%"
    return ""


def _converted_rate(f: _Figure) -> str:
    """converted_rate on q's own sentence (its figures' offsets are in it)."""
    mine = replace(f.q, start=f.q.start - f.start, end=f.q.end - f.start)
    before = [o for o in f.stated if o.end <= mine.start]
    return converted_rate(mine, f.sentence, before, f.source)


def _centre_and_margin(f: _Figure) -> str:
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


def _points_from_stated(f: _Figure) -> str:
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


def _points_between_stated(f: _Figure) -> Finding | None:
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
    if len(ends) != 2 or not any(_POINTS_FROM.fullmatch(f.sentence, o.end, at) for o in ends):
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
        origin = next(o for o in ends if _POINTS_FROM.fullmatch(f.sentence, o.end, at))
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


def _plain_counts(q: Quantity, s: Quantity) -> bool:
    """Two counts of four digits or more, whatever they count (1,316件 and "1,136 signal
    failures"): for two neighbouring digits swapped, chance is too rare to ask more."""
    return (
        q.units == s.units == {"count"}
        and bool(q.counter)  # (件, 人: a count the digest names, not a bare figure)
        and q.figure >= 1000
        and 0.1 < s.figure / q.figure < 10
        and not 1900 <= s.figure <= 2100  # (years)
    )


def _money(s: Quantity) -> bool:
    return any(u.startswith("cur:") for u in s.units)


def _share_of_source_pair(f: _Figure) -> Finding | None:
    """A share the digest writes with no whole of its own beside it (約4割の世帯が…,
    来訪者のうち14万6000人、約4割) where the sentences it restates give one part of one
    whole ("570 of 1,878 households"; "418,000 visitors … Of those, 146,000"), the part
    the digest writes if it writes one: that pair settles it, whatever other figures of
    the article give by chance; derived or an error. None when q is no such share or
    the sentences restated give no one such pair."""
    q = f.q
    shares = [r.value for r in q.readings if r.unit == "percent" and 0 < r.value < 100]
    # (a rounded share, 約4割 or 約38%: an exact one, 37.5%, is some other figure's)
    if not shares or not ("割" in q.span or (q.approx and "%" in q.span)):
        return None
    if not marks_share(q, f.piece.text) and "割" not in q.span:
        return None
    # the part: the figure the share is written beside, else one the sentence states;
    # a whole the sentence states too makes it the digest's own share (wrong_share's)
    counted = [o for o in f.stated if o.units - {"percent", "ratio", "point", "year", "ordinal"}]
    parts = [f.share_part] if f.share_part is not None else counted
    pairs = {
        (p, w, shown)
        for p, w, shown in _source_shares(f)
        if (not parts or any(r.value == p for o in parts for r in o.readings))
        and not any(r.value == w for o in counted for r in o.readings)
    }
    if len({p / w for p, w, _shown in pairs}) != 1:
        return None
    part_value, whole_value, shown = pairs.pop()
    ratio = 100 * part_value / whole_value
    shown = f"{shown} = {ratio:.1f}%"
    tolerance = share_slack(q, shares[0])
    # (or the rest of the whole: 約6割が…, the others; not where the share stands
    # beside its part or its part 占める it)
    own = f.share_part is not None or f.piece.text.startswith("を占め", q.end)
    rest = ratio if own else 100 - ratio
    if any(min(abs(ratio - v), abs(rest - v)) <= tolerance for v in shares):
        return f.derived(shown)
    return f.contradicted(shown)


# "11 of them", "310,000 of whom", "dont 118 000": a part of the whole named before it
_OF_THEM = rx.compile(
    r"\s*(?:of\s+(?:them|whom|which|those|these)|de\s+(?:ellos|ellas|los\s+cuales)|davon|dont)\b",
    re.IGNORECASE,
)


def _gap_of_pair(q: Quantity, s: Quantity, counterparts: tuple[Quantity, ...]) -> str:
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


def _says_otherwise(f: _Figure, rivals: list[Quantity] | tuple[Quantity, ...]) -> Finding:
    """The error for q where the source states ``rivals`` (the nearest two shown)."""
    nearest = sorted(rivals, key=lambda s: log_distance(f.q, s))[:2]
    says = _(" or ").join(f'"{s.span.strip()}"' for s in nearest)
    return finding_at(
        f.piece,
        f.q.span,
        Kind.MISMATCH,
        "error",
        message=_("the source says {figures}").format(figures=says),
        rule=Rule.NUMBER_CONTRADICTED,
        evidence=evidence([s for r in nearest if (s := f.source.sentence_stating(r))]),
    )


def _counterparts(f: _Figure) -> tuple[Quantity, ...]:
    """Figures the sentences restated state in q's place (26種のうち16種 for "18 of the
    26 species"), unless the digest's words say q is computed (計, 差, 残り …)."""
    q, source = f.q, f.source
    if _arithmetic(f.piece.text, q):
        return ()
    return tuple(
        s
        for s in f.nearby
        if same_kind(q, s)
        and _replaced(q, s, f.stated)
        and "ordinal" not in s.units
        and not read_as_year(s, source.text)
        and not _per_period(s, source.text)
    )


def _per_period(s: Quantity, text: str) -> bool:
    """Whether source figure ``s`` is the period of a rate ("two evening sessions a week",
    "12 buses a day"): no span of time a digest figure stands in place of."""
    return bool(
        _A_PERIOD.fullmatch(s.span.strip())
        and _COUNTED_BEFORE.search(text, max(0, s.start - 40), s.start)
    )


_A_PERIOD = rx.compile(r"(?:a|an|per|each)\s+(?:day|week|month|year|hour)", re.IGNORECASE)
# "two evening sessions ", "$300 ": a figure and at most three words, right before
_COUNTED_BEFORE = rx.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve))[\w.,$€£%]*"
    r"(?:\s+[a-z][\w-]*){0,3}\s+$",
    re.IGNORECASE,
)


def _derivation(f: _Figure, counterparts: tuple[Quantity, ...]) -> str | Finding:
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
        or listed_count(q, f.sentence, q.start - f.start)
        # (残る22.9% after 41.3% in the sentence before and 35.8% in its own)
        or rest_of_hundred(q, f.sentence[: q.start - f.start][-8:], [*f.before_figures, *f.stated])
    )


def _miscomputed(f: _Figure) -> Finding | None:
    """The error for a change, total, remainder, share or count of years that the
    source's figures do not give."""
    q, text = f.q, f.piece.text
    change = wrong_change(q, text, f.stated, f.nearby, same_kind_sources, f.source)
    if _rate_of_stated_pair(f):
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
        or _wrong_part_of_share(f)
    )
    if wrong:
        return f.contradicted(wrong)
    return _wrong_years_since(q, f.piece, f.source, f.aligned)


def _wrong_part_of_share(f: _Figure) -> str:
    """The part a share of a whole gives, where the digest sentence writes the whole,
    then the share, then the part right after it (在籍者5万2400人のうち留学生は31%、
    約1万8000人: 52,400 × 31% = 16,244, not 18,000), all three as the source does but
    the part: that arithmetic when q is not it, or ''."""
    q, at = f.q, f.q.start - f.start
    if not q.units & {"count", "any"} and not _money(q) and not q.units & MEASURES:
        return ""
    share = next(
        (o for o in f.stated if o.end <= at and _PART_AFTER_SHARE.fullmatch(f.sentence, o.end, at)),
        None,
    )
    if share is None:
        return ""
    percent = [r.value for r in share.readings if r.unit == "percent" and 0 < r.value < 100]
    if not any(mark in share.span for mark in ("%", "％", "割")):
        percent = []  # (3分の1: a fraction, often of something else)
    # (the whole the sentence makes the share's: 在籍者5万2400人のうち…31%)
    wholes = [
        o
        for o in f.stated
        if o.end <= share.start
        and (o.units & q.units - {"any"})
        and (not (o.counter and q.counter) or o.counter == q.counter)
        and _WHOLE_OF_SHARE.match(f.sentence, o.end)
    ]
    if not percent or not wholes:
        return ""
    whole = wholes[-1]
    if not all(any(states(o, s) for s in f.source.quantities) for o in (share, whole)):
        return ""
    for rq in q.readings:
        for rw in whole.readings:
            if rq.unit != rw.unit or rw.value <= 0:
                continue
            part = rw.value * percent[0] / 100
            if (
                within_rounding(rq.value, part, q, exact=False)
                or not part / 2 < rq.value < 2 * part
            ):
                return ""  # (right, or no restatement of that part at all)
            return f"{whole.span.strip()} × {share.span.strip()} = {in_figure_units(part, whole, rw.value)}"
    return ""


# 5万2400人のうち, 5万2400人の: a whole a share is then taken of
_WHOLE_OF_SHARE = rx.compile(r"(?:のうち|の中で|中|の)")
# 31%、約1万8000人 / 31%(約1万8000人) / 31%にあたる約1万8000人: the part right after its share
_PART_AFTER_SHARE = rx.compile(r"(?:、|,|[(（]|にあたる|に相当する)(?:約|およそ|ほぼ)?")


def _rivals(f: _Figure) -> list[Quantity] | Finding:
    """The source's figures q stands in place of (a changed copy), or the error for
    percentage points written as percent."""
    q, source, nearby, stated = f.q, f.source, f.nearby, f.stated
    # the sentence restated best says the number is not given (偵察用ドローン500機 for
    # "drones …; the ministry gave no number"): the figures of the runner-up, about
    # something else, are no rivals; q is invented
    bare = bool(f.aligned) and NO_NUMBER_GIVEN.search(f.aligned[0].norm or f.aligned[0].text)
    if bare:
        nearby = []
    if any(_bare_copy(q, s, source) for s in source.quantities):
        return []  # 800メートル for "the 200 and 800 freestyle": the figure, its unit unsaid
    rivals = [
        s
        for s in nearby
        if same_kind(q, s)
        or _counted_in(q, s, f.aligned, source)
        or foreign_count(q, s, source)
        or _named_alike(f.unit_word, s, source)
        or _residual(q, s, stated, nearby)
    ]
    rivals = [
        s
        for s in rivals
        if _replaced(q, s, stated)
        and not read_as_year(s, source.text)
        and not _writes_figure(f, s)
        and not rounds_to(q, s)  # (0.81 million for 81万2000人: less precise, not other)
    ]
    if not rivals:
        difference = _points_as_percent(q, nearby)
        if difference:
            return points_finding(q, f.piece, source, difference, f.aligned)
        # (an average a power of ten away is no slip of scale: 年平均では4億6000万
        # ユーロ for "€4.6 billion over ten years")
        averaged = _averaged(f)

        def slipped(s: Quantity, *, near: bool = False) -> bool:
            return typo_of(q, s, near=near) and not (averaged and slips(q, s) == {Slip.SCALE})

        rivals = [
            s
            for s in nearby
            if (slipped(s, near=True) or same_figure_other_unit(q, s))
            and not any(readings_match(d, s) for d in stated)
        ]
        # the sentence restated states no figure at all (期日前投票 … 大幅に増えた):
        # an invented figure, not a slip of one stated elsewhere about something else
        invented = bool(f.aligned) and (bool(bare) or not nearby)
        rivals = rivals or [
            s
            for s in ([] if invented else source.quantities)
            if (
                (same_kind(q, s) and slipped(s))
                or other_currency(q, s)
                or (same_figure_other_unit(q, s) and q.figure >= 10)
            )
            # (146人のうち106人: the whole its own sentence states is no copy of it)
            and not any(
                readings_match(d, s) and re.search(re.escape(d.span) + r"の?うち", f.sentence)
                for d in stated
            )
        ]
    if not rivals:
        # (stated: offsets in q's sentence)
        mine = replace(q, start=q.start - f.start, end=q.end - f.start)
        # (and the sentences that state the end the digest keeps: 生後3〜18カ月 for "aged
        # 3 to 12 months", a sentence too short to align)
        homes = [h for s in f.restated if (h := source.sentence_of(s.start)) is not None]
        pool = [*nearby, *(s for s in source.quantities_in(homes) if s not in nearby)]
        counterpart = range_counterpart(mine, f.sentence, stated, pool, source)
        rivals = [counterpart] if counterpart is not None else []
    return [s for s in rivals if not _someone_elses_age(q, s, f.sentence, source.text)]


# a person the digest sentence names: katakana or Latin letters (マイヤー社長, Meier)
_PERSON_NAMED = rx.compile(r"[ァ-ヴ][ァ-ヴー・]{2,}|[A-Z][a-zà-ÿ]{2,}")


def _someone_elses_age(q: Quantity, s: Quantity, sentence: str, text: str) -> bool:
    """A named person's age in the source (Kessler-Brandt (57), Smith, 57,) against an
    age in a digest sentence that names nobody (受給者の平均年齢は75歳): about someone
    else."""
    return (
        any(r.unit == "age" for r in q.readings)
        and "age" in s.units
        and _NAME_BEFORE_AGE.search(text, max(0, s.start - 40), s.start) is not None
        and _PERSON_NAMED.search(sentence) is None
    )


_NAME_BEFORE_AGE = rx.compile(NAME_BEFORE_AGE + "$")


# "did not say how many", "gave no figure", "keine Angaben", "sans préciser", "no precisó"
NO_NUMBER_GIVEN = rx.compile(
    r"\b(?:did\s+not|didn't|would\s+not|wouldn't|declined\s+to|refused\s+to)\s+"
    r"(?:say|disclose|give|specify|reveal|confirm|put\s+a\s+(?:number|figure))"
    r"\s+(?:how\s+(?:many|much)|the\s+(?:number|amount|size|cost)|a\s+(?:number|figure))"
    r"|\b(?:gave|give|giving|provided|with)\s+no\s+(?:number|figure|details|breakdown|estimate)"
    r"|\bkeine\s+(?:Angaben|Zahl|Zahlen)\b|\bnannte\s+keine\b"
    r"|\bsans\s+(?:préciser|donner\s+de\s+chiffre)|\bn['’]a\s+pas\s+(?:précisé|donné\s+de\s+chiffre)"
    r"|\bno\s+(?:precisó|detalló|especificó|dio\s+cifras)|\bsin\s+(?:precisar|detallar|dar\s+cifras)",
    re.IGNORECASE,
)


def _bare_copy(q: Quantity, s: Quantity, source: SourceIndex) -> bool:
    """``s`` is q's very figure (a whole number of ten or more) as a bare count, no
    year, where q is a measure: the 800 of "the 200 and 800 freestyle" for 800メートル."""
    return (
        not source.japanese  # (a Japanese source's bare figures are dates and labels too)
        and s.units == {"count"}
        and bool(q.units & MEASURES)
        and not s.counter
        and s.figure == q.figure
        and q.figure >= 10
        and q.figure == int(q.figure)
        and not read_as_year(s, source.text)
    )


def _writes_figure(f: _Figure, s: Quantity) -> bool:
    """Whether the digest sentence writes ``s``'s figure itself beside q, in whatever
    reading (30度を超えた日は27日で…11日を16日上回った: 27 is stated, 16 is another
    figure; 50マイル for "50 km" writes it only as q)."""
    if not s.figure or s.figure != int(s.figure) or s.figure < 10:
        return False
    start, end = f.q.start - f.start, f.q.end - f.start
    others = f.sentence[:start] + " " * (end - start) + f.sentence[end:]
    return re.search(rf"(?<![\d.,]){int(s.figure)}(?![\d.,]\d)", others) is not None


def _replaced(q: Quantity, rival: Quantity, stated: list[Quantity]) -> bool:
    """Whether ``q`` reads as a changed copy of ``rival``: its own sentence
    (``stated``) does not state ``rival`` too ("from 16nm to 28nm": 28 is another
    figure), and the two are of the same order (4,300 → 4500, 56% → 65%). Another
    sentence may state ``rival`` right: one changed copy of a figure the digest
    repeats is still a changed figure."""
    if any(readings_match(d, rival) for d in stated):
        return False
    if q.figure == 1 and q.units <= {"count", "any"}:
        return False  # キルン1基 for "einen der beiden Öfen": "one of" has no copy to change
    distance = log_distance(q, rival)
    return distance <= math.log(2)


def worked_out_beside(
    q: Quantity,
    piece: Piece,
    stated: list[Quantity],
    aligned: list[SourceSentence],
    source: SourceIndex,
) -> Finding | None:
    """A figure the digest works out beside the figures it comes from: a share in
    apposition to its part (…のうち62カ所、約6割) or a temperature converted beside the
    source's (華氏101度(摂氏約38度)). Derived (info) when the arithmetic gives it, a
    contradiction when not; None when q is neither."""
    at = sentence_start(piece.text, q.start)  # stated: offsets in q's sentence
    stated = [replace(o, start=o.start + at, end=o.end + at) for o in stated]
    found = apposed_share(
        q, piece.text, stated, [s.norm or s.text for s in aligned], source.values
    ) or (
        converted_temperature(q, piece.text, stated, source.values)
        or converted_measure(q, piece.text, stated, source.values)
        or converted_duration(q, piece.text, stated, source.values)
    )
    if found is None:
        return None
    right, shown = found
    return finding_at(
        piece,
        q.span,
        Kind.DERIVED if right else Kind.MISMATCH,
        "info" if right else "error",
        message=(
            _("derived from the source: {derivation}").format(derivation=shown)
            if right
            else _("the source's figures give {change}").format(change=shown)
        ),
        rule=Rule.NUMBER_DERIVED if right else Rule.NUMBER_CONTRADICTED,
        derivation=shown,
        evidence=evidence(aligned),
    )


def points_finding(
    q: Quantity,
    piece: Piece,
    source: SourceIndex,
    difference: str,
    aligned: list[SourceSentence] | None = None,
) -> Finding:
    """The error for a difference of two percentages written as percent."""
    sentence = sentence_at(piece.text, q.start)
    return finding_at(
        piece,
        q.span,
        Kind.MISMATCH,
        "error",
        message=_(
            "a difference of two percentages is percentage points (ポイント): {difference}"
        ).format(difference=difference),
        rule=Rule.NUMBER_POINTS,
        derivation=difference,
        evidence=evidence(aligned if aligned is not None else source.align(sentence)),
    )


# a source's own count of years since: 12年ぶり, 9年前, "12 years ago"
_COUNTED_SINCE = rx.compile(r"ぶり|前|\bago\b|\bearlier\b")


def swapped_finding(q: Quantity, piece: Piece, source: SourceIndex, s: Quantity) -> Finding:
    """The error for ``q``, the source's ``s`` with two digits swapped."""
    return finding_at(
        piece,
        q.span,
        Kind.MISMATCH,
        "error",
        message=_("the source says {figures}").format(figures=f'"{s.span.strip()}"'),
        rule=Rule.NUMBER_CONTRADICTED,
        evidence=evidence([found for found in [source.sentence_stating(s)] if found]),
    )


_PER_ONE_BEFORE = rx.compile(r"1[^\d\s、。]{1,4}?(?:あたり|当たり)[^\d、。]{0,8}$")
# 前年同期は約181億円: the level before a change the sentence before states
_LEVEL_BEFORE = rx.compile(
    r"(?:前年同期|前年同月|前年度|前年|前期|昨年)(?:は|が|の)(?:約|およそ)?$"
)


def _restated_before(f: _Figure) -> list[Quantity]:
    """The source figures of the sentences the digest sentence before q's restates, where
    q is the first figure of its sentence and a share (予算全体の約27%にあたり: of the
    3890万ドル stated before), a figure per unit (1隻あたりでは1億4500万ユーロ: of the
    8億7000万ユーロ for 6隻 in any sentence of the piece before) or the level before a
    change (前年同期は約181億円, after 18%増の214億円); only those take them (derive's
    ``earlier``)."""
    q = f.q
    share = any(r.unit in ("percent", "ratio") and r.value > 0 for r in q.readings)
    head = f.sentence[: q.start - f.start]
    per_one = _PER_ONE_BEFORE.search(head) is not None
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


def _wrong_total_before(f: _Figure) -> str:
    """wrong_total with the terms of the sentence before q's too (一戸建ては3960戸だった。
    集合住宅は1万3850戸で、合わせて1万8710戸)."""
    q, text = f.q, f.piece.text
    if not f.before or not named_total(text, q.start, q.end):
        return ""
    if EACH_WORD.search(f.before):
        return ""  # 1基あたり170メガワット。…計1360メガワット: a product, no plain sum
    earlier = f.before_figures
    given = [s for s in f.source.quantities if any(identical(o, s) for o in earlier)]
    if not given:
        return ""
    return wrong_total(q, text, [*earlier, *f.stated], [*f.restated, *given], f.source.quantities)


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
        linked = any(_POINTS_FROM.fullmatch(piece.text, start + o.end, q.start) for o in stated)
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


# words that make a figure a sum, a difference, what is left or the other end of a
# change (計14%, 35票差, 残る38店, 2.4日短縮, 190トン増, 10人多い, 前年より, 従来の価格,
# 上積み, 2〜3メートル): the figure may be computed, not copied
_ARITHMETIC_WORDS = (
    r"(?<![集会設統推時])計|合計|総|累計|延べ|差|残|増|減|多|少な(?!くとも)|上回|下回|短縮|延長|縮|広げ|拡大|伸び|上昇|低下"
    r"|下落|改善|悪化|ほか|以外|合わせ|足|引|比|より|超過|不足|ぶん|分の|追加|加え|上積|修正"
    r"|(?:従来|当初|以前|前年|昨年|前日|前週|前月|前回){past}|[〜~～]|上が|下が|引き上|引き下"
)
_ARITHMETIC = rx.compile(_ARITHMETIC_WORDS.format(past=""))
# (a scale slip is no computation: 昨年のエビ輸出額は5400万ドル for "$540 million" is
# a past year's own figure, 従来の価格 the one before a change)
_ARITHMETIC_NOW = rx.compile(_ARITHMETIC_WORDS.format(past=r"(?!の[^\d約])"))
_CLAUSE_START = rx.compile(r"[、。,:：]")
_AVERAGE = rx.compile(r"平均|あたり|当たり|につき")


_CLAUSE_END = rx.compile(r"[、。]")


def _clause_at(text: str, q: Quantity) -> str:
    """The clause of ``text`` that holds ``q`` (between 、 and 。)."""
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, q.start):
        start = m.end()
    end = _CLAUSE_END.search(text, q.end)
    return text[start : end.start() if end else len(text)]


def _averaged(f: _Figure) -> bool:
    """Whether q's own clause calls it an average (年平均では4億6000万ユーロ), which may
    stand a power of ten from a source figure (not a part: このうち1200万ユーロ for
    "12 millions" is a slip of scale as often as not)."""
    before = f.sentence[max(0, f.q.start - f.start - 16) : f.q.start - f.start]
    return _AVERAGE.search(re.split(r"[、。]", before)[-1]) is not None


def _divided_in_its_sentence(f: _Figure, s: Quantity) -> str:
    """Whether q is source figure ``s`` divided by a count of s's own sentence, where
    the digest sentence speaks of an average (1回あたり…、前回契約の1億6000万ドル for
    "$1.6 billion for 10 missions"): a figure per unit, no slip of scale."""
    clause = f.sentence[: f.q.start - f.start]
    if not _AVERAGE.search(clause):
        return ""
    home = f.source.sentence_of(s.start)
    pool = f.source.quantities_in([home]) if home is not None else []
    return per_unit(f.q, pool, same_kind, "", clause, f.source)


def _spread_over_span(f: _Figure, s: Quantity) -> str:
    """Whether q, written as a yearly (monthly) amount, is source amount ``s`` spread
    over the years (months) its sentence states (10年間の均等払いで、年1500万シンガポール
    ドル for "S$150 million … over ten years"): that arithmetic, or ''."""
    q = f.q
    per = _PER_PERIOD_BEFORE.search(f.sentence, 0, q.start - f.start)
    if per is None or not (_money(q) and _money(s)):
        return ""
    unit = "month" if "月" in per.group(0) else "year"
    for o in f.stated:
        spans = [r.value for r in o.readings if r.unit == unit and r.value >= 2]
        for n in spans:
            for rq in q.readings:
                for rs in s.readings:
                    if rq.unit == rs.unit and within_rounding(
                        rq.value, rs.value / n, q, exact=False
                    ):
                        return f"{s.span.strip()} / {o.span.strip()} = {fmt_value(rs.value / n)}"
    return ""


# 年1500万ドル, 毎年, 月額: an amount per year or per month, right before it
_PER_PERIOD_BEFORE = rx.compile(r"(?:毎年|年間|年額|年|毎月|月額|月)(?:約|およそ|平均)?$")


# 10%(520万ユーロ), 10%、520万ユーロ, 10%にあたる520万ユーロ: a percentage and its amount
_PERCENT_THEN_AMOUNT = rx.compile(r"\s*(?:[(（]|、|にあたる|に相当する)\s*(?:約|およそ)?\s*")


def _stated_percent_of(f: _Figure, s: Quantity) -> str:
    """How q is a percentage written right before it of source figure ``s`` (固定額の
    10%(520万ユーロ) for "52 millones": 52 million × 10%), else '': that share, not a
    slip of scale nor another figure."""
    for o in f.stated:
        between = f.sentence[o.end : f.q.start - f.start]
        if not _PERCENT_THEN_AMOUNT.fullmatch(between):
            continue  # (市長は1割削減を公約: a tenth of something else)
        for p in (r.value for r in o.readings if r.unit == "percent"):
            for dr in f.q.readings:
                for sr in s.readings:
                    if (
                        dr.unit == sr.unit
                        and sr.value
                        and abs(100 * dr.value / sr.value - p) <= 0.01 * p
                    ):
                        return f"{s.span.strip()} × {o.span.strip()} = {f.q.span.strip()}"
    return ""


def _arithmetic(text: str, q: Quantity, *, past: bool = True) -> bool:
    """Whether the digest's words around ``q`` say it is computed (see _ARITHMETIC):
    in its clause before it (up to 16 characters) or right after it (``past``: a
    past period's own figure, 昨年のエビ輸出額は, counts as computed)."""
    words = _ARITHMETIC if past else _ARITHMETIC_NOW
    start = max(0, q.start - 16)
    for m in _CLAUSE_START.finditer(text, start, q.start):
        start = m.end()
    return bool(words.search(text, start, q.start) or words.search(text[q.start : q.end + 6]))


_UNIT_AFTER = rx.compile(r"[ァ-ヺー]{2,}|[A-Za-z]{2,}")


def _unit_word(text: str, q: Quantity) -> str:
    """The loanword a digest figure is counted in when the scanner knows no such
    unit: 4万6900セディ, 163万オンス, 283万TEU (its consonant skeleton)."""
    if q.units - {"any", "count"}:
        return ""
    m = _UNIT_AFTER.match(text, q.end)
    if m is None and q.counter and _UNIT_AFTER.fullmatch(q.counter):
        word = q.counter
    elif m is not None:
        word = m.group(0)
    else:
        return ""
    key = katakana_skeleton(word) if not word.isascii() else skeleton(word)
    return key if len(key) >= 2 else ""


def _named_alike(unit_word: str, s: Quantity, source: SourceIndex) -> bool:
    """The source counts ``s`` in the same loanword: セディ and cedis, オンス and ounces."""
    if not unit_word or not ({"count", "any"} & s.units):
        return False
    after = source.text[s.end : s.end + 40]
    words = re.findall(r"[A-Za-zÀ-ÿ]{2,}", s.noun + " " + after)[:3]
    return any(unit_word in (skeleton(w), skeleton(w.rstrip("s"))) for w in words)


def _residual(q: Quantity, s: Quantity, stated: list[Quantity], nearby: list[Quantity]) -> bool:
    """A bare figure (24駅, 25万立方メートル) against a counted one in a sentence the
    digest sentence restates figure by figure: the other figures of both sentences
    pair up, and these two are the ones left over."""
    if q.units - {"any", "count"} or not ({"count", "any"} & s.units) or not stated:
        return False
    if min(q.figure, s.figure or q.figure) < 10:
        return False  # small counts are reworded too freely (8週間に1回, "two doses")
    paired = [o for o in stated if any(readings_match(o, n) for n in nearby)]
    if not paired:
        return False
    left = [
        n
        for n in nearby
        if ({"count", "any"} & n.units) and not any(readings_match(o, n) for o in stated)
    ]
    return left == [s]


def _counted_in(
    q: Quantity, s: Quantity, aligned: list[SourceSentence], source: SourceIndex
) -> bool:
    """A bare count in an aligned sentence that names what ``q`` counts ("ships … to 24 a day")."""
    nouns = counter_nouns().get(q.counter)
    if not nouns or "count" not in s.units:
        return False
    sentence = source.sentence_of(s.start)
    if sentence is None or sentence not in aligned:
        return False
    words = set(re.findall(r"[a-z]+", (sentence.norm or sentence.text).casefold()))
    return bool(words & nouns)


def _points_as_percent(q: Quantity, nearby: list[Quantity]) -> str:
    """1.7%上昇 for a share that rose from 16.9% to 18.6%: points written as percent."""
    if {r.unit for r in q.readings} != {"percent"}:
        return ""
    value = q.readings[0].value
    percents = [(s, r.value) for s in nearby for r in s.readings if r.unit == "percent"]
    for i, (s1, a) in enumerate(percents):
        for s2, b in percents[i + 1 :]:
            if s1 is not s2 and abs(abs(a - b) - value) < 1e-6:
                return f"{s1.span.strip()} − {s2.span.strip()} = {abs(a - b):g} points"
    return ""
