"""The order in which one digest figure is judged (:func:`judge`): each role's
reading is tried in turn, and the first that settles the figure gives the
finding; what none settles is ``unsupported``, a warning.
"""

from __future__ import annotations

import itertools

from yoten.check.derive import derived_level, named_total, slipped_change, wrong_total
from yoten.check.derive.values import MEASURES
from yoten.check.judge.beside import worked_out_beside
from yoten.check.judge.counterparts import (
    counterparts_of,
    kept_range_end,
    rivals_of,
    swapped_finding,
)
from yoten.check.judge.figure import (
    figure_of,
    in_arithmetic,
    is_averaged,
    is_money,
    plain_counts,
    says_otherwise,
)
from yoten.check.judge.levels import (
    centre_and_margin,
    change_from_stated_end,
    level_after_stated_rate,
    level_before_backwards,
    level_before_change,
    level_before_its_rate,
    level_before_rate_to_lead,
    level_beside_its_step,
    percent_range,
    points_between_stated,
    points_from_stated,
    quotient_worked_out,
    rate_converted_in_sentence,
)
from yoten.check.judge.mistakes import derivation_of, miscomputed_figure
from yoten.check.judge.shares import (
    excess_over_whole,
    one_in_n,
    share_of_source_pair,
    share_of_source_whole,
    stated_percent_of,
    votes_cast,
)
from yoten.check.judge.spans import (
    days_between_dates,
    hours_between_times,
    per_day_of_yearly,
    rest_of_year,
    spread_over_span,
)
from yoten.check.judge.sums import (
    average_of_sentence_before,
    divided_in_its_sentence,
    gap_in_restated,
    gap_of_pair,
    gap_of_sentence_before,
    gap_to_sentence_before,
    open_arithmetic,
    per_one_across,
    product_of_sentence_before,
    rate_times_amount,
    rest_of_whole,
    sum_of_two_stated,
    total_with_each,
)
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity, readings_match
from yoten.check.relations import (
    Slip,
    digits_swapped,
    same_figure_other_unit,
    same_kind,
    same_kind_sources,
    slips,
    written_digits_swapped,
)
from yoten.check.rivals import change_to_rival
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.models import Finding


def judge(q: Quantity, piece: Piece, source: SourceIndex, points: list[Quantity]) -> Finding | None:
    """The finding for digest figure ``q``, which the source does not state as written
    (``points``: source figures it would match in percentage points): derived (info),
    contradicted (error) or unverified (warning)."""
    f = figure_of(q, piece, source)
    if points and not derived_level(q, f.restated, f.after):
        gap = points_from_stated(f)
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
    backwards = level_before_backwards(f)
    if backwards is not None:  # 前年は約29万1000トン for "280,000 tonnes, up 4%": × 1.04
        return backwards
    before_rate = level_before_its_rate(f)
    if before_rate is not None:  # 2024年同期(約390万トン)から15%増えた beside 460万トン
        return before_rate
    stepped = level_beside_its_step(f)
    if stepped:  # 1.25ユーロから1.35ユーロに for "up 10 cents, to 1.35 euros": 1.35 − 0.10
        return f.derived(stepped)
    counterparts = counterparts_of(f)
    swapped = [s for s in counterparts if digits_swapped(q, s)]
    gap = next((g for s in swapped if (g := gap_of_pair(q, s, counterparts))), "")
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
            q.units == {"percent"}
            or not (in_arithmetic(f.piece.text, q, past=False) or is_averaged(f))
        )
        and not stated_percent_of(f, [s])
        and not divided_in_its_sentence(f, s)
        and not rate_times_amount(f)
    ]
    if scaled:  # 35億ポンド for "£350 million" (and £2.4bn + £1.1bn by chance): a slip of scale
        return says_otherwise(f, scaled)
    # a share beside its part, whose whole its own sentence states (2140万回で、うち…
    # 890万回と約6割): those two settle it, whatever other figures give by chance
    if f.share_part is not None and f.wrong_share:
        return f.contradicted(f.wrong_share)
    of_pair = share_of_source_pair(f) or points_between_stated(f)
    if of_pair is not None:
        return of_pair
    one_in = one_in_n(f)
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
        return says_otherwise(f, kept)
    # the end of a source range whose other end the digest's range keeps (8〜16時間 for
    # "between 8 and 14 hours"): a changed end, whatever chance arithmetic gives (8 × 2)
    end = kept_range_end(f, strict=True)
    if end is not None and not readings_match(q, end):
        return says_otherwise(f, [end])
    derived = derivation_of(f, counterparts)
    if isinstance(derived, Finding):
        return derived
    # one figure anywhere in the source with q's digits, two neighbours swapped (1万4800
    # つがい for "18,400 pairs"): a copying slip, likelier than a product or a sum of
    # other figures that happens to give q (not than one that takes that figure itself:
    # 215万ユーロ for "3.4 million − 1.25 million")
    # (the source's figures of q's kind, or plain counts like it: read once, for this
    # and for the copying slips looked for below)
    alike = [s for s in source.quantities if same_kind(q, s) or plain_counts(q, s)]
    twins = [s for s in alike if digits_swapped(q, s)]
    if (
        len({s.figure for s in twins}) == 1
        and not any(readings_match(o, twins[0]) for o in f.stated)
        # (nor than a level or a change the digest sentence's own figures give:
        # 24.5% − 3.1ポイント = 21.4% beside the source's 12.4% of something else; 3,870 +
        # 650 = 4,520 where the sentence states 650ユーロ, beside "5,420 euros")
        and not (
            derived
            and (
                twins[0].span.strip() in derived
                or any(o.span.strip() in derived for o in (*f.stated, *f.restated))
            )
        )
        # (nor than a level a sentence of its own says it worked out: 前年の収入は約8470
        # 万ユーロだった計算になる for "87,4 millions …, en hausse de 3,2 %", 87.4 / 1.032)
        and not (not f.aligned and quotient_worked_out(f))
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
        derived = sum_of_two_stated(f) or total_with_each(f)
    if not derived:
        # 1万660人 for "4,140 of the 14,800 patients … after more than 62 days": the rest
        derived = gap_in_restated(f) or rest_of_whole(f)
    if derived:
        return f.derived(derived)
    miscomputed = miscomputed_figure(f)
    if miscomputed is not None:
        return miscomputed
    gap = (
        points_from_stated(f)
        or centre_and_margin(f)
        or rate_converted_in_sentence(f)
        or votes_cast(f)
        or level_before_change(f)
        or excess_over_whole(f)
        or quotient_worked_out(f)
        or hours_between_times(f)
        or percent_range(f)
        or rest_of_year(f)
        or per_day_of_yearly(f)
        or per_one_across(f)
        or level_after_stated_rate(f)
        or rate_times_amount(f)
        or change_from_stated_end(f)
        or product_of_sentence_before(f)
        or days_between_dates(f)
        or level_before_rate_to_lead(f)
        or open_arithmetic(f)
    )
    if gap:  # 95%には1.9ポイント届かない after 93.1%: the gap of two percentages it states
        return f.derived(gap)
    whole = share_of_source_whole(f, loose=True)
    if whole is not None:  # 5170万ドルと全体の半分を超える(約54%) for "$96.3 million" in all
        return whole
    rivals = rivals_of(f)
    if isinstance(rivals, Finding):
        return rivals
    # (of a rival, or of any figure of q's kind the source states: 目標の90%は27万匹に
    # あたり for "about 3 lakh stray dogs" and a goal of 90 per cent)
    wholes = itertools.chain(
        rivals,
        (
            s
            for s in source.quantities
            if (same_kind(q, s) or plain_counts(q, s)) and s not in rivals
        ),
    )
    share = stated_percent_of(f, wholes)
    if share:  # 固定額の10%(520万ユーロ) for "52 millones": the share its sentence states
        return f.derived(share)
    each = next(
        (p for s in rivals if (p := divided_in_its_sentence(f, s) or spread_over_span(f, s))),
        "",
    )
    if each:  # 前回契約の1億6000万ドル for "$1.6 billion for 10 missions", per mission
        return f.derived(each)
    between = change_to_rival(q, rivals, f.restated)
    if between:  # 12人から29人増え for "rose to 41 … the figure of 12": the change to it
        return f.derived(between)
    gap = gap_of_sentence_before(f) or average_of_sentence_before(f) or gap_to_sentence_before(f)
    if gap:  # 最大3820人から…1240人に減った。2580人が離れた: the gap the sentence before gives
        return f.derived(gap)
    if rivals:
        return says_otherwise(f, rivals)
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
            or (is_money(q) and Slip.PAIR_REVERSED in slips(q, s))
        )
    ]
    if len({s.figure for s in anywhere}) == 1:
        return swapped_finding(q, piece, source, anywhere[0])
    slipped = slipped_change(q, piece.text, f.stated, source.quantities, same_kind_sources)
    if slipped:
        return f.contradicted(slipped)
    of_whole = share_of_source_whole(f)
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
