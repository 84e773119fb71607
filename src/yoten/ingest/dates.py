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

__all__ = ["parse_published"]

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_COMPACT_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
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
    if not text or len(text) > 64:
        return None
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
