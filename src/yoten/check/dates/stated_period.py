"""A span of months against the period of the one source sentence its figures come from.

部門は1〜6月期に4600万ドルの赤字 restates "The unit lost $46 million before tax in
the first nine months of 2026": the sentence that alone states the digest
sentence's figure ties that figure to January–September, so 1〜6月 is a changed
period, not a period the source speaks of elsewhere. Only that sentence counts
(its figure is the anchor, not shared words), and only where it states a period
of months in words the scanner reads: "the first nine months", "the three months
to June", "from June to August", "the second half", "the third quarter" (a
calendar quarter only where the source speaks of no fiscal year).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.align import SourceSentence, sentence_at, sentence_start
from yoten.check.dates.facts import SourceDates
from yoten.check.dates.months import MONTH_RE, month_number
from yoten.check.dates.periods import FISCAL_WORDING, add_month_spans, fiscal_quarter_months
from yoten.check.dates.scan import DateRef
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Finding

if TYPE_CHECKING:
    from yoten.check.source import SourceIndex

__all__ = ["other_period"]

# "from June to August", "between March and May", "June-August", "June through August",
# "in June and July", "January, February and March" (months that follow each other;
# not "March and May")
_NAMED_SPAN = rx.compile(
    rf"\b(?:between\s+(?P<a2>{MONTH_RE})\s+and\s+(?P<b2>{MONTH_RE})"
    # ("October-through-December", "del 1 January al 28 February", "June 1 to August 31")
    rf"|(?P<a>{MONTH_RE})(?:\s+\d{{1,2}})?(?:\s*[-–]\s*|\s+)?"
    r"(?:-|–|to|through|thru|until|al|au|à|bis)(?:\s*[-–]\s*|\s+)?"
    rf"(?:\d{{1,2}}\s+)?(?P<b>{MONTH_RE})"
    rf"|(?P<list>{MONTH_RE}(?:\s*,\s*{MONTH_RE})*,?\s+and\s+{MONTH_RE}))\b",
    re.IGNORECASE,
)
_MONTH_WORD = rx.compile(MONTH_RE, re.IGNORECASE)
# where the clause of a source figure ends: another figure's period follows ("4.15% for
# the third quarter, from 4.04% in the April-June quarter", "418 euros, contre 445
# euros au premier trimestre")
_CLAUSE_BREAK = rx.compile(
    r";|,\s+(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+)?(?=[\d$£€¥])|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?\s"
    r"|,\s+(?:against|after|before|although|though|while|whereas|but|contre|après|nach"
    r"|gegenüber|frente\s+a|tras|alors\s+que|mientras)\b"
    r"|\bcontre\b|\bgegenüber\b|\bfrente\s+a\b",
    re.IGNORECASE,
)
# 上半期, 下期: the halves a digest sentence names in words
_JA_HALVES = {"上半期": (1, 6), "上期": (1, 6), "下半期": (7, 12), "下期": (7, 12)}
_JA_QUARTER_NUMBER = rx.compile(r"第([1-4])四半期|(?<![\w])Q([1-4])(?![\w])")
# 1〜6月, 7〜9月期: the spans the digest sentence writes itself
_SPAN_MONTHS = rx.compile(r"(\d{1,2})\s*[〜~～-]\s*(\d{1,2})月")


def _named_spans(text: str) -> set[tuple[int, int]]:
    """The spans of months ``text`` writes by their names (see ``_NAMED_SPAN``)."""
    spans: set[tuple[int, int]] = set()
    for m in _NAMED_SPAN.finditer(text):
        if m.group("list"):
            months = [month_number(w.group(0)) or 0 for w in _MONTH_WORD.finditer(m.group("list"))]
            if all(b == a + 1 for a, b in itertools.pairwise(months)):
                spans.add((months[0], months[-1]))
            continue
        a = month_number(m.group("a") or m.group("a2")) or 0
        b = month_number(m.group("b") or m.group("b2")) or 0
        if 0 < a < b:
            spans.add((a, b))
    return spans


def _spans_stated(
    text: str, published: dt.date | None, fiscal_ends: set[int]
) -> set[tuple[int, int]]:
    """The spans of months one source clause states ((1, 9) for "the first nine
    months"); a quarter or a half also as that of each fiscal year the source keeps
    (the first half of a year to March: April to September), and none where the
    clause itself speaks of a fiscal year (whose months it need not say)."""
    spans = _named_spans(text)
    if FISCAL_WORDING.search(text):
        return spans
    facts = SourceDates(published=published)
    facts.fiscal_ends = {(0, end) for end in fiscal_ends}
    add_month_spans(facts, text)
    counted = {(a, b) for a, b in facts.month_spans if a <= b}
    for end in fiscal_ends - {12}:
        # (the months of a span counted from January, counted from the fiscal year's start)
        counted |= {
            ((a + end - 1) % 12 + 1, (b + end - 1) % 12 + 1) for a, b in counted if a % 3 == 1
        }
    return spans | counted


def _after_its_figures(sentence: str, at: int) -> bool:
    """Whether the span of months at ``at`` stands in a clause of its own after every
    measured figure of the digest ``sentence`` (after a 、 that follows them)."""
    from yoten.check.digest_figures import digest_quantities

    cut = sentence.rfind("、", 0, at)
    measured = [o for o in digest_quantities(sentence) if o.units - {"any", "year", "ordinal"}]
    return cut >= 0 and bool(measured) and all(o.end <= cut for o in measured)


def _clauses_stating(sentence: str, source: SourceIndex) -> list[tuple[SourceSentence, str]]:
    """The clauses of the source that state the digest sentence's measured figures as
    written, each in the one source sentence that alone states it."""
    from yoten.check.derive import identical
    from yoten.check.digest_figures import digest_quantities

    out: list[tuple[SourceSentence, str]] = []
    for o in digest_quantities(sentence):
        if not (o.units - {"any", "count", "year", "ordinal"} or o.counter) or o.figure < 10:
            continue  # (a small figure, 2%, is stated of too many things to say which)
        found = [s for s in source.quantities if identical(o, s)]
        where = {w.start: w for s in found if (w := source.sentence_of(s.start)) is not None}
        if len(where) != 1:
            continue
        held = next(iter(where.values()))
        said = held.norm or held.text
        for q in found:
            at = said.find(q.span)
            if at < 0:
                continue
            before, after = said[:at], said[at + len(q.span) :]
            cut = list(_CLAUSE_BREAK.finditer(before))
            stop = _CLAUSE_BREAK.search(after)
            clause = before[cut[-1].end() if cut else 0 :] + q.span
            out.append((held, clause + (after[: stop.start()] if stop else after)))
    return out


def other_period(
    piece: Piece, text: str, ref: DateRef, source: SourceIndex, published: dt.date | None
) -> Finding | None:
    """The error for a span of months (``ref``, in the digest ``text``) where the one
    source sentence stating its sentence's figures ties them to another span."""
    if ref.month_from is None or ref.month is None or ref.month_from >= ref.month:
        return None
    from yoten.check.source import evidence

    sentence = sentence_at(text, ref.start)
    at = ref.start - sentence_start(text, ref.start)
    if _after_its_figures(sentence, at):
        return None  # (雨量は長期平均の104%、7〜8月に多い見込み: another clause's months)
    # (two spans in one sentence: each is judged by the figures of its own clause;
    # 7〜9月期は12%増で、1〜3月期の伸びは4%弱)
    own_clause = sentence
    if len(_SPAN_MONTHS.findall(sentence)) > 1:
        start = sentence.rfind("、", 0, at) + 1
        end = sentence.find("、", at)
        own_clause = sentence[start : end if end >= 0 else len(sentence)]
    clauses = _clauses_stating(own_clause, source)
    if not clauses:
        return None
    ends = {end for _year, end in source.dates.fiscal_ends}
    if FISCAL_WORDING.search(source.text) and not ends:
        # (a fiscal year whose months the source does not say: the months it names only)
        spans = {span for _s, clause in clauses for span in _named_spans(clause)}
    else:
        spans = {span for _s, clause in clauses for span in _spans_stated(clause, published, ends)}
    months = (ref.month_from, ref.month)
    if not spans or months in spans:
        return None
    own = {(int(a), int(b)) for a, b in _SPAN_MONTHS.findall(sentence)}
    own |= {span for word, span in _JA_HALVES.items() if word in sentence}
    # (第4四半期の75.8%: a quarter the sentence names by its number, of whatever year)
    for m in _JA_QUARTER_NUMBER.finditer(sentence):
        quarter = int(m.group(1) or m.group(2))
        own |= {(3 * quarter - 2, 3 * quarter)} | {fiscal_quarter_months(quarter, e) for e in ends}
    if spans & own:
        return None  # (1〜3月期が…、4〜6月期が…: the sentence writes the span stated too)
    says = ", ".join(f"{a}〜{b}月" for a, b in sorted(spans))
    return Finding(
        kind=Kind.MISMATCH,
        severity="error",
        section=piece.section,
        span=piece.text[ref.start : ref.end],
        message=_("the source gives these figures for other months ({months})").format(months=says),
        rule=Rule.DATE_CONTRADICTED,
        evidence=evidence(list(dict.fromkeys(x for x, _c in clauses))),
    )
