"""Quarters: 第3四半期 in a digest against "the fourth quarter" in its source.

This rule reads the numbered form (第N四半期, N-Q, QN) and compares it with the
quarters the source names (first … fourth quarter, Q1 … Q4; French, German and
Spanish through the locale words). Months written as a calendar quarter's span
(7〜9月期) are the dates check's, which asks only whether the source speaks of
those months anywhere; here they are also read as the quarter they are, and one
the sentences the digest restates name otherwise ("the second quarter" beside
7〜9月期) is a contradiction, unless the source speaks of fiscal years (whose
quarters need not be the calendar's).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from yoten.check import rx
from yoten.check.align import SourceSentence, number_keys, sentence_at
from yoten.check.dates.months import month_number
from yoten.check.dates.periods import (
    EN_ELLIPTIC_QUARTER,
    FISCAL_WORDING,
    fiscal_quarter_months,
)
from yoten.check.derive.basics import identical
from yoten.check.digest_figures import digest_quantities
from yoten.check.normalize import MONTH_NAMES, halfwidth
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["check_quarters", "restated_quarter", "source_quarters", "year_quarter"]

_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4}
_JA_QUARTER = rx.compile(
    r"第([1-4一二三四])四半期|(?<![\w])([1-4])Q(?![\w])|(?<![\w])Q([1-4])(?![\w])"
)
# Quarters that need not be the calendar's: "fiscal" in the sentence naming the
# quarter, or a fiscal year the source says starts or ends in another month.
_FISCAL = FISCAL_WORDING
_FISCAL_YEAR = rx.compile(
    r"\b(?:fiscal|financial)\s+(?:year|quarter)s?\b[^.;]{0,40}?\b(?:begins?|began|starts?|started"
    r"|ends?|ended|ending|runs?)\b|\bfiscal\s+(?:first|second|third|fourth|Q[1-4])\b"
    # ("the second quarter of the current financial year")
    r"|\bquarter\s+of\s+(?:the|its|this|their)\s+(?:current\s+)?(?:(?:19|20)\d\d[-–/]\d{2,4}\s+)?"
    r"(?:fiscal|financial)\s+year\b"
    r"|\byear\s+(?:ending|ended|to)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May"
    r"|June|July|August|September|October|November)\b",
    re.IGNORECASE,
)
_THREE_MONTHS = rx.compile(
    rf"\bfirst\s+(?:three|3)\s+months\b|\b(?:three|3)\s+months\s+(?:to|ending|ended|through)"
    rf"\s+(?:the\s+end\s+of\s+)?(?P<end>{MONTH_NAMES})\b",
    re.IGNORECASE,
)
_MONTH = rx.compile(MONTH_NAMES, re.IGNORECASE)
# "the six months to 30 September", "the half-year ended June 30": the first half of
# a year, which ends six months later
_SIX_MONTHS = rx.compile(
    rf"\b(?:(?:six|6)\s+months|half[\s-]year|first\s+half)\s+(?:to|ending|ended|through"
    rf"|until)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<end>{MONTH_NAMES})\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8)
def _half_year_ends(source: SourceIndex) -> frozenset[int]:
    """The months the years end in whose first half the source says ends in a month
    ("Revenue rose … in the six months to 30 September": a year to March)."""
    ends = set()
    for s in source.sentences:
        for m in _SIX_MONTHS.finditer(s.norm or s.text):
            month = month_number(m.group("end"))
            if month is not None:
                ends.add((month + 5) % 12 + 1)
    return frozenset(ends)


_EN_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_EN_QUARTER = rx.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+|financial[-\s]+)?quarter\b"
    r"|\bQ([1-4])\b|\b([1-4])Q\b",
    re.IGNORECASE,
)


def _number(m: re.Match[str]) -> int:
    return _quarter_number(next(g for g in m.groups() if g))


def _quarter_number(raw: str) -> int:
    """1–4 from 3, 三 or third."""
    return _KANJI.get(raw) or _EN_ORDINAL.get(raw.casefold()) or int(raw)


def source_quarters(text: str) -> dict[int, list[int]]:
    """Quarter number → offsets where the (English-shaped) source names it."""
    out: dict[int, list[int]] = {}
    for m in _EN_QUARTER.finditer(text):
        out.setdefault(_number(m), []).append(m.start())
    if out:  # "in the third quarter, after 0.2% in the second."
        for m in EN_ELLIPTIC_QUARTER.finditer(text):
            out.setdefault(_number(m), []).append(m.start())
    return out


def check_quarters(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """A numbered quarter the source does not name: error when it names another nearby."""
    named = source_quarters(source.text)
    findings: list[Finding] = []
    seen: set[str] = set()
    for piece in pieces:
        for months in _quarter_months(piece, source):
            if months.span not in seen:
                seen.add(months.span)
                findings.append(months)
        folded = halfwidth(piece.text)
        for m in _JA_QUARTER.finditer(folded):
            span = piece.text[m.start() : m.end()]
            quarter = _number(m)
            if span in seen:
                continue
            if quarter in named:
                wrong = _restated_other(piece, m, quarter, source)
                if wrong is not None:
                    seen.add(span)
                    findings.append(wrong)
                continue
            seen.add(span)
            if _months_beside(folded, m, quarter) and any(
                _months_said(t.norm or t.text, 3 * quarter - 2, 3 * quarter)
                for t in source.sentences
            ):
                continue  # 4〜6月(第2四半期) for "entre abril y junio": those months' quarter
            aligned = source.align(sentence_at(piece.text, m.start()))
            others = [
                s
                for q, offsets in named.items()
                for at in offsets
                if (s := source.sentence_of(at)) is not None and (s in aligned or len(named) == 1)
            ]
            if others:
                says = ", ".join(f"Q{q}" for q in sorted(named))
                findings.append(
                    Finding(
                        kind=Kind.MISMATCH,
                        severity="error",
                        section=piece.section,
                        span=span,
                        message=_("the source names another quarter ({quarters})").format(
                            quarters=says
                        ),
                        rule=Rule.QUARTER_CONTRADICTED,
                        evidence=evidence(others),
                    )
                )
            else:
                findings.append(
                    Finding(
                        kind=Kind.DATE,
                        severity="warning",
                        section=piece.section,
                        span=span,
                        message=_("unverified: the source names no such quarter"),
                        rule=Rule.QUARTER_UNVERIFIED,
                        evidence=evidence(aligned),
                    )
                )
    return findings


# a numbered quarter and its months side by side: 第3四半期(7〜9月期), 第4四半期(2026年
# 10〜12月), 第2四半期にあたる4〜6月期; 7〜9月期(第3四半期)
_QUARTER_AND_MONTHS = rx.compile(
    r"第(?P<q>[1-4一二三四])四半期(?:[(（]|にあたる|に当たる|となる)"
    r"(?P<m>(?:\d{4}年)?(?P<a>\d{1,2})\s*[〜~～-]\s*(?P<b>\d{1,2})月期?)"
    r"|(?P<m2>(?<![\d年])(?:\d{4}年)?(?P<a2>\d{1,2})\s*[〜~～-]\s*(?P<b2>\d{1,2})月期?)[(（]"
    r"(?:[^)）\d]{0,8}?)第(?P<q2>[1-4一二三四])四半期"
)
# the fiscal year's last month in the digest's own sentence: 2027年3月期第2四半期,
# 6月30日を期末とする, 9月決算
_OWN_FISCAL_END = rx.compile(
    r"(?<!\d)(?P<a>\d{1,2})月期(?:の)?第[1-4一二三四]四半期"
    r"|(?<!\d)(?P<b>\d{1,2})月(?:\d{1,2}日|末)?を(?:期末|決算期末|年度末)と"
    r"|(?<!\d)(?P<c>\d{1,2})月決算"
)


# "whose financial year ends on 30 June", "the financial year ending March 31, 2027",
# "fiscal year runs from April to March" (not "the third quarter …, which ended Oct. 31")
_SOURCE_FISCAL_END = rx.compile(
    rf"\b(?:fiscal|financial)\s+years?,?\s+(?:(?:that|which)\s+)?(?:ends?|ending|ended|closes"
    rf"|closing|runs?\s+from\s+{MONTH_NAMES}\s+(?:to|through|until))\s+(?:on\s+)?"
    rf"(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<m>{MONTH_NAMES})",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8)
def _source_fiscal_end(source: SourceIndex) -> tuple[int, list[SourceSentence]] | None:
    """The one month the source says its fiscal years end in, and where it says so."""
    ends: dict[int, list[SourceSentence]] = {}
    for s in source.sentences:
        for m in _SOURCE_FISCAL_END.finditer(s.norm or s.text):
            month = month_number(m.group("m"))
            if month is not None:
                ends.setdefault(month, []).append(s)
    if len(ends) != 1:
        return None
    return next(iter(ends.items()))


def _source_quarters_written(source: SourceIndex) -> set[int]:
    """The last months of the quarters the source writes by their months, in any of its
    sentences (see _quarters_written)."""
    return {last for s in source.sentences for last in _quarters_written(s.norm or s.text)}


def _quarter_months(piece: Piece, source: SourceIndex) -> list[Finding]:
    """第3四半期(7〜9月期) where the year the quarter belongs to ends in a month that
    makes its third quarter other months: the digest's own words say when it ends
    (2027年3月期第2四半期, 6月30日を期末とする), else the source, which names one
    month its fiscal years end in ("the year ending March 31, 2027")."""
    folded = halfwidth(piece.text)
    findings = []
    for m in _QUARTER_AND_MONTHS.finditer(folded):
        said_end = _source_fiscal_end(source)
        quarter = _quarter_number(m.group("q") or m.group("q2"))
        months = (int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2")))
        months_at = "m" if m.group("m") else "m2"
        sentence = sentence_at(folded, m.start())
        own = _OWN_FISCAL_END.search(sentence)
        stated: list[SourceSentence] = []
        if own is not None:
            last = int(next(g for g in own.groups() if g))
        elif said_end is not None:
            last, stated = said_end[0], said_end[1][:1]
        else:
            continue
        if not 1 <= last <= 12 or (months[1] - months[0]) % 12 != 2:
            continue
        first, end = fiscal_quarter_months(quarter, last)
        if months == (first, end):
            continue
        if months[1] in _source_quarters_written(source):
            continue  # (the months as the source gives them: "the three months to 31 December")
        aligned = source.align(sentence_at(piece.text, m.start()))
        if (
            own is None
            and months == fiscal_quarter_months(quarter, 12)
            and not any(s in stated or _FISCAL.search(s.norm or s.text) for s in aligned[:1])
        ):
            # a calendar quarter (第3四半期(7〜9月期)) where the sentence restated speaks of
            # no fiscal year: another company's, when the source has two ("Redline …
            # third-quarter net loss"; "Pinecrest, whose fiscal year ends on March 31")
            continue
        said = f"第{quarter}四半期 ({last}月期) = {first}〜{end}月"
        findings.append(
            Finding(
                kind=Kind.MISMATCH,
                severity="error",
                section=piece.section,
                span=piece.text[m.start(months_at) : m.end(months_at)],
                message=_("the fiscal year ends in month {month}: {said}").format(
                    month=last, said=said
                ),
                rule=Rule.QUARTER_CONTRADICTED,
                derivation=said,
                evidence=evidence([*stated, *(s for s in aligned[:1] if s not in stated)]),
            )
        )
    return findings


def _restated_other(
    piece: Piece, m: re.Match[str], quarter: int, source: SourceIndex
) -> Finding | None:
    """第3四半期, a quarter the source names elsewhere ("im dritten Quartal 2029"),
    where the sentences restated name only others ("im zweiten Quartal", "von April
    bis Juni"): an error."""
    sentence = sentence_at(piece.text, m.start())
    best = source.align(sentence, ignore=[quarter])
    # (the quarters they name, or whose months they write: "von April bis Juni")
    # (a fiscal year's quarters are numbered from its own start: no months then)
    fiscal = _FISCAL_YEAR.search(source.text) is not None
    restated = {q for s in best for q in source_quarters(s.norm or s.text)} | {
        q
        for s in ([] if fiscal else best)
        for q in range(1, 5)
        if _months_said(s.norm or s.text, 3 * q - 2, 3 * q)
    }
    own = {_number(o) for o in _JA_QUARTER.finditer(halfwidth(sentence))}
    if not restated or quarter in restated or restated <= own - {quarter}:
        return None
    says = ", ".join(f"Q{q}" for q in sorted(restated))
    return Finding(
        kind=Kind.MISMATCH,
        severity="error",
        section=piece.section,
        span=piece.text[m.start() : m.end()],
        message=_("the source names another quarter ({quarters})").format(quarters=says),
        rule=Rule.QUARTER_CONTRADICTED,
        evidence=evidence(best),
    )


# "in the second half of 2026", "im ersten Halbjahr" (first half once normalised)
# (not "the second half of the month": a half of something shorter than a year)
_HALF = rx.compile(
    r"\b(?P<w>first|second)[\s-]half\b(?!\s+of\s+(?:the|this|that|its|each)\s+"
    r"(?:month|week|day|night|season|game|match|race|decade|century|meeting|session)s?\b)",
    re.IGNORECASE,
)
# 1〜6月, 上期, 下半期: the digest writes a half itself
_JA_HALF = rx.compile(r"1\s*[〜~～-]\s*6月|7\s*[〜~～-]\s*12月|上期|下期|上半期|下半期|半期|半年")


def _half_instead(
    sentence: str,
    restated: list[SourceSentence],
    source: SourceIndex,
    months: tuple[int, int],
    year: int | None,
) -> tuple[str, list[SourceSentence]] | None:
    """The half-year the sentences restated name where they name no quarter ("the
    deal should close in the second half of 2026" for 2026年4〜6月期), with the year
    the digest ties its quarter to, unless the digest sentence writes a half itself
    or the source counts fiscal years."""
    if _JA_HALF.search(halfwidth(sentence)) or _FISCAL_YEAR.search(source.text):
        return None
    if any(
        months[1] // 3 in source_quarters(s.norm or s.text)
        for s in _stating_sentences(sentence, source)
    ):
        return None  # (the source sentence stating its figures names that quarter)
    if year is not None and any(
        (y, q) == (year, months[1] // 3) for y, q, _at in _year_quarters(source.text)
    ):
        return None  # (the source ties the digest's quarter to its year elsewhere)
    for s in restated:
        text = s.norm or s.text
        m = _HALF.search(text)
        if (
            m
            and (year is None or str(year) in text[m.end() : m.end() + 12])
            and not source_quarters(text)
            and not _FISCAL.search(text)
            and not _months_said(text, *months)  # ("the April-June period alone")
        ):
            return ("1〜6月" if m.group("w").lower() == "first" else "7〜12月"), [s]
    return None


def _stating_sentences(sentence: str, source: SourceIndex) -> list[SourceSentence]:
    """The source sentence that alone states each measured figure of a digest
    sentence (a percentage, an amount, a count with its counter), as written."""
    out: list[SourceSentence] = []
    for o in digest_quantities(sentence):
        if not (o.units - {"any", "count", "year", "ordinal"} or o.counter):
            continue
        where = {
            w
            for s in source.quantities
            if identical(o, s) and (w := source.sentence_of(s.start)) is not None
        }
        if len(where) == 1:
            out += where
    return out


def _months_beside(folded: str, m: re.Match[str], quarter: int) -> bool:
    """Whether the digest writes quarter's three months right beside its number, in
    brackets around one or the other (4〜6月(第2四半期), 第2四半期(4〜6月期))."""
    near = folded[max(0, m.start() - 12) : m.end() + 12]
    return any(
        int(s.group(1)) == 3 * quarter - 2 and int(s.group(2)) == 3 * quarter
        for s in _SPAN_MONTHS.finditer(near)
    )


def _months_said(text: str, first: int, last: int) -> bool:
    """Whether ``text`` writes the months first…last itself: "from April to June", "the
    first three months of the year", "the three months to the end of September"."""
    named = {month_number(m.group(0)) for m in _MONTH.finditer(text)}
    if {first, last} <= named:
        return True
    for m in _THREE_MONTHS.finditer(text):
        end = month_number(m.group("end")) if m.group("end") else 3
        if end == last:
            return True
    return False


# (not "the same period last year", which compares the quarter written with its year-ago self)
_RELATIVE_PERIOD = rx.compile(
    r"\b(?:previous|prior|preceding|same|last)\s+(?:three\s+months|quarter|period)\b"
    r"(?!\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|of\s+(?:the\s+)?(?:previous|last)\s+year))",
    re.IGNORECASE,
)
_SPAN_MONTHS = rx.compile(r"(\d{1,2})\s*[〜~～-]\s*(\d{1,2})月")
_QUARTER_WRITTEN = rx.compile(
    rf"\b(?P<a>{MONTH_NAMES})\s*(?:-|–|to|through)\s*(?P<b>{MONTH_NAMES})\s+quarter\b"
    rf"|\b(?:quarter|three\s+months)\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+)?(?P<end>{MONTH_NAMES})\b(?:\s+(?P<d2>\d{{1,2}})\b)?"
    rf"|\b(?:the|its|a)\s+(?P<named>March|June|September|December)\s+quarter\b",
    re.IGNORECASE,
)


def _quarters_written(text: str) -> set[int]:
    """The last months of the quarters ``text`` writes by their months: "the
    July-September quarter" (9), "the quarter to December" (12), "the September
    quarter" (9), "the three months to August 1" (7: a retailer's quarter ends on a
    Saturday near a month's end, and one that ends in its first days is the month
    before's)."""
    found: set[int] = set()
    for m in _QUARTER_WRITTEN.finditer(text):
        if m.group("end") or m.group("named"):
            last = month_number(m.group("end") or m.group("named"))
            day = m.group("d1") or m.group("d2")
            if last and day and int(day) <= 7:
                last = (last - 2) % 12 + 1
        else:
            first, last = month_number(m.group("a")), month_number(m.group("b"))
            if first is None or last is None or (last - first) % 12 != 2:
                continue
        if last:
            found.add(last)
    return found


_QUARTER_MONTHS = rx.compile(r"(\d{1,2})\s*[〜~～-]\s*(\d{1,2})月期")


def _shares_figure(sentence: str, s: SourceSentence) -> bool:
    """Whether the digest ``sentence`` states a figure the source sentence ``s`` states."""
    keys = number_keys(r.value for q in digest_quantities(sentence) for r in q.readings)
    return bool(keys & s.numbers)


def restated_quarter(
    piece: Piece, span: tuple[int, int], months: tuple[int, int], source: SourceIndex
) -> Finding | None:
    """7〜9月期 (``months`` (7, 9) at ``span`` of the piece) where the source sentences
    the digest restates name only other quarters: a contradiction (the dates check
    asks this of a calendar quarter's months it finds supported elsewhere)."""
    first, last = months
    if first % 3 != 1 or last != first + 2:
        return None
    quarter = last // 3
    sentence = sentence_at(piece.text, span[0])
    aligned = source.align(sentence, ignore=[first, last])
    # (4〜6月期の世界販売は14%少なかった: the one source sentence that states the
    # sentence's 14% restates it, however few anchors it shares)
    stating = _stating_sentences(sentence, source)
    aligned += [s for s in stating if s not in aligned]
    # (1〜3月期が…、4〜6月期が…: the quarters the source names are the sentence's others)
    own = {int(b) for a, b in _QUARTER_MONTHS.findall(sentence) if (int(b) - int(a)) % 12 == 2}
    # the months of another quarter, written out as a quarter in the sentence restated
    # best ("the July-September quarter", "the three months to December"), contradict
    # whatever its number; not beside a span of the digest's own that holds it (1〜6月)
    # (and the one sentence that states the digest sentence's figures, where the best
    # aligned names the fiscal quarter only: "profit fell in the first quarter of its
    # fiscal year" beside "Net income for the three months ended June 30 was $312m")
    written = {
        q
        for s in [*aligned[:1], *(stating if len(set(stating)) == 1 else [])]
        # (and the first quarter; a fiscal quarter is the months written: "the third
        # quarter of the fiscal year, the three months to December")
        if (quarter not in source_quarters(s.norm or s.text) or _FISCAL.search(s.norm or s.text))
        and not _RELATIVE_PERIOD.search(s.norm or s.text)  # (the previous three months)
        for q in _quarters_written(s.norm or s.text)
    }
    spans = [(int(a), int(b)) for a, b in _SPAN_MONTHS.findall(sentence)]
    inside = any(a <= first and last <= b and (a, b) != (first, last) for a, b in spans)
    if written and last not in written and not inside and not written <= own - {last}:
        says = ", ".join(f"{(e - 3) % 12 + 1}〜{e}月" for e in sorted(written))
        return Finding(
            kind=Kind.MISMATCH,
            severity="error",
            section=piece.section,
            span=piece.text[span[0] : span[1]],
            message=_("the source names another quarter ({quarters})").format(quarters=says),
            rule=Rule.QUARTER_CONTRADICTED,
            evidence=evidence(aligned),
        )
    year = re.search(r"((?:19|20)\d\d)年\s*$", piece.text[max(0, span[0] - 6) : span[0]])
    half = _half_instead(
        sentence, stating or aligned[:1], source, months, int(year.group(1)) if year else None
    )
    if half:
        return Finding(
            kind=Kind.MISMATCH,
            severity="error",
            section=piece.section,
            span=piece.text[span[0] : span[1]],
            message=_("the source names another quarter ({quarters})").format(quarters=half[0]),
            rule=Rule.QUARTER_CONTRADICTED,
            derivation=f"{first}〜{last}月 = Q{quarter}",
            evidence=evidence(half[1]),
        )
    naming = [s for s in aligned if source_quarters(s.norm or s.text)]
    restated = {q for s in naming for q in source_quarters(s.norm or s.text)}
    if not restated or quarter in restated or _FISCAL_YEAR.search(source.text):
        return None
    if last in _source_quarters_written(source):
        return None  # ("net profit for the July-September quarter", whatever its number)
    if quarter in source_quarters(source.text) and not any(
        _shares_figure(sentence, s) for s in naming
    ):
        # (4〜6月期は23%営業減益 for "second-quarter operating profit fell 23 percent",
        # aligned by its words to "third-quarter profit could recover")
        return None
    if restated <= {e // 3 for e in own if e % 3 == 0} - {quarter}:
        return None
    if inside and all(any(a <= 3 * r - 2 and 3 * r <= b for a, b in spans) for r in restated):
        return None  # (1〜6月は7830万個で、1〜3月期は約3670万個: the half less its Q2)
    if any(_FISCAL.search(s.norm or s.text) for s in naming):
        return None
    if any(_months_said(s.norm or s.text, first, last) for s in naming):
        return None
    ends = {end for _y, end in source.dates.fiscal_ends} | _half_year_ends(source)
    if any((first - end - 1) % 12 // 3 + 1 in restated for end in ends):
        return None  # the third quarter of a year to March 31: October to December
    says = ", ".join(f"Q{q}" for q in sorted(restated))
    return Finding(
        kind=Kind.MISMATCH,
        severity="error",
        section=piece.section,
        span=piece.text[span[0] : span[1]],
        message=_("the source names another quarter ({quarters})").format(quarters=says),
        rule=Rule.QUARTER_CONTRADICTED,
        derivation=f"{first}〜{last}月 = Q{quarter}",
        evidence=evidence(naming),
    )


# "the third quarter of 2027", "Q3 2027", "2027's first quarter": a calendar quarter
# tied to its year
_YEAR_QUARTER = rx.compile(
    r"\b(?P<w>first|second|third|fourth|1st|2nd|3rd|4th|March|June|September|December)[\s-]quarter"
    r"\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\bQ(?P<n>[1-4])\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)'s\s+(?P<w3>first|second|third|fourth)\s+quarter\b",
    re.IGNORECASE,
)


# "the December quarter", "the October-December quarter": a quarter by its months
_MONTHS_QUARTER = rx.compile(
    r"\b(?:(?:January|April|July|October)[-–\s]+)?(?P<m>March|June|September|December)[\s-]quarter\b"
)


def _mentions(text: str, quarter: int) -> int:
    """How often the source names calendar quarter ``quarter``, with a year or without."""
    months = sum(
        1 for m in _MONTHS_QUARTER.finditer(text) if month_number(m.group("m")) == 3 * quarter
    )
    return len(source_quarters(text).get(quarter, [])) + months


def _year_quarters(text: str) -> list[tuple[int, int, int]]:
    """(year, quarter, offset) for each calendar quarter the source ties to a year ("the
    third quarter of 2027", "Q3 2027", "the December quarter of 2027"; not the fiscal
    Q3 2027, nor the first quarter of 2026-27)."""
    out: list[tuple[int, int, int]] = []
    for m in _YEAR_QUARTER.finditer(text):
        y = int(m.group("y") or m.group("y2") or m.group("y3"))
        month = month_number(m.group("w") or "")  # "the December quarter of 2027": its months
        if month is None and _FISCAL.search(text, max(0, m.start() - 24), m.end() + 3):
            continue
        quarter = (
            month // 3 if month else _quarter_number(m.group("w") or m.group("w3") or m.group("n"))
        )
        out.append((y, quarter, m.start()))
    return out


def year_quarter(
    piece: Piece, span: tuple[int, int], year: int, months: tuple[int, int], source: SourceIndex
) -> Finding | None:
    """2027年4〜6月期 where the source ties only other calendar quarters to 2027 ("the
    third quarter of 2027", not of a fiscal year; "the December quarter of 2027"): an
    error, wherever the digest sentence aligns."""
    first, last = months
    if first % 3 != 1 or last != first + 2:
        return None
    named: dict[int, list[int]] = {}  # quarter → where the source ties it to the year
    other_years: dict[int, list[int]] = {}  # year → where it ties q's quarter to it
    for y, quarter, at in _year_quarters(source.text):
        if y == year:
            named.setdefault(quarter, []).append(at)
        elif quarter == last // 3:
            other_years.setdefault(y, []).append(at)
    message = N_("the source names another quarter ({quarters})")
    if (
        not named
        and len(other_years) == 1
        and year - 1 not in other_years  # (the same quarter a year before, compared with)
        # (nor where the source also names it without a year: "in the first quarter")
        and _mentions(source.text, last // 3) <= len(next(iter(other_years.values())))
    ):
        # 2027年1〜3月期 where the source ties the first quarter to 2028 alone
        ((year, where),) = other_years.items()
        named = {last // 3: where}
        message = N_("the source names that quarter in another year ({quarters})")
    elif not named or last // 3 in named:
        return None
    says = ", ".join(f"{year}年{3 * q - 2}〜{3 * q}月" for q in sorted(named))
    return Finding(
        kind=Kind.MISMATCH,
        severity="error",
        section=piece.section,
        span=piece.text[span[0] : span[1]],
        message=_(message).format(quarters=says),
        rule=Rule.QUARTER_CONTRADICTED,
        evidence=evidence(
            [s for at in named.values() for a in at if (s := source.sentence_of(a)) is not None]
        ),
    )
