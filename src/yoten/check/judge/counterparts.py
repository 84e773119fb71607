"""The source figures that stand in a digest figure's place: the counterparts of
its kind in the sentences restated, the rivals that make it an error (what the
source says instead), and the findings for a copy with two digits swapped or a
percentage written for percentage points.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from yoten.check import rx
from yoten.check.align import SourceSentence, sentence_at
from yoten.check.derive.values import MEASURES
from yoten.check.judge.figure import Figure, in_arithmetic, is_averaged, is_money, named_alike
from yoten.check.lexicon import counter_nouns
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity, readings_match
from yoten.check.quantities.core import RUN
from yoten.check.quantities.english_context import NAME_BEFORE_AGE
from yoten.check.ranges import range_counterpart
from yoten.check.relations import (
    Slip,
    foreign_count,
    log_distance,
    other_currency,
    read_as_year,
    same_figure_other_unit,
    same_kind,
    slips,
    typo_of,
)
from yoten.check.rivals import rounds_to
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding


def counterparts_of(f: Figure) -> tuple[Quantity, ...]:
    """Figures the sentences restated state in q's place (26種のうち16種 for "18 of the
    26 species"), unless the digest's words say q is computed (計, 差, 残り …)."""
    q, source = f.q, f.source
    if in_arithmetic(f.piece.text, q):
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


def rivals_of(f: Figure) -> list[Quantity] | Finding:
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
        or named_alike(f.unit_word, s, source)
        or _residual(q, s, stated, nearby)
    ]
    rivals = [
        s
        for s in rivals
        if _replaced(q, s, stated)
        and not read_as_year(s, source.text)
        and not _writes_figure(f, s)
        and not rounds_to(q, s)  # (0.81 million for 81万2000人: less precise, not other)
        # ("the fourth consecutive record" restates 4年連続; 2年続いて counts other years)
        and not (RUN in s.extra and "連続" not in q.span + f.after[:2])
    ]
    if not rivals:
        difference = _points_as_percent(q, nearby)
        if difference:
            return points_finding(q, f.piece, source, difference, f.aligned)
        # (an average a power of ten away is no slip of scale: 年平均では4億6000万
        # ユーロ for "€4.6 billion over ten years")
        averaged = is_averaged(f)

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
            for s in source.quantities
            if (
                not invented
                # (but an amount of money the source states in its own currency a power
                # of ten away, its digits as written: 計125万フラン for "12,5 Millionen
                # Franken", a sentence aligned with one about something else)
                or (not bare and is_money(q) and slips(q, s) == {Slip.SCALE})
            )
            and (
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
        counterpart = kept_range_end(f, nearby)
        rivals = [counterpart] if counterpart is not None else []
    return [s for s in rivals if not _someone_elses_age(q, s, f.sentence, source.text)]


def kept_range_end(
    f: Figure, nearby: list[Quantity] | None = None, *, strict: bool = False
) -> Quantity | None:
    """The end of a source range that q stands in place of, where the digest's range
    keeps the other end (8〜16時間 for "between 8 and 14 hours": 14), or None
    (``strict``: see :func:`range_counterpart`)."""
    q, source = f.q, f.source
    nearby = f.nearby if nearby is None else nearby
    # (stated: offsets in q's sentence)
    mine = replace(q, start=q.start - f.start, end=q.end - f.start)
    # (and the sentences that state the end the digest keeps: 生後3〜18カ月 for "aged
    # 3 to 12 months", a sentence too short to align)
    homes = [h for s in f.restated if (h := source.sentence_of(s.start)) is not None]
    pool = [*nearby, *(s for s in source.quantities_in(homes) if s not in nearby)]
    return range_counterpart(mine, f.sentence, f.stated, pool, source, strict=strict)


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


def _writes_figure(f: Figure, s: Quantity) -> bool:
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
