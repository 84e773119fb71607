"""Dates and years: each one a digest states must be supported by the source.

Supported means the source states it (``June 20, 2024``, ``in 2022``, the
``1950s``, ``last year``, ``Thursday``), or the publication date gives it
(``9日`` in an article dated May 9; ``今年`` in an article from this year).
Relative words in either text are resolved against the publication date in
the outlet's own time zone.

``1日`` before a rate's figure (1日26隻, 1日あたり) is "per day", not the 1st.
``n世紀`` with a span word (3世紀にわたり, 約3世紀) is a count of centuries, left to
the numbers check; a bare one is supported by the n-th century (``19th
century``, a year or decade in it, ``the 1800s``) or by a span of n centuries
(``three centuries``, ``300 years``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from yoten.check.jst import (
    DIGEST_ZONE,
    digest_zone_offset,
    jst_day_shift,
    jst_minutes,
    local_offsets,
)
from yoten.check.lexicon import mask_not_dates
from yoten.check.normalize import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS, halfwidth
from yoten.check.numerals import parse_english_words, swapped_positions
from yoten.check.pieces import Piece
from yoten.check.quantities import is_day_count, is_per_one, is_rate_denominator, may_be_rate
from yoten.check.rules import Kind, Rule
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.models import Finding
from yoten.textproc import era_year

if TYPE_CHECKING:
    from yoten.check.align import SourceSentence
    from yoten.check.jst import SourceTime
    from yoten.check.source import SourceIndex

__all__ = ["DateRef", "SourceDates", "check_dates", "find_dates", "source_dates"]

#: Calendar units as messages name them (marked for the catalog).
_UNIT_WORDS = {
    "day": N_("day"),
    "week": N_("week"),
    "month": N_("month"),
    "quarter": N_("quarter"),
    "year": N_("year"),
}
_WEEKDAYS_JA = "月火水木金土日"

# What makes "n世紀" a span of n centuries, not the n-th century: 3世紀にわたり, 2世紀以上.
CENTURY_SPAN = r"間|にわた|以上|近く|ぶり|余り|余|超|来|前(?!半)|後(?!半)|足らず|弱|強"

JA_DATE = re.compile(
    r"""
    (?P<era>令和|平成|昭和)(?P<eray>\d{1,2}|元)年(?:度)?(?:(?P<eram>\d{1,2})月(?:(?P<erad>\d{1,2})日)?)?
    | (?<![\d.])(?P<dec>\d{4}|\d{2})年代
    | (?<![\d.])(?P<y>\d{4})年(?!間|にわたり|ぶり|連続|以上|以内|余り|近く|超|来|目)(?:度)?
        (?:(?P<ym>\d{1,2})月(?:(?P<ymd>\d{1,2})日)?)?
    | (?<![\d.])(?P<y2>\d{2})年(?:度)?(?P<y2m>\d{1,2})月(?:(?P<y2d>\d{1,2})日)?
    | (?<![\d.])(?P<q1>\d{1,2})\s*[~\-–〜]\s*(?P<q2>\d{1,2})月(?!間)(?:期)?
    | (?<![\d.カかヶケヵ箇])(?P<m>\d{1,2})月(?!間)(?:(?P<md>\d{1,2})日(?!間|目))?
    | (?<![\d.~\-–])(?P<d>\d{1,2})日(?!間|目|以上|以内|連続|ぶり|前|後|分|程度|ほど|半)
    | (?<![\d.])(?<!約|超)(?<!およそ)(?<!ほぼ|過去|この|ここ)(?P<c>\d{1,2})世紀(?!{CENTURY_SPAN})
    | (?P<wd>[月火水木金土日])曜(?:日)?
    | [(（](?P<wd2>[月火水木金土日])[)）]
    | (?P<ampm>午前|午後)?(?<![\d.])(?P<h>\d{1,2})時(?!間)(?:(?P<min>\d{1,2})分|(?P<half>半))?
    | (?P<rel>前年同期比|前年同月比|前年比|前月比|前期比|前週比|前日比|一昨年|一昨日|今日|本日|昨日|明日
        |今週|先週|来週|今月|先月|来月|今年|本年|昨年|去年|来年|年末|年内|年初|年明け|月末)
    """.replace("{CENTURY_SPAN}", CENTURY_SPAN),
    re.VERBOSE,
)


# After "YYYY年": 前/後 alone make a span (2000年前, 1500年後); 前半/後半/前後 keep a year.
_YEARS_AGO = re.compile(r"(?:前|後)(?!半|後)")


@dataclass(slots=True)
class DateRef:
    """One date-like expression: what it states, and where."""

    span: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    decade: int | None = None
    century: int | None = None
    hour: int | None = None
    minute: int | None = None
    ampm: bool = False
    rel: str = ""
    month_from: int | None = None  # 1〜3月: a span of months ending at ``month``
    per_day: bool = False  # 1日に3人が…: the 1st, or maybe "three a day"


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def find_dates(text: str) -> list[DateRef]:
    """Date expressions in Japanese ``text`` (2022年, 6月20日, 1950年代, 木曜日, 来年 …).

    Each check reads the same digest pieces, so the scan is memoised per text;
    the :class:`DateRef` objects are shared and must not be changed.
    """
    return list(_scan_dates(text))


@functools.lru_cache(maxsize=2048)
def _scan_dates(text: str) -> tuple[DateRef, ...]:
    folded = halfwidth(text)
    out: list[DateRef] = []
    for m in JA_DATE.finditer(folded):
        g = m.groupdict()
        ref = DateRef(text[m.start() : m.end()], m.start(), m.end())
        if g["era"]:
            ref.year = era_year(g["era"], g["eray"])
            ref.month, ref.day = _int(g["eram"]), _int(g["erad"])
        elif g["dec"]:
            ref.decade = int(g["dec"])
        elif g["y"]:
            if _YEARS_AGO.match(folded, m.end()) and int(g["y"]) % 100 == 0 and not g["ym"]:
                continue  # 2000年前: two thousand years ago, a span for the numbers check
            ref.year, ref.month, ref.day = int(g["y"]), _int(g["ym"]), _int(g["ymd"])
        elif g["y2"]:
            ref.year, ref.month, ref.day = 2000 + int(g["y2"]), _int(g["y2m"]), _int(g["y2d"])
        elif g["q2"]:
            ref.month, ref.month_from = int(g["q2"]), int(g["q1"])
        elif g["m"]:
            ref.month, ref.day = int(g["m"]), _int(g["md"])
            if is_per_one(folded, m.end("m")):
                continue
        elif g["d"]:
            if g["d"] == "1" and (
                is_per_one(folded, m.end("d")) or is_rate_denominator(folded, m.end(), ("day",))
            ):
                continue  # 1日あたり, 1日26隻: per day, not the 1st of the month
            if is_day_count(folded, m.start("d"), m.end()):
                continue  # 31日のうち19日, 10日余り: counts of days, for the numbers check
            ref.day = int(g["d"])
            ref.per_day = g["d"] == "1" and may_be_rate(folded, m.end())
        elif g["c"]:
            ref.century = int(g["c"])
        elif g["wd"] or g["wd2"]:
            ref.weekday = _WEEKDAYS_JA.index(g["wd"] or g["wd2"])
        elif g["h"]:
            if is_per_one(folded, m.end("h")) and g["h"] == "1":
                continue
            hour = int(g["h"])
            if g["ampm"] == "午後" and hour < 12:
                hour += 12
            ref.hour, ref.ampm = hour, bool(g["ampm"])
            ref.minute = 30 if g["half"] else _int(g["min"])
        elif g["rel"]:
            ref.rel = g["rel"]
        if ref.month is not None and not 1 <= ref.month <= 12:
            continue
        if ref.day is not None and not 1 <= ref.day <= 31:
            continue
        if ref.hour is not None and ref.hour > 24:
            continue
        out.append(ref)
    return tuple(out)


# ---------------------------------------------------------------------------
# What the source says
# ---------------------------------------------------------------------------

_MONTHS = [m.lower() for m in MONTHS]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_MONTH_RE = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_EN_DATES = [
    re.compile(
        rf"\b(?P<mon>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE})(?:,?\s+(?P<y>\d{{4}})\b)?"
    ),
    # "July 2026", "July of 2026", "nel luglio del 2026", "julio de 2026"
    re.compile(rf"\b(?P<mon>{_MONTH_RE})(?:\s+of|\s+del?)?,?\s+(?P<y>\d{{4}})\b"),
    re.compile(rf"\b(?P<mon>{MONTH_NAMES})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<mn>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<y>\d{4})/(?P<mn>\d{1,2})/(?P<d>\d{1,2})\b"),
]
_MONTH_NAMES = MONTH_NAMES
# A month named with a year relative to the publication: "last March", "March
# last year", "in March of this year", "next March", "the coming April". Month
# names are matched with their capital only: "this may" is no month.
_EN_REL_MONTH = re.compile(
    rf"\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+"
    rf"(?P<mon>{_MONTH_NAMES})\b"
    rf"|\b(?P<mon2>{_MONTH_NAMES})\s+(?:of\s+)?(?:the\s+)?"
    r"(?P<rel2>last|this|next|previous|following|current)\s+year\b"
)
# A day of the month without its month: "on the 1st", "from the 15th", "the
# first of the month", "the 3rd of next month", "the start of the month".
_EN_DAY_OF_MONTH = re.compile(
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
_EN_WORD_DATES = re.compile(
    rf"\b(?:the\s+)?(?P<w>{_DAY_WORD_RE})\s+(?:day\s+)?of\s+(?P<mon>{_MONTH_NAMES})\b"
    rf"|\b(?P<mon2>{_MONTH_NAMES})\s+(?:the\s+)?(?P<w2>{_DAY_WORD_RE})\b"
    rf"|\b(?:start|beginning|first\s+day)\s+of\s+(?P<mon3>{_MONTH_NAMES})\b",
    re.IGNORECASE,
)
# A range of days in one month: "March 8-10", "March 1 to 3", "8 to 10 March".
# "to" in the languages locale.py rewrites: du 13 au 23 mai, vom 13. bis 23. Mai, del 13 al 23
_TO = r"(?:-|–|to|through|until|and|au|bis|zum|al|a|ao|et|y|e|und)"
_RANGE_WEEKDAY = rf"{WEEKDAY_NAMES},?\s+(?:the\s+)?"
# "from 28 May to 6 June 2026", "May 28 to June 6, 2026": the year of the range's end
# is its start's too (the start's month no later than the end's)
_EN_MONTHS_RANGE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})|(?P<n1>{_MONTH_RE})\s+(?P<e1>\d{{1,2}}))"
    r"\s*(?:to|until|through|au|al|bis|-|–)\s*"
    rf"(?:\d{{1,2}}\s+(?P<m2>{_MONTH_RE})|(?P<n2>{_MONTH_RE})\s+\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b"
)
_EN_DAY_RANGE = re.compile(
    rf"\b(?P<mon>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?![.:]\d)(?!,\d)(?!\s*(?:%|per|percent|[ap]\.?m\b))"
    r"(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
    # "from Thursday 4 to Sunday 7 July" (du jeudi 4 au dimanche 7 juillet)
    rf"|\b(?:{_RANGE_WEEKDAY})?(?P<e1>\d{{1,2}})(?:st|nd|rd|th)?\s*{_TO}\s*(?:{_RANGE_WEEKDAY})?"
    rf"(?P<e2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_RE})"
    r"(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
)
_MONTH_OFFSET = {"the": None, "this": 0, "each": None, "every": None, "next": 1, "last": -1}
_EN_YEAR = re.compile(
    r"(?<![\d,.$€£¥])(?P<y>1[0-9]{3}|20[0-9]{2})(?!\d)(?!,\d{3})"
    r"(?!['’]?s\b)"  # the 1800s is a decade or a century, not the year 1800
    r"(?:[/-](?P<y2>\d{2})\b(?![/-]\d))?"
)
_EN_DECADE = re.compile(r"(?<!\d)(?:(?P<full>1[0-9]{2}0|20[0-9]0)s|['’](?P<short>[0-9]0)s)\b")
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
_EN_DECADE_WORD = re.compile(rf"\b({'|'.join(_DECADE_WORDS)})\b", re.IGNORECASE)
_EN_CENTURY = re.compile(
    r"\b(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
    r"nineteenth|twentieth|twenty[\s-]first))[\s-]centur(?:y|ies)\b",
    re.IGNORECASE,
)
# A span of centuries: "three centuries", "a century", "300 years".
_EN_CENTURY_SPAN = re.compile(
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
_EN_WEEKDAY = re.compile(rf"\b({WEEKDAY_NAMES})s?\b", re.IGNORECASE)
_WEEKDAYS_EN = [w.lower() for w in WEEKDAYS]
_EN_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
    r"|\b(?P<noon>noon|midday|midnight)\b",
    re.IGNORECASE,
)
# Relative phrases → the tags the Japanese relative words need.
_EN_RELATIVE: list[tuple[str, str]] = [
    (r"\byesterday\b", "day-1"),
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
        + "|".join(_MONTHS)
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
_EN_QUARTER = re.compile(r"\bquarter(?:s|ly)?\b|\bQ[1-4]\b|\b[1-4]Q\b", re.IGNORECASE)
# The end of a year named by its number: "end-2024", "the end of 2024", "late 2024",
# "2024 year-end": 年末 when it is the publication year.
_EN_YEAR_END = re.compile(
    r"\b(?:end|close)(?:\s+of|-)\s*(?P<y>\d{4})\b|\blate[\s-](?P<y2>\d{4})\b"
    r"|\b(?P<y3>\d{4})\s+year[\s-]end\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
_N = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# Spans of months said without naming both ends (1〜9月, 4〜6月期):
# "the first nine months", "the nine months to September", "the nine-month period
# ended Sept. 30", "the second quarter", "Q2", "the first half", "the quarter to June".
_EN_FIRST_MONTHS = re.compile(rf"\b(?:first|opening|initial)\s+{_N}\s+months\b", re.IGNORECASE)
_EN_MONTHS_TO = re.compile(
    rf"\b{_N}[\s-]months?(?:\s+(?:period|stretch))?\s+"
    r"(?:to|through|thru|ending|ended|until|up\s+to)\s+(?:(?:the\s+)?end\s+of\s+)?"
    rf"(?P<mon>{_MONTH_RE})",
    re.IGNORECASE,
)
_EN_FISCAL_YEAR = re.compile(
    r"\bfiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d)\b[^.;]{0,40}?\b(?:ends?|ended|ending|runs? to|through)"
    rf"\s+(?:on\s+|in\s+)?(?P<mon>{_MONTH_RE})",
    re.IGNORECASE,
)
_EN_QUARTER_TO = re.compile(
    # "the quarter to September", "the third quarter of fiscal 2027, which ended Oct. 31"
    r"\bquarter\b(?:[^.;]{0,40}?\s)?(?:to|through|ending|ended|until)\s+(?:(?:the\s+)?end\s+of\s+)?"
    rf"(?P<mon>{_MONTH_RE})",
    re.IGNORECASE,
)
_EN_QUARTER_NUMBER = re.compile(
    r"\b(?P<w>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter\b"
    r"|\bQ(?P<q>[1-4])\b|\b(?P<q2>[1-4])Q\b"
    r"|\b(?P<t>first|1st)\s+(?P<tn>two|three|2|3)\s+quarters\b",
    re.IGNORECASE,
)
_EN_ELLIPTIC_QUARTER = re.compile(
    r"\bthe\s+(first|second|third|fourth|1st|2nd|3rd|4th)\b(?=\s*[.,;)]|\s+(?:and|or)\b)",
    re.IGNORECASE,
)
_QUARTER_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}  # fmt: skip
_EN_HALF = re.compile(
    r"\b(?P<w>first|second|1st|2nd)[\s-]half\b|\b(?P<h>[12])H\b|\bH(?P<h2>[12])\b",
    re.IGNORECASE,
)
# From January to the publication month: "year to date", "so far this year", "since January".
_EN_YEAR_TO_DATE = re.compile(
    r"\byear[\s-]to[\s-]date\b|\bYTD\b|\bso\s+far\s+(?:this|in\s+the|in\s+\d{4})(?:\s+year)?\b"
    r"|\bthis\s+year\s+so\s+far\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b",
    re.IGNORECASE,
)
_EN_SINCE_MONTH = re.compile(rf"\b[Ss]ince\s+(?:early\s+|late\s+|mid-?)?(?P<mon>{_MONTH_NAMES})\b")
_EN_RELATIVE_RES = [(re.compile(p, re.IGNORECASE), tag) for p, tag in _EN_RELATIVE]


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
    mentions: list[str] = field(default_factory=list)  # source wording, for messages

    def add_date(self, year: int | None, month: int | None, day: int | None) -> None:
        """Record a date; a year-less one gets the year nearest the publication date."""
        if month is None:
            if year is not None:
                self.add_year(year)
            return
        if year is None and self.published is not None:
            year = _nearest_year(self.published, month, day or 15)
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


def _nearest_year(published: dt.date, month: int, day: int) -> int:
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


def _month_shift(day: dt.date, months: int) -> tuple[int, int]:
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
    with_year: list[tuple[int, int]] = []
    for regex in _EN_DATES:
        for m in regex.finditer(folded):
            g = m.groupdict()
            month = int(g["mn"]) if g.get("mn") else _month_number(g["mon"])
            if month is None or not 1 <= month <= 12:
                continue
            day = _int(g.get("d"))
            if day is not None and not 1 <= day <= 31:
                continue
            year = _int(g.get("y"))
            if year is None and _inside(m, relative):
                continue  # "last March": read with its year above
            facts.add_date(year, month, day)
            facts.mentions.append(m.group(0))
            if year is not None:
                with_year.append((m.start(), m.end()))
            elif published is not None and not _inside(m, with_year):
                facts.add_alternative(_latest_year(published, month, day or 1), month, day)
    _add_days_of_month(facts, folded)
    _add_word_dates(facts, folded)
    _add_that_year(facts, folded)
    for m in _EN_DAY_RANGE.finditer(folded):
        month = _month_number(m.group("mon") or m.group("mon2"))
        year = _int(m.group("y1") or m.group("y2"))  # May 13-23, 2026; 13 to 23 May 2026
        for written in (m.group("d1") or m.group("e1"), m.group("d2") or m.group("e2")):
            if month is not None and 1 <= int(written) <= 31:
                facts.add_date(year, month, int(written))
    for m in _EN_MONTHS_RANGE.finditer(folded):
        start, end = (
            _month_number(m.group("m1") or m.group("n1")),
            _month_number(m.group("m2") or m.group("n2")),
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
        decade = _full_decade(_DECADE_WORDS[m.group(1).casefold()], published)
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
            facts.times.add((int(m.group("h24")), int(m.group("m24"))))
            continue
        hour = int(m.group("h")) % 12
        if m.group("ap").lower().startswith("p"):
            hour += 12
        facts.times.add((hour, _int(m.group("min"))))
    _add_month_spans(facts, folded)
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
            dates = _weekday_dates(published, weekday, which)
            if earlier is not None and "." not in folded[earlier[0] : m.start()]:
                # "from 7am on Monday (the 16th) … until 7am on Saturday": the Saturday
                # after that Monday, not the one before it
                after = earlier[1] + dt.timedelta(days=(weekday - earlier[1].weekday()) % 7 or 7)
                dates.append(after)
            for when in dates:
                facts.add_day(when)
            earlier = (m.end(), max(dates))
    for ref in japanese:
        _add_japanese(facts, ref)
    if published is not None:
        _resolve_tags(facts, published)
    return facts


# "in 2021, when … in September of that year": the month in the year named before it
_EN_THAT_YEAR = re.compile(
    rf"\b(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<mon>{_MONTH_NAMES})"
    rf"(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b"
    rf"|\b(?:later|earlier)\s+that\s+year,?\s+in\s+(?P<mon3>{_MONTH_NAMES})\b"
)
_ANY_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20\d\d)\b")


def _add_that_year(facts: SourceDates, folded: str) -> None:
    for m in _EN_THAT_YEAR.finditer(folded):
        years = _ANY_YEAR.findall(folded, max(0, m.start() - 400), m.start())
        month = _month_number(m.group("mon") or m.group("mon3"))
        if years and month is not None:
            day = _int(m.group("d") or m.group("d2"))
            facts.add_date(int(years[-1]), month, day if day and day <= 31 else None)


def _inside(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start() and m.end() <= b for a, b in spans)


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
        month = _month_number(m.group("mon") or m.group("mon2"))
        if month is None:
            continue
        spans.append((m.start(), m.end()))
        facts.mentions.append(m.group(0))
        if m.group("rel2"):  # March last year: the calendar year is explicit
            offset = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(
                m.group("rel2").lower(), 0
            )
            facts.add_date(pub.year + offset, month, None)
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
    return spans


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
            year, month = _month_shift(pub, shift)
            facts.add_alternative(year, month, day)


def _add_word_dates(facts: SourceDates, folded: str) -> None:
    """Days of a named month in words ("the first of July", "July first", "the start of July")."""
    pub = facts.published
    for m in _EN_WORD_DATES.finditer(folded):
        name = m.group("mon") or m.group("mon2") or m.group("mon3")
        month = _month_number(name)
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


def _month_number(name: str | None) -> int | None:
    if not name:
        return None
    key = name.lower().rstrip(".")
    if key in _MONTHS:
        return _MONTHS.index(key) + 1
    return _MONTH_ABBR.get(key[:4] if key.startswith("sept") else key[:3])


# After a weekday: the week after this one ("Thursday next week").
_EN_WEEKDAY_NEXT_WEEK = re.compile(
    r",?\s+(?:of\s+)?(?:next|the\s+following|the\s+coming)\s+week\b", re.IGNORECASE
)
# The word before a weekday that says which one: "last Friday", "next Monday".
_EN_WEEKDAY_WHICH = re.compile(r"\b(last|past|previous|next|coming|this)\s+$", re.IGNORECASE)


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
    if word in ("last", "past", "previous"):
        out.append(last - dt.timedelta(days=7))
    elif word in ("next", "coming"):
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
            facts.add_date(*_month_shift(published, offset), None)
        else:
            facts.add_year(published.year + offset)


_JA_REL_TAGS = {
    "昨日": "day-1", "一昨日": "day-2", "今日": "day0", "本日": "day0", "明日": "day+1",
    "先週": "week-1", "今週": "week0", "来週": "week+1",
    "先月": "month-1", "今月": "month0", "来月": "month+1",
    "昨年": "year-1", "去年": "year-1", "一昨年": "year-2", "今年": "year0", "本年": "year0",
    "来年": "year+1", "年末": "year-end", "年内": "year0", "年初": "year-start",
    "年明け": "year-start", "月末": "month-end",
    "前月比": "cmp-month", "前年比": "cmp-year", "前年同期比": "cmp-year", "前年同月比": "cmp-year",
    "前期比": "cmp-quarter", "前週比": "cmp-week", "前日比": "cmp-day",
}  # fmt: skip


def _add_month_spans(facts: SourceDates, folded: str) -> None:
    """Spans of months said without both ends, and whether any quarter is unnumbered."""
    numbered: list[tuple[int, int]] = []

    def add(first: int, last: int, m: re.Match[str]) -> None:
        if 1 <= first <= last <= 12:
            facts.month_spans.add((first, last))
            numbered.append((m.start(), m.end()))

    for m in _EN_FIRST_MONTHS.finditer(folded):
        add(1, _count(m.group("n")), m)
    for m in _EN_MONTHS_TO.finditer(folded):
        last = _month_number(m.group("mon")) or 0
        add(last - _count(m.group("n")) + 1, last, m)
    for m in _EN_FISCAL_YEAR.finditer(folded):
        # fiscal 2024, which ends on September 30: October 2023 to September 2024
        year, last = int(m.group("y")), _month_number(m.group("mon")) or 0
        if 1 <= last <= 12:
            for month in range(1, 13):
                facts.month_years.add((year if month <= last else year - 1, month))
            if last < 12:
                facts.add_year(year - 1)
    for m in _EN_QUARTER_TO.finditer(folded):
        last = _month_number(m.group("mon")) or 0
        add(last - 2, last, m)
    for m in _EN_QUARTER_NUMBER.finditer(folded):
        if m.group("t"):  # the first three quarters
            add(1, 3 * _count(m.group("tn")), m)
            continue
        q = (
            _QUARTER_WORDS[m.group("w").lower()]
            if m.group("w")
            else int(m.group("q") or m.group("q2"))
        )
        add(3 * q - 2, 3 * q, m)
        # "0.6% in the third quarter, after 0.2% in the second": the quarter left unsaid
        for e in _EN_ELLIPTIC_QUARTER.finditer(folded, m.end(), min(len(folded), m.end() + 160)):
            other = _QUARTER_WORDS[e.group(1).lower()]
            add(3 * other - 2, 3 * other, e)
    for m in _EN_HALF.finditer(folded):
        half = (m.group("w") or "").lower() in ("second", "2nd") or "2" in (
            m.group("h") or m.group("h2") or ""
        )
        add(7 if half else 1, 12 if half else 6, m)
    pub = facts.published
    if pub is not None:
        starts = [1] if _EN_YEAR_TO_DATE.search(folded) else []
        starts += [_month_number(m.group("mon")) or 0 for m in _EN_SINCE_MONTH.finditer(folded)]
        for first in starts:
            for last in (pub.month, pub.month - 1):
                if 1 <= first < last:
                    facts.month_spans.add((first, last))
    quarters = [(a, b) for a, b in facts.month_spans if b - a == 2 and a % 3 == 1]
    unnumbered = []
    for m in _EN_QUARTER.finditer(folded):
        if _inside(m, numbered):
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
    # "the quarter" with no number supports any quarter only when the source numbers
    # none (else it means the numbered one); a fiscal year's quarters may be shifted.
    facts.quarters = (bool(unnumbered) and not quarters) or (
        bool(numbered) and re.search(r"\bfiscal\b", folded, re.IGNORECASE) is not None
    )


# A word before "quarter" that places it relative to a numbered one.
_EN_QUARTER_REL = re.compile(
    r"\b(?:previous|prior|preceding|last|same|this|current|next|coming|following|latest"
    r"|year-earlier|year-ago)\s+$",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    """A small count written in digits or words (nine, 11)."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), 0)


def _add_japanese(facts: SourceDates, ref: DateRef) -> None:
    if ref.month is not None and ref.month_from is not None:
        facts.month_spans.add((ref.month_from, ref.month))
    if ref.rel:
        facts.tags.add(_JA_REL_TAGS.get(ref.rel, ref.rel))
    elif ref.decade is not None:
        facts.decades.add(_full_decade(ref.decade, facts.published))
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


def _full_decade(decade: int, published: dt.date | None) -> int:
    if decade >= 100:
        return decade
    this_year = (published or dt.date.today()).year
    century = this_year // 100 * 100
    return century + decade if century + decade <= this_year else century - 100 + decade


# ---------------------------------------------------------------------------
# The check
# ---------------------------------------------------------------------------


def _supported(ref: DateRef, facts: SourceDates) -> tuple[bool, str]:
    """Whether ``ref`` is supported, and what the source says instead (for the message)."""
    pub = facts.published
    if ref.rel:
        return _relative_supported(ref.rel, facts)
    if ref.decade is not None:
        decade = _full_decade(ref.decade, pub)
        return decade in facts.decades, _("the source states no year in the {decade}s").format(
            decade=decade
        )
    if ref.century is not None:  # 3世紀: the 3rd century, or three centuries
        ok = ref.century in facts.centuries or ref.century in facts.century_spans
        return ok, ""
    if ref.hour is not None:
        hours = {ref.hour} if ref.ampm or ref.hour >= 13 else {ref.hour, ref.hour + 12}
        ok = any(
            h in hours and (ref.minute is None or m is None or m == ref.minute)
            for h, m in facts.times
        )
        return ok, ""
    if ref.weekday is not None:
        return ref.weekday in facts.weekdays, ""
    y, m, d = ref.year, ref.month, ref.day
    if y is not None and m is not None and d is not None:
        ok = (y, m, d) in facts.full
        return ok, _nearest_full(facts, y, m, d)
    if y is not None and m is not None:
        return (y, m) in facts.month_years, _nearest_month_year(facts, y, m)
    if m is not None and d is not None:
        return (m, d) in facts.month_days, _nearest_full(facts, None, m, d)
    if y is not None:
        ok = y in facts.years
        near = sorted(facts.years, key=lambda v: abs(v - y))[:2]
        return ok, _("the source mentions {years}").format(
            years=_(" and ").join(map(str, sorted(near)))
        ) if near else ""
    if m is not None and ref.month_from is not None:  # 1〜9月, 4〜6月期: a span of months
        quarter = ref.month_from % 3 == 1 and m == ref.month_from + 2
        ok = (
            (ref.month_from, m) in facts.month_spans
            or {ref.month_from, m} <= facts.months
            or (quarter and facts.quarters)
        )
        return ok, ""
    if m is not None:
        return m in facts.months, ""
    if d is not None:  # 1日に3人: the 1st, or "three a day" where the source gives a rate
        return d in facts.days or (ref.per_day and "per-day" in facts.tags), ""
    return True, ""


def _nearest_full(facts: SourceDates, y: int | None, m: int, d: int) -> str:
    candidates = sorted(
        facts.full, key=lambda t: (t[1] != m, abs(t[2] - d), abs(t[0] - (y or t[0])))
    )
    if not candidates:
        return ""
    cy, cm, cd = candidates[0]
    return _("the source gives {date}").format(date=f"{dt.date(cy, cm, cd):%B} {cd}, {cy}")


def _nearest_month_year(facts: SourceDates, y: int, m: int) -> str:
    candidates = sorted(facts.month_years, key=lambda t: (t[1] != m, abs(t[0] - y)))
    if not candidates:
        return ""
    cy, cm = candidates[0]
    return _("the source gives {month}").format(month=f"{_MONTHS[cm - 1].capitalize()} {cy}")


def _relative_supported(rel: str, facts: SourceDates) -> tuple[bool, str]:
    tag = _JA_REL_TAGS.get(rel, "")
    pub = facts.published
    if tag in facts.tags:
        return True, ""
    if tag.startswith("cmp-"):  # 前月比: "from the previous month", "last month", "month-on-month"
        unit = tag[4:]
        return f"{unit}-1" in facts.tags, _("the source compares with no previous {unit}").format(
            unit=_(_UNIT_WORDS.get(unit, unit))
        )
    if pub is None:
        return False, ""
    m = re.fullmatch(r"(day|week|month|year)([+-]\d|0)", tag)
    if m:
        unit, offset = m.group(1), int(m.group(2))
        if offset == 0:
            return True, ""  # today, this month, this year: the publication date itself
        if unit == "day":
            target = pub + dt.timedelta(days=offset)
            return (target.year, target.month, target.day) in facts.full, ""
        if unit == "month":
            return _month_shift(pub, offset) in facts.month_years, ""
        if unit == "year":
            return pub.year + offset in facts.years, f"published {pub.isoformat()}"
        return False, ""  # weeks: only the words themselves
    if tag == "year-end":
        return (pub.year, 12) in facts.month_years, ""
    if tag == "year-start":
        return (pub.year, 1) in facts.month_years or (pub.year + 1, 1) in facts.month_years, ""
    return False, ""


# (digits around, not \b: 2024年 in a Japanese source has no word boundary before 年)
_YEAR_WORD = re.compile(r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d)(?![\d]|[,.]\d)")
_DECADE_WORD = re.compile(
    r"\b(?:1[0-9]{2}0|20[0-9]0)s\b|['’][0-9]0s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH_NAMES})\b|(?<!\d)\d{{1,2}}月(?!期)", re.IGNORECASE)
_QUARTER_WORD = re.compile(r"\bquarter\b|\bQ[1-4]\b", re.IGNORECASE)
_DAY_WORD = re.compile(
    rf"\b(?:{'|'.join(_WEEKDAYS_EN)}|yesterday|today|tomorrow|tonight)\b"
    rf"|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b"
    r"|(?<!\d)\d{1,2}日(?!間|連続|ぶり)|[月火水木金土日]曜|昨日|今日|明日",  # a Japanese source
    re.IGNORECASE,
)
_CLOCK_WORD = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am|pm)\b|\b\d{4}\s?(?:GMT|UTC)\b|\bnoon\b|\bmidnight\b",
    re.IGNORECASE,
)


def _counterpart(ref: DateRef, text: str) -> re.Pattern[str] | None:
    """The pattern of a source date of the same grain as ``ref`` (None: no such grain)."""
    if ref.rel:
        return None
    if ref.decade is not None or ref.century is not None:
        return _DECADE_WORD
    if ref.hour is not None:
        return _CLOCK_WORD
    if ref.day is not None or ref.weekday is not None:
        return _DAY_WORD
    if ref.year is not None:
        return _YEAR_WORD
    if ref.month_from is not None:  # 10〜12月期: another quarter, not any month
        return _QUARTER_WORD
    if ref.month is not None:
        return _MONTH_WORD
    return None


def check_dates(
    pieces: Iterable[Piece], facts: SourceDates, source: SourceIndex | None = None
) -> list[Finding]:
    """Findings for dates the source and its publication date do not give.

    With ``source``, each is judged as severity model v2 says: a date of the
    same grain (a year for a year, a day for a day) in the source sentences
    the digest sentence restates is a contradiction (``error``, with the
    sentence as evidence); a Japan-time conversion of a source time is
    ``info``; anything else is unverified (``warning``).
    """
    findings: list[Finding] = []
    seen: set[str] = set()
    for piece in pieces:
        masked = mask_not_dates(piece.text)
        for finding in _wrong_weekdays(piece, masked, facts, source):
            if finding.span not in seen:
                # the day and the weekday are judged together here, not again apart
                seen.update({finding.span, *(r.span for r in find_dates(finding.span))})
                findings.append(finding)
        paired = [
            (m.end("d"), m.end())  # from after 日: the weekday's bracket, (木)
            for m in _DAY_WITH_WEEKDAY.finditer(masked)
            if _weekday_agrees(m, facts.published)
        ]
        for ref in find_dates(masked):
            if ref.span in seen:
                continue
            if ref.weekday is not None and any(a <= ref.start < b for a, b in paired):
                continue  # 15日(月曜日): the weekday of a day, judged with it above
            ok, instead = _supported(ref, facts)
            if ok and source is not None and ref.day is not None and _in_japan_time(masked, ref):
                # a Japan-time day the source also gives may still be the wrong day
                # for the time beside it (19:00 CET on the 14th is the 15th in JST)
                checked = _japan_time(ref, piece, source, [])
                if checked is not None and checked.severity == "error":
                    seen.add(ref.span)
                    findings.append(checked)
                continue
            if (
                ok
                or (source is not None and _stated_time(ref, source))
                or _offset_day(masked, ref, facts)
            ):
                continue
            seen.add(ref.span)
            message = _("the source does not give {date}").format(date=ref.span)
            if instead:
                message += f"; {instead}"
            findings.append(_judge(ref, piece, message, facts, source))
    return findings


# 1週間前の3月31日, 3日後の9日: a day the digest counts from a source day
_OFFSET_BEFORE = re.compile(r"(?P<n>\d{1,3})(?P<unit>日|週間|週)(?P<dir>前|後)の?$")


def _offset_day(text: str, ref: DateRef, facts: SourceDates) -> bool:
    """Whether ``ref`` is a source day moved by the offset the digest writes before it."""
    m = _OFFSET_BEFORE.search(text, max(0, ref.start - 8), ref.start)
    if m is None or ref.month is None or ref.day is None:
        return False
    days = int(m.group("n")) * (1 if m.group("unit") == "日" else 7)
    step = dt.timedelta(days=days if m.group("dir") == "前" else -days)
    for year, month, day in facts.full:
        try:
            moved = dt.date(year, month, day) - step
        except ValueError:
            continue
        if (moved.month, moved.day) == (ref.month, ref.day) and ref.year in (None, moved.year):
            return True
    return False


# the start of a range this date ends: 2026年5月22日(金)から9月7日(月)
_LINK = r"(?:[(（][月火水木金土日](?:曜日?)?[)）])?(?:から|〜|~|～|と|、|・)$"
_SENTENCE_MONTH = re.compile(r"(?P<m>\d{1,2})月\d{1,2}日" + _LINK)


def _context_month(before: str) -> int | None:
    """The month of the date just before, in a range or list (9月13日(土)と14日(日)):
    the month of a day written without one."""
    m = _SENTENCE_MONTH.search(before)
    return int(m.group("m")) if m and 1 <= int(m.group("m")) <= 12 else None


_SENTENCE_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日" + _LINK)


def _context_year(before: str) -> int | None:
    """The year of the full date that starts a range or list this date is in
    (2026年5月22日(金)から9月7日)."""
    m = _SENTENCE_YEAR.search(before)
    return int(m.group("y")) if m else None


def _year_shift(before: str) -> int:
    """+1 when the words before a date say next year (来年の大会は8月15日), −1 for last
    year, else 0."""
    if re.search(r"(?:来年|翌年)[^。]*$", before):
        return 1
    if re.search(r"(?:昨年|去年|前年)[^。]*$", before):
        return -1
    return 0


def _weekday_agrees(m: re.Match[str], published: dt.date | None) -> bool:
    """Whether the weekday of 15日(月曜日) is that day's (when the digest gives no month:
    in the publication's month or the one before or after, as _wrong_weekdays reads
    it: 12月7日(土)から15日(日) is December's 15th in a story of 21 November)."""
    if published is None:
        return False
    weekday = _WEEKDAYS_JA.index(m.group("wd"))
    year = published.year + _year_shift(m.string[max(0, m.start() - 20) : m.start()])
    written = m.group("m") or _context_month(m.string[max(0, m.start() - 40) : m.start()])
    months = (
        [(int(m.group("y") or year), int(written))]
        if written
        else [_month_shift(published, shift) for shift in (-1, 0, 1)]
    )
    for year, month in months:
        if m.group("y") and year != int(m.group("y")):
            continue
        try:
            if dt.date(year, month, int(m.group("d"))).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False


_DAY_WITH_WEEKDAY = re.compile(
    r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日\s*[(（](?P<wd>[月火水木金土日])(?:曜日?)?[)）]"
)


def _wrong_weekdays(
    piece: Piece, masked: str, facts: SourceDates, source: SourceIndex | None
) -> list[Finding]:
    """A day written with a weekday the calendar does not give it: 3日(水) when the 3rd
    of every month near publication is another weekday. The digest contradicts itself,
    and the source's own day or weekday (the evidence) says which half is wrong."""
    published = facts.published
    if published is None or not ("日(" in masked or "日（" in masked or "日 (" in masked):
        return []
    out: list[Finding] = []
    for m in _DAY_WITH_WEEKDAY.finditer(halfwidth(masked)):
        day, weekday = int(m.group("d")), _WEEKDAYS_JA.index(m.group("wd"))
        year = int(m.group("y")) if m.group("y") else None
        month = int(m.group("m")) if m.group("m") else None
        before = m.string[max(0, m.start() - 40) : m.start()]
        if month is None:  # 9月13日(土)と14日(日): September's 14th
            month = _context_month(before)
        if year is None:  # 2026年5月22日(金)から9月7日(月): 2026's September
            year = _context_year(before)
        candidates: list[dt.date] = []
        for shift in range(-13, 14) if month is not None else range(-1, 2):
            y, mo = _month_shift(published, shift)
            if (month is not None and mo != month) or (year is not None and y != year):
                continue
            try:
                candidates.append(dt.date(y, mo, day))
            except ValueError:
                continue
        # a day with no year is the one nearest the story (within about half a year),
        # or next or last year's where the sentence says so (来年の8月15日(土))
        shift = _year_shift(masked[max(0, m.start() - 20) : m.start()])
        if year is None and month is not None and candidates:
            anchor = published + dt.timedelta(days=365 * shift)
            if shift:
                candidates = [c for c in candidates if c.year == anchor.year] or candidates
            nearest = min(candidates, key=lambda c: abs((c - anchor).days))
            if abs((nearest - anchor).days) <= 60:
                candidates = [nearest]  # within two months of the story: that one
        if not candidates or any(c.weekday() == weekday for c in candidates):
            continue
        nearest = min(candidates, key=lambda c: abs((c - published).days))
        where = []
        if source is not None:
            from yoten.check.align import sentence_at

            where = source.align(sentence_at(piece.text, m.start()), ignore=[float(day)])
        from yoten.check.source import evidence

        out.append(
            Finding(
                kind=Kind.MISMATCH,
                severity="error",
                section=piece.section,
                span=piece.text[m.start() : m.end()],
                message=(
                    _(
                        "{date} is a {weekday}, not {written} (the day or the weekday is wrong)"
                    ).format(
                        date=f"{nearest:%Y-%m-%d}",
                        weekday=_WEEKDAYS_JA[nearest.weekday()] + "曜日",
                        written=m.group("wd") + "曜日",
                    )
                ),
                rule=Rule.DATE_CONTRADICTED,
                derivation=f"calendar: {nearest:%Y-%m-%d} = {nearest:%A}",
                evidence=evidence(where),
            )
        )
    return out


def _stated_time(ref: DateRef, source: SourceIndex) -> bool:
    """A clock time the source states as written (1606 GMT → 16時6分), outside 日本時間."""
    if ref.hour is None:
        return False
    hours = {ref.hour} if ref.ampm or ref.hour >= 13 else {ref.hour, ref.hour + 12}
    return any(t.hour in hours and t.minute == (ref.minute or 0) for t in source.times)


# 日本時間3月2日(月)午前3時42分: the weekday's brackets stay inside the clause
_JST_BEFORE = re.compile(r"日本時間(?:[^、。，,()（）]|[(（][月火水木金土日][)）]){0,12}$")


def _in_japan_time(text: str, ref: DateRef) -> bool:
    """Whether ``ref`` is written as Japan time: 日本時間 just before it, in its clause.

    In 現地時間15日午後4時6分(日本時間16日午前1時6分) only the second pair is.
    """
    return bool(_JST_BEFORE.search(text[max(0, ref.start - 20) : ref.start]))


_CLOCK_AFTER = re.compile(  # (a weekday may stand between: 日本時間8日(日)午後10時20分)
    r"\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?\s*"
    r"(?P<ap>午前|午後)?(?P<h>\d{1,2})時(?:(?P<m>\d{1,2})分|(?P<half>半))?"
)
# The local time a digest gives before its Japan time: 13日(金)午後7時(日本時間…
_LOCAL_BEFORE = re.compile(
    r"(?:(?:(?P<mo>\d{1,2})月)?(?P<d>\d{1,2})日)?(?:[(（](?P<wd>[月火水木金土日])[)）])?(?:の?現地時間)?"
    r"(?:(?P<ap>午前|午後)?(?P<h>\d{1,2})時(?:(?P<m>\d{1,2})分|(?P<half>半))?)?"
    # 3日午後9時ごろ(中部標準時)、日本時間4日正午: the zone named after the local time
    rf"(?:ごろ|頃|過ぎ|すぎ|前後)?(?:[(（](?:{DIGEST_ZONE.pattern})[)）])?、?"
    r"\s*[(（]?\s*日本時間[^、。()（）]{0,12}$"
)


def _clock(m: re.Match[str]) -> tuple[set[int], int] | None:
    """(possible hours, minute) of a Japanese clock match: 午後7時 → {19}, 7時 → {7, 19}."""
    if not m.group("h"):
        return None
    hour, ap = int(m.group("h")), m.group("ap")
    if hour > 24:
        return None
    minute = 30 if m.group("half") else int(m.group("m") or 0)
    if ap:
        hours = {hour % 12 + (12 if ap == "午後" else 0)}
    else:
        hours = {hour % 24} if hour >= 13 or hour == 0 else {hour, hour + 12}
    return hours, minute


def _japan_time(
    ref: DateRef, piece: Piece, source: SourceIndex, aligned: list[SourceSentence]
) -> Finding | None:
    """A 日本時間 time or day: derived from a source time (info), or a wrong conversion (error).

    A day written with a time (日本時間14日午前2時) must follow from the same source
    time: 19:00 CEST on the 13th is 02:00 JST on the 14th. A wrong conversion is
    an ``error`` when the source names the zone of the time this one converts (the
    local time the digest gives beside it, a time in the sentences it restates, or
    the source's only time); else it is unverified.
    """
    from yoten.check.source import evidence

    text = halfwidth(piece.text)
    if not source.times:
        return None
    if ref.hour is not None:
        hours = {ref.hour} if ref.ampm or ref.hour >= 13 else {ref.hour, ref.hour + 12}
        clock: tuple[set[int], int] | None = (hours, ref.minute or 0)
    else:
        after = _CLOCK_AFTER.match(text, ref.end)
        clock = _clock(after) if after else None
    local = _LOCAL_BEFORE.search(text, max(0, ref.start - 40), ref.start)
    local_day = int(local.group("d")) if local and local.group("d") else None
    local_month = int(local.group("mo")) if local and local.group("mo") else None
    local_weekday = _WEEKDAYS_JA.index(local.group("wd")) if local and local.group("wd") else None
    local_clock = _clock(local) if local else None
    if clock is None:
        return _japan_day(ref, piece, source)
    targets = {h % 24 * 60 + clock[1] for h in clock[0]}
    named = ""
    if local:  # 米東部時間12日午後4時15分(日本時間…), or 3日午後9時(中部標準時)、日本時間…
        word = DIGEST_ZONE.search(text, max(0, local.start() - 12), ref.start)
        named = word.group(0) if word else ""
    # A zone the digest names is the one its local time is in: a source time without
    # a zone is read in it alone (21:00 CST is 12:00 JST, not 11:00 as CDT would be).
    readings = [(t, "") for t in source.times if t.zoned or not named] + _other_offsets(
        source, _local_days(local_day, source, local_month, local_weekday), named
    )
    fitting = sorted(
        ((t, note) for t, note in readings if jst_minutes(t) in targets),
        key=lambda pair: (not pair[0].zoned, bool(pair[1])),
    )
    wrong_day = ""
    sure: list[SourceTime] = []  # fitting times whose day the source or digest states
    for t, note in fitting:
        h, m = divmod(jst_minutes(t), 60)
        where = source.sentence_of(t.start)
        zone = f"UTC{t.offset:+g}" if t.zoned else "local time, zone not stated"
        if note:
            zone = f"UTC{t.offset:+g}, {note}"
        derivation = f"{t.hour:02d}:{t.minute:02d} ({zone}) = {h:02d}:{m:02d} JST"
        if ref.day is not None:
            # The local day the digest gives beside it is the one to convert; else any
            # day the source speaks of (a sentence's own date may be another event's).
            explicit = local_day is not None and source.dates.published is not None
            written = set() if explicit else _time_days(t, source)
            days = (
                _local_days(local_day, source, local_month, local_weekday)
                if explicit
                else written or _source_days(source)
            )
            shift = jst_day_shift(t)
            expected = {d + dt.timedelta(days=shift) for d in days}
            if ref.day not in {d.day for d in expected}:
                if explicit or written:  # the digest or the source states the day
                    sure.append(t)
                if not wrong_day and expected:
                    wrong_day = _(
                        "{conversion} on the source's day {days} is 日本時間{jst}日"
                    ).format(
                        conversion=derivation,
                        days=_(" or ").join(f"{d:%Y-%m-%d}" for d in sorted(days)[:2]),
                        jst="/".join(str(e.day) for e in sorted(expected)[:2]),
                    )
                continue
            derivation += f", day {shift:+d}"
        return Finding(
            kind=Kind.DERIVED,
            severity="info",
            section=piece.section,
            span=ref.span,
            message=_("a source time converted to Japan time"),
            rule=Rule.DATE_DERIVED,
            derivation=derivation,
            evidence=evidence([where] if where else []),
        )
    if ref.hour is None and not fitting:
        return _japan_day(ref, piece, source)  # the time beside it is judged on its own
    if local_clock is not None:
        said = {h % 24 * 60 + local_clock[1] for h in local_clock[0]}
        stated = [t for t in source.times if t.hour * 60 + t.minute in said]
        if named:  # shown in the zone the digest names (21:00 UTC-6 for 中部標準時)
            days = _local_days(local_day, source, local_month, local_weekday)
            offsets = {digest_zone_offset(named, d) for d in days}
            stated = [
                t if t.zoned else replace(t, offset=o)
                for t in stated
                for o in (offsets if not t.zoned and offsets else {t.offset})
            ]
    else:
        stated = []
    return _wrong_japan_time(ref, piece, source, aligned, wrong_day, stated, sure)


def _other_offsets(
    source: SourceIndex, local: set[dt.date], named: str
) -> list[tuple[SourceTime, str]]:
    """Source times without a zone read in other offsets a translator may rightly
    use: the zone the digest names for its local time, and the outlet's own zone on
    the day of the event when daylight saving time began or ended since publication."""
    published = source.article.published
    out: list[tuple[SourceTime, str]] = []
    for t in source.times:
        if t.zoned:
            continue
        days = local or _event_days(source.sentence_of(t.start), source)
        if named:
            out += [
                (replace(t, offset=o), f"{named} as the digest says")
                for o in {digest_zone_offset(named, d) for d in days}
            ]
        elif isinstance(published, dt.datetime):
            out += [
                (replace(t, offset=o), "daylight saving time on the day")
                for o in local_offsets(published, days) - {t.offset}
            ]
    return out


def _event_days(sentence: SourceSentence | None, source: SourceIndex) -> set[dt.date]:
    """The days a source sentence names, else the publication day."""
    published = source.dates.published
    if published is None:
        return set()
    if sentence is not None:
        facts = source_dates(sentence.norm or sentence.text, published)
        named = {dt.date(y, m, d) for y, m, d in facts.full} - {published}
        if named:
            return named
    return {published}


def _japan_day(ref: DateRef, piece: Piece, source: SourceIndex) -> Finding | None:
    """A 日本時間 day without a time: a source day, or the day after one."""
    if ref.day is None:
        return None
    known_days = set(source.dates.days) | {
        (dt.date(y, m, d) + dt.timedelta(days=1)).day for y, m, d in source.dates.full
    }
    if source.dates.published is not None:
        known_days.add((source.dates.published + dt.timedelta(days=1)).day)
    if ref.day not in known_days:
        return None
    return Finding(
        kind=Kind.DERIVED,
        severity="info",
        section=piece.section,
        span=ref.span,
        message=_("a source day in Japan time (a time late in the day falls on the next)"),
        rule=Rule.DATE_DERIVED,
        derivation="source day + 1 in JST",
    )


def _local_days(
    day: int | None, source: SourceIndex, month: int | None = None, weekday: int | None = None
) -> set[dt.date]:
    """The dates day-of-month ``day`` (of ``month``) may be, a month either side of
    publication."""
    published = source.dates.published
    if day is None or published is None:
        return set()
    given, out = month, set()
    # a month the digest names: the nearest one to publication (10月4日 in a story of
    # 19 August is this October), else a month either side
    shifts = range(-6, 7) if given is not None else range(-1, 2)
    for months in shifts:
        year, month = _month_shift(published, months)
        if given is not None and month != given:
            continue
        try:
            out.add(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        out = {d for d in out if d.weekday() == weekday} or out
    if len(out) > 2:  # no month or weekday given: the nearest before and after publication
        before = [d for d in out if d <= published]
        after = [d for d in out if d > published]
        out = {d for d in (max(before, default=None), min(after, default=None)) if d}
    return out


def _source_days(source: SourceIndex) -> set[dt.date]:
    """Every day a source time may fall on: the source's dates (the publication day among them)."""
    return {dt.date(y, m, d) for y, m, d in source.dates.full}


def _time_days(t: SourceTime, source: SourceIndex, before: int = 3) -> set[dt.date]:
    """The days the source writes with time ``t``: beside it ("at 9:42 p.m. ET on
    Oct. 31", "Thursday at 7.30pm"); else, when its sentence names no day at all, in
    the nearest of the ``before`` sentences before it ("opened on Thursday. … The
    ceremony began at 19:00"). Empty otherwise: then any day of the source may be the
    time's. A day elsewhere in the time's sentence may be another event's ("the
    quarter, which ended Oct. 31, … at 4:05 p.m."); "higher than on Tuesday" names a
    day to compare with."""
    published = source.dates.published
    sentence = source.sentence_of(t.start)
    if published is None or sentence is None:
        return set()
    index = source.sentences.index(sentence)
    own = sentence.norm or sentence.text
    at = t.start - source.norm_offset(index)
    near = own[max(0, at - 30) : at + 40]
    if days := _days_named(near, published):
        return days
    if _days_named(own, published):
        return set()
    for s in source.sentences[max(0, index - before) : index][::-1]:
        if days := _days_named(s.norm or s.text, published):
            return days
    return set()


def _days_named(text: str, published: dt.date) -> set[dt.date]:
    """The days ``text`` writes as a date (Oct. 31) or a weekday (on Thursday)."""
    days = {
        dt.date(_nearest_year(published, month, day), month, day)
        for month, day in _written_month_days(text)
        if _real_date(_nearest_year(published, month, day), month, day)
    }
    for m in _ON_WEEKDAY.finditer(text):
        which = _EN_WEEKDAY_WHICH.search(text, max(0, m.start() - 12), m.start())
        days.update(
            _weekday_dates(
                published, _WEEKDAYS_EN.index(m.group(1).lower()), which.group(1) if which else ""
            )
        )
    return days


_ON_WEEKDAY = re.compile(rf"(?<!than )(?<!than on )\b({WEEKDAY_NAMES})\b", re.I)


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _written_month_days(text: str) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for regex in _EN_DATES[:2]:
        for m in regex.finditer(text):
            month, day = _month_number(m.group("mon")), _int(m.group("d"))
            if month is not None and day is not None:
                out.add((month, day))
    return out


def _wrong_japan_time(
    ref: DateRef,
    piece: Piece,
    source: SourceIndex,
    aligned: list[SourceSentence],
    wrong_day: str,
    stated: list[SourceTime],
    fitting: list[SourceTime],
) -> Finding:
    """No source time converts to ``ref`` (or not on that day); ``stated``: the
    source times matching the local time the digest gives beside it."""
    from yoten.check.source import evidence

    here = [t for t in source.times if source.sentence_of(t.start) in aligned]
    distinct = {(t.hour, t.minute) for t in source.times}
    # The local time the digest gives beside its Japan time is a source time: its
    # conversion (in the zone the source names, else the outlet's own) is the counterpart.
    counterpart = (
        []
        if wrong_day  # the time converts: only a day the digest or source states can be wrong
        else stated
        or [t for t in here if t.zoned]
        or ([t for t in source.times if t.zoned] if len(distinct) == 1 else [])
    )
    if wrong_day:
        counterpart = fitting
    shown = counterpart or here or source.times
    where = [s for t in shown[:2] if (s := source.sentence_of(t.start)) is not None]
    gives = ", ".join(
        sorted({f"{v.hour:02d}:{v.minute:02d} (UTC{v.offset:+g})" for v in shown})[:3]
    )
    message = wrong_day or _(
        "no source time converts to this Japan time; the source gives {times}"
    ).format(times=gives)
    return Finding(
        kind=Kind.MISMATCH if counterpart else Kind.DATE,
        severity="error" if counterpart else "warning",
        rule=Rule.DATE_CONTRADICTED if counterpart else Rule.DATE_UNVERIFIED,
        section=piece.section,
        span=ref.span,
        message=message if counterpart else _("unverified: {reason}").format(reason=message),
        evidence=evidence(where),
    )


def _stated_months(ref: DateRef, source: SourceIndex) -> list[tuple[int, SourceSentence]]:
    """(month, sentence) for each date the source writes with ``ref``'s day and another
    month: "September 30" beside a digest's 10月30日."""
    out: list[tuple[int, SourceSentence]] = []
    day = ref.day
    for sentence in source.sentences:
        text = sentence.norm or sentence.text
        out += [(m, sentence) for m, d in _written_month_days(text) if d == day and m != ref.month]
        if source.japanese:  # 7月26日 in a Japanese source
            for other in find_dates(text):
                if other.day == day and other.month not in (None, ref.month) and not other.rel:
                    out.append((other.month or 0, sentence))
    return out


def _month_slip(ref: DateRef, source: SourceIndex) -> tuple[int, list[SourceSentence]]:
    """The month and sentence of the one date the source writes with ``ref``'s day in
    another month, when it writes no other: 10月30日 for "September 30" is a slip."""
    stated = _stated_months(ref, source)
    if ref.year is not None and ref.year not in source.dates.years:
        return 0, []
    if len({m for m, _ in stated}) != 1:
        return 0, []
    return stated[0][0], [stated[0][1]]


def _swapped_year(year: int, years: set[int]) -> int | None:
    """The source year that ``year`` copies with two of its digits swapped (1937 for
    1973, 1989 for 1998): a copying slip, not another year of the story."""
    return next(
        (other for other in sorted(years) if swapped_positions(str(year), str(other))), None
    )


def _judge(
    ref: DateRef, piece: Piece, message: str, facts: SourceDates, source: SourceIndex | None
) -> Finding:
    from yoten.check.align import sentence_at
    from yoten.check.source import evidence

    aligned: list[SourceSentence] = []
    sentence = sentence_at(piece.text, ref.start)
    if source is not None:
        own = [float(v) for v in (ref.year, ref.day, ref.month) if v is not None]
        aligned = source.align(sentence, ignore=own)
    if source is not None and _in_japan_time(piece.text, ref):
        derived = _japan_time(ref, piece, source, aligned)
        if derived is not None:
            return derived
    grain = _counterpart(ref, sentence)
    rivals = [s for s in aligned if grain is not None and grain.search(s.norm or s.text)]
    if grain is _YEAR_WORD:
        # 2012年以来 beside the years the source gives: an added year, not a changed one.
        written = {
            r.year for r in find_dates(sentence) if r.year is not None and r.span != ref.span
        }
        rivals = [
            s
            for s in rivals
            if not {int(y) for y in _YEAR_WORD.findall(s.norm or s.text)} <= written
        ]
    if grain is _DAY_WORD and ref.day is not None:
        # 協議会が29日、…開かれ: a Japanese source that writes the digest's day itself
        own_day = re.compile(rf"(?<!\d){ref.day}日")
        rivals = [s for s in rivals if not own_day.search(s.norm or s.text)]
    if not rivals and source is not None and ref.month is not None and ref.day is not None:
        month, slipped = _month_slip(ref, source)
        if slipped:
            rivals = slipped
            message = _("the source gives {date}").format(
                date=f"{_MONTHS[month - 1].capitalize()} {ref.day}"
            )
    if not rivals and source is not None and ref.year is not None and not ref.rel:
        swapped = _swapped_year(ref.year, facts.years)
        if swapped is not None:
            rivals = [s for s in source.sentences if str(swapped) in (s.norm or s.text)][:2]
            message = _("the source gives {year}, not {date}").format(year=swapped, date=ref.span)
    if rivals:
        return Finding(
            kind=Kind.DATE,
            severity="error",
            section=piece.section,
            span=ref.span,
            message=message,
            rule=Rule.DATE_CONTRADICTED,
            evidence=evidence(rivals),
        )
    return Finding(
        kind=Kind.DATE,
        severity="warning",
        section=piece.section,
        span=ref.span,
        message=_("unverified: {reason}").format(reason=message),
        rule=Rule.DATE_UNVERIFIED,
        evidence=evidence(aligned),
    )
