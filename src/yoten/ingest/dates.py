"""Publication dates as the outlet states them.

A timestamp with an offset stays in that offset, so that ``.date()`` is the
outlet's own calendar day (2023-11-03T07:10+09:00 is 3 November in Tokyo,
even though it is 2 November in UTC). A timestamp without an offset says
nothing about its zone, so only its date is kept.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from collections.abc import Iterator

from babel.dates import get_month_names

from yoten.textproc import era_year

__all__ = ["date_from_url", "find_stated_date", "parse_published", "stated_dates"]

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_COMPACT_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
_DIGIT = re.compile(r"\d")
_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y/%m/%d %H:%M:%S %z",
    "%Y/%m/%d %H:%M %z",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y年%m月%d日",
)


#: Locales whose month names (from Babel's CLDR data) are read in dates printed on pages.
_MONTH_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl",
                  "cs", "ru", "uk", "tr", "ro", "hu", "el")  # fmt: skip


def _month_names() -> dict[str, int]:
    """Month name → number: English abbreviations, and every locale's full names in both
    the format and stand-alone forms (Russian "февраля" and "февраль")."""
    names = {"sept": 9}
    for locale in _MONTH_LOCALES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale).items():
                names.setdefault(name.casefold(), number)
    for number, name in get_month_names("abbreviated", "format", "en").items():
        names.setdefault(name.casefold().rstrip("."), number)
    return names


_MONTHS = _month_names()
_MONTH = (
    r"(?P<month>" + "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
)
#: Full dates as pages show them near the headline (a year alone is never a date).
_STATED_DATES = (
    re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(
        r"(?<![\d.])(?P<year>(?:19|20)\d{2})\s*[./-]\s*(?P<m>\d{1,2})\s*[./-]\s*(?P<day>\d{1,2})(?![\d])"
    ),
    re.compile(
        rf"(?<!\w){_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?"
        r"(?P<year>(?:19|20)\d{2})(?!\d)",
        re.IGNORECASE,
    ),
    # 30.07.2018: day first wherever dots are used
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<m>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\d.])"),
)
#: Japanese era dates (令和6年2月9日, 平成31年4月30日, 令和元年5月1日).
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成)\s*(?P<n>元|\d{1,2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
)
#: 05/10/2018: day first, except on English-language pages (month first in the US)
_SLASHED = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])")


_URL_DATES = (
    re.compile(
        r"/(?P<year>(?:19|20)\d{2})/(?P<m>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])(?:/|$|[-_.])"
    ),
    re.compile(
        r"/(?P<year>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
    ),
    re.compile(
        rf"/(?P<year>(?:19|20)\d{{2}})/{_MONTH}/(?P<day>0?[1-9]|[12]\d|3[01])(?:/|$)", re.IGNORECASE
    ),
)


def date_from_url(url: str | None) -> dt.date | None:
    """The day a URL's path states (``/2019/11/19/``, ``/2019-11-19-``, ``/2019/nov/18/``)."""
    if not url:
        return None
    for pattern in _URL_DATES:
        match = pattern.search(url.split("?", 1)[0])
        if match is None:
            continue
        value = _written_date(match)
        if value is not None:
            return value
    return None


def stated_dates(text: str, *, day_first: bool = True) -> Iterator[tuple[int, dt.date]]:
    """Every full date (day, month and year) written in ``text``, with where it starts in
    ``text`` NFKC-normalised (full-width digits read as digits), in no particular order.

    Reads the forms pages print near a headline: 2019年4月4日, 令和6年2月9日
    (Japanese era dates, 元年 the first year), 2024/06/03, 2024.06.05, 2024-06-05,
    April 4, 2019, Sept. 14, 2016, Wednesday 9 March 2022 14.05 GMT, 30. Juli 2018,
    5 de outubro de 2018, 24 февраля 2018, 30.07.2018, and 05/10/2018 (day first
    unless ``day_first`` is False, as on US pages). A year alone ("© 2022", an image
    path) is no date.
    """
    text = unicodedata.normalize("NFKC", text)
    for match in _SLASHED.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        day, month = (a, b) if day_first else (b, a)
        if month > 12 >= day:  # 12/25/2019 on a day-first page: only one reading exists
            day, month = month, day
        if (value := _real_day(int(match.group("year")), month, day)) is not None:
            yield match.start(), value
    for match in _ERA_DATE.finditer(text):
        year = era_year(match.group("era"), match.group("n"))
        if (value := _real_day(year, int(match.group("m")), int(match.group("day")))) is not None:
            yield match.start(), value
    for pattern in _STATED_DATES:
        for match in pattern.finditer(text):
            if (value := _written_date(match)) is not None:
                yield match.start(), value


def _written_date(match: re.Match[str]) -> dt.date | None:
    """The day a ``year``/``m`` or ``month`` (name)/``day`` match writes, if real and plausible."""
    groups = match.groupdict()
    month = _MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["m"])
    return _real_day(int(groups["year"]), month, int(groups["day"]))


def _real_day(year: int, month: int, day: int) -> dt.date | None:
    """That day, when the calendar has it and it is plausible for a news page."""
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value if _plausible(value) else None


def find_stated_date(text: str, *, day_first: bool = True) -> dt.date | None:
    """The first full date written in ``text`` (:func:`stated_dates`), or None."""
    found = min(stated_dates(text, day_first=day_first), default=None)
    return found[1] if found else None


def _from_datetime(value: dt.datetime) -> dt.datetime | dt.date:
    if value.tzinfo is None or value.utcoffset() is None:
        return value.date()
    return value


def _plausible(value: dt.datetime | dt.date) -> bool:
    return 1990 <= value.year <= dt.date.today().year + 1


def parse_published(raw: str | None) -> dt.datetime | dt.date | None:
    """An aware datetime, a date, or None when ``raw`` is no recognisable date."""
    if not raw:
        return None
    text = " ".join(raw.split())
    if not text or len(text) > 64 or not _DIGIT.search(text):
        return None  # every form read below has a figure: most short lines end here
    result: dt.datetime | dt.date | None = None
    if _ISO_DATE.match(text):
        try:
            result = dt.date.fromisoformat(text)
        except ValueError:
            return None
    if result is None:
        iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
        iso = _COMPACT_OFFSET.sub(r"\1:\2", iso) if "T" in iso else iso
        try:
            result = _from_datetime(dt.datetime.fromisoformat(iso))
        except ValueError:
            pass
    if result is None:
        try:
            result = _from_datetime(email.utils.parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    if result is None:
        for fmt in _FORMATS:
            try:
                result = _from_datetime(dt.datetime.strptime(text, fmt))
                break
            except ValueError:
                continue
    if result is None or not _plausible(result):
        return None
    return result
