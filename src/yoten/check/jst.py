"""Japan-time conversions: a digest's 日本時間 figures derived from the source's clock times.

A translator converts "16:06 GMT on Sunday" into 日本時間10日午前1時6分. The
source's times are read with their zone (GMT, UTC, ET, CET, CEST, BST, IST …;
a time with no zone is taken in the article's own offset), converted to JST
(UTC+9), and a digest time written as Japan time must be one of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["SourceTime", "jst_times", "source_times"]

_ANY_OFFSET = tuple(float(h) for h in range(-12, 15))

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
    "ist": (5.5,),
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
}
# Zones as sources write them, in capitals: "et" and "ist" are French and German words.
_ZONE_UPPER = "|".join(sorted((z.upper() for z in ZONES if len(z) > 1), key=len, reverse=True))
_ZONE_WORD = re.compile(rf"\b(?:{_ZONE_UPPER})\b")
_TIME = re.compile(
    rf"(?<![\d:.])(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?P<mzone>gmt|utc)\b"
    rf"|(?<![\d:.])(?P<h>\d{{1,2}})(?:[:.h](?P<m>\d{{2}}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?"
    rf"(?:\s*\(?(?P<zone>(?-i:{_ZONE_UPPER}))\b\)?)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SourceTime:
    """A clock time the source states, its offset from UTC (hours) and where."""

    hour: int
    minute: int
    offset: float
    start: int  # in the text it was read from
    zoned: bool = True  # the source names the zone (else every offset is tried)


def source_times(text: str, published: dt.date | dt.datetime | None = None) -> list[SourceTime]:
    """Clock times in ``text`` (English-shaped) with their zones."""
    named = {off for m in _ZONE_WORD.finditer(text) for off in ZONES[m.group(0).lower()]}
    local = {0.0, *named}
    if isinstance(published, dt.datetime) and (offset := published.utcoffset()) is not None:
        local.add(offset.total_seconds() / 3600)
    if not isinstance(published, dt.datetime):
        local = set(_ANY_OFFSET)  # no outlet offset known: any whole hour
    out: list[SourceTime] = []
    for m in _TIME.finditer(text):
        if m.group("hh"):
            hour, minute, zone, ap = int(m.group("hh")), int(m.group("mm")), m.group("mzone"), None
        else:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            zone, ap = m.group("zone"), m.group("ap")
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
            hour = hour % 12 + (12 if ap.lower().startswith("p") else 0)
        if hour > 23 or minute > 59:
            continue
        # A time with no zone is local to the story: the outlet's own offset, UTC,
        # or a zone the source names elsewhere (a Paris paper on Dakar, at UTC).
        offsets = ZONES[zone.lower()] if zone else local
        out += [SourceTime(hour, minute, off, m.start(), bool(zone)) for off in offsets]
    return out


def jst_times(times: list[SourceTime]) -> dict[tuple[int, int], SourceTime]:
    """(hour, minute) in JST → the source time it converts."""
    out: dict[tuple[int, int], SourceTime] = {}
    for t in times:
        total = (t.hour * 60 + t.minute - round(t.offset * 60) + 9 * 60) % (24 * 60)
        out.setdefault((total // 60, total % 60), t)
    return out
