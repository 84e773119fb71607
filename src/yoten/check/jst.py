"""Japan-time conversions: a digest's 日本時間 figures derived from the source's clock times.

A translator converts "16:06 GMT on Sunday" into 日本時間10日午前1時6分. The
source's times are read with their zone (GMT, UTC, ET, CET, CEST, BST, IST …;
a time with no zone is taken in the article's own offset), converted to JST
(UTC+9), and a digest time written as Japan time must be one of them.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from yoten.check import rx
from yoten.check.dates.months import month_number
from yoten.check.normalize import MONTH_NAMES

__all__ = [
    "DIGEST_ZONE",
    "SourceTime",
    "digest_zone_offset",
    "jst_day_shift",
    "jst_minutes",
    "local_offsets",
    "place_offsets",
    "place_zones",
    "source_times",
]

_ANY_OFFSET = tuple(float(h) for h in range(-12, 15))
_LOCAL_TIME = rx.compile(
    r"\s*[(,]?\s*(?:local time|heure locale|Ortszeit|hora local|ora locale)", re.I
)

# Offsets from UTC in hours; ET and PT may be standard or daylight time.
ZONES: dict[str, tuple[float, ...]] = {
    "gmt": (0,),
    "utc": (0,),
    "z": (0,),
    "bst": (1,),
    "cet": (1,),
    "mez": (1,),
    "cest": (2,),
    "mesz": (2,),
    "eet": (2,),
    "eest": (3,),
    "msk": (3,),
    "ist": (5.5, 1),  # India Standard Time, or Irish Standard Time (Ireland's summer time)
    "et": (-5, -4),
    "est": (-5,),
    "edt": (-4,),
    "ct": (-6, -5),
    "cst": (-6,),
    "cdt": (-5,),
    "pt": (-8, -7),
    "pst": (-8,),
    "pdt": (-7,),
    "jst": (9,),
    "eastern": (-5, -4),
    "pacific": (-8, -7),
    "mountain": (-7, -6),
    "kst": (9,),
    "hkt": (8,),
    "sgt": (8,),
    "aest": (10,),
    "aedt": (11,),
    "nzst": (12,),
    "nzdt": (13,),
    "acst": (9.5,),
    "acdt": (10.5,),
    "awst": (8,),
    "mst": (-7,),
    "mdt": (-6,),
    "ast": (-4,),
    "adt": (-3,),
    "nst": (-3.5,),
    "ndt": (-2.5,),
    "akst": (-9,),
    "akdt": (-8,),
    "hst": (-10,),
    "wet": (0,),
    "west": (1,),
    "sast": (2,),
    "cat": (2,),
    "eat": (3,),
    "wat": (1,),
    "gst": (4,),
    "pkt": (5,),
    "npt": (5.75,),
    "ict": (7,),
    "wib": (7,),
    "pht": (8,),
    "brt": (-3,),
    "art": (-3,),
}
# Zones as sources write them, in capitals: "et" and "ist" are French and German words.
_ZONE_UPPER = "|".join(sorted((z.upper() for z in ZONES if len(z) > 1), key=len, reverse=True))
_ZONE_WORD = rx.compile(rf"\b(?:{_ZONE_UPPER})\b")
# "8 p.m. Sunday EST": a weekday between a time and its zone
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TIME = rx.compile(
    rf"(?<![\d:.])(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?P<mzone>gmt|utc)\b"
    rf"|(?<![\d:.])(?P<h>\d{{1,2}})(?:[:.h](?P<m>\d{{2}}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?|[ap]\.\sm\.)?"
    rf"(?:\s*\(?(?:(?:on\s+)?{_WEEKDAY}\s+)?(?P<zone>(?-i:{_ZONE_UPPER}))\b\)?)?"
    # "at 12 noon Eastern time", "at midnight" (0:00, whichever end of the day it is)
    rf"|\b(?:12\s+)?(?P<noon>noon|midday|midnight)\b(?:\s*\(?(?P<nzone>(?-i:{_ZONE_UPPER}))\b\)?)?",
    re.IGNORECASE,
)


_ON_WEEKDAY = rx.compile(rf"\s+(?:on\s+)?(?:this\s+|next\s+)?{_WEEKDAY}\b", re.IGNORECASE)
# what joins the two ends of a range of clock times: "6 a.m. to 6 p.m. CDT"
_RANGE_JOIN = rx.compile(r"\s*(?:-|–|to|until|till|and)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SourceTime:
    """A clock time the source states, its offset from UTC (hours) and where."""

    hour: int
    minute: int
    offset: float
    start: int  # in the text it was read from
    zoned: bool = True  # the source names the zone (else every offset is tried)
    # the IANA zone of a zone the source names whose offset the season decides (ET,
    # "heure de l'Est"): the offset is the one on the day of the event, once known
    seasonal: str = ""
    # the zone's offset in the other season than publication's (a Chicago paper in
    # January on May 17 at 11:30 p.m. Central time): read only for a known day of the
    # event in that season
    offseason: bool = False
    # "at midnight on Friday": 0:00 at the start of that day or at its end (the next)
    midnight: bool = False


def source_times(text: str, published: dt.date | dt.datetime | None = None) -> list[SourceTime]:
    """Clock times in ``text`` (English-shaped) with their zones."""
    named = {
        off for m in _ZONE_WORD.finditer(text) for off in _seasonal(m.group(0), _day(published))
    }
    # A time with no zone is the outlet's own (or a zone the source names elsewhere);
    # UTC only where the source names it: otherwise every wrong conversion that
    # happens to fit UTC would pass as derived.
    local = set(named)
    if isinstance(published, dt.datetime) and (offset := published.utcoffset()) is not None:
        local.add(offset.total_seconds() / 3600)
    if not isinstance(published, dt.datetime) or not local:
        local = set(_ANY_OFFSET)  # no outlet offset known: any whole hour
    # the offsets of the story's place where the source converts one of its times
    # ("9 a.m. on Monday, Port Ardent time, which is 8 p.m. Sunday EST")
    stated = _stated_offsets(text, _day(published))
    out: list[SourceTime] = []
    for m in _TIME.finditer(text):
        if m.group("hh"):
            hour, minute, zone, ap = int(m.group("hh")), int(m.group("mm")), m.group("mzone"), None
        elif m.group("noon"):
            hour = 0 if m.group("noon").lower() == "midnight" else 12
            minute, zone, ap = 0, m.group("nzone"), None
        else:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            zone, ap = m.group("zone"), m.group("ap")
            if not zone and (joined := _RANGE_JOIN.match(text, m.end())) is not None:
                # "from 6 a.m. to 6 p.m. CDT": the zone of the range's other end
                other = _TIME.match(text, joined.end())
                if (
                    other is not None
                    and other.group("zone")
                    and (other.group("ap") or other.group("m"))
                ):
                    zone = other.group("zone")
            if not (m.group("m") or ap):
                continue  # a bare number is no time
            if (
                m.group("m")
                and not (ap or zone)
                and ":" not in m.group(0)
                and "h" not in m.group(0)
            ):
                continue  # 3.25 is a figure
        if ap:
            if hour > 12:
                continue
            hour = _twelve_hour(hour, ap)
        if hour > 23 or minute > 59:
            continue
        # A time with no zone is local to the story: the outlet's own offset
        # or a zone the source names elsewhere (a Paris paper on Dakar, at UTC).
        offsets = _seasonal_at(zone, text, m.start(), published) if zone else local
        place = _PLACE_TIME.match(text, m.end()) if not zone else None
        season = _SEASONAL.get(zone.lower(), "") if zone else ""
        if place:
            season = _SEASONAL.get((place.group("place") or "").lower()) or _SEASONAL_WHERE.get(
                (place.group("where") or "").lower(), ""
            )
        if place and season:
            # "4:05 p.m. Eastern time", "19 h (heure de l'Est)": standard or daylight
            # as the season says
            offsets = _seasonal_at(season, text, m.start(), published)
            out += _in_seasons(hour, minute, m.start(), offsets, published, season=season)
            continue
        if place and (zones := place_zones(place.group("place") or place.group("where"))):
            # "2 p.m. Washington time", "18 heures, heure de Paris": the zone of the place
            # named, standard or daylight as the day of the event says
            for name in zones:
                try:
                    offsets = _seasonal_at(name, text, m.start(), published)
                except (KeyError, ValueError):  # a zone this system's tzdata lacks
                    continue
                out += _in_seasons(hour, minute, m.start(), offsets, published, season=name)
            continue
        if place and stated and not _SEASONAL.get((place.group("place") or "").lower()):
            # "9 a.m. Port Ardent time", a place whose offset the source states
            out += [SourceTime(hour, minute, off, m.start(), True) for off in stated]
            continue
        if place and place.group("where"):
            # "heure de Kourou": the time of a place whose zone is not known here;
            # not the outlet's, so any offset (the conversion cannot be checked)
            out += [SourceTime(hour, minute, off, m.start(), False) for off in _ANY_OFFSET]
            continue
        if not zone and _LOCAL_TIME.match(text, m.end()):
            # "9:30 a.m. local time": the zone of the place the sentence (or the
            # dateline) names: Istanbul, Malaysia; the outlet's own when it names none
            start = max(text.rfind(". ", 0, m.start()), 0)
            end = text.find(". ", m.end())
            sentence = text[start : end if end > 0 else len(text)]
            day = _day(published)
            offsets = tuple(
                place_offsets(sentence, day) or stated or place_offsets(text[:300], day) or local
            )
        out += _in_seasons(
            hour, minute, m.start(), offsets, published, zoned=bool(zone), season=season
        )
    # ("at midnight on Friday" may end Friday; "at midnight on 1 October" starts it)
    midnights = {
        m.start()
        for m in _TIME.finditer(text)
        if (m.group("noon") or "").lower() == "midnight" and _ON_WEEKDAY.match(text, m.end())
    }
    return [replace(t, midnight=True) if t.start in midnights else t for t in out]


def _in_seasons(
    hour: int,
    minute: int,
    at: int,
    offsets: Iterable[float],
    published: dt.date | dt.datetime | None,
    *,
    zoned: bool = True,
    season: str = "",
) -> list[SourceTime]:
    """The time at each of ``offsets``; for a zone the season decides (``season``), also
    at its offsets of the season publication is not in, read only where the day of the
    event is known (see ``SourceTime.offseason``)."""
    offsets = tuple(offsets)
    out = [SourceTime(hour, minute, off, at, zoned, season) for off in offsets]
    name = (
        (_SEASONAL.get(season.lower()) or (season if "/" in season else None)) if season else None
    )
    day = _day(published)
    if name is None or day is None:
        return out
    try:
        year = {_offset(name, dt.date(day.year, month, 15)) for month in (1, 7)}
    except (KeyError, ValueError):
        return out
    return out + [
        SourceTime(hour, minute, off, at, True, name, True) for off in year - set(offsets)
    ]


# "…, which is 8 p.m. Sunday EST", "(3 a.m. GMT)": a time restated in a known zone
_RESTATED_AS = rx.compile(r"[^.;]{0,60}?(?:,?\s*which\s+(?:is|was|will\s+be)|\bi\.e\.|\bor|\()\s*$")
# "Port Ardent is 13 hours ahead of the US East Coast", "eight hours behind GMT"
_HOURS_APART = rx.compile(
    rf"\b(?P<n>\d{{1,2}}(?:\.5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    rf"|twelve|thirteen|fourteen)\s+hours?\s+(?P<way>ahead\s+of|behind)\s+(?:the\s+)?"
    rf"(?:(?P<zone>(?-i:{_ZONE_UPPER}))\b|(?:US\s+)?(?P<coast>East|West)\s+Coast)",
    re.IGNORECASE,
)
_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"


def _stated_offsets(text: str, day: dt.date | None) -> set[float]:
    """The offsets of the story's local time that the source states: a time it
    restates in a known zone ("9 a.m. on Monday, Port Ardent time, which is 8 p.m.
    Sunday EST": UTC+8), or hours ahead of or behind one."""
    out: set[float] = set()
    times = [m for m in _TIME.finditer(text) if m.group("ap") or m.group("m")]
    for first, then in itertools.pairwise(times):
        zone = then.group("zone")
        if (
            first.group("zone")
            or not zone
            or not _RESTATED_AS.match(text[first.end() : then.start()])
        ):
            continue
        minutes = _clock(first) - _clock(then)
        for base in _seasonal(zone, day):
            offset = (base * 60 + minutes) / 60
            out.update(o for o in (offset - 24, offset, offset + 24) if -12 <= o <= 14)
    for m in _HOURS_APART.finditer(text):
        word = m.group("n").lower()
        n = float(word) if word[0].isdigit() else _HOUR_WORDS.split().index(word) + 1.0
        bases = _seasonal(
            m.group("zone") or ("et" if m.group("coast").lower() == "east" else "pt"), day
        )
        sign = 1 if m.group("way").lower().startswith("ahead") else -1
        out.update(base + sign * n for base in bases if -12 <= base + sign * n <= 14)
    return out


def _clock(m: re.Match[str]) -> int:
    """Minutes after midnight of a time ``_TIME`` read (12-hour clock resolved)."""
    hour, minute, ap = int(m.group("h")), int(m.group("m") or 0), m.group("ap")
    return (_twelve_hour(hour, ap) if ap else hour) * 60 + minute


def _twelve_hour(hour: int, ap: str) -> int:
    """The hour of a 12-hour clock time on the 24-hour clock (8 p.m. → 20)."""
    return hour % 12 + (12 if ap.lower().startswith("p") else 0)


_PLACE = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
# "2 p.m. Washington time"; "22 h 17, heure de Guyane", "hora de Madrid", "ora di Roma"
_PLACE_TIME = rx.compile(
    rf"\s*,?\s*\(?(?:(?P<place>{_PLACE})\s+time\b"
    rf"|(?:heure|hora|ora)\s+(?:de\s+|del\s+|d['’]|di\s+|da\s+|do\s+)(?:la\s+|l['’])?(?P<where>{_PLACE}))"
)


# "6 a.m. PT": standard or daylight time as the season of the story says
_SEASONAL = {
    "et": "America/New_York",
    "eastern": "America/New_York",
    "ct": "America/Chicago",
    "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "central": "America/Chicago",
    "mountain": "America/Denver",
}


# "heure de l'Est", "hora del Pacífico": the same zones named as places
_SEASONAL_WHERE = {
    "est": "America/New_York",
    "este": "America/New_York",
    "centre": "America/Chicago",
    "centro": "America/Chicago",
    "pacifique": "America/Los_Angeles",
    "pacífico": "America/Los_Angeles",
}


def _seasonal(zone: str, day: dt.date | None, *, exact: bool = False) -> tuple[float, ...]:
    """The offsets of a zone the source names; ET, CT and PT on the days around ``day``
    (``exact``: on that day, the one the time is written with). ``zone`` may be the
    name of the IANA zone itself."""
    name = _SEASONAL.get(zone.lower()) or (zone if "/" in zone else None)
    if name is None or day is None:
        return ZONES.get(zone.lower(), ())
    around = (0,) if exact else (-7, 0, 7)
    return tuple(sorted({_offset(name, day + dt.timedelta(days=d)) for d in around}))


def _seasonal_at(
    zone: str, text: str, at: int, published: dt.date | dt.datetime | None
) -> tuple[float, ...]:
    """The offsets of a zone the source names for the time at ``at``: on the day
    written right before it ("on Nov. 18 at 10 a.m. Eastern time"), else in the
    season of publication."""
    day = _day_before(text, at, _day(published))
    return _seasonal(zone, day or _day(published), exact=day is not None)


_MONTH_WORD = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
_DAY_BEFORE_TIME = rx.compile(
    rf"(?:(?P<m1>{_MONTH_WORD})\s*(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_WORD}))"
    r"(?:,\s*(?P<y>\d{4}))?,?\s+(?:at\s+)?$",
    re.IGNORECASE,
)


def _day_before(text: str, at: int, published: dt.date | None) -> dt.date | None:
    """The day written right before a time at ``at`` ("on Nov. 18 at 10 a.m."), in
    its written year, else that of ``published`` (the next one when it would fall
    months before)."""
    m = _DAY_BEFORE_TIME.search(text, max(0, at - 30), at)
    if m is None or published is None:
        return None
    month = month_number(m.group("m1") or m.group("m2"))
    if month is None:
        return None
    try:
        day = dt.date(
            int(m.group("y") or published.year), month, int(m.group("d1") or m.group("d2"))
        )
    except ValueError:
        return None
    if not m.group("y") and (published - day).days > 90:
        day = day.replace(year=day.year + 1)
    return day


def _day(published: dt.date | dt.datetime | None) -> dt.date | None:
    return published.date() if isinstance(published, dt.datetime) else published


def _jst_total(t: SourceTime) -> int:
    """Minutes from the start of the source's day at ``t`` to the same instant in JST."""
    return t.hour * 60 + t.minute - round(t.offset * 60) + 9 * 60


def jst_minutes(t: SourceTime) -> int:
    """The time of day in JST of ``t``, in minutes after midnight: 19:00 CEST → 120."""
    return _jst_total(t) % (24 * 60)


def jst_day_shift(t: SourceTime) -> int:
    """Days Japan time is ahead of the source's day at ``t``: 19:00 CEST → +1 (02:00 JST)."""
    return _jst_total(t) // (24 * 60)


# Zones a Japanese digest names for a local time (米東部時間23日午後4時15分), as IANA
# zones so that daylight saving time is that of the day in question.
_DIGEST_ZONES = {
    "米東部時間": "America/New_York",
    "東部時間": "America/New_York",
    "米中部時間": "America/Chicago",
    "中部時間": "America/Chicago",
    "米山岳部時間": "America/Denver",
    "山岳部時間": "America/Denver",
    "米西部時間": "America/Los_Angeles",
    "太平洋時間": "America/Los_Angeles",
    "ワシントン時間": "America/New_York",
    "ニューヨーク時間": "America/New_York",
    "シカゴ時間": "America/Chicago",
    "ロサンゼルス時間": "America/Los_Angeles",
    "ブリュッセル時間": "Europe/Brussels",
    "ベルリン時間": "Europe/Berlin",
    "ローマ時間": "Europe/Rome",
    "マドリード時間": "Europe/Madrid",
    "英国時間": "Europe/London",
    "ロンドン時間": "Europe/London",
    "中欧時間": "Europe/Paris",
    "欧州中部時間": "Europe/Paris",
    "パリ時間": "Europe/Paris",
    "ドイツ時間": "Europe/Berlin",
    "東欧時間": "Europe/Helsinki",
    "モスクワ時間": "Europe/Moscow",
    "インド時間": "Asia/Kolkata",
    "北京時間": "Asia/Shanghai",
    "中国時間": "Asia/Shanghai",
    "香港時間": "Asia/Hong_Kong",
    "シンガポール時間": "Asia/Singapore",
    "豪東部時間": "Australia/Sydney",
    "シドニー時間": "Australia/Sydney",
    "豪中部時間": "Australia/Adelaide",
    "豪西部時間": "Australia/Perth",
    "ニュージーランド時間": "Pacific/Auckland",
    "米太平洋時間": "America/Los_Angeles",
    "カナダ東部時間": "America/Toronto",
    "大西洋時間": "America/Halifax",
    "ニューファンドランド時間": "America/St_Johns",
    "ハワイ時間": "Pacific/Honolulu",
    "アラスカ時間": "America/Anchorage",
    "コロンビア時間": "America/Bogota",
    "ペルー時間": "America/Lima",
    "チリ時間": "America/Santiago",
    "中央ヨーロッパ時間": "Europe/Paris",
    "中部ヨーロッパ時間": "Europe/Paris",
    "中部ヨーロッパ夏時間": "Etc/GMT-2",
    "中部ヨーロッパ標準時": "Etc/GMT-1",
    "東ヨーロッパ時間": "Europe/Helsinki",
    "東部ヨーロッパ時間": "Europe/Helsinki",
    "西ヨーロッパ時間": "Europe/Lisbon",
    "西部ヨーロッパ時間": "Europe/Lisbon",
    "西欧時間": "Europe/Lisbon",
    "ポルトガル時間": "Europe/Lisbon",
    "アイルランド時間": "Europe/Dublin",
    "トルコ時間": "Europe/Istanbul",
    "南アフリカ時間": "Africa/Johannesburg",
    "東アフリカ時間": "Africa/Nairobi",
    "西アフリカ時間": "Africa/Lagos",
    "湾岸時間": "Asia/Dubai",
    "ドバイ時間": "Asia/Dubai",
    "韓国時間": "Asia/Seoul",
    "台湾時間": "Asia/Taipei",
    "タイ時間": "Asia/Bangkok",
    "ベトナム時間": "Asia/Ho_Chi_Minh",
    "フィリピン時間": "Asia/Manila",
    "インドネシア西部時間": "Asia/Jakarta",
    "メキシコ中部時間": "America/Mexico_City",
    "メキシコ市時間": "America/Mexico_City",
    "ブラジリア時間": "America/Sao_Paulo",
    "アルゼンチン時間": "America/Argentina/Buenos_Aires",
    # Standard and daylight time named as such: a fixed offset (IANA's Etc/GMT+N is UTC−N).
    "米東部標準時": "Etc/GMT+5",
    "東部標準時": "Etc/GMT+5",
    "米東部夏時間": "Etc/GMT+4",
    "東部夏時間": "Etc/GMT+4",
    "米中部標準時": "Etc/GMT+6",
    "中部標準時": "Etc/GMT+6",
    "米中部夏時間": "Etc/GMT+5",
    "中部夏時間": "Etc/GMT+5",
    "山岳部標準時": "Etc/GMT+7",
    "山岳部夏時間": "Etc/GMT+6",
    "太平洋標準時": "Etc/GMT+8",
    "太平洋夏時間": "Etc/GMT+7",
    "英国夏時間": "Etc/GMT-1",
    "中欧標準時": "Etc/GMT-1",
    "中欧夏時間": "Etc/GMT-2",
    "欧州中部夏時間": "Etc/GMT-2",
    "中央ヨーロッパ夏時間": "Etc/GMT-2",
    "中央ヨーロッパ標準時": "Etc/GMT-1",
    "米太平洋標準時": "Etc/GMT+8",
    "米太平洋夏時間": "Etc/GMT+7",
    "米山岳部標準時": "Etc/GMT+7",
    "米山岳部夏時間": "Etc/GMT+6",
    # (longer names first in DIGEST_ZONE: 豪東部夏時間 is no US 東部夏時間)
    "豪東部夏時間": "Etc/GMT-11",
    "豪東部標準時": "Etc/GMT-10",
    "ニュージーランド夏時間": "Etc/GMT-13",
    "ニュージーランド標準時": "Etc/GMT-12",
    "グリニッジ標準時": "UTC",
    "協定世界時": "UTC",
    "GMT": "UTC",
    "UTC": "UTC",
}
DIGEST_ZONE = rx.compile("|".join(sorted(map(re.escape, _DIGEST_ZONES), key=len, reverse=True)))

# Zones that keep daylight saving time: an outlet's offset on its publication day
# may be another on the day of the event it reports (a Washington paper in
# early March, a festival after the clocks change).
_DST_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Halifax",
    "America/Santiago",
    "Europe/London",
    "Europe/Paris",
    "Europe/Helsinki",
    "Australia/Sydney",
    "Australia/Adelaide",
    "Pacific/Auckland",
)


def offset_on(t: SourceTime, day: dt.date) -> bool:
    """Whether a source time whose offset the season decides has that offset on
    ``day`` (any other time: always)."""
    return not t.seasonal or _offset(t.seasonal, day) == t.offset


def _offset(zone: str, day: dt.date) -> float:
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=_zone(zone))
    delta = noon.utcoffset()
    return delta.total_seconds() / 3600 if delta is not None else 0.0


@functools.cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def digest_zone_offset(word: str, day: dt.date) -> float:
    """The offset of a zone a digest names (``DIGEST_ZONE``) on ``day``."""
    return _offset(_DIGEST_ZONES[word], day)


def local_offsets(published: dt.datetime, days: set[dt.date]) -> set[float]:
    """The outlet's offset on ``days``: its offset on publication, and that of the
    same daylight-saving zone on each of ``days``."""
    delta = published.utcoffset()
    if delta is None:
        return set()
    own = delta.total_seconds() / 3600
    out = {own}
    for zone in _DST_ZONES:
        if _offset(zone, published.date()) == own:
            out |= {_offset(zone, day) for day in days}
    return out


# Other names sources give countries whose CLDR name differs.
_PLACE_ALIASES = {
    "Turkey": "TR",
    "Britain": "GB",
    "UK": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "South Korea": "KR",
    "Korea": "KR",
    "Russia": "RU",
    "Vietnam": "VN",
    "Czech Republic": "CZ",
    "Holland": "NL",
    "Guyane": "GF",
    "Martinique": "MQ",
    "Guadeloupe": "GP",
}
# Sources in these languages name countries in their own words (Allemagne, Spanien).
_PLACE_LANGUAGES = ("en", "fr", "de", "es", "it", "pt")
# Cities that are not the name of their IANA zone.
_CITY_ZONES = {
    "Washington": "America/New_York",
    "Ottawa": "America/Toronto",
    "Beijing": "Asia/Shanghai",
    "New Delhi": "Asia/Kolkata",
    "Delhi": "Asia/Kolkata",
    "Geneva": "Europe/Zurich",
    "Frankfurt": "Europe/Berlin",
    "San Francisco": "America/Los_Angeles",
    "Buenos Aires": "America/Argentina/Buenos_Aires",
}

# Zone names that are words or names more often than places: "5am on Christmas Eve",
# "New Jersey", "Regina Albescu"
_NOT_PLACES = frozenset(
    {"Christmas", "Easter", "Wake", "Midway", "Norfolk", "Stanley", "Jersey", "Regina", "Chatham"}
)


@functools.cache
def _places() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """Country names (CLDR, English) and zone cities (New York, Kuala Lumpur) → zones."""
    from babel import Locale
    from babel.core import get_global

    territory_zones = dict(get_global("territory_zones"))
    names: dict[str, tuple[str, ...]] = {}
    # A country that spans many zones (the United States) says too little.
    small = {code: tuple(z) for code, z in territory_zones.items() if len(z) <= 3}
    for language in _PLACE_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in small and len(name) >= 4:
                names.setdefault(name, small[code])
    for alias, code in _PLACE_ALIASES.items():
        if code in small:
            names[alias] = small[code]
    for city, zone in _CITY_ZONES.items():
        names[city] = (zone,)
    for zones in territory_zones.values():
        for zone in zones:
            if zone.count("/") > 1 or zone.startswith("Antarctica/"):
                continue  # (America/North_Dakota/Center: a county seat, no city of note)
            city = zone.rsplit("/", 1)[-1].replace("_", " ")
            if city in _NOT_PLACES:
                continue
            if len(city) >= 4 and not city.startswith(("GMT", "UTC")):
                names.setdefault(city, (zone,))
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return rx.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), names


def place_zones(text: str) -> tuple[str, ...]:
    """The zones of the places ``text`` names (Paris → Europe/Paris)."""
    pattern, names = _places()
    return tuple(dict.fromkeys(zone for m in pattern.finditer(text) for zone in names[m.group(0)]))


def place_offsets(text: str, day: dt.date | None) -> set[float]:
    """Offsets (on ``day``) of the zones of the places ``text`` names."""
    when = day or dt.date.today()
    out: set[float] = set()
    for zone in place_zones(text):
        try:
            out.add(_offset(zone, when))
        except (KeyError, ValueError):  # a zone this system's tzdata lacks
            continue
    return out
