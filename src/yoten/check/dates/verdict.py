"""The dates check: each date the digest states is supported, derived, unverified
or contradicted by the source (severity model v2)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.align import number_keys, sentence_at, sentence_start
from yoten.check.jst import jst_minutes
from yoten.check.lexicon import mask_not_dates
from yoten.check.normalize import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, halfwidth
from yoten.check.numerals import swapped_positions
from yoten.check.pieces import Piece
from yoten.check.quantities import scan_japanese
from yoten.check.rules import Kind, Rule
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.models import Finding

if TYPE_CHECKING:
    from yoten.check.align import SourceSentence
    from yoten.check.source import SourceIndex
from yoten.check.dates.facts import (
    JA_REL_TAGS,
    SourceDates,
    full_decade,
    month_shift,
    real_date,
    sentence_dates,
    written_month_days,
)
from yoten.check.dates.fiscal_label import label_beside_span, months_beside_label
from yoten.check.dates.japan_time import (
    in_japan_time,
    japan_time,
    other_zone_day,
    stated_time,
)
from yoten.check.dates.periods import (
    EN_FISCAL_YEAR_NAMED,
    EN_HALF,
    fiscal_year_named,
    half_months,
    year_under_way,
)
from yoten.check.dates.said_day import other_weekday_said
from yoten.check.dates.scan import DateRef, find_dates
from yoten.check.dates.split_years import wrong_split_years
from yoten.check.dates.stated_period import other_period
from yoten.check.dates.weekdays import DAY_WITH_WEEKDAY, weekday_agrees, wrong_weekdays

#: Calendar units as messages name them (marked for the catalog).
_UNIT_WORDS = {
    "day": N_("day"),
    "week": N_("week"),
    "month": N_("month"),
    "quarter": N_("quarter"),
    "year": N_("year"),
}


def _supported(ref: DateRef, facts: SourceDates) -> tuple[bool, str]:
    """Whether ``ref`` is supported, and what the source says instead (for the message)."""
    pub = facts.published
    if ref.rel:
        return _relative_supported(ref.rel, facts)
    if ref.decade is not None:
        decade = full_decade(ref.decade, pub)
        return decade in facts.decades, _("the source states no year in the {decade}s").format(
            decade=decade
        )
    if ref.century is not None:  # 3世紀: the 3rd century, or three centuries
        ok = ref.century in facts.centuries or ref.century in facts.century_spans
        return ok, ""
    if ref.hour is not None:
        hours = ref.hours()
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
        # 12〜2月期, 9〜11月期: three months that are no calendar quarter are a fiscal
        # one, which a source that numbers its quarters (a year to 1 March) may mean
        fiscal = not quarter and (m - ref.month_from) % 12 == 2
        spans = facts.quarters or any((b - a) % 12 == 2 for a, b in facts.month_spans)
        ok = (
            (ref.month_from, m) in facts.month_spans
            or {ref.month_from, m} <= facts.months
            or (quarter and facts.quarters)
            or (fiscal and spans)
            or _rest_of_span(ref.month_from, m, facts.month_spans)
        )
        return ok, ""
    if m is not None:
        return m in facts.months, ""
    if d is not None:  # 1日に3人: the 1st, or "three a day" where the source gives a rate
        return d in facts.days or (ref.per_day and "per-day" in facts.tags), ""
    return True, ""


def _rest_of_span(first: int, last: int, spans: set[tuple[int, int]]) -> bool:
    """Months ``first``–``last`` are what is left of a span the source states once
    another span it states is taken away (the first half less the second quarter:
    1〜3月期)."""
    return any(
        # (the part taken away at the end of the span, or at its start)
        ((a, b, c) == (first, d, last + 1)) or ((a, b, d) == (c, last, first - 1))
        for a, b in spans
        for c, d in spans
        if (a, b) != (c, d)
    )


_BY_AFTER = rx.compile(r"(?:度)?(?:末|中)?までに")
_BY_WORD = rx.compile(
    r"\b(?:by|until|till|before|no\s+later\s+than|d['’]ici|jusqu['’]|avant|bis|spätestens"
    r"|hasta|antes|para|entro|até)\b",
    re.IGNORECASE,
)
_FROM_AFTER = rx.compile(r"(?:度)?(?:から|以降|以後)")
# What a sentence says when one of its years starts a span or a change: since, from,
# between 2019 and 2023, 2016–2021, or a comparison with it ("9.600 weniger als im
# Jahr 2011" for 2001年から約9600人減った)
_FROM_WORD = rx.compile(
    r"\b(?:since|from|starting|beginning|begins?|began|as\s+of|onwards?|after|until|through"
    r"|between|than|compared|against|depuis|dès|à\s+partir|entre|par\s+rapport|seit|ab|von"
    r"|zwischen|als|gegenüber|desde|a\s+partir|hasta|jusqu|frente|respecto)\b"
    r"|\d{4}\s*[-–—]\s*\d{2,4}\b|から|以降|以来|比",
    re.IGNORECASE,
)
_SINCE_AFTER = rx.compile(r"(?:の[^、。]{0,8}?)?(?:以来|ぶり)")
_SINCE_WORD = rx.compile(r"\b(?:since|depuis|seit|desde)\b|以来|ぶり", re.IGNORECASE)
# A year in a role the words after it give, which only a source sentence in the same
# role contradicts: 2030年までに beside "the law applies from 1 July 2027" (a deadline);
# 2018年から試行してきた beside "in 2025 … in 2026" (the start of a span); 2019年以来の
# 広さ beside "more than in 2024" (a year added as a comparison)
# (1987年に開設された: the year a thing was founded, against a sentence that says so)
_FOUNDED_AFTER = rx.compile(
    r"(?:に|の)?(?:開設|開業|創業|設立|創設|創立|開園|開館|開港|発足)(?:され|し)た"
)
_FOUNDED_WORD = rx.compile(
    r"\b(?:founded|established|opened|built|created|set\s+up|launched|inaugurated|since"
    r"|fond[ée]e?s?|cr[ée]{2}e?s?|ouverte?s?|inaugur[ée]e?s?|construite?s?|depuis|gegründet"
    r"|eröffnet|erbaut|errichtet|seit|fundad[oa]s?|inaugurad[oa]s?|abiert[oa]s?|construid[oa]s?"
    r"|desde)\b|設立|開設|創業|開業|創設|創立|開園|開館|発足|以来",
    re.IGNORECASE,
)
_YEAR_ROLES = (
    (_BY_AFTER, _BY_WORD),
    (_FROM_AFTER, _FROM_WORD),
    (_SINCE_AFTER, _SINCE_WORD),
    (_FOUNDED_AFTER, _FOUNDED_WORD),
)


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
    return _("the source gives {month}").format(month=f"{MONTHS[cm - 1]} {cy}")


def _relative_supported(rel: str, facts: SourceDates) -> tuple[bool, str]:
    tag = JA_REL_TAGS.get(rel, "")
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
            return month_shift(pub, offset) in facts.month_years, ""
        if unit == "year":
            return pub.year + offset in facts.years, f"published {pub.isoformat()}"
        return False, ""  # weeks: only the words themselves
    if tag == "year-end":
        return (pub.year, 12) in facts.month_years, ""
    if tag == "year-start":
        return (pub.year, 1) in facts.month_years or (pub.year + 1, 1) in facts.month_years, ""
    return False, ""


# (digits around, not \b: 2024年 in a Japanese source has no word boundary before 年)
_YEAR_WORD = rx.compile(r"(?<![\d,.])(?:1[5-9]\d\d|20\d\d)(?![\d]|[,.]\d)")


_DECADE_WORD = rx.compile(
    r"\b(?:1[0-9]{2}0|20[0-9]0)s\b|['’][0-9]0s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)


_MONTH_WORD = rx.compile(rf"\b(?:{MONTH_NAMES})\b|(?<!\d)\d{{1,2}}月(?!期)", re.IGNORECASE)


_QUARTER_WORD = rx.compile(r"\bquarter\b|\bQ[1-4]\b", re.IGNORECASE)


_DAY_WORD = rx.compile(
    rf"\b(?:{WEEKDAY_NAMES}|yesterday|today|tomorrow|tonight)\b"
    rf"|\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b"
    r"|(?<!\d)\d{1,2}日(?!間|連続|ぶり)|[月火水木金土日]曜|昨日|今日|明日",  # a Japanese source
    re.IGNORECASE,
)


# a day of the month written as such (not a weekday or a relative word)
_DATED_DAY = rx.compile(
    rf"\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b"
    r"|(?<!\d)\d{1,2}日(?!間|連続|ぶり)",
    re.IGNORECASE,
)
# What follows "1日" when it is the 1st of a month, not "one day": 1日付, 1日から, 1日午後.
_DAY_OF_MONTH_AFTER = rx.compile(
    r"\s*(?:付|から|まで|時点|以降|以来|未明|早朝|朝|昼|夕|夜|深夜|午前|午後|正午|[(（、,]"
    r"|に(?:は|も)?(?:[^\d〇一二三四五六七八九十約]|$))"
)
# 1日にバケツ1杯, 1日に3回: how much a day, a figure right after
_PER_DAY_AFTER = rx.compile(r"に(?:は|も)?[^、。\d]{0,6}\d")
_CLOCK_WORD = rx.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am|pm)\b|\b\d{4}\s?(?:GMT|UTC)\b|\bnoon\b|\bmidnight\b"
    # a Japanese source's own Japan time: 日本では同日午後10時15分から
    r"|(?:日本時間|日本では)[^。\d]{0,6}\d{1,2}時(?!間)",
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
        for finding in wrong_split_years(piece, source) if source is not None else []:
            if finding.span not in seen:
                seen.add(finding.span)
                findings.append(finding)
        for finding, judged in wrong_weekdays(piece, masked, facts, source):
            if finding.span not in seen:
                # the day and the weekday are judged together here, not again apart
                seen.update({finding.span, *(r.span for r in find_dates(judged))})
                findings.append(finding)
        paired = [
            (m.end("d"), m.end())  # from after 日: the weekday's bracket, (木)
            for m in DAY_WITH_WEEKDAY.finditer(masked)
            if weekday_agrees(m, facts.published)
        ]
        for ref in find_dates(masked):
            if ref.span in seen:
                continue
            if ref.weekday is not None and any(a <= ref.start < b for a, b in paired):
                continue  # 15日(月曜日): the weekday of a day, judged with it above
            if ref.span == "正午" and not in_japan_time(masked, ref):
                continue  # 正午過ぎ, 正午ごろ: noon as a time of day, judged only as Japan time
            beside = label_beside_span(piece, masked, ref, source)
            if beside is not None:  # (before 今年度: the span beside it says which year)
                seen.add(ref.span)
                findings.append(beside)
                continue
            if _year_under_way(masked, ref, facts):
                continue
            named = _fiscal_year_named(piece, masked, ref, source)
            if named is not None:
                seen.add(ref.span)
                findings.append(named)
                continue
            ok, instead = _supported(ref, facts)
            said = (
                other_weekday_said(piece, ref, facts, source)
                if source is not None and not in_japan_time(masked, ref)
                else None
            )
            if said is not None:  # 24日(木)、…発表した for "said on Wednesday"
                seen.add(ref.span)
                findings.append(said)
                continue
            # (2025年12月期決算 for "results for 2025": a calendar year is a fiscal year
            # that ends in December)
            ok = ok or _calendar_year_label(masked, ref, facts, source)
            other_end = _other_fiscal_end(masked, ref, facts, source)
            if other_end is not None:
                seen.add(ref.span)
                findings.append(_fiscal_finding(piece, ref, other_end, source))
                continue
            months = (
                months_beside_label(piece, masked, ref, facts, source)
                if source is not None
                else None
            )
            if months is not None:
                if months.span not in seen:
                    seen.add(months.span)
                    findings.append(months)
                continue
            if (
                ok
                and source is not None
                and (ref.day is not None or ref.hour is not None)
                and in_japan_time(masked, ref)
            ):
                # a Japan-time day the source also gives may still be the wrong day
                # for the time beside it (19:00 CET on the 14th is the 15th in JST);
                # a Japan-time hour the source gives as a local one may still be a
                # wrong conversion (日本時間同日午後10時 for 8 p.m. at UTC+8)
                checked = japan_time(ref, piece, source, [])
                if checked is not None and checked.severity == "error":
                    seen.add(ref.span)
                    findings.append(checked)
                continue
            if source is not None and ref.month_from is not None and ref.month:
                # 7〜9月期 (the source speaks of it or not), where the sentence restated
                # names Q2
                from yoten.check.quarters import restated_quarter, year_quarter

                wrong = restated_quarter(
                    piece, (ref.start, ref.end), (ref.month_from, ref.month), source
                )
                year = ref.year or _year_just_before(masked, ref.start)
                if wrong is None and year is not None:
                    # 2027年4〜6月期 for "the third quarter of 2027"
                    wrong = year_quarter(
                        piece, (ref.start, ref.end), year, (ref.month_from, ref.month), source
                    )
                if wrong is None:
                    wrong = _other_half(piece, masked, ref, source)
                if wrong is None:
                    wrong = other_period(piece, masked, ref, source, facts.published)
                if wrong is not None:
                    seen.add(ref.span)
                    findings.append(wrong)
                    continue
                if ok:
                    continue
            if (
                ok
                or (source is not None and stated_time(ref, source))
                or _offset_day(masked, ref, facts)
                or _span_start(piece.text, ref, facts)
                or _named_weekday_near_date(piece.text, ref, facts)
                or (source is not None and _offset_time(masked, ref, source))
                or (source is not None and _time_after_duration(masked, ref, source))
                or (source is not None and _days_counted(piece.text, ref, source))
                or (source is not None and _months_counted(piece.text, ref, source))
                or _month_of_span_stated(masked, ref, facts)
                or _fiscal_months_in_brackets(
                    masked, ref, facts, japanese=source is not None and source.japanese
                )
            ):
                continue
            if ref.span == "正午":
                # noon in Japan time: a wrong conversion, or nothing (the source's
                # "midnight" is no time it reads)
                checked = japan_time(ref, piece, source, []) if source is not None else None
                if checked is not None and checked.severity == "error":
                    seen.add(ref.span)
                    findings.append(checked)
                continue
            seen.add(ref.span)
            message = _("the source does not give {date}").format(date=ref.span)
            if instead:
                message += f"; {instead}"
            findings.append(_judge(ref, piece, message, facts, source))
    return findings


_COMPARED_BEFORE = rx.compile(
    # (not a forecast revised: "down from an earlier forecast of 14 to 15 per cent")
    r"\b(?:up|down|rising|falling|rose|fell)\s+from\b(?!\s+(?:an?|its|the)\s+(?:earlier|"
    r"previous|prior|initial|original)\s+(?:forecast|estimate|projection|guidance|target|"
    r"outlook))|\bcompared\s+with\b|\ba\s+year\s+"
    r"(?:earlier|before|ago)\b|\blast\s+year\b|\bthe\s+previous\s+year\b",
    re.IGNORECASE,
)
_FISCAL_WORD = rx.compile(r"\b(?:fiscal|financial)\s+year|\bFY\s?\d", re.IGNORECASE)
# a year whose halves may not start in January: "fiscal 2024", "the six months to
# December 31"
_HALVES_OTHERWISE = rx.compile(
    rf"{_FISCAL_WORD.pattern}|\b(?:fiscal|financial)\s+\d{{4}}\b"
    r"|\bsix\s+months\s+(?:to|ended|ending)\b",
    re.IGNORECASE,
)


# 前年度, 前期, 前年同期比: the digest sentence's own word for the year compared with
_PREVIOUS_YEAR_JA = rx.compile(r"前(?:年|期|会計年度|事業年度)")


def _years_named(text: str) -> set[int]:
    """The years a source sentence writes: 2025 and the second of a split one (2024-25)."""
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)}
    for first, second in re.findall(r"(?<!\d)((?:19|20)\d\d)[-–/](\d\d)(?!\d)", text):
        if int(second) == (int(first) + 1) % 100:
            years.add(int(first) + 1)
    return years


# 2027年3月期: a fiscal year named by its last month
_LABEL = rx.compile(r"\d{4}年\d{1,2}月期")


_THIS_PERIOD = rx.compile(r"今期|当期|今年度|今会計年度|今事業年度")
_NEXT_PERIOD = rx.compile(r"来期|来年度|来会計年度|翌期")


def _year_under_way(text: str, ref: DateRef, facts: SourceDates) -> bool:
    """今期(2026年6月期) in December 2025, where the source's fiscal years end in June:
    the year under way at publication (or the next, 来期), which the digest names as
    such beside "the year that ended on June 30"."""
    if ref.year is None or ref.month is None or ref.day is not None or ref.month_from is not None:
        return False
    if not text.startswith("期", ref.end) or facts.published is None:
        return False
    if ref.month not in {month for _year, month in facts.fiscal_ends}:
        return False
    sentence = sentence_at(text, ref.start)
    under_way = year_under_way(facts.published, ref.month)
    if _THIS_PERIOD.search(sentence):
        return ref.year == under_way
    return _NEXT_PERIOD.search(sentence) is not None and ref.year == under_way + 1


_BRACKETED = rx.compile(r"[(（][^()（）]{1,40}[)）]")


# 2027年度 in a Japanese source
_JA_FISCAL_YEAR = rx.compile(r"((?:19|20)\d\d)年度")


def _fiscal_year_named(
    piece: Piece, text: str, ref: DateRef, source: SourceIndex | None
) -> Finding | None:
    """The error for a fiscal year the digest numbers (2028年度) where the source
    sentence it restates numbers one other ("the first bond sale is planned for fiscal
    2027"); None where it numbers it so, or none, or several."""
    if source is None or ref.year is None or ref.month is not None or "度" not in ref.span:
        return None
    sentence = sentence_at(text, ref.start)
    # (its own span in brackets aside: 2028年度(2027年7月〜2028年6月))
    at = ref.end - sentence_start(text, ref.start)
    own = _BRACKETED.match(sentence, at)
    unbracketed = sentence[:at] + sentence[own.end() :] if own else sentence
    written = {r.year for r in find_dates(unbracketed) if r.year is not None}
    if written != {ref.year}:
        return None  # (2026年度は…2024年度は: which year restates which is not known)
    if source.japanese and re.search(
        rf"(?<!\d)(?:{ref.year}|{ref.year % 100:02d})年度", halfwidth(source.text)
    ):
        return None  # (a Japanese source that writes the label itself: 2026年度, 26年度)
    split = re.search(r"(\d{4})\s*[-/／–〜~]\s*(\d{2}|\d{4})", halfwidth(ref.span))
    if split is not None:
        first, second = split.group(1), split.group(2)[-2:]
        if re.search(rf"(?<!\d){first}\s*[-/–]\s*(?:20)?{second}(?!\d)", source.text):
            return None  # (2028-29年度 for "return to balance in 2028-29": named as written)
    restated = source.align(sentence, ignore=[float(ref.year)])[:1]
    years = {
        fiscal_year_named(m)
        for s in restated
        for m in EN_FISCAL_YEAR_NAMED.finditer(s.norm or s.text)
    } | {int(y) for s in restated if source.japanese for y in _JA_FISCAL_YEAR.findall(s.text)}
    # (the sentence restated writes no other year: "the fiscal year that ended on
    # September 30, 2024, … compared with 11,240 in fiscal 2023")
    if len(years) != 1 or ref.year in years or _years_named(restated[0].text) != years:
        return None
    if _COMPARED_BEFORE.search(restated[0].norm or restated[0].text):
        return None  # ("a deficit in that year, compared with a surplus in fiscal 2024")
    from yoten.check.source import evidence

    return Finding(
        kind=Kind.DATE,
        severity="error",
        section=piece.section,
        span=piece.text[ref.start : ref.end],
        message=_("the source names fiscal {year}").format(year=years.pop()),
        rule=Rule.DATE_CONTRADICTED,
        evidence=evidence(restated),
    )


def _other_half(piece: Piece, text: str, ref: DateRef, source: SourceIndex) -> Finding | None:
    """The error for a half year the digest writes as months (2028年1〜6月) where the
    source sentence it restates names only the other half ("in the second half of
    2028"); None otherwise."""
    months = (ref.month_from, ref.month)
    if months not in ((1, 6), (7, 12)):
        return None
    if _HALVES_OTHERWISE.search(source.text):
        return None  # (the first half of a year to June is July to December)
    # (of the two sentences it restates best: a digest sentence may join two)
    restated = [
        s
        for s in source.align(sentence_at(text, ref.start), ignore=[1.0, 6.0, 7.0, 12.0])[:2]
        if EN_HALF.search(s.norm or s.text)
    ]
    named = {half_months(m) for s in restated for m in EN_HALF.finditer(s.norm or s.text)}
    if not named or months in named:
        return None
    # (a half the source names too, elsewhere: 7〜12月 for the full year less the first
    # half, where the source speaks of "the second half" further on)
    if any(
        half_months(m) == months
        for s in source.sentences
        for m in EN_HALF.finditer(s.norm or s.text)
    ):
        return None
    from yoten.check.source import evidence

    first, last = named.pop()
    return Finding(
        kind=Kind.MISMATCH,
        severity="error",
        section=piece.section,
        span=piece.text[ref.start : ref.end],
        message=_("the source names another half year ({months})").format(
            months=f"{first}〜{last}月"
        ),
        rule=Rule.DATE_CONTRADICTED,
        evidence=evidence(restated),
    )


def _calendar_year_label(
    text: str, ref: DateRef, facts: SourceDates, source: SourceIndex | None
) -> bool:
    """2025年12月期: the year to December, where the sentence restated speaks of 2025
    ("net profit fell 43% in 2025") and the source of no fiscal year ending in another
    month."""
    if not (
        source is not None
        and ref.month == 12
        and ref.year is not None
        and ref.day is None
        and ref.month_from is None
        and text.startswith("期", ref.end)
        and all(month == 12 for _year, month in facts.fiscal_ends)
    ):
        return False
    restated = source.align(sentence_at(text, ref.start), ignore=[float(ref.year)])[:1]
    return any(ref.year in _years_named(s.norm or s.text) for s in restated)


def _year_just_before(text: str, at: int) -> int | None:
    """The year written right before a span of months (2027年 of 2027年4〜6月期)."""
    m = re.search(r"((?:19|20)\d\d)年$", text[max(0, at - 5) : at])
    return int(m.group(1)) if m else None


def _other_fiscal_end(
    text: str, ref: DateRef, facts: SourceDates, source: SourceIndex | None
) -> tuple[int, int] | None:
    """For a fiscal year the digest names by its last month (2025年7月期), the end of
    the source's fiscal year when that falls in another month (August 2025), or the
    end of the one the sentence restated names, in another year (2025年3月期の融資額
    for "lending in the financial year to March 31, 2026")."""
    if ref.year is None or ref.month is None or ref.day is not None or ref.month_from is not None:
        return None
    if not text.startswith("期", ref.end) or not facts.fiscal_ends:
        return None
    year = ref.year
    if ref.month in {month for _year, month in facts.fiscal_ends}:
        if source is None or facts.published is None:
            return None
        if source.japanese and f"{year}年{ref.month}月期" in halfwidth(source.text):
            return None  # (a Japanese source that writes the label itself)
        # (a year the source names too may still not be the one the sentence restates:
        # 2026年9月期の売上高を101億〜105億ドルと予想 for "$10.1 billion to $10.5 billion
        # for fiscal 2027", beside "the full fiscal year ended in September")
        known = (year, ref.month) in facts.fiscal_ends
        sentence = sentence_at(text, ref.start)
        # (one label in the sentence, not a run of years: 2027年3月期から2031年3月期まで)
        one_label = len(_LABEL.findall(sentence)) == 1
        if known and not one_label:
            return None
        # (the sentence restated is the one that states a figure of the digest sentence
        # and does not write q's year: "between the year ending March 31, 2020 and the
        # one ending March 31, 2023")
        values = [r.value for q in scan_japanese(sentence) for r in q.readings]
        # (the figures, not the parts of the sentence's dates: 4 of 4日(水曜日))
        undated = sentence
        for other in find_dates(sentence):
            undated = undated[: other.start] + " " * len(other.span) + undated[other.end :]
        # (each figure as written too: 21万トン is also the source's "210,000 dry tonnes")
        figures = number_keys(
            value
            for q in scan_japanese(undated)
            for value in (q.figure, *(r.value for r in q.readings))
            if value not in (year, ref.month)
        )
        restated = source.align(sentence, values=values, ignore=[float(year)])
        month_year = rx.compile(rf"\b{MONTHS[ref.month - 1]}\b[^.]{{0,12}}\b{year}\b", re.I)
        if not figures and any(
            (year, ref.month)
            in sentence_dates(s, facts.published, japanese=source.japanese).fiscal_ends
            or month_year.search(s.norm or s.text)
            for s in restated
        ):
            # (aligned by names only, the runner-up may be the one meant: "a challenging
            # but profitable year to March 2026")
            return None
        aligned = [
            s
            for s in restated[:1]
            # (a sentence with no other figure aligns by its names, to a sentence
            # that names one fiscal year: 社長は…2026年3月期の販売量を押し下げると警告
            # for "Agarwal warned … in the financial year ending March 31, 2027")
            if (
                figures & s.numbers
                if figures
                else len(_FISCAL_WORD.findall(s.norm or s.text)) == 1
                # ("expects to return to profit in the year to the end of February 2027")
                or len(sentence_dates(s, facts.published, japanese=source.japanese).fiscal_ends)
                == 1
            )
            # (the first year of a split one is no such year: 2026年3月期 for "the
            # 2026/27 financial year, which ends on 31 March 2027")
            and not re.search(rf"(?<!\d){year}(?![-–/]\d\d)(?!\d)", s.text)
        ]
        named = {
            end
            for s in aligned
            for end in sentence_dates(s, facts.published, japanese=source.japanese).fiscal_ends
        }
        if known and not (figures and named):
            return None  # (only a figure of the sentence restated, in its own year)
        if not named and one_label:
            # ("the deficit for 2024-25 widened", where the source says elsewhere that
            # its fiscal years end in March: the years of the document the sentence
            # names)
            named = {
                end
                for s in aligned
                for end in facts.fiscal_ends
                if end[1] == ref.month and end[0] in _years_named(s.text)
            }
        if not named or (year, ref.month) in named:
            return None
        if (
            named == {(year + 1, ref.month)}
            and any(_COMPARED_BEFORE.search(s.norm or s.text) for s in aligned)
            # (2025年3月期の出荷量は…前年度の6150万トンから増えた: the sentence names the
            # year compared with on its own, so the label is the later one)
            and not _PREVIOUS_YEAR_JA.search(sentence)
        ):
            # "62 crore in the financial year ending March 31, 2027, up from 51.4
            # crore": the year before it is the one compared with (2026年3月期の5億1400万回)
            return None
        return min(named, key=lambda end: abs(end[0] - year))
    return min(facts.fiscal_ends, key=lambda end: abs(end[0] - year))


# 1〜2月, 1〜3月期: a span of months the digest sentence writes
_MONTH_SPAN = rx.compile(r"(?<!\d)(1[0-2]|[1-9])\s*[〜~～\-–]\s*(1[0-2]|[1-9])月")


# 2024/25年度(7月〜翌年6月): the twelve months of a fiscal year, in brackets after it
_FISCAL_MONTHS = rx.compile(
    r"(?:(?P<label>\d{4})(?:会計|事業)?)?(?P<office>事務)?年度\s*[(（]\s*(?:(?P<y>\d{4})年)?"
    r"(?P<a>1[0-2]|[1-9])月\s*[〜~～\-–]\s*(?:翌年|(?P<y2>\d{4})年|\d{2}年)?"
    r"(?P<b>1[0-2]|[1-9])月\s*[)）]"
)


def _fiscal_months_in_brackets(
    text: str, ref: DateRef, facts: SourceDates, *, japanese: bool = False
) -> bool:
    """A month of the twelve a digest writes in brackets after a fiscal year it names
    (2024/25年度(7月〜翌年6月)), where the source names no fiscal year ending in another
    month: the span of the label, explained."""
    if ref.month is None or ref.day is not None:
        return False
    for m in _FISCAL_MONTHS.finditer(text, max(0, ref.start - 16), ref.end + 16):
        first, last = int(m.group("a")), int(m.group("b"))
        if not m.start() <= ref.start < m.end() or (first - 2) % 12 + 1 != last:
            continue
        if m.group("office") and first == 7:
            return True  # (2024事務年度(2024年7月〜2025年6月): a tax office's year, July on)
        if m.group("y"):
            # (years written in the span: 2025年度(2025年4月〜2026年3月) for "FY2025", a
            # year that starts in its label's year or ends in it, as countries count)
            label, y, y2 = m.group("label"), int(m.group("y")), m.group("y2")
            end = y + (last < first)
            if label is None or not (
                # (a Japanese source's 2025年度 starts in 2025; elsewhere a fiscal year is
                # named by the year it ends in, or, running April to March, by either:
                # Singapore's FY2025 starts in April 2025)
                y == int(label)
                if japanese
                else end == int(label) or (y == int(label) and first == 4)
            ):
                continue
            if y2 is not None and int(y2) != end:
                continue
            # (a source that says when its fiscal years end says which: "fiscal 2025
            # ended on September 30, 2025" is no 2025年10月〜2026年9月)
            ends = {year for year, month in facts.fiscal_ends if month == last}
            if ends and end not in ends:
                continue
            return True
        return not facts.fiscal_ends or any(month == last for _y, month in facts.fiscal_ends)
    return False


def _month_of_span_stated(text: str, ref: DateRef, facts: SourceDates) -> bool:
    """A month inside a span of months its own sentence writes and the source states
    (1〜2月の輸出量は39万トンで、1月だけで23万トン for "in the first two months" and
    February's figure): a part of that span, worked out."""
    if ref.month is None or ref.month_from is not None or ref.day is not None:
        return False
    sentence = sentence_at(text, ref.start)
    return any(
        (int(m.group(1)), int(m.group(2))) in facts.month_spans
        and int(m.group(1)) <= ref.month <= int(m.group(2))
        for m in _MONTH_SPAN.finditer(halfwidth(sentence))
    )


def _fiscal_finding(
    piece: Piece, ref: DateRef, end: tuple[int, int], source: SourceIndex | None
) -> Finding:
    from yoten.check.source import evidence

    year, month = end
    sentence = sentence_at(piece.text, ref.start)
    return Finding(
        kind=Kind.DATE,
        severity="error",
        section=piece.section,
        span=piece.text[ref.start : ref.end + 1],
        message=_("the source's fiscal year ends in {month}").format(
            month=f"{MONTHS[month - 1]} {year}"
        ),
        rule=Rule.DATE_CONTRADICTED,
        evidence=evidence(source.align(sentence) if source is not None else []),
    )


def _days_counted(text: str, ref: DateRef, source: SourceIndex) -> bool:
    """A bare N日 the sentence restated states as a count of days (従来の記録31日を
    for "the previous mark of 31 days"): a duration, for the numbers check."""
    if ref.day is None or (ref.year, ref.month, ref.weekday, ref.hour) != (None,) * 4:
        return False
    aligned = source.align(sentence_at(text, ref.start))
    return any("day" in s.units and s.figure == ref.day for s in source.quantities_in(aligned))


# 1週間前の3月31日, 3日後の9日: a day the digest counts from a source day
_OFFSET_BEFORE = rx.compile(r"(?P<n>\d{1,3})(?P<unit>日|週間|週)(?P<dir>前|後)の?$")


# 58分後の18時40分, 2時間後の午後3時, 58分後の3日0時45分: a time the digest counts from
# a source time (the day it falls on may stand between)
_OFFSET_TIME_BEFORE = rx.compile(
    r"(?P<n>\d{1,3})(?P<unit>分|時間)(?P<dir>後|前)[の、]?"
    # (60分前、東部時間午後9時59分: the zone the time is in, the source's own)
    r"(?:(?P<jst>日本時間)|(?:東部|中部|山岳部|太平洋|現地|西部|中央ヨーロッパ|英国|米東部)時間)?"
    r"(?:(?:翌|同)?\d{0,2}日)?$"
)


def _moved_source_time(
    ref: DateRef, source: SourceIndex, steps: Iterable[int], *, japan: bool = False
) -> bool:
    """Whether clock time ``ref`` is a source time moved by one of ``steps`` (minutes);
    ``japan``: the source time converted to Japan time first."""
    targets = {h % 24 * 60 + (ref.minute or 0) for h in ref.hours()}
    return any(
        ((jst_minutes(t) if japan else t.hour * 60 + t.minute) + step) % 1440 in targets
        for t in source.times
        for step in steps
    )


def _offset_time(text: str, ref: DateRef, source: SourceIndex) -> bool:
    """Whether ``ref`` is a source time moved by the minutes or hours written before it."""
    m = _OFFSET_TIME_BEFORE.search(text, max(0, ref.start - 16), ref.start)
    if m is None or ref.hour is None:
        return False
    step = int(m.group("n")) * (60 if m.group("unit") == "時間" else 1)
    step = step if m.group("dir") == "後" else -step
    # (58分後の日本時間4日午前11時8分: a source time in Japan time, moved)
    return _moved_source_time(ref, source, [step], japan=bool(m.group("jst")))


_FROM_THEN_SPAN = rx.compile(r"から(?:約|およそ)?(?P<span>\d[\d時間分秒半]*)(?:後|前)")


def _time_after_duration(text: str, ref: DateRef, source: SourceIndex) -> bool:
    """Whether ``ref`` is a source time moved by a duration its sentence states (午前11時
    に始まった総会は3時間20分続き、午後2時20分まで: 11:00 + 3:20; 午後11時4分から38分後:
    the source's 11:42 p.m. less 38 minutes)."""
    if ref.hour is None:
        return False
    start = sentence_start(text, ref.start)
    sentence = sentence_at(text, ref.start)
    at = ref.start - start
    # (after it, only the span right after its から: 午後11時4分から38分後)
    after = _FROM_THEN_SPAN.match(sentence, at + len(ref.span))
    # (or the end of a span its sentence counts after it: 午前8時から午後8時までの12時間)
    until = sentence.startswith("まで", at + len(ref.span))
    # (a bare 38分 there is a span; before it, 30分 may be a clock time's minutes)
    per_minute = {"dur": 1 / 60, "minute": 1, "hour": 60}  # (seconds, minutes, hours)
    steps = {
        round(r.value * per_minute[r.unit])
        for part, units in (
            (sentence[:at], {"dur"}),
            (after.group("span") if after else "", set(per_minute)),
            (sentence[at + len(ref.span) :] if until else "", {"dur", "hour"}),
        )
        for q in scan_japanese(part)
        for r in q.readings
        if r.unit in units and 0 < r.value * per_minute[r.unit] < 1440
    }
    return _moved_source_time(ref, source, [sign * step for step in steps for sign in (1, -1)])


# 4月30日(木)に始まり、8週間(6月25日まで): the end of a span the digest counts from
# a date of its own sentence
_SPAN_BEFORE = rx.compile(r"(?P<n>\d{1,3})(?P<unit>日間|週間)[(（]$")


def _span_end(text: str, ref: DateRef) -> bool:
    """Whether ``ref`` ends a span of days or weeks the digest writes right before it,
    counted from an earlier date of its sentence (the last day, or the day after), or
    one it closes (16日(木)から22日(水)までの1週間: the seventh day from the 16th)."""
    closed = _SPAN_CLOSED.match(text, ref.end)
    opened = _SPAN_OPENED.search(text, max(0, ref.start - 12), ref.start)
    if closed is not None and opened is not None and ref.day is not None:
        days = int(closed.group("n")) if closed.group("n") else 7 * int(closed.group("w") or 1)
        # (the last day, in the month or the next one)
        return int(opened.group("d")) + days - 1 - ref.day in (0, 28, 29, 30, 31)
    m = _SPAN_BEFORE.search(text, max(0, ref.start - 8), ref.start)
    if m is None or ref.month is None or ref.day is None:
        return False
    days = int(m.group("n")) * (1 if m.group("unit") == "日間" else 7)
    start = sentence_start(text, ref.start)
    for other in find_dates(text[start : m.start()]):
        if other.month is None or other.day is None:
            continue
        for year in (2001, 2004):  # (any year: a leap one for 29 February)
            try:
                first = dt.date(year, other.month, other.day)
                last = dt.date(year, ref.month, ref.day)
            except ValueError:
                continue
            if (last - first).days % 365 in (days - 1, days):
                return True
    return False


# 16日(木)から22日(水)までの1週間, 3日から9日までの7日間: a span the digest closes
_SPAN_OPENED = rx.compile(r"(?<!\d)(?P<d>\d{1,2})日(?:[(（][月火水木金土日][)）])?から$")
_SPAN_CLOSED = rx.compile(
    r"(?:[(（][月火水木金土日][)）])?まで(?:の|で)?(?:(?P<n>\d{1,2})日間|(?P<w>\d)?週間)"
)
# 15日(土)から9日間: the first day of a span of days the digest counts
_SPAN_AFTER = rx.compile(r"(?:[(（][月火水木金土日][)）])?から(?P<n>\d{1,2})日間")


# 6月1日から4カ月間、つまり9月末まで: the month a span of months from a first day ends in
_MONTH_END_AFTER = rx.compile(r"(?:の)?(?:末|いっぱい)")
_MONTHS_SAID = rx.compile(r"(?<![\d.])(\d{1,2})(?:カ|か|ヵ|ケ|ヶ|箇)月")


def _months_counted(text: str, ref: DateRef, source: SourceIndex) -> bool:
    """Whether ``ref`` (9月末) ends a span of whole months from the first of the month
    its sentence starts it in (6月1日から), as many months as the digest sentence or the
    source says ("pendant 4 mois à compter du 1er juin": June to September)."""
    if ref.month is None or ref.day is not None or not _MONTH_END_AFTER.match(text, ref.end):
        return False
    start = sentence_start(text, ref.start)
    first = [
        d
        for d in find_dates(text[start : ref.start])
        if d.month is not None and d.day in (None, 1) and text.startswith("から", start + d.end)
    ]
    if not first:
        return False
    months = (ref.month - (first[-1].month or 0)) % 12 + 1
    said = {int(n) for n in _MONTHS_SAID.findall(text[start : ref.start])}
    return months in said or any(
        "month" in q.units and q.figure == months for q in source.quantities
    )


def _named_weekday_near_date(text: str, ref: DateRef, facts: SourceDates) -> bool:
    """Whether ``ref``, a day written with its weekday (10日(月)), ends a span its
    sentence opens on a date the source gives, as the first day of that weekday after
    it, and the source names the weekday ("desde el sábado … hasta el lunes" beside
    "el sábado 8 de marzo": 3月8日(土)午後10時から10日(月)午前5時まで)."""
    m = DAY_WITH_WEEKDAY.match(text, ref.start)
    if m is None or ref.day is None:
        return False
    weekday = "月火水木金土日".index(m.group("wd"))
    opened = _SPAN_OPENS.search(text, max(0, ref.start - 30), ref.start)
    if weekday not in facts.weekdays or opened is None:
        return False
    first = int(opened.group("d"))
    for year, month, day in facts.full:
        if day != first or not real_date(year, month, day):
            continue
        start = dt.date(year, month, day)
        after = next(
            start + dt.timedelta(days=k)
            for k in range(1, 8)
            if (start + dt.timedelta(days=k)).weekday() == weekday
        )
        if after.day == ref.day:
            return True
    return False


# 3月8日(土)午後10時から: the start of a span, a day of the sentence, right before
_SPAN_OPENS = rx.compile(
    r"(?P<d>\d{1,2})日\s*(?:[(（][月火水木金土日](?:曜日?)?[)）])?[^、。\d]{0,4}"
    r"(?:\d{1,2}時(?:\d{1,2}分|半)?)?\s*(?:から|〜|~)$"
)


def _span_start(text: str, ref: DateRef, facts: SourceDates) -> bool:
    """Whether ``ref`` starts a span of days the digest writes right after it whose
    last day the source gives (23日、9日間の日程を終え: from the 15th)."""
    m = _SPAN_AFTER.match(text, ref.end)
    if m is None or ref.day is None:
        return False
    last = ref.day + int(m.group("n")) - 1
    return any(day in facts.days for day in (last, last - 30, last - 31))


def _offset_day(text: str, ref: DateRef, facts: SourceDates) -> bool:
    """Whether ``ref`` is a source day moved by the offset the digest writes before it."""
    if _span_end(text, ref):
        return True
    m = _OFFSET_BEFORE.search(text, max(0, ref.start - 8), ref.start)
    if m is None or ref.day is None:
        return False
    days = int(m.group("n")) * (1 if m.group("unit") == "日" else 7)
    step = dt.timedelta(days=days if m.group("dir") == "前" else -days)
    for year, month, day in facts.full:
        try:
            moved = dt.date(year, month, day) - step
        except ValueError:
            continue
        # (1週間前の8日: the month left unsaid)
        if (
            moved.day == ref.day
            and ref.month in (None, moved.month)
            and ref.year in (None, moved.year)
        ):
            return True
    return False


def _stated_months(ref: DateRef, source: SourceIndex) -> list[tuple[int, SourceSentence]]:
    """(month, sentence) for each date the source writes with ``ref``'s day and another
    month: "September 30" beside a digest's 10月30日."""
    out: list[tuple[int, SourceSentence]] = []
    day = ref.day
    for sentence in source.sentences:
        text = sentence.norm or sentence.text
        out += [(m, sentence) for m, d in written_month_days(text) if d == day and m != ref.month]
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


# "each day", "a day", "par jour", "pro Tag", "al día": a rate per day in the source
_SOURCE_PER_DAY = rx.compile(
    r"\b(?:each|a|per|every)\s+day\b|\bdaily\b|\bpar\s+jour\b|\bpro\s+Tag\b|\btäglich"
    r"|\bal\s+día\b|\bpor\s+día\b|\bdiari[oa]s?\b",
    re.IGNORECASE,
)


def _swapped_year(year: int, years: set[int]) -> int | None:
    """The source year that ``year`` copies with two of its digits swapped (1937 for
    1973, 1989 for 1998): a copying slip, not another year of the story."""
    return next(
        (other for other in sorted(years) if swapped_positions(str(year), str(other))), None
    )


def _judge(
    ref: DateRef, piece: Piece, message: str, facts: SourceDates, source: SourceIndex | None
) -> Finding:
    from yoten.check.source import evidence

    aligned: list[SourceSentence] = []
    sentence = sentence_at(piece.text, ref.start)
    if source is not None:
        own = [float(v) for v in (ref.year, ref.day, ref.month) if v is not None]
        aligned = source.align(sentence, ignore=own)
    if source is not None and in_japan_time(piece.text, ref):
        derived = japan_time(ref, piece, source, aligned)
        if derived is not None:
            return derived
    elif source is not None and (shifted := other_zone_day(ref, piece, source)) is not None:
        return shifted
    grain = _counterpart(ref, sentence)
    rivals = [s for s in aligned if grain is not None and grain.search(s.norm or s.text)]
    if grain is _YEAR_WORD:
        # 2012年以来 beside the years the source gives: an added year, not a changed one.
        # (the years the digest writes in other forms count too: 2026〜27学年度)
        written = {
            r.year for r in find_dates(sentence) if r.year is not None and r.span != ref.span
        } | {int(y) for y in _YEAR_WORD.findall(halfwidth(sentence)) if int(y) != ref.year}
        rivals = [
            s
            for s in rivals
            if not {int(y) for y in _YEAR_WORD.findall(s.norm or s.text)} <= written
        ]
        for after, word in _YEAR_ROLES:
            if after.match(piece.text, ref.end):
                rivals = [s for s in rivals if word.search(s.norm or s.text)]
    if grain is _DAY_WORD and ref.day is not None:
        # 協議会が29日、…開かれ: a Japanese source that writes the digest's day itself
        own_day = rx.compile(rf"(?<!\d){ref.day}日")
        rivals = [s for s in rivals if not own_day.search(s.norm or s.text)]
        if (
            ref.day == 1
            and ref.month is None
            and (
                not _DAY_OF_MONTH_AFTER.match(piece.text, ref.end)
                or _PER_DAY_AFTER.match(piece.text, ref.end)
                # (1日に清掃する部屋数 for "rooms … must clean each day")
                or (
                    piece.text.startswith("に", ref.end)
                    and any(_SOURCE_PER_DAY.search(s.norm or s.text) for s in rivals)
                )
            )
        ):
            # 1日の通航, 1日限りのスト, 1日164ミリ: "one day" as often as the 1st, so a
            # day in the sentence restated says nothing against it
            rivals = []

    if grain is _DAY_WORD and facts.published is None:
        # no publication date: "on Tuesday", "yesterday" name no day of the month,
        # and a day without its month (18日) may be the unknown day of publication
        rivals = [
            s for s in rivals if ref.month is not None and _DATED_DAY.search(s.norm or s.text)
        ]
    if not rivals and source is not None and ref.month is not None and ref.day is not None:
        month, slipped = _month_slip(ref, source)
        if slipped:
            rivals = slipped
            message = _("the source gives {date}").format(date=f"{MONTHS[month - 1]} {ref.day}")
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
