"""Numbers: every figure a digest states is compared with what the source says.

Severity model v2: a figure the source states (in any form the scanners read)
is fine. Otherwise the digest sentence is aligned with the source sentences it
restates (:mod:`yoten.check.align`):

- a value derived from source figures (a sum, a difference, a share) is
  ``info``, with the derivation shown;
- a figure of the same kind (dollars, percent, schools …) in an aligned
  sentence that differs is a contradiction: ``mismatch``, ``error``, with the
  sentence as evidence; so is a percentage written for percentage points;
- anything else is ``unsupported``, a ``warning``: nothing in the source
  relates to it, which a reviewer should see but which is not proof of a mistake.

Years and dates are left to :mod:`yoten.check.dates`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from yoten.check.align import (
    SourceSentence,
    katakana_skeleton,
    sentence_at,
    sentence_start,
    skeleton,
)
from yoten.check.derive import (
    APPOSED_SHARE,
    FOUR_DIGIT_YEAR,
    TOTAL_BEFORE,
    apposed_share,
    converted_temperature,
    counts_calendar_years,
    counts_years_since,
    derive,
    derived_level,
    identical,
    marks_share,
    rounds_digest_figure,
    span_named,
    wrong_change,
    wrong_remainder,
    wrong_share,
    wrong_total,
    wrong_years_since,
    years_between,
    years_count_span,
    years_since_named,
)
from yoten.check.digest_figures import JAPANESE_TEXT, digest_quantities
from yoten.check.lexicon import counter_nouns, mask_not_quantities
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import (
    DAY_OF_MONTH,
    Quantity,
    equivalent_readings,
    readings_match,
)
from yoten.check.ranges import range_counterpart
from yoten.check.relations import (
    digits_swapped,
    foreign_count,
    log_distance,
    other_currency,
    percent_for_points,
    read_as_year,
    same_figure_other_unit,
    same_kind,
    same_kind_sources,
    significant_digits,
    typo_of,
    unit_elided,
)
from yoten.check.rivals import (
    bound,
    change_to_rival,
    closer_rival,
    inside_source_bound,
    points_beside_end,
    restated_as_points,
    transposed_rival,
)
from yoten.check.rules import Kind, Rule
from yoten.check.score_verdict import check_scores
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["check_numbers", "digest_quantities"]


def check_numbers(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """Findings for digest figures the source does not state (see the module docstring)."""
    findings: list[Finding] = []
    seen: set[str] = set()
    pieces = list(pieces)
    japanese = any(JAPANESE_TEXT.search(p.text) for p in pieces)
    todo: list[tuple[Quantity, Piece, list[Quantity]]] = []
    scanned: list[Quantity] = []  # every figure of the digest, for rounds_digest_figure
    for piece in pieces:
        covered: list[tuple[int, int]] = []
        if japanese:
            covered = check_scores(piece, source, findings, seen)
        text = mask_not_quantities(piece.text) if japanese else piece.text
        quantities = digest_quantities(text, japanese=japanese)
        scanned += quantities
        for q in quantities:
            if q.span in seen or any(a <= q.start and q.end <= b for a, b in covered):
                continue
            if DAY_OF_MONTH in q.extra and q.figure in source.dates.days:
                continue  # 8〜10日に: the 8th to the 10th, days the source gives
            if _converts_figure_before(q, text, quantities, source):
                continue  # 9マイル(約14キロ): the digest's own figure, judged on its own
            supporters = [
                s
                for s in source.candidates(q)
                if readings_match(q, s) or inside_source_bound(q, s, source.text)
            ] or [s for s in source.quantities if unit_elided(q, s)]
            if (
                supporters  # (a bare 43 of a Japanese source is any 43; 23 days no 23年)
                and counts_years_since(q, text)
                and not any(
                    {"year", "month", "age", "decade", "century"} & s.units for s in supporters
                )
            ):
                supporters = []  # 開通から43年: the years since the source's year, not any 43
            if counts_calendar_years(q, text):  # "since 2017" in 2025 is 8年ぶり, not 7
                supporters = [
                    s
                    for s in supporters
                    if s.figure == q.figure or q.approx or not s.span.lower().startswith("since")
                ]
            if not supporters and _in_a_table(q, source):
                continue  # 34秒71 for "Gruber (GER) 34,71": the figure, its unit in the heading
            points = [s for s in supporters if percent_for_points(q, s)]
            if (
                points
                and len(points) < len(supporters)
                and restated_as_points(q, piece, source, points, supporters)
            ):
                supporters = points  # the same percentage elsewhere is about something else
            difference = points_beside_end(q, piece, source) if supporters else ""
            if difference:  # 前年の24%から3%上昇 for 24% → 27%
                seen.add(q.span)
                findings.append(_points_finding(q, piece, source, difference))
                continue
            if supporters and not all(percent_for_points(q, s) for s in supporters):
                if APPOSED_SHARE.search(text, max(0, q.start - 3), q.start):
                    # 31カーゴのうち7カーゴ、約3割: of that part and whole, whatever else
                    # the source says is about 30%
                    sentence = sentence_at(piece.text, q.start)
                    stated = [o for o in digest_quantities(sentence) if o.span != q.span]
                    apposed = _worked_out(q, piece, stated, source.align(sentence), source)
                    if apposed is not None and apposed.severity == "error":
                        seen.add(q.span)
                        findings.append(apposed)
                        continue
                if any(identical(q, s) or unit_elided(q, s) for s in supporters):
                    moved = transposed_rival(q, piece, source, supporters)
                    if moved is not None:
                        seen.add(q.span)
                        findings.append(moved)
                    continue
                swapped = [s for s in supporters if digits_swapped(q, s)]
                if swapped:  # 少なくとも4530人 for "at least 4,350": no rounding swaps digits
                    seen.add(q.span)
                    findings.append(_swapped(q, piece, source, swapped[0]))
                    continue
                # rounded (約6割 for 60.2%): the sentence it restates may say otherwise
                closer = closer_rival(q, piece, source, supporters)
                if closer is None:
                    continue
                seen.add(q.span)
                findings.append(closer)
                continue
            seen.add(q.span)
            todo.append((q, piece, supporters))
    judged = [(q, piece, _judge(q, piece, source, supporters)) for q, piece, supporters in todo]
    # figures the source supports: those never judged, and those derived
    flagged = {q.span for q, _p, f in judged if f is not None and f.severity != "info"}
    checked = [q for q in scanned if q.span not in flagged]
    for q, piece, finding in judged:
        if finding is None:
            continue
        restated = "" if finding.severity == "info" else rounds_digest_figure(q, checked, same_kind)
        findings.append(
            finding_at(
                piece,
                q.span,
                Kind.DERIVED,
                "info",
                message=_("derived from the source: {derivation}").format(derivation=restated),
                rule=Rule.NUMBER_DERIVED,
                derivation=restated,
                evidence=finding.evidence,
            )
            if restated
            else finding
        )
    return findings


def _replaced(q: Quantity, rival: Quantity, stated: list[Quantity]) -> bool:
    """Whether ``q`` reads as a changed copy of ``rival``: its own sentence
    (``stated``) does not state ``rival`` too ("from 16nm to 28nm": 28 is another
    figure), and the two are of the same order (4,300 → 4500, 56% → 65%). Another
    sentence may state ``rival`` right: one changed copy of a figure the digest
    repeats is still a changed figure."""
    if any(readings_match(d, rival) for d in stated):
        return False
    distance = log_distance(q, rival)
    return distance <= math.log(2)


def _worked_out(
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
    ) or converted_temperature(q, piece.text, stated, source.values)
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


def _judge(
    q: Quantity, piece: Piece, source: SourceIndex, points: list[Quantity]
) -> Finding | None:
    sentence = sentence_at(piece.text, q.start)
    values = [r.value for r in q.readings]
    stated = [o for o in digest_quantities(sentence) if o.span != q.span]
    others = [r.value for o in stated for r in o.readings] + [o.figure for o in stated]
    aligned = source.align(sentence, values=others, ignore=[*values, q.figure])
    clause = _clause_at(piece.text, q)
    if clause != sentence:  # …上回り、純利益も約3割増えた: the clause's own sentence too
        aligned += [
            s
            for s in source.align(clause, values=others, ignore=[*values, q.figure])[:1]
            if s not in aligned
        ]
    # the source's figures the digest sentence states (948件, 1236件), wherever the
    # source states them: a change or a level the digest derives runs between them
    restated = [
        s
        for s in source.quantities
        if any(identical(o, s) for o in stated) and not s.extra.get("article")
    ]
    if points and not derived_level(q, restated, piece.text[q.end : q.end + 6]):
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
    worked_out = _worked_out(q, piece, stated, aligned, source)
    if worked_out is not None:
        return worked_out
    nearby = source.quantities_in(aligned)
    nearby += [s for s in restated if s not in nearby]
    unit_word = _unit_word(piece.text, q)

    # the digest's figures before q in its paragraph, counted with q's counter (住宅
    # 214棟が全焼し、67棟が損壊した。…合わせて281棟: the 67 of "67 more" counts homes too)
    # (one cached scan of the paragraph, not a new one of each figure's prefix)
    start = sentence_start(piece.text, q.start)
    counted = [
        o
        for o in (digest_quantities(piece.text) if q.counter else ())
        if o.end <= start and o.counter == q.counter
    ]

    def kin(a: Quantity, b: Quantity) -> bool:
        """Same kind, or (for a figure in a unit the scanner does not know) counted in
        the same loanword, or stated beside it in the digest sentence (2310万ソル)."""
        if same_kind(a, b) or (a is q and foreign_count(a, b, source)):
            return True
        # ("26万8400台と14万3900台、計41万2300台": the source's figures the sentence
        # states with the same counter count the same thing)
        return a is q and (
            _named_alike(unit_word, b, source)
            or any(readings_match(o, b) for o in counted)
            or any(
                readings_match(o, b)
                and (bool(unit_word) or (bool(q.counter) and o.counter == q.counter))
                for o in stated
            )
        )

    # figures the sentences restated state in q's place (26種のうち16種 for "18 of the
    # 26 species"), unless the digest's words say q is computed (計, 差, 残り …)
    counterparts = (
        ()
        if _arithmetic(piece.text, q)
        else tuple(
            s
            for s in nearby
            if same_kind(q, s)
            and _replaced(q, s, stated)
            and "ordinal" not in s.units
            and not read_as_year(s, source.text)
        )
    )

    def contradicted(arithmetic: str) -> Finding:
        return finding_at(
            piece,
            q.span,
            Kind.MISMATCH,
            "error",
            message=_("the source's figures give {change}").format(change=arithmetic),
            rule=Rule.NUMBER_CONTRADICTED,
            derivation=arithmetic,
            evidence=evidence(aligned),
        )

    swapped = [s for s in counterparts if digits_swapped(q, s)]
    if swapped:  # 4530人 where the sentence restated says 4,350 (and 4,350 + 180 by chance)
        return _swapped(q, piece, source, swapped[0])
    derived = (
        years_between(q, piece.text, source)
        or span_named(q, piece.text)
        # (unless the source counts them itself: 12年ぶり beside its 2014年以来)
        or (
            ""
            if any(_COUNTED_SINCE.search(s.span) for s in counterparts)
            else years_since_named(q, piece.text, source)
        )
    )
    if not derived and counts_years_since(q, piece.text):
        # 前回の優勝は1998年で、28年ぶり: the year the sentence names settles the count,
        # whatever two other figures of years happen to give
        years = _wrong_years_since(q, piece, source, aligned, own_year=True)
        if years is not None:
            return years
    derived = (
        derived
        or derive(
            q,
            nearby,
            source,
            same_kind=kin,
            stated=stated,
            after=piece.text[q.end : q.end + 6],
            counterparts=counterparts,
            total=TOTAL_BEFORE.search(piece.text, max(0, q.start - 3), q.start) is not None,
            before=sentence[: q.start - start][-24:],
            share=marks_share(q, piece.text),
            given=tuple(restated),
        )
        or bound(q, piece.text, nearby)
    )
    if derived:
        return finding_at(
            piece,
            q.span,
            Kind.DERIVED,
            "info",
            message=_("derived from the source: {derivation}").format(derivation=derived),
            rule=Rule.NUMBER_DERIVED,
            derivation=derived,
            evidence=evidence(aligned),
        )
    change = wrong_change(q, piece.text, stated, nearby, same_kind_sources, source)
    if not change:
        # 値上げ率は約15%にあたる: a sentence of its own about the figures of the one
        # before; 2時間5分2秒の大会記録を35秒更新: the other end (2時間4分37秒) stated there
        change = _wrong_change_before(q, piece, source, stated, nearby)
    if change:
        return contradicted(change)
    total = wrong_total(q, piece.text, stated, restated, source.quantities) or wrong_remainder(
        q, piece.text, stated, restated
    )
    if total:
        return contradicted(total)
    share = wrong_share(q, piece.text, stated, nearby, same_kind_sources)
    if share:
        return contradicted(share)
    years = _wrong_years_since(q, piece, source, aligned)
    if years is not None:
        return years
    rivals = [
        s
        for s in nearby
        if same_kind(q, s)
        or _counted_in(q, s, aligned, source)
        or foreign_count(q, s, source)
        or _named_alike(unit_word, s, source)
        or _residual(q, s, stated, nearby)
    ]
    rivals = [s for s in rivals if _replaced(q, s, stated) and not read_as_year(s, source.text)]
    if not rivals:
        difference = _points_as_percent(q, nearby)
        if difference:
            return _points_finding(q, piece, source, difference, aligned)
        rivals = [
            s
            for s in nearby
            if (typo_of(q, s, near=True) or same_figure_other_unit(q, s))
            and not any(readings_match(d, s) for d in stated)
        ]
        # the sentence restated states no figure at all (期日前投票 … 大幅に増えた):
        # an invented figure, not a slip of one stated elsewhere about something else
        invented = bool(aligned) and not nearby
        rivals = rivals or [
            s
            for s in ([] if invented else source.quantities)
            if (same_kind(q, s) and typo_of(q, s))
            or other_currency(q, s)
            or (same_figure_other_unit(q, s) and q.figure >= 10)
        ]
    if not rivals:
        # (stated: offsets in q's sentence)
        mine = replace(q, start=q.start - start, end=q.end - start)
        counterpart = range_counterpart(mine, sentence, stated, nearby, source)
        rivals = [counterpart] if counterpart is not None else []
    between = change_to_rival(q, rivals, restated)
    if between:  # 12人から29人増え for "rose to 41 … the figure of 12": the change to it
        return finding_at(
            piece,
            q.span,
            Kind.DERIVED,
            "info",
            message=_("derived from the source: {derivation}").format(derivation=between),
            rule=Rule.NUMBER_DERIVED,
            derivation=between,
            evidence=evidence(aligned),
        )
    if rivals:
        nearest = sorted(rivals, key=lambda s: log_distance(q, s))[:2]
        says = _(" or ").join(f'"{s.span.strip()}"' for s in nearest)
        return finding_at(
            piece,
            q.span,
            Kind.MISMATCH,
            "error",
            message=_("the source says {figures}").format(figures=says),
            rule=Rule.NUMBER_CONTRADICTED,
            evidence=evidence([s for r in nearest if (s := source.sentence_stating(r))]),
        )
    return finding_at(
        piece,
        q.span,
        Kind.UNSUPPORTED,
        "warning",
        message=_("unverified: the source states no such figure"),
        rule=Rule.NUMBER_UNVERIFIED,
        evidence=evidence(aligned),
    )


def _points_finding(
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


_BRACKET_BEFORE = re.compile(r"[(（]\s*(?:約|およそ|ほぼ)?\s*$")


def _converts_figure_before(
    q: Quantity, text: str, quantities: list[Quantity], source: SourceIndex
) -> bool:
    """``q`` in brackets right after a figure of the digest it converts to another
    unit, a figure the source does not state itself (9マイル(約14キロ) for the miles
    between two mile markers): judged with that figure, not as one of its own. (A
    conversion of a figure the source states is checked against the source.)"""
    bracket = _BRACKET_BEFORE.search(text, max(0, q.start - 5), q.start)
    if bracket is None:
        return False
    return any(
        0 <= bracket.start() - o.end <= 1
        and o.units != q.units
        and readings_match(q, o)
        and not any(readings_match(o, s) for s in source.candidates(o))
        for o in quantities
        if o is not q
    )


# a source's own count of years since: 12年ぶり, 9年前, "12 years ago"
_COUNTED_SINCE = re.compile(r"ぶり|前|\bago\b|\bearlier\b")


def _swapped(q: Quantity, piece: Piece, source: SourceIndex, s: Quantity) -> Finding:
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


def _wrong_change_before(
    q: Quantity, piece: Piece, source: SourceIndex, stated: list[Quantity], nearby: list[Quantity]
) -> str:
    """wrong_change with the figures of the sentence before q's too: q's own sentence
    goes on about them (no other figure in it), or states one end of the change and
    the sentence before the other (then both ends must be figures the digest states)."""
    start = sentence_start(piece.text, q.start)
    if start == 0 or "point" in q.units:
        return ""  # (points between percentages: only those of q's own sentence)
    before = sentence_at(piece.text, start - 1)
    earlier = digest_quantities(before)
    if not earlier:
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
_ARITHMETIC = re.compile(
    r"(?<![集会設統推時])計|合計|総|累計|延べ|差|残|増|減|多|少な(?!くとも)|上回|下回|短縮|延長|縮|広げ|拡大|伸び|上昇|低下"
    r"|下落|改善|悪化|ほか|以外|合わせ|足|引|比|より|超過|不足|ぶん|分の|追加|加え|上積"
    r"|従来|当初|以前|前年|昨年|前日|前週|前月|前回|[〜~～]|上が|下が|引き上|引き下"
)
_CLAUSE_START = re.compile(r"[、。,:：]")


_CLAUSE_END = re.compile(r"[、。]")


def _clause_at(text: str, q: Quantity) -> str:
    """The clause of ``text`` that holds ``q`` (between 、 and 。)."""
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, q.start):
        start = m.end()
    end = _CLAUSE_END.search(text, q.end)
    return text[start : end.start() if end else len(text)]


def _arithmetic(text: str, q: Quantity) -> bool:
    """Whether the digest's words around ``q`` say it is computed (see _ARITHMETIC):
    in its clause before it (up to 16 characters) or right after it."""
    start = max(0, q.start - 16)
    for m in _CLAUSE_START.finditer(text, start, q.start):
        start = m.end()
    return bool(
        _ARITHMETIC.search(text, start, q.start) or _ARITHMETIC.search(text[q.start : q.end + 6])
    )


_UNIT_AFTER = re.compile(r"[ァ-ヺー]{2,}|[A-Za-z]{2,}")


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


def _in_a_table(q: Quantity, source: SourceIndex) -> bool:
    """A decimal figure (three significant digits or more) the source states bare, as a
    results table does: the same digits are no coincidence."""
    if q.approx or not q.figure or float(q.figure).is_integer():
        return False
    if len(significant_digits(q.figure)) < 3:
        return False
    return any(
        s.units <= {"count", "any"} and abs(s.figure - q.figure) < 1e-6 * abs(q.figure)
        for s in source.quantities
    )


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
