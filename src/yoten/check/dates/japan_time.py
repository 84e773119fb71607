"""日本時間 in the digest: a conversion of a source time (``info``, with the
arithmetic shown), or a wrong one (an ``error`` where the source names the zone).

The conversion itself (offsets, daylight saving time) is :mod:`yoten.check.jst`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.jst import (
    DIGEST_ZONE,
    digest_zone_offset,
    jst_day_shift,
    jst_minutes,
    local_offsets,
    offset_on,
    place_offsets,
)
from yoten.check.normalize import halfwidth
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Finding

if TYPE_CHECKING:
    from yoten.check.align import SourceSentence
    from yoten.check.jst import SourceTime
    from yoten.check.source import SourceIndex
from yoten.check.dates.facts import days_named, month_shift, source_dates
from yoten.check.dates.scan import WEEKDAYS_JA, DateRef


def stated_time(ref: DateRef, source: SourceIndex) -> bool:
    """A clock time the source states as written (1606 GMT → 16時6分), outside 日本時間."""
    if ref.hour is None:
        return False
    hours = ref.hours()
    return any(t.hour in hours and t.minute == (ref.minute or 0) for t in source.times)


# (水), (水曜), (水曜日): a weekday in brackets after its day
_WEEKDAY_BRACKET = r"[(（][月火水木金土日](?:曜日?)?[)）]"
# 日本時間3月2日(月)午前3時42分: the weekday's brackets stay inside the clause
_JST_BEFORE = rx.compile(rf"日本時間(?:[^、。，,()（）]|{_WEEKDAY_BRACKET}){{0,14}}$")


def in_japan_time(text: str, ref: DateRef) -> bool:
    """Whether ``ref`` is written as Japan time: 日本時間 just before it, in its clause,
    or 同 in brackets after a Japan time earlier in the sentence (…(日本時間16日23時42分)
    …20時05分(同17日午前4時5分)).

    In 現地時間15日午後4時6分(日本時間16日午前1時6分) only the second pair is.
    """
    if _JST_BEFORE.search(text[max(0, ref.start - 20) : ref.start]):
        return True
    if _JST_AFTER.match(text, ref.end):
        return True  # 19日(木)午前9時(日本時間): the label in brackets after the time
    # the other end of a range of Japan times (日本時間では23日午前8時5分から午後1時50分)
    end = _RANGE_END_BEFORE.search(text[max(0, ref.start - 40) : ref.start])
    if end and _JST_BEFORE.search(text[max(0, ref.start - 80) : ref.start - len(end.group(0))]):
        return True
    start = max(text.rfind("。", 0, ref.start), 0)
    before = text[start : ref.start]
    if not _SAME_BEFORE.search(before[-20:]):
        # (日本時間16日午後9時に始まり、17日午前8時に終わる: the clause's Japan time goes
        # on, where no bracket and no other zone stands between)
        at = before.rfind("日本時間")
        rest = before[at + 4 :]
        return (
            at > 0
            and before[at - 1] not in "(（"
            and not _BRACKET_OR_ZONE.search(rest)
            and DIGEST_ZONE.search(rest) is None
        )
    return "日本時間" in before


_BRACKET_OR_ZONE = rx.compile(r"[()（）]|現地|標準時|夏時間|時間[^\d]")


_RANGE_END_BEFORE = rx.compile(
    r"(?:\d{1,2}日)?(?:[(（][月火水木金土日][)）])?(?:午前|午後)?\d{1,2}時(?:\d{1,2}分|半)?"
    r"(?:から|〜|~|～|-|–)$"
)
_JST_AFTER = rx.compile(
    r"(?:[(（][月火水木金土日](?:曜日?)?[)）])?(?:(?:午前|午後)?\d{1,2}時(?:\d{1,2}分|半)?|正午)?"
    r"\s*[(（]日本時間[)）]"
)
_SAME_BEFORE = rx.compile(r"[(（]同(?:[^、。，,()（）]|[(（][月火水木金土日][)）]){0,12}$")


# 午後7時, 7時30分, 10時半: a Japanese clock, read by _clock
_JA_CLOCK = (
    r"(?:(?P<ap>午前|午後)?(?P<h>\d{1,2})時(?:(?P<m>\d{1,2})分|(?P<half>半))?|(?P<noon>正午)(?!\d))"
)
_CLOCK_AFTER = rx.compile(  # (a weekday may stand between: 日本時間8日(日)午後10時20分)
    rf"\s*(?:{_WEEKDAY_BRACKET})?\s*" + _JA_CLOCK
)


# The local time a digest gives before its Japan time: 13日(金)午後7時(日本時間…
_LOCAL_BEFORE = rx.compile(
    # (8日(水)、英国夏時間午後2時: the zone between the day and the clock)
    r"(?:(?:(?P<mo>\d{1,2})月)?(?P<d>\d{1,2})日)?(?:[(（](?P<wd>[月火水木金土日])(?:曜日?)?[)）])?"
    rf"(?:、?(?:{DIGEST_ZONE.pattern})の?)?(?:の?現地時間)?"
    rf"(?:{_JA_CLOCK})?"
    # 3日午後9時ごろ(中部標準時)、日本時間4日正午: the zone named after the local time
    # 午前5時(現地時間、日本時間午後1時), 午後6時(米東部夏時間、日本時間…): one parenthesis
    # (米東部夏時間の午後4時5分で、日本時間では…: the local time, then the Japan time)
    rf"(?:ごろ|頃|過ぎ|すぎ|前後)?(?:[(（](?:{DIGEST_ZONE.pattern}|現地時間)(?:[)）]|、))?(?:で|は)?、?"
    rf"\s*[(（]?\s*日本時間(?:[^、。()（）]|{_WEEKDAY_BRACKET}){{0,14}}$"
)


# 午後4時から: the start of a local range of hours, before its end
_RANGE_START = rx.compile(_JA_CLOCK + r"(?:から|〜|~|～|-|–)$")
# 日本時間11日(水)午前3時: the Japan day written before a clock
_DAY_BEFORE_CLOCK = rx.compile(rf"(\d{{1,2}})日(?:{_WEEKDAY_BRACKET})?$")


def _clock(m: re.Match[str]) -> tuple[set[int], int] | None:
    """(possible hours, minute) of a Japanese clock match: 午後7時 → {19}, 7時 → {7, 19},
    正午 → {12}."""
    if m.group("noon"):
        return {12}, 0
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


def japan_time(
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
    if not source.times:  # (a Japanese source's 現地時間 times are not read)
        return _japan_day(ref, piece, source)
    if ref.hour is not None:
        hours = ref.hours()
        clock: tuple[set[int], int] | None = (hours, ref.minute or 0)
    else:
        after = _CLOCK_AFTER.match(text, ref.end)
        clock = _clock(after) if after else None
    local = _LOCAL_BEFORE.search(text, max(0, ref.start - 40), ref.start)
    local_day = int(local.group("d")) if local and local.group("d") else None
    local_month = int(local.group("mo")) if local and local.group("mo") else None
    local_weekday = WEEKDAYS_JA.index(local.group("wd")) if local and local.group("wd") else None
    local_clock = _clock(local) if local else None
    if clock is None:
        return _japan_day(ref, piece, source)
    targets = {h % 24 * 60 + clock[1] for h in clock[0]}
    published, right = _published_converted(ref, targets, local_clock, source)
    if published and right:  # 発表は米東部夏時間の午後4時5分で、日本時間では25日午前5時5分
        return Finding(
            kind=Kind.DERIVED,
            severity="info",
            section=piece.section,
            span=ref.span,
            message=_("a source time converted to Japan time"),
            rule=Rule.DATE_DERIVED,
            derivation=published,
        )
    if published:  # (the local time of publication, converted wrong)
        return Finding(
            kind=Kind.MISMATCH,
            severity="error",
            section=piece.section,
            span=ref.span,
            message=_("the story's time of publication converts to {jst}").format(jst=published),
            rule=Rule.DATE_CONTRADICTED,
            derivation=published,
        )
    named = ""
    if local:  # 米東部時間12日午後4時15分(日本時間…), or 3日午後9時(中部標準時)、日本時間…
        word = DIGEST_ZONE.search(text, max(0, local.start() - 12), ref.start)
        named = word.group(0) if word else ""
    # A zone the digest names is the one its local time is in: a source time without
    # a zone is read in it alone (21:00 CST is 12:00 JST, not 11:00 as CDT would be).
    readings = [
        (t, "") for t in source.times if (t.zoned or not named) and not _given_zoned(t, source)
    ] + _other_offsets(source, _local_days(local_day, source, local_month, local_weekday), named)
    day_before = _DAY_BEFORE_CLOCK.search(text, max(0, ref.start - 8), ref.start)
    japan_day = ref.day if ref.day is not None else day_before and int(day_before.group(1))
    # ET in the week daylight saving time begins: the offset on the event's day, the
    # local day the digest gives, else the Japan day less the shift (日本時間11日午前3時
    # of 10 a.m. PT is the 10th)
    if local_day is not None:
        days = _local_days(local_day, source, local_month, local_weekday)
        readings = [(t, n) for t, n in readings if _seasonal_on(t, days, source)]
    elif japan_day:
        days = _local_days(japan_day, source, ref.month)
        readings = [
            (t, note)
            for t, note in readings
            if _seasonal_on(t, {d - dt.timedelta(days=jst_day_shift(t)) for d in days}, source)
        ]
    else:
        readings = [(t, note) for t, note in readings if not t.offseason]
    fitting = sorted(
        ((t, note) for t, note in readings if jst_minutes(t) in targets),
        key=lambda pair: (not pair[0].zoned, bool(pair[1])),
    )
    said_here = _said_local(local_clock, source)
    if local is not None and local_clock is not None:
        # 午後4時から9時(日本時間30日午前6時から11時): the Japan time may convert the
        # local range's start
        clock_at = next(local.start(g) for g in ("ap", "h", "noon") if local.group(g))
        first = _RANGE_START.search(text, max(0, clock_at - 16), clock_at)
        said_here |= _said_local(_clock(first), source) if first else set()
    if said_here:
        # the digest gives the local time beside its Japan time, and the source states
        # that time: the Japan time is its conversion, not that of another source time
        fitting = [(t, note) for t, note in fitting if t.start in said_here]
    # the digest gives a local time beside it that the source does not state (開場は
    # 午前10時(日本時間19日午前1時) for "at 8:30, 90 minutes before the doors opened"): a
    # source time at another clock that falls on the same Japan hour (another event's
    # 11 a.m.) may explain the hour, but its day says nothing of this one's
    other_clock: set[int] = set()
    if local_clock is not None and not said_here:
        said = {h % 24 * 60 + local_clock[1] for h in local_clock[0]}
        other_clock = {t.start for t, _note in fitting if t.hour * 60 + t.minute not in said}
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
            # The local day the digest gives beside it and the day the source writes
            # with the time are both days to convert (either may be where the digest
            # slipped elsewhere: 現地時間13日 for the source's 14th); with neither, any
            # day the source speaks of (a sentence's own date may be another event's).
            written = _time_days(t, source)
            explicit = local_day is not None and source.dates.published is not None
            days = (
                _local_days(local_day, source, local_month, local_weekday) if explicit else set()
            ) | (written or (set() if explicit else _source_days(source)))
            shift = jst_day_shift(t)
            # (midnight "on Friday" may end Friday: the next day's 0:00)
            ends = (0, 1) if t.midnight else (0,)
            expected = {d + dt.timedelta(days=shift + k) for d in days for k in ends}
            if ref.day not in {d.day for d in expected}:
                if t.start in other_clock:
                    continue
                stated_day = explicit or bool(written)  # the digest or the source states it
                if stated_day:
                    sure.append(t)
                # the message shows a time whose day is stated, where there is one
                if expected and (not wrong_day or (stated_day and len(sure) == 1)):
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


def _published_converted(
    ref: DateRef,
    targets: set[int],
    local_clock: tuple[set[int], int] | None,
    source: SourceIndex,
) -> tuple[str, bool]:
    """The conversion of the story's time of publication, where the digest gives that
    local time beside its Japan time (発表は米東部夏時間の午後4時5分で、日本時間では
    25日午前5時5分 for a story published at 16:05 UTC-4 on the 24th), and whether
    the digest's Japan time is it; ('', False) where the digest gives no such time."""
    published = source.article.published
    if local_clock is None or not isinstance(published, dt.datetime):
        return "", False
    offset = published.utcoffset()
    if offset is None or (published.hour, published.minute) == (0, 0):
        return "", False  # (midnight: a date with no time of its own)
    if published.hour not in local_clock[0] or published.minute != local_clock[1]:
        return "", False
    if any(published.hour == t.hour and published.minute == t.minute for t in source.times):
        return "", False  # (the source states that time itself: converted as such)
    jst = published.astimezone(dt.timezone(dt.timedelta(hours=9)))
    hours = offset.total_seconds() / 3600
    shown = f"{published:%Y-%m-%d %H:%M} (UTC{hours:+g}) = {jst:%Y-%m-%d %H:%M} JST"
    if ref.hour is None:  # (the day of a Japan time, judged apart from its clock)
        return shown, ref.day == jst.day
    return shown, jst.hour * 60 + jst.minute in targets and ref.day in (None, jst.day)


def _outlet_offset(source: SourceIndex) -> float | None:
    """The offset from UTC (hours) of the source's timestamp; None without one."""
    published = source.article.published
    delta = published.utcoffset() if isinstance(published, dt.datetime) else None
    return None if delta is None else delta.total_seconds() / 3600


def _seasonal_on(t: SourceTime, days: set[dt.date], source: SourceIndex) -> bool:
    """Whether source time ``t`` may have its offset on one of ``days`` (any, when
    none is known): the zone's on that day, or the outlet's own offset on the days
    around publication (an outlet at UTC−5 on March 11 writes ET as it keeps it)."""
    if t.offseason:
        return any(offset_on(t, d) for d in days)
    if not days or any(offset_on(t, d) for d in days):
        return True
    published = source.dates.published
    return (
        published is not None
        and t.offset == _outlet_offset(source)
        and any(abs((d - published).days) <= 3 for d in days)
    )


def _outlet_offset_known(source: SourceIndex) -> bool:
    """Whether the source's timestamp gives its outlet's own offset: any but UTC, and
    UTC for a story in English (a London paper in winter)."""
    own = _outlet_offset(source)
    return own is not None and (own != 0 or source.language == "en")


# what stands between the two ends of a range of times: "10 bis", "9 a.m. to", "10 h à"
_RANGE_LINK = rx.compile(
    r"\d{1,2}(?:[.:h]\s?\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|Uhr|h|horas?)?\s*"
    r"(?:bis|to|until|till|through|à|a|-|–|and|und|et|y)\s*",
    re.IGNORECASE,
)


def _said_local(local_clock: tuple[set[int], int] | None, source: SourceIndex) -> set[int]:
    """Where the source states the local time a digest gives beside its Japan time
    (the times at that clock, and the same instant its sentence gives in a zone:
    "8 p.m. local time (1700 GMT)"). Empty when the digest gives none or the source
    states no such time."""
    if local_clock is None:
        return set()
    said = {h % 24 * 60 + local_clock[1] for h in local_clock[0]}
    at = [t for t in source.times if t.hour * 60 + t.minute in said]
    # (the same instant its sentence gives elsewhere, zoned or in the outlet's own
    # time: "21 h 14 heure locale (2 h 14 mercredi en métropole)")
    twins = [
        z
        for t in at
        for z in source.times
        if z.start != t.start
        and z.minute == t.minute
        and source.sentence_of(z.start) is source.sentence_of(t.start)
        # (not the other end of a range: "von 10 bis 18 Uhr" gives two times)
        and not _RANGE_LINK.fullmatch(source.text, min(z.start, t.start), max(z.start, t.start))
    ]
    return {t.start for t in [*at, *twins]}


def _given_zoned(t: SourceTime, source: SourceIndex) -> bool:
    """An unzoned time its sentence also gives in a zone, at the same minute ("3:17
    a.m. local time on October 9 (2317 GMT on October 8)"): the zoned one converts."""
    if t.zoned:
        return False
    where = source.sentence_of(t.start)
    return any(
        z.zoned
        and z.minute == t.minute
        and z.hour != t.hour
        and source.sentence_of(z.start) is where
        for z in source.times
    )


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
            offsets = {digest_zone_offset(named, d) for d in days}
            out += [(replace(t, offset=o), f"{named} as the digest says") for o in offsets]
            # 中部時間 of a Mexican outlet at UTC−6 all year: the name's standard (or
            # daylight) offset, where it is the outlet's own, stays the outlet's
            year = min(days).year if days else dt.date.today().year
            seasons = {digest_zone_offset(named, dt.date(year, m, 15)) for m in (1, 7)}
            if t.offset in seasons and t.offset not in offsets:
                out.append((t, f"{named}, the outlet's own offset"))
        elif isinstance(published, dt.datetime):
            out += [
                (replace(t, offset=o), "daylight saving time on the day")
                for o in local_offsets(published, days) - {t.offset}
            ]
        # "signed at 9 am in Jakarta" for an outlet at UTC+8: the place's own zone
        sentence = source.sentence_of(t.start)
        if sentence is not None and not named:
            on: set[dt.date | None] = set(days) or {None}
            out += [
                (replace(t, offset=o), "the zone of the place the source names")
                for o in set().union(*(place_offsets(sentence.text, d) for d in on)) - {t.offset}
            ]
    return out


def _event_days(sentence: SourceSentence | None, source: SourceIndex) -> set[dt.date]:
    """The days a source sentence names, else those of the sentences before it (with
    the publication day and the lead's days), else the publication day."""
    published = source.dates.published
    if published is None:
        return set()
    if sentence is not None:
        facts = source_dates(sentence.norm or sentence.text, published)
        named = {dt.date(y, m, d) for y, m, d in facts.full} - {published}
        if named:
            return named
        # else the days of the sentences before it, and of the lead (a robbery on
        # 3 March 2023 … "entered the shop at 10h17", reported in summer)
        index = source.sentences.index(sentence) if sentence in source.sentences else 0
        return _days_before(source, index, published) or {published} | _lead_days(source, published)
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
    message = _("a source day in Japan time (a time late in the day falls on the next)")
    derivation = "source day + 1 in JST"
    if ref.day not in known_days:
        # a day before a source day where the source tells time in a zone ahead of
        # Japan's (2am on Tuesday, March 3 in New Zealand is the evening of March 2)
        ahead = any(t.offset > 9 for t in source.times)
        before = {(dt.date(y, m, d) - dt.timedelta(days=1)).day for y, m, d in source.dates.full}
        if not (ahead and ref.day in before):
            return None
        message = _("a source day in Japan time (the source's zone is ahead of Japan's)")
        derivation = "source day − 1 in JST"
    return Finding(
        kind=Kind.DERIVED,
        severity="info",
        section=piece.section,
        span=ref.span,
        message=message,
        rule=Rule.DATE_DERIVED,
        derivation=derivation,
    )


# 協定世界時20日, 現地時間13日: a day the digest gives in another zone
_OTHER_ZONE_BEFORE = rx.compile(
    rf"(?:協定世界時|世界標準時|グリニッジ標準時|UTC|GMT|現地時間|{DIGEST_ZONE.pattern})"
    r"(?:[^、。，,()（）]){0,6}$"
)


def other_zone_day(ref: DateRef, piece: Piece, source: SourceIndex) -> Finding | None:
    """A day of a Japanese source given in another zone (21日午前3時28分 JST as
    協定世界時20日午後6時28分): a source day, or the day before or after it."""
    if ref.day is None or not source.japanese:
        return None
    if not _OTHER_ZONE_BEFORE.search(piece.text[max(0, ref.start - 12) : ref.start]):
        return None
    near = {
        (dt.date(y, m, d) + dt.timedelta(days=shift)).day
        for y, m, d in source.dates.full
        for shift in (-1, 0, 1)
    }
    if ref.day not in near:
        return None
    return Finding(
        kind=Kind.DERIVED,
        severity="info",
        section=piece.section,
        span=ref.span,
        message=_("a source day in another time zone (a day earlier or later)"),
        rule=Rule.DATE_DERIVED,
        derivation="source day ± 1 in another zone",
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
        year, month = month_shift(published, months)
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
        # (of those, the one within a fortnight of publication, where one is: 5日 in a
        # story of March 5 is not April 5)
        out = {d for d in out if abs((d - published).days) <= 16} or out
    # (a day the source states, or the day before or after it across the date line, is
    # the one meant: 日本時間18日 of "Saturday, May 17 … at 11:30 p.m. Central time",
    # told in January)
    stated: set[dt.date] = set()
    for y, mo, dd in source.dates.full:
        try:
            base = dt.date(y, mo, dd)
        except ValueError:
            continue
        for step in (-1, 0, 1):
            near = base + dt.timedelta(days=step)
            if near.day == day and given in (None, near.month):
                if weekday is None or near.weekday() == weekday:
                    stated.add(near)
    return stated or out


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
    index = source.sentence_index(t.start)
    if published is None or index is None:
        return set()
    sentence = source.sentences[index]
    own = sentence.norm or sentence.text
    at = t.start - source.norm_offset(index)
    start, end = max(0, at - 30), min(len(own), at + 40)
    while start > 0 and own[start].isdigit():
        start -= 1  # (no figure cut in two: "July 23" is not "July 2")
    while end < len(own) and own[end].isdigit():
        end += 1
    # (not the day a statement was made: "…at 19:00 local time, the ministry said on
    # Thursday", "informó este jueves")
    near = _SAID_ON.sub(" ", own[start:end])
    if days := days_named(near, published):
        return days
    if days_named(own, published):
        return set()
    return _days_before(source, index, published, before)


def _days_before(
    source: SourceIndex, index: int, published: dt.date, before: int = 3
) -> set[dt.date]:
    """The days the nearest of the ``before`` sentences before sentence ``index`` names,
    with the day of publication and the lead's days: a day of a sentence before may be
    another event's ("The company's fiscal year begins on July 1. The results were
    released at 4:05 p.m."; "won six prizes on Sunday night. … In Japan, where it
    opened on January 17, … The ceremony began at 7 p.m. GMT"). Empty when none does."""
    for s in source.sentences[max(0, index - before) : index][::-1]:
        if days := days_named(s.norm or s.text, published):
            return days | {published} | _lead_days(source, published)
    return set()


_SAID_ON = rx.compile(
    r"\b(?:said|says|told|announced|reported|confirmed|informó|dijo|anunció|indicó|confirmó"
    r"|a\s+(?:annoncé|indiqué|déclaré|précisé|confirmé)|sagte|teilte|erklärte|kündigte|bestätigte)"
    r"(?:\s+\w+){0,2}?\s+(?:on\s+|el\s+|am\s+|este\s+|ce\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b",
    re.IGNORECASE,
)


def _lead_days(source: SourceIndex, published: dt.date) -> set[dt.date]:
    """The days the first sentence of the source that names a day names (of its first
    three): the day of the story's main event."""
    for s in source.sentences[:3]:
        if days := days_named(s.norm or s.text, published):
            return days
    return set()


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
    # (a time without a zone is the outlet's, whose offset a timestamp in UTC does not
    # give for a story in French or German: 20 h 45 in Paris is no 20:45 UTC)
    stated = [t for t in stated if t.zoned or _outlet_offset_known(source)]
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
