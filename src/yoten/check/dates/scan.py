"""Dates in the digest's Japanese: 2022年, 6月20日, 1950年代, 木曜日, 午後3時, 来年 …"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.normalize import halfwidth
from yoten.check.quantities import is_day_count, is_per_one, is_rate_denominator, may_be_rate
from yoten.textproc import era_year

if TYPE_CHECKING:
    pass


WEEKDAYS_JA = "月火水木金土日"


# What makes "n世紀" a span of n centuries, not the n-th century: 3世紀にわたり, 2世紀以上.
CENTURY_SPAN = r"間|にわた|以上|近く|ぶり|余り|余|超|来|前(?!半)|後(?!半)|足らず|弱|強"


JA_DATE = rx.compile(
    r"""
    (?P<era>令和|平成|昭和)(?P<eray>\d{1,2}|元)年(?:度)?(?:(?P<eram>\d{1,2})月(?:(?P<erad>\d{1,2})日)?)?
    | (?<![\d.])(?P<dec>\d{4}|\d{2})年代
    | (?<![\d.])(?P<y>\d{4})年(?!間|にわたり|ぶり|連続|以上|以内|余り|近く|超|来|目)(?:度)?
        (?:(?P<ym>\d{1,2})月(?:(?P<ymd>\d{1,2})日)?)?
    | (?<![\d.])(?P<y2>\d{2})年(?:度)?(?P<y2m>\d{1,2})月(?:(?P<y2d>\d{1,2})日)?
    | (?<![\d.])(?P<q1>\d{1,2})\s*[~\-–〜]\s*(?P<q2>\d{1,2})月(?!間)(?:期)?
    | (?<![\d.カかヶケヵ箇])(?P<m>\d{1,2})月(?!間)(?:(?P<md>\d{1,2})日(?!間|目))?
    | (?<![\d.~\-–])(?P<d>\d{1,2})日(?!間|目|以上|以内|連続|ぶり|前|後|分|程度|ほど|半
        |[(（][^()（）]{1,8}[)）](?:以内|以上|間|程度|ほど|後|前))
    | (?<![\d.])(?<!約|超)(?<!およそ)(?<!ほぼ|過去|この|ここ)(?P<c>\d{1,2})世紀(?!{CENTURY_SPAN})
    | (?P<wd>[月火水木金土日])曜(?:日)?
    | [(（](?P<wd2>[月火水木金土日])[)）]
    | (?P<ampm>午前|午後)?(?<![\d.])(?P<h>\d{1,2})時(?!間)(?:(?P<min>\d{1,2})分|(?P<half>半))?
    | (?P<noon>正午)(?![\d０-９])
    | (?P<rel>前年同期比|前年同月比|前年比|前月比|前期比|前週比|前日比|一昨年|一昨日|今日|本日|昨日|明日
        |今週|先週|来週|今月|先月|来月|今年|本年|昨年|去年|来年|年末|年内|年初|年明け|月末)
    """.replace("{CENTURY_SPAN}", CENTURY_SPAN),
    re.VERBOSE,
)


# After "YYYY年": 前/後 alone make a span (2000年前, 1500年後); 前半/後半/前後 keep a year.
_YEARS_AGO = rx.compile(r"(?:前|後)(?!半|後)")


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

    def hours(self) -> set[int]:
        """The hours a clock time may be: 午後7時 → {19}; 7時 → {7, 19} (no 午前/午後)."""
        if self.hour is None:
            return set()
        return {self.hour} if self.ampm or self.hour >= 13 else {self.hour, self.hour + 12}


def int_or_none(value: str | None) -> int | None:
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
            ref.month, ref.day = int_or_none(g["eram"]), int_or_none(g["erad"])
        elif g["dec"]:
            ref.decade = int(g["dec"])
        elif g["y"]:
            if _YEARS_AGO.match(folded, m.end()) and int(g["y"]) % 100 == 0 and not g["ym"]:
                continue  # 2000年前: two thousand years ago, a span for the numbers check
            ref.year, ref.month, ref.day = int(g["y"]), int_or_none(g["ym"]), int_or_none(g["ymd"])
        elif g["y2"]:
            ref.year, ref.month, ref.day = (
                2000 + int(g["y2"]),
                int_or_none(g["y2m"]),
                int_or_none(g["y2d"]),
            )
        elif g["q2"]:
            ref.month, ref.month_from = int(g["q2"]), int(g["q1"])
        elif g["m"]:
            ref.month, ref.day = int(g["m"]), int_or_none(g["md"])
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
            ref.weekday = WEEKDAYS_JA.index(g["wd"] or g["wd2"])
        elif g["h"]:
            if is_per_one(folded, m.end("h")) and g["h"] == "1":
                continue
            hour = int(g["h"])
            if g["ampm"] == "午後" and hour < 12:
                hour += 12
            ref.hour, ref.ampm = hour, bool(g["ampm"])
            ref.minute = 30 if g["half"] else int_or_none(g["min"])
        elif g["noon"]:
            ref.hour, ref.ampm, ref.minute = 12, True, 0
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
