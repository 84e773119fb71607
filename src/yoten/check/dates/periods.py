"""Spans of months a source states without naming both ends: the first nine months,
the quarter to June, Q2, the first half, year to date, and fiscal years (fiscal
2024, which ends on September 30; exercice 2024/25, clos fin mars), resolved into
the facts of :class:`~yoten.check.dates.facts.SourceDates`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.dates.months import MONTH_RE, month_number
from yoten.check.normalize import MONTH_NAMES

if TYPE_CHECKING:
    import datetime as dt

    from yoten.check.dates.facts import SourceDates

__all__ = [
    "EN_ELLIPTIC_QUARTER",
    "FISCAL_WORDING",
    "add_fiscal_year",
    "add_month_spans",
    "count_word",
    "fiscal_quarter_months",
    "fiscal_year_named",
    "inside",
    "year_under_way",
]


def inside(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether match ``m`` lies within one of ``spans``."""
    return any(a <= m.start() and m.end() <= b for a, b in spans)


# Words that make a quarter or a half a fiscal year's, whose months need not be the
# calendar's ("fiscal", FY27, "financial year", exercice, Geschäftsjahr, ejercicio; "the
# first quarter of 2026-27")
FISCAL_WORDING = rx.compile(
    r"\bfiscal\b|\bFY\s?\d|\bfinancial\s+(?:year|quarter)\b|\bexercice\b|\bGeschäftsjahr"
    r"|\bejercicio\b|\bquarter\s+of\s+(?:19|20)\d\d[-–/]\d\d\b",
    re.IGNORECASE,
)


_EN_QUARTER = rx.compile(r"\bquarter(?:s|ly)?\b|\bQ[1-4]\b|\b[1-4]Q\b", re.IGNORECASE)


_NUMBER_WORDS = {
    w: i + 1
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}


_N = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


_N_FR = _N.replace("?P<n>", "?P<nfr>")


# Spans of months said without naming both ends (1〜9月, 4〜6月期):
# "the first nine months", "the nine months to September", "the nine-month period
# ended Sept. 30", "the second quarter", "Q2", "the first half", "the quarter to June".
# (French, German and Spanish after normalisation: "les 9 premiers months", "den ersten
# 9 Monaten", "los primeros 9 months")
_EN_FIRST_MONTHS = rx.compile(
    rf"\b(?:(?:first|opening|initial|ersten|primeros)\s+{_N}|{_N_FR}\s+premiers)"
    r"\s+(?:months|Monaten?|meses|mois)\b",
    re.IGNORECASE,
)


_EN_MONTHS_TO = rx.compile(
    rf"\b{_N}[\s-]months?(?:\s+(?:period|stretch))?\s+"
    r"(?:to|through|thru|ending|ended|until|up\s+to)\s+(?:(?:the\s+)?end\s+of\s+)?"
    # ("the three months to 31 December")
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    rf"(?P<mon>{MONTH_RE})",
    re.IGNORECASE,
)


EN_FISCAL_YEAR_NAMED = rx.compile(
    r"\b(?:fiscal|financial)\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b(?![-–/]\d)"
    # ("the 2028 financial year", FY2028)
    r"|(?<![-–/\d])\b(?P<y2>(?:19|20)\d\d)\s+(?:fiscal|financial)\s+year\b"
    r"|\bFY\s?(?P<y3>(?:19|20)\d\d)\b(?![-–/]\d)"
    # (FY27: the year that ends in 2027)
    r"|\bFY\s?['’]?(?P<y4>\d\d)\b(?![-–/]\d)",
    re.IGNORECASE,
)


def fiscal_year_named(m: re.Match[str]) -> int:
    """The year an ``EN_FISCAL_YEAR_NAMED`` match names (FY27 → 2027)."""
    if m.group("y4"):
        return 2000 + int(m.group("y4"))
    return int(m.group("y") or m.group("y2") or m.group("y3"))


# (and the split years of crops, schools and seasons: the 2024/25 marketing year)
_SPLIT_YEAR_WORDS = r"(?:financial|fiscal|marketing|crop|harvest|school|academic|budget)"


_EN_SPLIT_FISCAL_YEAR = rx.compile(
    rf"\b(?P<y>(?:19|20)\d\d)[-–/](?P<y2>(?:19|20)?\d\d)\s+{_SPLIT_YEAR_WORDS}\s+year\b"
    rf"|\b{_SPLIT_YEAR_WORDS}\s+year\s+(?P<y3>(?:19|20)\d\d)[-–/](?P<y4>(?:19|20)?\d\d)\b",
    re.IGNORECASE,
)


# "fiscal year 2024/25, ended end of March", "the fiscal year ended August 2025",
# "fiscal year 2023/24, which ended on 30 June" (French, German and Spanish sources
# arrive rewritten: exercice, Geschäftsjahr, ejercicio → fiscal year; clos, endete,
# cerrado → ended)
_FISCAL_YEAR_ENDED = rx.compile(
    # ("the 2026/27 financial year, which ends on 31 March 2027": the year before)
    r"(?:\b(?P<yb>(?:19|20)\d\d)(?:[-–/](?P<yb2>\d\d))?\s+(?:fiscal|financial)\s+year"
    r"|\b(?:fiscal|financial)\s+year(?:\s+(?P<y>(?:19|20)\d\d)(?:[-–/](?P<y2>\d\d))?\b)?)[^.;]{0,30}?"
    r"(?:\b(?:ended|ending|ends?|closed)\s+"
    # ("endet jeweils am 31. August": the same day every year)
    r"(?:(?:jeweils|immer|always|normally|each\s+year|every\s+year|chaque\s+année|toujours"
    r"|cada\s+año|siempre)\s+)?(?:on\s+|in\s+|at\s+)?(?:the\s+)?"
    r"(?:(?:end|fin)\s+(?:of\s+)?|le\s+|el\s+|am\s+)?(?:(?P<d>\d{1,2})\s+(?:de\s+)?)?"
    rf"(?P<mon>{MONTH_RE})(?:\s+(?P<d2>\d{{1,2}})\b)?,?(?:\s+(?P<y3>(?:19|20)\d\d)\b)?"
    r"|(?:(?P<d3>\d{1,2})\s+)?"
    rf"(?P<mon2>{MONTH_RE})(?:\s+(?P<y4>(?:19|20)\d\d))?\s+(?:ended|closed|ends)\b)",
    re.IGNORECASE,
)


_EN_FISCAL_YEAR = rx.compile(
    r"\bfiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b[^.;]{0,40}?\b(?:ends?|ended|ending|runs? to|through)"
    rf"\s+(?:on\s+|in\s+)?(?P<mon>{MONTH_RE})",
    re.IGNORECASE,
)


# "its fiscal fourth quarter, which ended Oct. 31": the month its fiscal years end in
_EN_FOURTH_QUARTER_ENDED = rx.compile(
    r"\bfiscal\s+(?:fourth|4th)[\s-]quarter\b[^.;]{0,30}?\b(?:ended|ending|to|through)\s+"
    rf"(?:on\s+)?(?P<mon>{MONTH_RE})",
    re.IGNORECASE,
)


# "3.2 million visitors in the year to 31 March 2026": a year that ends then
# (with its year only: "the year to 30 June" may be the one under way or the one
# just ended, and "the year to December 31" a calendar year)
_EN_YEAR_TO = rx.compile(
    r"\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year|12\s+months|twelve\s+months)\s+"
    r"(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<mon>{MONTH_RE})(?:\s+\d{{1,2}}\b)?"
    r",?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# "the 12 months ended Sept. 30", "the year ended March 31": a year just past
_EN_YEAR_ENDED = rx.compile(
    r"\b(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:year|12\s+months|twelve\s+months)\s+ended\s+"
    rf"(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<mon>{MONTH_RE})(?![a-z])"
    r"(?!\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


# "at the end of its fiscal year in March 2027": the year ends then
_EN_FISCAL_YEAR_END_IN = rx.compile(
    r"\bend\s+of\s+(?:its|the|this|their)\s+(?:current\s+)?(?:fiscal|financial)\s+year\s+in\s+"
    rf"(?P<mon>{MONTH_RE}),?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_EN_QUARTER_TO = rx.compile(
    # "the quarter to September", "the third quarter of fiscal 2027, which ended Oct. 31"
    r"\bquarter\b(?:[^.;]{0,40}?\s)?(?:to|through|ending|ended|until)\s+(?:(?:the\s+)?end\s+of\s+)?"
    rf"(?P<mon>{MONTH_RE})",
    re.IGNORECASE,
)


# "the December quarter", "the March quarter": a quarter named by its last month
_EN_MONTH_QUARTER = rx.compile(
    r"\b(?P<mon>March|June|September|December)(?:-ending)?\s+quarter\b", re.IGNORECASE
)


_EN_QUARTER_NUMBER = rx.compile(
    r"\b(?P<w>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter\b"
    r"|\bQ(?P<q>[1-4])\b|\b(?P<q2>[1-4])Q\b"
    r"|\b(?P<t>first|1st)\s+(?P<tn>two|three|2|3)\s+quarters\b",
    re.IGNORECASE,
)


EN_ELLIPTIC_QUARTER = rx.compile(
    # ("por debajo del 2.7% registrado en el 3rd": the article of a normalised source)
    r"\b(?:the|el|le|la|der|die|dem)\s+(first|second|third|fourth|1st|2nd|3rd|4th)\b"
    r"(?=\s*[.,;)]|\s+(?:and|or)\b)",
    re.IGNORECASE,
)


_QUARTER_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}  # fmt: skip


EN_HALF = rx.compile(
    r"\b(?P<w>first|second|1st|2nd)[\s-]half\b|\b(?P<h>[12])H\b|\bH(?P<h2>[12])\b",
    re.IGNORECASE,
)


# From January to the publication month: "year to date", "so far this year", "since January".
_EN_YEAR_TO_DATE = rx.compile(
    r"\byear[\s-]to[\s-]date\b|\bYTD\b|\bso\s+far\s+(?:this|in\s+the|in\s+\d{4})(?:\s+year)?\b"
    r"|\bthis\s+year\s+so\s+far\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b",
    re.IGNORECASE,
)


# a year right after a quarter: "the fourth quarter of 2025", "Q4 2025"
_YEAR_AFTER = rx.compile(
    r"\s*(?:of\s+|,\s*)?(?:fiscal\s+)?(?:19|20)\d\d\b|\s*(?:of\s+)?(?:last|this|next)\s+year\b"
)
# a split fiscal year right after a quarter: "of FY2027-28", "of fiscal 2025/26"
_SPLIT_YEAR_AFTER = rx.compile(
    r"\s*of\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s*)?"
    r"(?P<y>(?:19|20)\d\d)[-–/](?:(?:19|20)?\d\d)\b",
    re.IGNORECASE,
)
_EN_FISCAL_RELATIVE = rx.compile(
    r"\b(?P<w>next|following|coming|last|previous|prior|this|current)\s+(?:fiscal|financial)"
    r"\s+year\b",
    re.IGNORECASE,
)
_FISCAL_SHIFT = {
    "next": 1,
    "following": 1,
    "coming": 1,
    "last": -1,
    "previous": -1,
    "prior": -1,
    "this": 0,
    "current": 0,
}

_EN_SINCE_MONTH = rx.compile(rf"\b[Ss]ince\s+(?:early\s+|late\s+|mid-?)?(?P<mon>{MONTH_NAMES})\b")


def add_month_spans(facts: SourceDates, folded: str) -> None:
    """Spans of months said without both ends, and whether any quarter is unnumbered."""
    numbered: list[tuple[int, int]] = []
    published = facts.published

    def add(first: int, last: int, m: re.Match[str]) -> None:
        # (7, 3): the nine months to March, across the new year
        if 1 <= first <= 12 and 1 <= last <= 12:
            facts.month_spans.add((first, last))
            numbered.append((m.start(), m.end()))

    for m in _EN_FISCAL_YEAR.finditer(folded):
        # fiscal 2024, which ends on September 30: October 2023 to September 2024
        add_fiscal_year(facts, int(m.group("y")), month_number(m.group("mon")) or 0)
    for m in _FISCAL_YEAR_ENDED.finditer(folded):
        _add_fiscal_year_ended(facts, m)
    for m in _EN_YEAR_TO.finditer(folded):
        add_fiscal_year(facts, int(m.group("y")), month_number(m.group("mon")) or 0)
    for m in _EN_YEAR_ENDED.finditer(folded):
        # "ridership for the 12 months ended Sept. 30": the last such month before
        # publication (not December: a calendar year says nothing of a fiscal one)
        last = month_number(m.group("mon")) or 0
        if published is not None and 1 <= last <= 11:
            year = published.year if last < published.month else published.year - 1
            add_fiscal_year(facts, year, last)
    for m in _EN_FISCAL_YEAR_END_IN.finditer(folded):
        add_fiscal_year(facts, int(m.group("y")), month_number(m.group("mon")) or 0)
    # the months the source's fiscal years end in (a company keeps one)
    for m in _EN_FOURTH_QUARTER_ENDED.finditer(folded):
        # "its fiscal fourth quarter, which ended Oct. 31": the year ends with it, in
        # the last such month before publication
        last = month_number(m.group("mon")) or 0
        if published is not None and 1 <= last <= 12:
            year = published.year if last <= published.month else published.year - 1
            add_fiscal_year(facts, year, last)
    ends = {month for _year, month in facts.fiscal_ends}
    # "in the next fiscal year", published in January of a company whose years end in
    # March: the year to March of next year (the one under way ends this March)
    if published is not None:
        for m in _EN_FISCAL_RELATIVE.finditer(folded):
            for last in ends:
                shift = _FISCAL_SHIFT[m.group("w").lower()]
                add_fiscal_year(facts, year_under_way(published, last) + shift, last)
    for m in _EN_FIRST_MONTHS.finditer(folded):
        n = count_word(m.group("n") or m.group("nfr"))
        add(1, n, m)
        for last in ends - {12}:  # the first nine months of a year to March: April–December
            add(last % 12 + 1, (last + n - 1) % 12 + 1, m)
    for m in _EN_MONTHS_TO.finditer(folded):
        last, n = month_number(m.group("mon")) or 0, count_word(m.group("n"))
        if 1 <= n <= 12:
            add((last - n) % 12 + 1, last, m)
    for m in EN_FISCAL_YEAR_NAMED.finditer(folded):
        # fiscal 2028: it ends in March, June or September of 2028 (as the country or
        # the company keeps it) and starts in April, July or October of 2027; in the
        # month the source's other fiscal years end in, where it says
        year = fiscal_year_named(m)
        if len(ends) == 1:
            add_fiscal_year(facts, year, next(iter(ends)))
        for month in (4, 7, 10):
            facts.month_years.add((year - 1, month))
            facts.month_years.add((year, month - 1))
    for m in _EN_SPLIT_FISCAL_YEAR.finditer(folded):
        # the 2024-25 financial year: it starts in April, July or October of 2024 (as
        # the country keeps it) and ends in March, June or September of 2025
        first = int(m.group("y") or m.group("y3"))
        # (the second year written in two figures or four: 2024-25, 2028-2029)
        if int(m.group("y2") or m.group("y4")) % 100 == (first + 1) % 100:
            if len(ends) == 1:  # exercice 2025/26 of a company whose years end in August
                add_fiscal_year(facts, first + 1, next(iter(ends)))
            for month in (4, 7, 10):
                facts.month_years.add((first, month))
                facts.month_years.add((first + 1, month - 1))
    for m in _EN_QUARTER_TO.finditer(folded):
        last = month_number(m.group("mon")) or 0
        add((last - 3) % 12 + 1, last, m)  # the quarter to February: December to February
    for m in _EN_MONTH_QUARTER.finditer(folded):
        last = month_number(m.group("mon")) or 0
        add((last - 3) % 12 + 1, last, m)  # the December quarter: October to December
    for m in _EN_QUARTER_NUMBER.finditer(folded):
        if m.group("t"):  # the first three quarters
            add(1, 3 * count_word(m.group("tn")), m)
            continue
        q = (
            _QUARTER_WORDS[m.group("w").lower()]
            if m.group("w")
            else int(m.group("q") or m.group("q2"))
        )
        split = _SPLIT_YEAR_AFTER.match(folded, m.end())
        if split is not None:
            # "the third quarter of FY2027-28": a fiscal year that starts in April,
            # July or October of 2027 (as the country keeps it), so October to December
            # 2027, January to March or April to June 2028; never July to September
            first_year = int(split.group("y"))
            for last in (3, 6, 9):
                first, end = fiscal_quarter_months(q, last)
                # (a quarter that opens before the year's first month is in the next year)
                year = first_year + (first <= last)
                add(first, end, m)
                for month in range(first, end + 1):
                    facts.add_date(year, month, None)
        else:
            add(3 * q - 2, 3 * q, m)
            if published is not None and not _YEAR_AFTER.match(folded, m.end()):
                # "in the fourth quarter", reported in March: the last one, of the year
                # before
                year = published.year if 3 * q < published.month else published.year - 1
                for month in range(3 * q - 2, 3 * q + 1):
                    facts.add_date(year, month, None)
        # "0.6% in the third quarter, after 0.2% in the second": the quarter left unsaid
        for e in EN_ELLIPTIC_QUARTER.finditer(folded, m.end(), min(len(folded), m.end() + 160)):
            other = _QUARTER_WORDS[e.group(1).lower()]
            add(3 * other - 2, 3 * other, e)
    for m in EN_HALF.finditer(folded):
        add(*half_months(m), m)
    if published is not None:
        starts = [1] if _EN_YEAR_TO_DATE.search(folded) else []
        starts += [month_number(m.group("mon")) or 0 for m in _EN_SINCE_MONTH.finditer(folded)]
        for first in starts:
            for last in (published.month, published.month - 1):
                if 1 <= first < last:
                    facts.month_spans.add((first, last))
    quarters = [(a, b) for a, b in facts.month_spans if b - a == 2 and a % 3 == 1]
    unnumbered = []
    for m in _EN_QUARTER.finditer(folded):
        if inside(m, numbered):
            continue
        rel = _EN_QUARTER_REL.search(folded, max(0, m.start() - 16), m.start())
        if rel is None or not quarters:
            unnumbered.append(m)
            continue
        # "the previous quarter", "the same quarter": next to the numbered ones
        for a, _b in quarters:
            for first in (a - 3, a + 3):
                if 1 <= first <= 10:
                    facts.month_spans.add((first, first + 2))
    if quarters and _QUARTER_EARLIER.search(folded):
        # "the third quarter … three months earlier": the quarter before it
        for a, _b in quarters:
            if a > 3:
                facts.month_spans.add((a - 3, a - 1))
    # "the quarter" with no number supports any quarter only when the source numbers
    # none (else it means the numbered one); a fiscal year's quarters may be shifted.
    facts.quarters = (bool(unnumbered) and not quarters) or (
        bool(numbered)
        and re.search(r"\bfiscal\b|\bfinancial\s+year\b", folded, re.IGNORECASE) is not None
    )


_QUARTER_EARLIER = rx.compile(
    r"\b(?:three\s+months|a\s+quarter)\s+(?:earlier|before|previously)\b"
    # ("rise 14% in the fourth quarter from the previous three months")
    r"|\b(?:previous|prior|preceding)\s+three\s+months\b",
    re.IGNORECASE,
)
# A word before "quarter" that places it relative to a numbered one.
_EN_QUARTER_REL = rx.compile(
    r"\b(?:previous|prior|preceding|last|same|this|current|next|coming|following|latest"
    r"|year-earlier|year-ago)\s+$",
    re.IGNORECASE,
)


def year_under_way(published: dt.date, last: int) -> int:
    """The year in which the fiscal year under way at ``published`` ends, for years that
    end in month ``last`` (2026 in January 2026 for years to March; 2027 in May 2026)."""
    return published.year + (published.month > last)


def add_fiscal_year(facts: SourceDates, year: int, last: int) -> None:
    """A fiscal year that ends in month ``last`` of ``year`` (fiscal 2024, which ends
    on September 30; 2027年3月期): its months, and the year it starts in (2026年度)."""
    if 1 <= last <= 12:
        facts.fiscal_ends.add((year, last))
        for month in range(1, 13):
            facts.month_years.add((year if month <= last else year - 1, month))
        if last < 12:
            facts.add_year(year - 1)


# "the third quarter of (the) fiscal year …", "third quarter de l'fiscal year" (normalised)
_QUARTER_OF_BEFORE = rx.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\s+(?:of|de|del|des)\s+"
    r"(?:the\s+|its\s+|their\s+|l['’]\s*|la\s+|el\s+)?$",
    re.IGNORECASE,
)


def _add_fiscal_year_ended(facts: SourceDates, m: re.Match[str]) -> None:
    """A fiscal year with the month it ends in (see _FISCAL_YEAR_ENDED): a split year
    (2024/25) ends in its second year; a year not named, in the last such month
    before publication. The day it ends on, where stated, is a date of the source."""
    last = month_number(m.group("mon") or m.group("mon2")) or 0
    if not 1 <= last <= 12:
        return
    of = _QUARTER_OF_BEFORE.search(m.string, max(0, m.start() - 32), m.start())
    if of is not None and of.group(1).lower() not in ("fourth", "4th"):
        return  # "the third quarter of fiscal year 2025-2026, ended in December": the quarter's end
    if m.group("y3") or m.group("y4"):
        year = int(m.group("y3") or m.group("y4"))
    elif (m.group("y") or m.group("yb")) and (m.group("y2") or m.group("yb2")):
        year = int(m.group("y") or m.group("yb")) + 1
        if int(m.group("y2") or m.group("yb2")) != year % 100:
            return
    elif m.group("y") or m.group("yb"):
        year = int(m.group("y") or m.group("yb"))
    elif facts.published is not None:
        published = facts.published
        year = published.year if last <= published.month else published.year - 1
        if re.search(r"\b(?:ending|ends|will\s+end)\b", m.group(0), re.IGNORECASE):
            # "a year ending 31 March": the year in progress, which ends next
            add_fiscal_year(facts, year + 1, last)
    else:
        return
    add_fiscal_year(facts, year, last)
    day = m.group("d") or m.group("d2") or m.group("d3")
    if day and 1 <= int(day) <= 31:
        facts.add_date(year, last, int(day))


def fiscal_quarter_months(quarter: int, last_month: int) -> tuple[int, int]:
    """The first and last month of quarter ``quarter`` of a year that ends in month
    ``last_month`` (the third quarter of a year to March: October to December)."""
    first = (last_month + 3 * (quarter - 1)) % 12 + 1
    return first, (first + 1) % 12 + 1


def half_months(m: re.Match[str]) -> tuple[int, int]:
    """The months of the half an :data:`EN_HALF` match names: (1, 6) or (7, 12)."""
    second = (m.group("w") or "").lower() in ("second", "2nd") or "2" in (
        m.group("h") or m.group("h2") or ""
    )
    return (7, 12) if second else (1, 6)


def count_word(word: str) -> int:
    """A small count written in digits or words (nine, 11)."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), 0)
