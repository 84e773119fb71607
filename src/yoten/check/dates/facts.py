"""What the source says about dates: every date, month, year, weekday, time and
relative word it states, resolved against its publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.align import SourceSentence, split_sentences
from yoten.check.lexicon import fixed_holidays
from yoten.check.normalize import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS, halfwidth
from yoten.check.numerals import parse_english_words

if TYPE_CHECKING:
    pass
from yoten.check.dates.months import MONTH_RE, MONTHS_LOWER, month_number
from yoten.check.dates.periods import add_fiscal_year, add_month_spans, count_word, inside
from yoten.check.dates.scan import DateRef, find_dates, int_or_none

_EN_DATES = [
    rx.compile(
        rf"\b(?P<mon>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
    ),
    rx.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_RE})(?:,?\s+(?P<y>\d{{4}})\b)?"
    ),
    # "July 2026", "July of 2026", "nel luglio del 2026", "julio de 2026"
    rx.compile(rf"\b(?P<mon>{MONTH_RE})(?:\s+of|\s+del?)?,?\s+(?P<y>\d{{4}})\b"),
    rx.compile(rf"\b(?P<mon>{MONTH_NAMES})\b"),
    rx.compile(r"\b(?P<y>\d{4})-(?P<mn>\d{1,2})-(?P<d>\d{1,2})\b"),
    rx.compile(r"\b(?P<y>\d{4})/(?P<mn>\d{1,2})/(?P<d>\d{1,2})\b"),
]


_MONTH_NAMES = MONTH_NAMES


# A month named with a year relative to the publication: "last March", "March
# last year", "in March of this year", "next March", "the coming April". Month
# names are matched with their capital only: "this may" is no month.
_EN_REL_MONTH = rx.compile(
    rf"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+"
    rf"(?P<mon>{_MONTH_NAMES})\b"
    # "March next year", "October 11 next year", "11 October last year"
    rf"|\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon2>{_MONTH_NAMES})"
    r"(?:\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)?,?\s+(?:of\s+)?(?:the\s+)?"
    r"(?P<rel2>last|this|next|previous|following|current)\s+year\b"
)


# A day of the month without its month: "on the 1st", "from the 15th", "the
# first of the month", "the 3rd of next month", "the start of the month".
_EN_DAY_OF_MONTH = rx.compile(
    r"\b(?:on|from|since|until|till|by|before|after|through|to|starting|beginning)\s+the\s+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:century|centuries|minute|hour|day|week|month"
    r"|year|time|place|round|floor|quarter|anniversary|consecutive|straight|of\s+(?:\w+\s+)?"
    rf"{MONTH_NAMES}))"
    r"|\bthe\s+(?:(?P<d2>\d{1,2})(?:st|nd|rd|th)|(?P<w>first|second|third|fourth|fifth|tenth"
    r"|fifteenth|twentieth|last))\s+(?:day\s+)?of\s+(?P<which>the|this|next|last|each|every)\s+month\b"
    r"|\b(?:start|beginning|first\s+day)\s+of\s+(?P<which2>the|this|next|last)\s+month\b"
    # "due on the 1st.", "from the first, …": a bare day at the end of a clause
    r"|\bthe\s+(?:(?P<d3>\d{1,2})(?:st|nd|rd|th)|(?P<w3>first|second|third|fourth|fifth|tenth"
    r"|fifteenth|twentieth))(?=\s*(?:[.,;:!?)]|$|\s(?:and|or|when|as|at|in|with|after|before)\b))",
    re.IGNORECASE,
)


_DAY_WORDS: dict[str, int] = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
        " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
        " twentieth".split()
    )
}


_DAY_WORDS |= {f"twenty-{w}": 20 + n for w, n in list(_DAY_WORDS.items())[:9]}
_DAY_WORDS |= {f"twenty {w}": 20 + n for w, n in list(_DAY_WORDS.items())[:9]}
_DAY_WORDS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}


_DAY_WORD_RE = "|".join(sorted(_DAY_WORDS, key=len, reverse=True)).replace(" ", r"\s")


# A day of a month in words, or the month's start: "the first of July", "July first",
# "the twenty-first of May", "the start of July", "from the beginning of June".
_EN_WORD_DATES = rx.compile(
    rf"\b(?:the\s+)?(?P<w>{_DAY_WORD_RE})\s+(?:day\s+)?of\s+(?P<mon>{_MONTH_NAMES})\b"
    rf"|\b(?P<mon2>{_MONTH_NAMES})\s+(?:the\s+)?(?P<w2>{_DAY_WORD_RE})\b"
    rf"|\b(?:start|beginning|first\s+day)\s+of\s+(?P<mon3>{_MONTH_NAMES})\b",
    re.IGNORECASE,
)


# A range of days in one month: "March 8-10", "March 1 to 3", "8 to 10 March".
# "to" in the languages locale.py rewrites: du 13 au 23 mai, vom 13. bis 23. Mai, del 13 al 23
# (and one day or the next: "on April 19 or 20", le 19 ou 20 avril)
_TO = r"(?:-|–|to|through|until|and|or|au|bis|zum|al|a|ao|et|y|e|und|ou|oder)"


_RANGE_WEEKDAY = rf"{WEEKDAY_NAMES},?\s+(?:the\s+)?"


# "from 28 May to 6 June 2026", "May 28 to June 6, 2026": the year of the range's end
# is its start's too (the start's month no later than the end's)
_EN_MONTHS_RANGE = rx.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH_RE})|(?P<n1>{MONTH_RE})\s+(?P<e1>\d{{1,2}}))"
    r"\s*(?:to|until|through|au|al|bis|-|–)\s*"
    rf"(?:\d{{1,2}}\s+(?P<m2>{MONTH_RE})|(?P<n2>{MONTH_RE})\s+\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b"
)


_EN_DAY_RANGE = rx.compile(
    rf"\b(?P<mon>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?![.:]\d)(?!,\d)(?!\s*(?:%|per|percent|[ap]\.?m\b))"
    r"(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
    # "from Thursday 4 to Sunday 7 July" (du jeudi 4 au dimanche 7 juillet)
    # (an article may stand after "to": zwischen dem 13. und dem 18. April, entre le 13 et le 18)
    rf"|\b(?:{_RANGE_WEEKDAY})?(?P<e1>\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*"
    rf"(?:(?:dem|zum|le|el|il|lo|o|the)\s+)?(?:{_RANGE_WEEKDAY})?"
    rf"(?P<e2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH_RE})"
    r"(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
)


# the days listed before a pair of them: "8, " of "8, 10 and 12 December"
_EN_DAYS_LISTED = rx.compile(r"(?<![\d.,])(?:\d{1,2}(?:st|nd|rd|th)?,\s*)+$")


_MONTH_OFFSET = {"the": None, "this": 0, "each": None, "every": None, "next": 1, "last": -1}


# 1066, 2024, and the round years of projections (by 2100, 2150)
_EN_YEAR = rx.compile(
    r"(?<![\d,.$€£¥])(?P<y>1[0-9]{3}|20[0-9]{2}|21[0-9]0)(?!\d)(?!,\d{3})"
    r"(?!['’]?s\b)"  # the 1800s is a decade or a century, not the year 1800
    r"(?:[/-](?P<y2>\d{2})\b(?![/-]\d))?"
)


_EN_DECADE = rx.compile(r"(?<!\d)(?:(?P<full>1[0-9]{2}0|20[0-9]0)s|['’](?P<short>[0-9]0)s)\b")


_DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}


_EN_DECADE_WORD = rx.compile(rf"\b({'|'.join(_DECADE_WORDS)})\b", re.IGNORECASE)


_EN_CENTURY = rx.compile(
    r"\b(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|twenty[\s-]first))[\s-]centur(?:y|ies)\b",
    re.IGNORECASE,
)


# A span of centuries: "three centuries", "a century", "300 years".
_EN_CENTURY_SPAN = rx.compile(
    r"\b(?:(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?:full|whole)\s+)?centur(?:y|ies)|(?P<h>[1-9]\d?)00\s+years)\b",
    re.IGNORECASE,
)


_CENTURY_WORDS = {
    w: i + 1
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ]
    )
}


_EN_WEEKDAY = rx.compile(rf"\b({WEEKDAY_NAMES})s?\b", re.IGNORECASE)


_WEEKDAYS_EN = [w.lower() for w in WEEKDAYS]


_EN_TIME = rx.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)"
    # (24:00, the end of a day's service: midnight)
    r"|\b(?P<h24>[01]?\d|2[0-3]|24(?=:00)):(?P<m24>[0-5]\d)\b"
    r"|\b(?P<noon>noon|midday|midnight)\b"
    # ("zwischen 20 und 23 Uhr", normalised "20 und 23:00"; "from 9 to 11:30"): the
    # first hour of a range of clock times
    r"|\b(?P<hr>[01]?\d|2[0-3])(?=\s*(?:-|–|to|and|und|bis|à|a|y|et)\s*(?:[01]?\d|2[0-4]):[0-5]\d\b)",
    re.IGNORECASE,
)


# Relative phrases → the tags the Japanese relative words need.
_EN_RELATIVE: list[tuple[str, str]] = [
    (r"\byesterday\b|\blast night\b", "day-1"),  # ("last night": the evening before)
    (r"\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b", "day0"),
    (r"\btomorrow\b", "day+1"),
    (r"\blast week\b|\bprevious week\b|\ba week (?:ago|earlier)\b", "week-1"),
    (r"\bthis week\b|\bearlier this week\b|\blater this week\b", "week0"),
    (r"\bnext week\b|\bcoming week\b", "week+1"),
    (r"\blast month\b|\bprevious month\b|\bprior month\b|\ba month (?:ago|earlier)\b", "month-1"),
    (r"\bthis month\b", "month0"),
    (r"\bnext month\b|\bcoming month\b", "month+1"),
    (r"\blast year\b|\bprevious year\b|\bprior year\b|\ba year (?:ago|earlier)\b", "year-1"),
    (r"\bthis year\b|\bthis year's\b|\bcurrent year\b", "year0"),
    (r"\bnext year\b|\bcoming year\b", "year+1"),
    (r"\btwo years ago\b|\byear before last\b", "year-2"),
    (
        r"\b(?:end of (?:the |this |the current |the calendar )?year|year[\s-]end|end[\s-]year"
        r"|year['’]s end|close of (?:the |this )?year|late (?:this|in the) year|year is out"
        r"|by december)\b",
        "year-end",
    ),
    (
        (
            r"\b(?:start|beginning) of (?:the |this |next )?year\b|\bearly (?:this |next )?year\b"
            r"|\bnew year\b|\bfirst (?:three|3|two|2|few) months of (?:the |this )?year\b"
            r"|\bfirst quarter\b"
        ),
        "year-start",
    ),
    (r"\b(?:this|last) year and next\b", "year+1"),
    (r"\bend of (?:the |this )?month\b|\bmonth[\s-]end\b", "month-end"),
    (
        r"\b(?:per|each|every|a)\s+day\b|\bdaily\b|\bday[\s-]to[\s-]day\b|\bper[\s-]day\b",
        "per-day",
    ),
    (
        r"\bmonth[\s-]on[\s-]month\b|\bm/m\b|\bmonthly\b|\bsequential(?:ly)?\b|\bfrom (?:"
        + "|".join(MONTHS_LOWER)
        + r")\b",
        "cmp-month",
    ),
    (
        (
            r"\byear[\s-]on[\s-]year\b|\by/y\b|\byoy\b|\bannual(?:ly)?\b|\bfrom (?:a year|\d{4})\b"
            r"|\bsame (?:period|month|quarter|time) (?:of |a |last )?(?:the previous )?year\b"
        ),
        "cmp-year",
    ),
    (
        (
            r"\bquarter[\s-]on[\s-]quarter\b|\bprevious quarter\b|\bprior quarter\b|\bq/q\b"
            r"|\bsequential(?:ly)?\b|\bprevious three months\b"
        ),
        "cmp-quarter",
    ),
    (r"\bweek[\s-]on[\s-]week\b|\bprevious week\b|\bweek earlier\b", "cmp-week"),
    (r"\bprevious (?:day|session|close)\b|\bday earlier\b|\bthe day before\b", "cmp-day"),
]


# The end of a year named by its number: "end-2024", "the end of 2024", "late 2024",
# "2024 year-end": 年末 when it is the publication year.
_EN_YEAR_END = rx.compile(
    r"\b(?:end|close)(?:\s+of|-)\s*(?P<y>\d{4})\b|\blate[\s-](?P<y2>\d{4})\b"
    r"|\b(?P<y3>\d{4})\s+year[\s-]end\b",
    re.IGNORECASE,
)


_EN_RELATIVE_RES = [(rx.compile(p, re.IGNORECASE), tag) for p, tag in _EN_RELATIVE]


@dataclass(slots=True)
class SourceDates:
    """Every date fact the source (and its publication date) supports."""

    published: dt.date | None
    full: set[tuple[int, int, int]] = field(default_factory=set)
    month_years: set[tuple[int, int]] = field(default_factory=set)
    month_days: set[tuple[int, int]] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    days: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    decades: set[int] = field(default_factory=set)
    centuries: set[int] = field(default_factory=set)
    century_spans: set[int] = field(default_factory=set)  # "three centuries", "300 years"
    weekdays: set[int] = field(default_factory=set)
    times: set[tuple[int, int | None]] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)
    # the source speaks of a quarter it does not number (quarterly, a fiscal quarter):
    # any calendar quarter (4〜6月期) is taken as supported
    quarters: bool = False
    # spans of months the source states without naming both ends: (1, 9) for "the
    # first nine months", (4, 6) for "the second quarter"
    month_spans: set[tuple[int, int]] = field(default_factory=set)
    # (year, month) a fiscal year the source names ends in: (2025, 8) for "the fiscal
    # year ended August 2025", 2025年8月期
    fiscal_ends: set[tuple[int, int]] = field(default_factory=set)
    mentions: list[str] = field(default_factory=list)  # source wording, for messages

    def add_date(self, year: int | None, month: int | None, day: int | None) -> None:
        """Record a date; a year-less one gets the year nearest the publication date."""
        if month is None:
            if year is not None:
                self.add_year(year)
            return
        if year is None and self.published is not None:
            year = nearest_year(self.published, month, day or 15)
        if day is not None:
            self.month_days.add((month, day))
            self.days.add(day)
            if year is not None:
                try:
                    self.weekdays.add(dt.date(year, month, day).weekday())
                except ValueError:
                    return
                self.full.add((year, month, day))
        self.months.add(month)
        if year is not None:
            self.month_years.add((year, month))
            self.add_year(year)

    def add_alternative(self, year: int, month: int, day: int | None) -> None:
        """Record another reading of a year-less date (its year is not itself a fact)."""
        self.months.add(month)
        self.month_years.add((year, month))
        if day is not None:
            self.month_days.add((month, day))
            self.days.add(day)
            try:
                self.weekdays.add(dt.date(year, month, day).weekday())
            except ValueError:
                return
            self.full.add((year, month, day))

    def add_year(self, year: int) -> None:
        self.years.add(year)
        self.decades.add(year // 10 * 10)
        self.centuries.add((year - 1) // 100 + 1)

    def add_day(self, day: dt.date) -> None:
        self.add_date(day.year, day.month, day.day)


_RANGE_END_YEAR = rx.compile(
    rf"\s*(?:and|to|through|until|till|-|–)\s+(?:{MONTH_RE}\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+{MONTH_RE})?,?\s+(?P<y>\d{{4}})\b"
)
_WEEKDAY_BEFORE = rx.compile(rf"\b({WEEKDAY_NAMES}),?\s+(?:the\s+)?$", re.IGNORECASE)


def _weekday_years(
    folded: str, at: int, published: dt.date, month: int, day: int | None
) -> list[int]:
    """The years around ``published`` in which the date at ``at`` falls on the weekday
    written right before it ("Friday 6 February"): [] when none is written."""
    m = _WEEKDAY_BEFORE.search(folded, max(0, at - 16), at)
    if m is None or day is None:
        return []
    weekday = _WEEKDAYS_EN.index(m.group(1).lower())
    return [
        year
        for year in (published.year - 1, published.year, published.year + 1)
        if real_date(year, month, day) and dt.date(year, month, day).weekday() == weekday
    ]


def nearest_year(published: dt.date, month: int, day: int) -> int:
    best = published.year
    best_gap: float = float("inf")
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((dt.date(year, month, min(day, 28)) - published).days)
        except ValueError:
            continue
        if gap < best_gap:
            best, best_gap = year, gap
    return best


def month_shift(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def source_dates(
    text: str, published: dt.date | None, *, japanese: Iterable[DateRef] = ()
) -> SourceDates:
    """The date facts of an English (and/or Japanese) source text and its publication date."""
    facts = SourceDates(published)
    folded = halfwidth(text)
    if published is not None:
        facts.add_day(published)
    relative = _add_relative_months(facts, folded)
    # "nine concerts next February … opens on February 6": that month's dates are next
    # year's too
    next_months = {
        month_number(m.group("mon") or m.group("mon2")) for m in _EN_NEXT_MONTH.finditer(folded)
    }
    with_year: list[tuple[int, int]] = []
    for regex in _EN_DATES:
        for m in regex.finditer(folded):
            g = m.groupdict()
            month = int(g["mn"]) if g.get("mn") else month_number(g["mon"])
            if month is None or not 1 <= month <= 12:
                continue
            day = int_or_none(g.get("d"))
            if day is not None and not 1 <= day <= 31:
                continue
            year = int_or_none(g.get("y"))
            if day is not None and published is not None:
                # "broke up on April 2, 11 days earlier than the average": April 13 too
                when_year = year or nearest_year(published, month, day)
                if real_date(when_year, month, day):
                    _add_days_apart(facts, folded, m.start(), [dt.date(when_year, month, day)])
                    _add_last_of_english_run(
                        facts, folded, m.start(), m.end(), dt.date(when_year, month, day)
                    )
            if year is None and inside(m, relative):
                continue  # "last March": read with its year above
            facts.add_date(year, month, day)
            facts.mentions.append(m.group(0))
            if year is not None:
                with_year.append((m.start(), m.end()))
            elif published is not None and not inside(m, with_year):
                facts.add_alternative(_latest_year(published, month, day or 1), month, day)
                for weekday_year in _weekday_years(folded, m.start(), published, month, day):
                    # "opens on Friday 6 February" in May 2025: 6 February 2026
                    facts.add_alternative(weekday_year, month, day)
                later = _RANGE_END_YEAR.match(folded, m.end())
                if later:  # "between March 4 and March 19, 2024": both in 2024
                    facts.add_alternative(int(later.group("y")), month, day)
                if _FUTURE_BEFORE.search(
                    folded, max(0, m.start() - 60), m.start()
                ) or _FISCAL_YEAR_END_BEFORE.search(folded, max(0, m.start() - 60), m.start()):
                    # "The cap will take effect on January 1" in June: next January
                    ahead = (month, day or 1) < (published.month, published.day)
                    facts.add_alternative(published.year + ahead, month, day)
                years_on = _said_year(folded, m.start())
                if years_on:  # "Next year's race … will be held on 15 November"
                    facts.add_alternative(published.year + years_on, month, day)
                if month in next_months and month <= published.month:
                    facts.add_alternative(published.year + 1, month, day)
            for named in () if year else _years_before(folded, m.start()):
                # "the final will be held in 2025 too, on 21 March": that year's March
                facts.add_alternative(named, month, day)
    if published is not None:
        _add_days_ahead(facts, folded, published)
        _add_next_days(facts, folded, published)
        _add_days_of_hours(facts, folded, published)
    _add_days_of_month(facts, folded)
    _add_word_dates(facts, folded)
    _add_nth_weekdays(facts, folded)
    _add_month_ends(facts, folded)
    _add_that_year(facts, folded)
    for m in _EN_DAY_RANGE.finditer(folded):
        month = month_number(m.group("mon") or m.group("mon2"))
        year = int_or_none(m.group("y1") or m.group("y2"))  # May 13-23, 2026; 13 to 23 May 2026
        # ("on 8, 10 and 12 December": the days listed before the pair too)
        listed = _EN_DAYS_LISTED.search(folded, max(0, m.start() - 24), m.start())
        days_before = re.findall(r"\d{1,2}", listed.group(0)) if listed and m.group("e1") else []
        for written in (
            *days_before,
            m.group("d1") or m.group("e1"),
            m.group("d2") or m.group("e2"),
        ):
            if month is not None and 1 <= int(written) <= 31:
                facts.add_date(year, month, int(written))
                for named in () if year else _years_before(folded, m.start()):
                    facts.add_alternative(named, month, int(written))
    for m in _EN_MONTHS_RANGE.finditer(folded):
        start, end = (
            month_number(m.group("m1") or m.group("n1")),
            month_number(m.group("m2") or m.group("n2")),
        )
        if start is not None and end is not None and start <= end:
            facts.add_date(int(m.group("y")), start, int(m.group("d1") or m.group("e1")))
    for m in _EN_YEAR.finditer(folded):
        year = int(m.group("y"))
        facts.add_year(year)
        if m.group("y2") and int(m.group("y2")) == (year + 1) % 100:  # 2023/24
            facts.add_year(year + 1)
    for m in _EN_DECADE.finditer(folded):
        decade = int(m.group("full")) if m.group("full") else 1900 + int(m.group("short"))
        facts.decades.add(decade)
        facts.centuries.add(decade // 100 + 1)  # the 1800s: the 19th century
        facts.mentions.append(m.group(0))
    for m in _EN_DECADE_WORD.finditer(folded):  # the late nineties, the early seventies
        decade = full_decade(_DECADE_WORDS[m.group(1).casefold()], published)
        facts.decades.add(decade)
        facts.mentions.append(m.group(0))
    for m in _EN_CENTURY_SPAN.finditer(folded):
        if m.group("h"):
            facts.century_spans.add(int(m.group("h")))
            continue
        word = m.group("n")
        n = float(word) if word.isdigit() else parse_english_words(word)
        if n:
            facts.century_spans.add(int(n))
    for m in _EN_CENTURY.finditer(folded):
        n = int(m.group("n")) if m.group("n") else _CENTURY_WORDS.get(m.group("w").lower(), 21)
        facts.centuries.add(n)
    for m in _EN_TIME.finditer(folded):
        if m.group("noon"):
            facts.times.add((0 if m.group("noon").lower() == "midnight" else 12, 0))
            continue
        if m.group("h24"):
            facts.times.add((int(m.group("h24")) % 24, int(m.group("m24"))))
            continue
        if m.group("hr"):
            facts.times.add((int(m.group("hr")), 0))
            continue
        hour = int(m.group("h")) % 12
        if m.group("ap").lower().startswith("p"):
            hour += 12
        facts.times.add((hour, int_or_none(m.group("min"))))
    add_month_spans(facts, folded)
    for m in _EN_YEAR_END.finditer(folded):
        year = int(m.group("y") or m.group("y2") or m.group("y3"))
        if published is not None and year == published.year:
            facts.tags.add("year-end")
    for regex, tag in _EN_RELATIVE_RES:
        if regex.search(folded):
            facts.tags.add(tag)
    earlier: tuple[int, dt.date] | None = None  # the weekday before, in this sentence
    for m in _EN_WEEKDAY.finditer(folded):
        weekday = _WEEKDAYS_EN.index(m.group(1).lower())
        facts.weekdays.add(weekday)
        if published is not None:
            said = _EN_WEEKDAY_WHICH.search(folded, max(0, m.start() - 12), m.start())
            which = said.group(1) if said else ""
            if not which and _EN_WEEKDAY_NEXT_WEEK.match(folded, m.end()):
                which = "next"  # "Thursday next week", "on Thursday of the following week"
            if not which and _EN_WEEKDAY_LAST_AFTER.match(folded, m.end()):
                which = "last"
            if not which and _EN_LAST_WEEK_AFTER.match(folded, m.end()):
                which = "last"  # "from Tuesday to Thursday last week"
            dates = _weekday_dates(published, weekday, which)
            if not which:
                tense = _tense_before(folded, m.start())
                if tense:  # "said on Friday": the Friday before; "will … on Friday": after
                    dates = dates[:1] if tense == "past" else dates[1:2]
            if _NIGHT_TO.search(folded, max(0, m.start() - 24), m.start()):
                # "in der Nacht zum Montag": the night from the Sunday before
                dates += [day - dt.timedelta(days=1) for day in dates]
            if earlier is not None and "." not in folded[earlier[0] : m.start()]:
                # "from 7am on Monday (the 16th) … until 7am on Saturday": the Saturday
                # after that Monday, not the one before it
                after = earlier[1] + dt.timedelta(days=(weekday - earlier[1].weekday()) % 7 or 7)
                dates.append(after)
            for when in dates:
                facts.add_day(when)
            earlier = (m.end(), max(dates))
            _add_days_apart(facts, folded, m.start(), dates)
    for found in japanese:
        ref = found
        said = _JA_YEAR_SAID.search(folded, max(0, ref.start - 3), ref.start)
        if said and ref.year is None and ref.month is not None and published is not None:
            # 来年1月4日: January 4 of the year after publication, not the nearest one
            ref = replace(ref, year=published.year + _JA_YEARS_ON[said.group(1)])
        month_said = _JA_MONTH_SAID.search(folded, max(0, ref.start - 2), ref.start)
        if month_said and ref.day is not None and ref.month is None and published is not None:
            # 今月25日, 来月3日: a day of the month of publication, or the month after
            year, month = month_shift(published, _JA_MONTHS_ON[month_said.group(1)])
            ref = replace(ref, year=year, month=month)
        listed = _JA_DAYS_LISTED.search(folded, max(0, ref.start - 12), ref.start)
        listed_days = [ref] + (
            [replace(ref, day=int(d)) for d in re.findall(r"\d+", listed.group(0))]
            if listed and ref.day is not None
            else []
        )  # 1、2日の土日: the 1st too
        if published is not None:
            _add_weekday_days(facts, ref, folded, published)
            _add_last_of_run(facts, ref, folded, published)
        for each in listed_days:
            _add_japanese(facts, each)
            if each.day is not None and each.month is None and published is not None:
                if each.day <= published.day:  # 2日 in a story of 3 August: 2 August
                    facts.add_date(published.year, published.month, each.day)
        if ref.year and ref.month and ref.day is None and ref.month_from is None:
            if folded.startswith("期", ref.end):  # 2027年3月期: April 2026 to March 2027
                add_fiscal_year(facts, ref.year, ref.month)
        if ref.year and ref.month is None and ref.span.endswith("年度"):
            # 2026年度 in a Japanese source: April 2026 to March 2027 (2026年度下期 is
            # October to March; 2029年度中 is until March 2030)
            add_fiscal_year(facts, ref.year + 1, 3)
    for m in _MONTH_START.finditer(folded):
        # 7月に入ってから, "since the start of July": from the first of that month
        month = int(m.group("n")) if m.group("n") else month_number(m.group("mon"))
        if month is not None and 1 <= month <= 12:
            facts.add_date(None, month, 1)
    for m in fixed_holidays().finditer(folded):  # "from Boxing Day to 8 January": 26 Dec
        month, day = (int(x) for x in (m.lastgroup or "h0_0")[1:].split("_"))
        facts.add_date(None, month, day)
    _add_split_years(facts, folded)
    _add_quarter_ends(facts, folded)
    _add_months_of_the_sentence_year(facts, folded)
    _add_fiscal_years_begun(facts, folded)
    _add_current_fiscal_year(facts, folded)
    if published is not None:
        _resolve_tags(facts, published)
    return facts


def sentence_dates(s: SourceSentence, published: dt.date | None, *, japanese: bool) -> SourceDates:
    """The date facts of one source sentence (a Japanese one's labels too: 2028年3月期)."""
    refs = find_dates(s.text) if japanese else []
    return source_dates(s.norm or s.text, published, japanese=refs)


# a month named without a year: "in 2025, when the site opened in late September"
_BARE_MONTH = rx.compile(rf"\b(?P<mon>{_MONTH_NAMES})\b(?!\s+\d)(?!,?\s+(?:19|20)\d\d)")


def _add_months_of_the_sentence_year(facts: SourceDates, folded: str) -> None:
    """A month named without a year in a sentence that names a year before it (or only
    one) is that year's too ("… $3.6 million in 2025, when the site opened in late
    September" in a 2027 article: September 2025), beside the one nearest publication."""
    for start, end in split_sentences(folded):
        sentence = folded[start:end]
        for m in _BARE_MONTH.finditer(sentence):
            # (the year named last before it, else the sentence's only year)
            before = _ANY_YEAR.findall(sentence, 0, m.start())
            years = before[-1:] or sorted(set(_ANY_YEAR.findall(sentence)))
            month = month_number(m.group("mon"))
            if month is not None and len(years) == 1:
                facts.add_date(int(years[0]), month, None)


# 今期, 今年度, "the current fiscal year": the fiscal year publication falls in
_CURRENT_FISCAL = rx.compile(
    r"今期|今年度|本年度|\b(?:this|the\s+current|current|laufende[nmrs]?)\s+(?:fiscal|financial)"
    r"\s+year\b|\b(?:fiscal|financial)\s+year\s+en\s+cours\b|\bejercicio\s+en\s+curso\b",
    re.IGNORECASE,
)


def _add_current_fiscal_year(facts: SourceDates, folded: str) -> None:
    """The fiscal year under way at publication, where the source speaks of it and its
    fiscal years end in one known month (今期 beside 2026年3月期 in October 2026: the
    year to March 2027; a Japanese 今年度 without one ends in March)."""
    if facts.published is None or not _CURRENT_FISCAL.search(folded):
        return
    months = {month for _year, month in facts.fiscal_ends}
    if not months and "年度" in folded:
        months = {3}
    if len(months) != 1:
        return
    (month,) = months
    published = facts.published
    add_fiscal_year(facts, published.year + (published.month > month), month)


# "the fiscal year that begins July 1", "its fiscal year, which begins July 1"
_FISCAL_BEGINS = rx.compile(
    rf"\b(?:fiscal|financial|budget)\s+year,?\s+(?:that|which)\s+(?:begins|starts)"
    rf"\s+(?:on\s+)?(?:(?P<d>\d{{1,2}})\s+)?(?P<mon>{_MONTH_NAMES})\b"
    rf"(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def _add_fiscal_years_begun(facts: SourceDates, folded: str) -> None:
    """The fiscal year that begins on the next such first day after publication (or on
    it): July 2026 to June 2027 for "the fiscal year that begins July 1" in March 2026."""
    if facts.published is None:
        return
    for m in _FISCAL_BEGINS.finditer(folded):
        month = month_number(m.group("mon"))
        if month is None:
            continue
        year = (
            int(m.group("y"))
            if m.group("y")
            else facts.published.year + (month < facts.published.month)
        )
        last = (month - 2) % 12 + 1
        add_fiscal_year(facts, year + (last < month), last)


# 2026-27, 2025/26: a split year (not 2020-2024, a span of years)
_SPLIT_YEAR = rx.compile(r"(?<![\d/-])((?:19|20)\d\d)[-–/](\d\d)(?![\d/-])")


# "the 2025/26 marketing year, which ended May 31", "the 2026/27 season, which began on
# June 1": a split year with the day it ends or begins
_SPLIT_YEAR_BOUND = rx.compile(
    _SPLIT_YEAR.pattern + r"\s+(?:[a-z]+\s+){0,2}?(?:year|season),?\s+"
    rf"(?:which|that)\s+(?P<w>ended|ends|began|begins|started|starts)\s+(?:on\s+)?(?P<mon>{_MONTH_NAMES})\b",
    re.IGNORECASE,
)


# "The state's financial year runs from 1 July to 30 June": the month its years end in
_FISCAL_RUNS = rx.compile(
    r"\b(?:financial|fiscal|budget)\s+year\s+(?:runs|goes|lasts)\s+from\s+(?:\d{1,2}\s+)?"
    rf"{_MONTH_NAMES}(?:\s+\d{{1,2}})?\s+(?:to|until|through)\s+(?:\d{{1,2}}\s+)?"
    rf"(?P<end>{_MONTH_NAMES})\b",
    re.IGNORECASE,
)


def _add_split_years(facts: SourceDates, folded: str) -> None:
    """A split year in a source whose fiscal years end in a known month ("no fare revision
    in 2026-27" beside "2025-26, the financial year that ended on March 31") is one of
    those years: it ends in that month of its second year (2027年3月期)."""
    for m in _SPLIT_YEAR_BOUND.finditer(folded):
        first, second, month = int(m.group(1)), int(m.group(2)), month_number(m.group("mon"))
        if month is not None and second == (first + 1) % 100:
            ends = m.group("w").lower() in ("ended", "ends")
            last = month if ends else (month - 2) % 12 + 1
            add_fiscal_year(facts, first + 1 if last < 12 else first, last)
    runs = {month_number(m.group("end")) for m in _FISCAL_RUNS.finditer(folded)}
    months = {month for _year, month in facts.fiscal_ends} | {m for m in runs if m is not None}
    month = next(iter(months)) if len(months) == 1 else None
    for m in _SPLIT_YEAR.finditer(folded):
        first, second = int(m.group(1)), int(m.group(2))
        if second != (first + 1) % 100:
            continue
        # ("over the four years to 2029-30"): a split year starts in April, July or
        # October of its first year and ends in March, June or September of its second
        for start in (4, 7, 10):
            facts.month_years.add((first, start))
            facts.month_years.add((first + 1, start - 1))
        if month is not None:
            add_fiscal_year(facts, first + 1, month)


# "before the end of the first quarter" (la fin du premier trimestre): the month it ends
# ("antes de que termine el first quarter 2027": with its year, where written)
_QUARTER_END = rx.compile(
    r"\b(?:end\s+of\s+the|fin\s+du|final\s+del|Ende\s+des|termine\s+el|término\s+del"
    r"|cierre\s+del)\s+(first|second|third|fourth)\s+quarter\b"
    r"(?:\s*(?:of\s+|de\s+|del\s+|,\s*)?(?P<y>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_QUARTER_LAST_MONTH = {"first": 3, "second": 6, "third": 9, "fourth": 12}


def _add_quarter_ends(facts: SourceDates, folded: str) -> None:
    """The last month of a calendar quarter the source names by its end (3月末 for "the
    end of the first quarter"), in the year nearest publication."""
    for m in _QUARTER_END.finditer(folded):
        year = int(m.group("y")) if m.group("y") else None
        facts.add_date(year, _QUARTER_LAST_MONTH[m.group(1).lower()], None)


# "two days after the first attempt was scrubbed", "three days earlier"
_EN_DAYS_APART = rx.compile(
    r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+"
    r"(?:after|before|later|earlier)\b"
    # "on Monday, March 2, … will travel there the following day"
    r"|\bthe\s+(?:following|next|previous)\s+day\b|\bthe\s+day\s+(?:after|before)\b",
    re.IGNORECASE,
)


_EN_NEXT_MONTH = rx.compile(
    rf"\bnext\s+(?P<mon>{_MONTH_NAMES})\b|\b(?P<mon2>{_MONTH_NAMES})\s+next\s+year\b",
    re.IGNORECASE,
)


# "next year's race", "last year": the year a year-less date of the sentence is in
_EN_SAID_YEAR = rx.compile(r"\b(next|last|this)\s+year\b", re.IGNORECASE)
_YEAR_SAID = {"next": 1, "last": -1, "this": 0}


_JA_YEARS_ON = {"来年": 1, "翌年": 1, "今年": 0, "本年": 0, "昨年": -1, "去年": -1}
_JA_YEAR_SAID = rx.compile(rf"({'|'.join(_JA_YEARS_ON)})の?$")


@lru_cache(maxsize=8)
def _sentences(folded: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The sentences of ``folded`` (align.split_sentences) and where each starts."""
    spans = split_sentences(folded) or [(0, len(folded))]
    return [a for a, _ in spans], spans


def _sentence_at(folded: str, at: int) -> int:
    """The index of the sentence that holds (or, between two, precedes) ``at``."""
    return max(bisect_right(_sentences(folded)[0], at) - 1, 0)


def _sentence_around(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or the run of sentences) that holds ``folded[start:end]``."""
    spans = _sentences(folded)[1]
    return spans[_sentence_at(folded, start)][0], spans[_sentence_at(folded, end)][1]


def _sentence_before(folded: str, at: int) -> tuple[int, int] | None:
    """The sentence before the one that holds ``at``, if any."""
    i = _sentence_at(folded, at)
    return _sentences(folded)[1][i - 1] if i else None


def _said_year(folded: str, at: int) -> int:
    """The year (relative to the publication's) the sentence around ``at`` names."""
    start, end = _sentence_around(folded, at, at)
    said = _EN_SAID_YEAR.search(folded, start, end)
    return _YEAR_SAID[said.group(1).lower()] if said else 0


# (not a fiscal year's: "fiscal 2027, which begins July 1" is July 2026)
_YEAR_IN_SENTENCE = rx.compile(
    r"(?<![\d.,])(?<!fiscal )(?<!fiscal year )(?<!FY)(?:19|20)\d\d(?![\d.,]\d)", re.IGNORECASE
)


def _years_before(folded: str, at: int) -> set[int]:
    """The year the sentence names before ``at``, when it names just one (a date
    without its year after it is most likely in that year)."""
    start = _sentence_around(folded, at, at)[0]
    years = {int(y) for y in _YEAR_IN_SENTENCE.findall(folded, start, at)}
    return years if len(years) == 1 else set()


# "due to arrive in 11 days", "in two weeks' time"
_EN_IN_DAYS = rx.compile(
    r"\b(?:in|within)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<u>days|weeks)\b"
    # ("15 days from that date", "15 days desde esa fecha", "15 days after the vote")
    r"|\b(?P<n2>\d{1,2})\s+(?P<u2>days|weeks)\s+(?:from|after|following|desde|après|nach)\b",
    re.IGNORECASE,
)


def _add_days_ahead(facts: SourceDates, folded: str, published: dt.date) -> None:
    """The day N days (or weeks) after the day its sentence names, or after
    publication: "left on Wednesday … due to arrive in 11 days"."""
    for m in _EN_IN_DAYS.finditer(folded):
        start, end = _sentence_around(folded, m.start(), m.end())
        sentence = folded[start:end]
        unit = (m.group("u") or m.group("u2")).lower()
        n = count_word(m.group("n") or m.group("n2")) * (7 if unit == "weeks" else 1)
        for day in days_named(sentence, published) or {published}:
            facts.add_day(day + dt.timedelta(days=n))


# "restored at 01:00 the next morning", "le lendemain" (rewritten): the day after
_EN_NEXT_DAY = rx.compile(
    r"\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE
)


# "a 48-hour strike beginning at 6 a.m. on Thursday", "a 72-hour ceasefire from Monday"
_EN_HOURS_LONG = rx.compile(r"\b(?P<n>\d{2,3})[-\s]hours?\b", re.IGNORECASE)
_SPAN_STARTS = rx.compile(
    r"\b(?:beginning|starting|from|begins|starts|began|started)\b", re.IGNORECASE
)


def _add_days_of_hours(facts: SourceDates, folded: str, published: dt.date) -> None:
    """The days a span of N ≥ 24 hours reaches from the day its sentence names: a
    48-hour strike from 6 a.m. on Thursday (the 6th) ends on Saturday (the 8th)."""
    for m in _EN_HOURS_LONG.finditer(folded):
        hours = int(m.group("n"))
        if hours < 24:
            continue
        start, end = _sentence_around(folded, m.start(), m.end())
        sentence = folded[start:end]
        if not _SPAN_STARTS.search(sentence):
            continue  # (the day a span ends on, or any other: "72 hours … end on Sunday")
        for day in days_named(sentence, published):
            for days in {hours // 24, (hours + 23) // 24}:
                facts.add_day(day + dt.timedelta(days=days))


def _add_next_days(facts: SourceDates, folded: str, published: dt.date) -> None:
    """The day after the day a sentence names (or, naming none, the sentence before
    it): "… on Tuesday, July 14. The outage began at 21:40 BST and service was
    restored at 01:00 the next morning"."""
    for m in _EN_NEXT_DAY.finditer(folded):
        start, end = _sentence_around(folded, m.start(), m.end())
        days = days_named(folded[start:end], published)
        before = _sentence_before(folded, m.start())
        if not days and before:
            days = days_named(folded[before[0] : before[1]], published)
        if not days and folded[start:end].lstrip().lower().startswith(m.group(0).lower()):
            # ("Al día siguiente, el ministro presentó …": a sentence that opens with the
            # next day follows the last day the story named, a paragraph or two before)
            spans = _sentences(folded)[1][: _sentence_at(folded, m.start())]
            days = next(
                (d for a, b in reversed(spans[-4:]) if (d := days_named(folded[a:b], published))),
                days,
            )
        for day in days:
            facts.add_day(day + dt.timedelta(days=1))


_THAN = rx.compile(r"\s+than\b", re.IGNORECASE)


def _add_days_apart(facts: SourceDates, folded: str, at: int, dates: list[dt.date]) -> None:
    """The days N days before and after a weekday's date, where its sentence counts N
    days from it to another event ("on Thursday …, two days after the first attempt")."""
    start, end = _sentence_around(folded, at, at)
    for m in _EN_DAYS_APART.finditer(folded, start, end):
        word = (m.group("n") or "one").lower()
        n = 1 if word in ("a", "one") else count_word(word)
        steps: tuple[int, ...] = (-n, n)
        than = _THAN.match(folded, m.end())
        if than:  # "on Monday …, a day later than planned": the other day is before it
            steps = (-n,) if m.group(0).lower().endswith("later") else (n,)
        for when in dates:
            for step in steps:
                facts.add_day(when + dt.timedelta(days=step))
    for m in _EN_RUNS_FOR_DAYS.finditer(folded, start, end):
        # "opens on Friday, November 8, … and runs for three days": to the 10th
        n = count_word(m.group("n"))
        if 1 < n <= 31:
            for when in dates:
                facts.add_day(when + dt.timedelta(days=n - 1))


# an event that lasts N days from the day its sentence names
_EN_RUNS_FOR_DAYS = rx.compile(
    r"\b(?:runs?|running|lasts?|lasting|continues?|held|takes?\s+place)\s+(?:for|over)\s+"
    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+days\b",
    re.IGNORECASE,
)
# "in 2021, when … in September of that year": the month in the year named before it
_EN_THAT_YEAR = rx.compile(
    rf"\b(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>{_MONTH_NAMES})"
    rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"
    rf"|\b(?:later|earlier)\s+that\s+year,?\s+in\s+(?P<mon3>{_MONTH_NAMES})\b"
)


_ANY_YEAR = rx.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b")


def _add_that_year(facts: SourceDates, folded: str) -> None:
    for m in _EN_THAT_YEAR.finditer(folded):
        years = _ANY_YEAR.findall(folded, max(0, m.start() - 400), m.start())
        month = month_number(m.group("mon") or m.group("mon3"))
        if years and month is not None:
            day = int_or_none(m.group("d") or m.group("d2"))
            facts.add_date(int(years[-1]), month, day if day and day <= 31 else None)


def _latest_year(published: dt.date, month: int, day: int) -> int:
    """The year of the last such month (and day) on or before publication."""
    if (month, day) <= (published.month, published.day):
        return published.year
    return published.year - 1


def _add_relative_months(facts: SourceDates, folded: str) -> list[tuple[int, int]]:
    """Months with a relative year ("last March", "March next year"); their spans."""
    pub = facts.published
    spans: list[tuple[int, int]] = []
    if pub is None:
        return spans
    for m in _EN_REL_MONTH.finditer(folded):
        month = month_number(m.group("mon") or m.group("mon2"))
        if month is None:
            continue
        spans.append((m.start(), m.end()))
        facts.mentions.append(m.group(0))
        if m.group("rel2"):  # March last year: the calendar year is explicit
            offset = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(
                m.group("rel2").lower(), 0
            )
            facts.add_date(pub.year + offset, month, int_or_none(m.group("d1") or m.group("d2")))
            continue
        rel = m.group("rel").lower()
        if rel == "this":
            years = [pub.year]
        elif rel in ("last", "past", "previous"):  # the last one before now, or last year's
            years = [pub.year - 1] + ([pub.year] if month < pub.month else [])
        else:  # next, coming, following: the next one, or next year's
            years = [pub.year + 1] + ([pub.year] if month > pub.month else [])
        for year in years:
            facts.add_date(year, month, None)
    for m in _MONTH_EARLIER.finditer(folded):
        # "$1.21tn at the end of March, down from $1.24tn a month earlier": February
        month = month_number(m.group("mon"))
        if month is not None:
            before = month - 1 or 12
            facts.add_date(nearest_year(pub, before, 15), before, None)
    return spans


# a month named, then "a month earlier" in the same sentence: the month before it
_MONTH_EARLIER = rx.compile(
    rf"\b(?P<mon>{MONTH_NAMES})\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,80}}?\b(?:a\s+month\s+(?:earlier|before)"
    r"|the\s+(?:previous|prior|preceding)\s+month)\b"
)


def _add_days_of_month(facts: SourceDates, folded: str) -> None:
    """Days named without a month ("on the 1st", "the start of next month")."""
    pub = facts.published
    for m in _EN_DAY_OF_MONTH.finditer(folded):
        if m.group("d") or m.group("d2") or m.group("d3"):
            day = int(m.group("d") or m.group("d2") or m.group("d3"))
        elif m.group("w") or m.group("w3"):
            word = (m.group("w") or m.group("w3")).lower()
            day = 0 if word == "last" else _CENTURY_WORDS.get(word, 0)
        else:
            day = 1
        which = (m.group("which") or m.group("which2") or "the").lower()
        if day == 0:
            facts.tags.add("month-end")
            continue
        if not 1 <= day <= 31:
            continue
        facts.days.add(day)
        facts.mentions.append(m.group(0))
        if pub is None:
            continue
        offset = _MONTH_OFFSET.get(which)
        offsets = [offset] if offset is not None else [-1, 0, 1]
        for shift in offsets:
            year, month = month_shift(pub, shift)
            facts.add_alternative(year, month, day)


def _add_word_dates(facts: SourceDates, folded: str) -> None:
    """Days of a named month in words ("the first of July", "July first", "the start of July")."""
    pub = facts.published
    for m in _EN_WORD_DATES.finditer(folded):
        name = m.group("mon") or m.group("mon2") or m.group("mon3")
        month = month_number(name)
        if month is None or not name[0].isupper():
            continue  # "may first" is no date
        word = m.group("w") or m.group("w2")
        day = _DAY_WORDS.get(re.sub(r"\s+", " ", word.lower()), 0) if word else 1
        if not 1 <= day <= 31:
            continue
        facts.add_date(None, month, day)
        facts.mentions.append(m.group(0))
        if pub is not None:
            facts.add_alternative(_latest_year(pub, month, day), month, day)


# "the third Thursday of November", "le 3rd Thursday de November" (French, normalised)
_NTH_WEEKDAY = rx.compile(
    r"\b(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    rf"(?P<wd>{WEEKDAY_NAMES})\s+(?:of|in|de|du|im|del|des)\s+(?P<mon>{MONTH_NAMES})"
    r"(?:\s+(?P<y>\d{4}))?",
    re.IGNORECASE,
)
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


# "the end of September 2027", "by the end of March", 2027年9月末: the month's last day
_MONTH_END = rx.compile(
    rf"\bend\s+of\s+(?P<m>{MONTH_NAMES})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
    r"|(?:(?P<jy>(?:19|20)\d\d)年)?(?P<jm>\d{1,2})月末",
    re.IGNORECASE,
)


def _add_month_ends(facts: SourceDates, folded: str) -> None:
    """The last day of a month the source names by its end (2027年9月30日 for 2027年9月末)."""
    for m in _MONTH_END.finditer(folded):
        month = month_number(m.group("m")) if m.group("m") else int(m.group("jm"))
        if not month or not 1 <= month <= 12:
            continue
        year_text = m.group("y") or m.group("jy")
        year = int(year_text) if year_text else None
        if year is None and facts.published is not None:
            year = nearest_year(facts.published, month, 28)
        if year is not None:
            facts.add_date(year, month, calendar.monthrange(year, month)[1])


def _add_nth_weekdays(facts: SourceDates, folded: str) -> None:
    """The day a weekday's place in a month gives (the third Thursday of November 2025
    is November 20)."""
    pub = facts.published
    for m in _NTH_WEEKDAY.finditer(folded):
        month = month_number(m.group("mon"))
        if month is None or (pub is None and not m.group("y")):
            continue
        word = m.group("n").lower()
        n = _NTH.get(word) or int(word[0])
        weekday = _WEEKDAYS_EN.index(m.group("wd").lower())
        year = int(m.group("y")) if m.group("y") else nearest_year(pub, month, 15)  # type: ignore[arg-type]
        days = [
            d
            for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday
        ]
        if n == -1 or n <= len(days):
            facts.add_date(year, month, days[n - 1 if n > 0 else -1])
            facts.mentions.append(m.group(0))


# The words right before an English weekday that put it after publication ("will be
# launched on Thursday", "is due on Monday")
_FUTURE_BEFORE = rx.compile(
    r"\b(?:will|would|shall|'ll|due|scheduled|expected|planned|set|to\s+be|going\s+to)\b"
    r"(?:\s+\S+){0,3}\s+$",
    re.IGNORECASE,
)
# the day a fiscal year ends: "the current financial year, which ends on March 31", "before
# the end of the 2024-25 fiscal year on March 31" (in September: the coming March 31)
_FISCAL_YEAR_END_BEFORE = rx.compile(
    r"\b(?:fiscal|financial|budget)\s+year,?(?:\s+(?:which|that))?\s+"
    r"(?:(?:ends|closes|runs\s+(?:to|until))\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# a modal anywhere in the clause: "It is due to lift off at 5.45am on Thursday"
_MODAL = rx.compile(
    r"\b(?:will|'ll|shall|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\b", re.IGNORECASE
)
# a verb of reporting or deciding in the past right before it: "said on Friday",
# "voted late on Monday" (not a participle: "the rankings published on Monday")
_PAST_BEFORE = rx.compile(
    r"\b(?:said|told\s+\w+|announced|confirmed|reported|revealed|disclosed|voted|agreed"
    r"|approved|decided|was|were)\s+(?:(?:late|early)\s+)?on\s+$",
    re.IGNORECASE,
)
# where a clause ends: punctuation before a space (not 5.45am), a quotation mark
_CLAUSE_END = rx.compile(r"[.;:,](?=\s)|[\"“”]")


def _tense_before(folded: str, at: int) -> str:
    """ "past" where the words right before the weekday at ``at`` say it is over ("said
    on Friday", "after the assembly voted on Tuesday"), "future" where its clause says
    it is to come ("will be launched on Thursday", "is due to lift off at 5.45am on
    Thursday"), else "" (either reading is taken)."""
    window = folded[max(0, at - 60) : at]
    clause = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0) :]
    if _PAST_BEFORE.search(clause):
        return "past"
    if _FUTURE_BEFORE.search(clause):
        return "future"
    # (the modal's own event only: "on Thursday", not "affected by Tuesday's outage")
    return "future" if clause.endswith("on ") and _MODAL.search(clause) else ""


# After a weekday: the week after this one ("Thursday next week").
_EN_WEEKDAY_NEXT_WEEK = rx.compile(
    r",?\s+(?:of\s+)?(?:next|the\s+following|the\s+coming)\s+week\b", re.IGNORECASE
)


# The word before a weekday that says which one: "last Friday", "next Monday".
_EN_WEEKDAY_WHICH = rx.compile(
    r"\b(last|past|previous|next|coming|this|letzten|vergangenen|kommenden|nächsten)\s+$",
    re.IGNORECASE,
)
_NIGHT_TO = rx.compile(
    r"(?:\bNacht\s+zum|\bnight\s+(?:to|into)|\bovernight\s+(?:to|into)|\bnuit\s+de\s+\w+\s+à)\s+$",
    re.IGNORECASE,
)
# "last week" after a weekday or a range of them: "Tuesday to Thursday last week"
_EN_LAST_WEEK_AFTER = rx.compile(
    rf",?\s+(?:(?:to|and|through|until)\s+{WEEKDAY_NAMES}\s+)?(?:of\s+)?(?:last|the\s+previous)\s+week\b",
    re.IGNORECASE,
)
# "mercredi dernier", "el miércoles pasado" (the weekday arrives in English)
_EN_WEEKDAY_LAST_AFTER = rx.compile(r"\s+(?:dernier|passé|pasado)\b", re.IGNORECASE)


def _weekday_dates(published: dt.date, weekday: int, which: str = "") -> list[dt.date]:
    """The dates a weekday named in an article published on ``published`` may stand for.

    The last such weekday on or before publication and the next one after it,
    so a Friday-29th article's "on Monday" (or "by Monday", "from Monday") is
    the 1st of the next month; the tense decides which, and either is taken.
    "last Friday" may also be the one a week before, "next Monday" the one a
    week after: both readings are common.
    """
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7 or 7
    last = published - dt.timedelta(days=back)
    following = published + dt.timedelta(days=ahead)
    out = [last, following]
    word = which.lower()
    if word in ("last", "past", "previous", "letzten", "vergangenen"):
        out.append(last - dt.timedelta(days=7))
    elif word in ("next", "coming", "kommenden", "nächsten"):
        out.append(following + dt.timedelta(days=7))
    return out


def _resolve_tags(facts: SourceDates, published: dt.date) -> None:
    """Turn relative tags (yesterday, last month, next year) into dates."""
    for tag in list(facts.tags):
        m = re.fullmatch(r"(day|month|year)([+-]\d|0)", tag)
        if not m:
            continue
        unit, offset = m.group(1), int(m.group(2))
        if unit == "day":
            facts.add_day(published + dt.timedelta(days=offset))
        elif unit == "month":
            facts.add_date(*month_shift(published, offset), None)
        else:
            facts.add_year(published.year + offset)


JA_REL_TAGS = {
    "昨日": "day-1", "一昨日": "day-2", "今日": "day0", "本日": "day0", "明日": "day+1",
    "先週": "week-1", "今週": "week0", "来週": "week+1",
    "先月": "month-1", "今月": "month0", "来月": "month+1",
    "昨年": "year-1", "去年": "year-1", "一昨年": "year-2", "今年": "year0", "本年": "year0",
    "来年": "year+1", "年末": "year-end", "年内": "year0", "年初": "year-start",
    "年明け": "year-start", "月末": "month-end",
    "前月比": "cmp-month", "前年比": "cmp-year", "前年同期比": "cmp-year", "前年同月比": "cmp-year",
    "前期比": "cmp-quarter", "前週比": "cmp-week", "前日比": "cmp-day",
}  # fmt: skip


_MONTH_START = rx.compile(
    rf"(?<!\d)(?P<n>\d{{1,2}})月に入(?:って|り|ると)|\b(?:start|beginning)\s+of\s+(?P<mon>{_MONTH_NAMES})\b"
    r"(?!\s+\d)",
    re.IGNORECASE,
)
_JA_MONTH_SAID = rx.compile(r"(今月|先月|前月|来月|翌月)$")
_JA_MONTHS_ON = {"今月": 0, "先月": -1, "前月": -1, "来月": 1, "翌月": 1}
_JA_WEEK_SAID = rx.compile(r"(来週|翌週|先週|前週)の?$")
_JA_WEEKS_ON = {"来週": 1, "翌週": 1, "先週": -1, "前週": -1}
_JA_DAY_BEFORE_WEEKDAY = rx.compile(r"\d日[(（]?$")
# 12日から3日間: a run of days from a date
_JA_DAYS_FROM = rx.compile(r"(?:から|より)(\d{1,2})日間")


def _add_weekday_days(facts: SourceDates, ref: DateRef, folded: str, published: dt.date) -> None:
    """The days a weekday a Japanese source names alone may be (来週月曜日: Monday of the
    calendar week after publication's; 月曜日: the one before or after it, as for
    "on Monday"); none for a weekday written beside its day (2日(月)), that day's."""
    if ref.weekday is None or ref.day is not None:
        return
    said_week = _JA_WEEK_SAID.search(folded, max(0, ref.start - 3), ref.start)
    if said_week:  # the calendar week (Monday to Sunday) after or before this one
        monday = published - dt.timedelta(days=published.weekday())
        facts.add_day(
            monday + dt.timedelta(days=7 * _JA_WEEKS_ON[said_week.group(1)] + ref.weekday)
        )
    elif not _JA_DAY_BEFORE_WEEKDAY.search(folded, max(0, ref.start - 4), ref.start):
        for when in _weekday_dates(published, ref.weekday):
            facts.add_day(when)


def _add_last_of_english_run(
    facts: SourceDates, folded: str, at: int, end: int, first: dt.date
) -> None:
    """The last day of a run of days or weeks a source counts from a date ("will close
    for nine days from 28 October": November 5, and the 6th it reopens; "Ab dem 2.
    September … für sechs Wochen": October 14)."""
    run = _EN_DAYS_FROM.search(folded, max(0, at - 48), at) or _EN_FOR_DAYS_AFTER.match(folded, end)
    if run is None:
        return
    n = count_word(run.group("n"))
    days = 7 * n if run.group("u").lower().startswith("week") else n
    if 1 < days <= 92:
        facts.add_day(first + dt.timedelta(days=days - 1))
        facts.add_day(first + dt.timedelta(days=days))


_EN_DAYS_FROM = rx.compile(
    r"\bfor\s+(?P<n>\d{1,2}|[a-z]+)\s+(?:straight\s+|consecutive\s+)?(?P<u>days|weeks)\s+"
    r"(?:from|starting|beginning)\s+(?:on\s+)?(?:\w+day,?\s+)?$",
    re.IGNORECASE,
)
# "from 2 September … for 6 weeks" (Ab dem 2. September … für sechs Wochen): the run
# counted after the date, in its clause
_EN_FOR_DAYS_AFTER = rx.compile(
    r"[^.;]{0,60}?\b(?:for|für|pendant|durante)\s+(?P<n>\d{1,2}|[a-z]+)\s+(?P<u>days|weeks)\b",
    re.IGNORECASE,
)


def _add_last_of_run(facts: SourceDates, ref: DateRef, folded: str, published: dt.date) -> None:
    """The last day of a run of days a Japanese source counts from a date it writes
    (2月12日から3日間: the 14th)."""
    run = _JA_DAYS_FROM.match(folded, ref.end)
    if run is None or ref.month is None or ref.day is None or not 1 < int(run.group(1)) <= 31:
        return
    year = ref.year or nearest_year(published, ref.month, ref.day)
    if real_date(year, ref.month, ref.day):
        first = dt.date(year, ref.month, ref.day)
        facts.add_day(first + dt.timedelta(days=int(run.group(1)) - 1))


# the days listed before a day: 1、2日, 3・4日
_JA_DAYS_LISTED = rx.compile(r"(?<![\d.])(?:\d{1,2}[、・])+$")


def _add_japanese(facts: SourceDates, ref: DateRef) -> None:
    if ref.month is not None and ref.month_from is not None:
        facts.month_spans.add((ref.month_from, ref.month))
    if ref.rel:
        facts.tags.add(JA_REL_TAGS.get(ref.rel, ref.rel))
    elif ref.decade is not None:
        facts.decades.add(full_decade(ref.decade, facts.published))
    elif ref.century is not None:
        facts.centuries.add(ref.century)
    elif ref.weekday is not None:
        facts.weekdays.add(ref.weekday)
    elif ref.hour is not None:
        facts.times.add((ref.hour, ref.minute))
    elif ref.day is not None and ref.month is None:
        facts.days.add(ref.day)
    else:
        facts.add_date(ref.year, ref.month, ref.day)


def full_decade(decade: int, published: dt.date | None) -> int:
    if decade >= 100:
        return decade
    this_year = (published or dt.date.today()).year
    century = this_year // 100 * 100
    return century + decade if century + decade <= this_year else century - 100 + decade


def days_named(text: str, published: dt.date) -> set[dt.date]:
    """The days ``text`` writes as a date (Oct. 31) or a weekday (on Thursday)."""
    days = {
        dt.date(nearest_year(published, month, day), month, day)
        for month, day in written_month_days(text)
        if real_date(nearest_year(published, month, day), month, day)
    }
    written = {day.weekday() for day in days}
    for m in _ON_WEEKDAY.finditer(text):
        weekday = _WEEKDAYS_EN.index(m.group(1).lower())
        if weekday in written and written_month_days(text[max(0, m.start() - 16) : m.end() + 16]):
            # "Monday 10 March": the weekday of a date it writes (not "from June 1 …
            # it said on Monday", a Monday of its own)
            continue
        which = _EN_WEEKDAY_WHICH.search(text, max(0, m.start() - 12), m.start())
        days.update(_weekday_dates(published, weekday, which.group(1) if which else ""))
    return days


_ON_WEEKDAY = rx.compile(rf"(?<!than )(?<!than on )\b({WEEKDAY_NAMES})\b", re.I)


def real_date(year: int, month: int, day: int) -> bool:
    """Whether year-month-day is a day of the calendar (not February 30)."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def written_month_days(text: str) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for regex in _EN_DATES[:2]:
        for m in regex.finditer(text):
            month, day = month_number(m.group("mon")), int_or_none(m.group("d"))
            if month is not None and day is not None:
                out.add((month, day))
    return out
