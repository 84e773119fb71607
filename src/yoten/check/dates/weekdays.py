"""A day written with a weekday the calendar does not give it: 3日(水) when the 3rd
is a Thursday."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.normalize import halfwidth
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Finding

if TYPE_CHECKING:
    from yoten.check.source import SourceIndex
from yoten.check.dates.facts import SourceDates, month_shift, real_date
from yoten.check.dates.scan import WEEKDAYS_JA

# the start of a range this date ends: 2026年5月22日(金)から9月7日(月)
_LINK = r"(?:[(（][月火水木金土日](?:曜日?)?[)）])?(?:から|〜|~|～|と|、|・)$"


_SENTENCE_MONTH = rx.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日" + _LINK)


def _context_month(before: str, day: int) -> int | None:
    """The month of the date just before, in a range or list (9月13日(土)と14日(日)),
    or the local date a Japan-time day converts (11月28日(土)午後5時(現地時間)、日本時間
    では29日(日); 31日 … 日本時間1日 is the month after): the month of a day written
    without one."""
    m = _SENTENCE_MONTH.search(before)
    if m and 1 <= int(m.group("m")) <= 12:
        # (6月21日から3日(日)まで: a range that ends in a later month, not said which)
        if day < int(m.group("d")) and not m.group(0).endswith(("と", "、", "・")):
            return None
        return int(m.group("m"))
    m = _LOCAL_THEN_JST.search(before)
    if m is None or not 1 <= int(m.group("m")) <= 12:
        return None
    month, local = int(m.group("m")), int(m.group("d"))
    # (Japan time is a day ahead or behind: 31日 … 日本時間1日 is the next month,
    # 1日 … 日本時間31日 the one before; 8日 … 日本時間7日 the same)
    if local - day > 20:
        return month % 12 + 1
    if day - local > 20:
        return (month - 2) % 12 + 1
    return month


def _in_paragraph_month(m: re.Match[str], published: dt.date, day: int, weekday: int) -> bool:
    """Whether the last month the paragraph names before a day written without one
    (8月16日(土)…。開始は日本時間では17日(日)) gives that day its weekday, in the year
    nearest the story."""
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    named = list(_MONTH_DAY.finditer(line))
    if not named:
        return False
    month = int(named[-1].group("m"))
    return any(
        abs((date - published).days) <= 183 and date.weekday() == weekday
        for year in (published.year - 1, published.year, published.year + 1)
        if real_date(year, month, day) and (date := dt.date(year, month, day))
    )


_MONTH_DAY = rx.compile(r"(?P<m>1[0-2]|0?[1-9])月\d{1,2}日")
_LOCAL_THEN_JST = rx.compile(
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[(（][月火水木金土日](?:曜日?)?[)）])?"
    r"(?:(?:午前|午後)?\d{1,2}時(?:\d{1,2}分|半)?)?(?:[(（][^()（）]{1,15}[)）])?[、,(（]?\s*"
    r"日本時間(?:では|で|は)?(?:同月)?$"
)
_SENTENCE_YEAR = rx.compile(r"(?P<y>(?:19|20)\d\d)年\d{1,2}月\d{1,2}日" + _LINK)


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


# a year the sentence names before the date (2026年大会は…, 2027年の開幕は…)
_NAMED_YEAR = rx.compile(r"(?<!\d)((?:19|20)\d\d)年(?!\d{1,2}月)")


def _in_named_year(m: re.Match[str], month: int, day: int, weekday: int) -> bool:
    """Whether the day has its weekday in a year written earlier in its sentence."""
    start = max(m.string.rfind("。", 0, m.start()) + 1, 0)
    for y in {int(y) for y in _NAMED_YEAR.findall(m.string, start, m.start())}:
        try:
            if dt.date(y, month, day).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False


def weekday_agrees(m: re.Match[str], published: dt.date | None) -> bool:
    """Whether the weekday of 15日(月曜日) is that day's (when the digest gives no month:
    in the publication's month or the one before or after, as wrong_weekdays reads
    it: 12月7日(土)から15日(日) is December's 15th in a story of 21 November)."""
    if published is None:
        return False
    weekday = WEEKDAYS_JA.index(m.group("wd"))
    before = m.string[max(0, m.start() - 40) : m.start()]
    # (the year of the full date a list or range starts with: 2026年1月17日(土)・18日(日))
    year = _context_year(before) or published.year + _year_shift(
        m.string[max(0, m.start() - 20) : m.start()]
    )
    written = m.group("m") or _context_month(before, int(m.group("d")))
    months = (
        [(int(m.group("y") or year), int(written))]
        if written
        else [month_shift(published, shift) for shift in (-1, 0, 1)]
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


DAY_WITH_WEEKDAY = rx.compile(
    r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日\s*[(（](?P<wd>[月火水木金土日])(?:曜日?)?[)）]"
)


def wrong_weekdays(
    piece: Piece, masked: str, facts: SourceDates, source: SourceIndex | None
) -> list[tuple[Finding, str]]:
    """A day written with a weekday the calendar does not give it: 3日(水) when the 3rd
    of every month near publication is another weekday. The digest contradicts itself,
    and the source's own day or weekday (the evidence) says which half is wrong; for a
    Japan-time day, the conversion of the source time does (日本時間9月19日(日)午前0時30分
    for 9 p.m. on Saturday the 19th at UTC+5:30 is the 20th).

    Each finding comes with the text of the day and weekday it judges.
    """
    published = facts.published
    if published is None or not ("日(" in masked or "日（" in masked or "日 (" in masked):
        return []
    out: list[tuple[Finding, str]] = []
    for m in DAY_WITH_WEEKDAY.finditer(halfwidth(masked)):
        day, weekday = int(m.group("d")), WEEKDAYS_JA.index(m.group("wd"))
        year = int(m.group("y")) if m.group("y") else None
        month = int(m.group("m")) if m.group("m") else None
        before = m.string[max(0, m.start() - 40) : m.start()]
        if month is None:  # 9月13日(土)と14日(日): September's 14th
            month = _context_month(before, day)
        if year is None:  # 2026年5月22日(金)から9月7日(月): 2026's September
            year = _context_year(before)
        candidates: list[dt.date] = []
        # next or last year's day where the sentence says so (来年の8月15日(土)); next
        # year's may lie beyond a year ahead (来年7月23日(金)から8月8日(日)まで)
        shift = _year_shift(masked[max(0, m.start() - 20) : m.start()])
        ahead = 12 * shift
        for months in range(-13 + ahead, 14 + ahead) if month is not None else range(-1, 2):
            y, mo = month_shift(published, months)
            if (month is not None and mo != month) or (year is not None and y != year):
                continue
            try:
                candidates.append(dt.date(y, mo, day))
            except ValueError:
                continue
        # a day with no year is the one nearest the story (within about half a year),
        # or next or last year's where the sentence says so
        if year is None and month is not None and candidates:
            anchor = published + dt.timedelta(days=365 * shift)
            every = candidates
            if shift:
                candidates = [c for c in candidates if c.year == anchor.year] or candidates
            nearest = min(candidates, key=lambda c: abs((c - anchor).days))
            if abs((nearest - anchor).days) <= 60:
                candidates = [nearest]  # within two months of the story: that one
            if shift:
                # 来年の大会のエントリーは11月3日(月曜日)に: "next year" may name the
                # event, not the day; the day nearest the story is read too
                closest = min(every, key=lambda c: abs((c - published).days))
                if abs((closest - published).days) <= 60 and closest not in candidates:
                    candidates.append(closest)
        # a day written without its month that the source dates (15日(金) for January
        # 15, 2027 in a story of November; 4日(木) for June 4 in one of April 16) may be
        # that date
        stated = (
            [dt.date(y, mo, d) for y, mo, d in facts.full if d == day and year in (None, y)]
            if month is None
            else []
        )
        if stated and any(c.weekday() == weekday for c in stated):
            continue
        if month is None and _in_paragraph_month(m, published, day, weekday):
            continue  # 8月16日(土)午後9時から…停止した。開始は日本時間では17日(日)
        if not candidates or any(c.weekday() == weekday for c in candidates):
            continue
        if month is not None and year is None and _in_named_year(m, month, day, weekday):
            continue  # 2026年大会は7月4日(土)に開幕: the year the sentence names
        converted = _wrong_conversion(piece, masked, m.start(), source)
        if converted is not None:
            out.append((converted, m.group(0)))
            continue
        nearest = min(candidates, key=lambda c: abs((c - published).days))
        where = []
        if source is not None:
            from yoten.check.align import sentence_at

            where = source.align(sentence_at(piece.text, m.start()), ignore=[float(day)])
        from yoten.check.source import evidence

        out.append(
            (
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
                            weekday=WEEKDAYS_JA[nearest.weekday()] + "曜日",
                            written=m.group("wd") + "曜日",
                        )
                    ),
                    rule=Rule.DATE_CONTRADICTED,
                    derivation=f"calendar: {nearest:%Y-%m-%d} = {nearest:%A}",
                    evidence=evidence(where),
                ),
                m.group(0),
            )
        )
    return out


def _wrong_conversion(
    piece: Piece, masked: str, at: int, source: SourceIndex | None
) -> Finding | None:
    """The error of a Japan-time day at ``at`` that is not the conversion of the source
    time it converts, if it is one."""
    if source is None:
        return None
    from yoten.check.dates.japan_time import in_japan_time, japan_time
    from yoten.check.dates.scan import find_dates

    for ref in find_dates(masked):
        if ref.start == at and ref.day is not None and in_japan_time(masked, ref):
            found = japan_time(ref, piece, source, [])
            return found if found is not None and found.severity == "error" else None
    return None
