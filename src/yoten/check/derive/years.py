"""Counts of years in a digest (9年前, 開通から43年, 5年ぶり, 2020年〜2024年の5年間)
against the years the source names."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from yoten.check import rx
from yoten.check.align import sentence_at, sentence_start
from yoten.check.quantities import Quantity
from yoten.check.source import SourceIndex

_YEARS_AGO_AFTER = rx.compile(r"\d+年(?:前|ぶり)")
AFTER_YEARS = rx.compile(r"\d+年ぶり")  # the first time in N calendar years
# (今年で139年: the years up to this one)
_YEARS_SINCE_BEFORE = rx.compile(
    r"(?:築|から|以来|創業|創立|設立|開業|開通|建造)(?:し|して)?、?$|今年で(?:約|およそ)?$"
)
# 58年, 9年前, 40年ぶり: a count of years as the digest writes it (not 10年生, a grade)
_YEARS_COUNT = rx.compile(r"\d+年(?:前|ぶり)?(?![生度代次目制])")
_SPAN_FROM = rx.compile(r"(?<![\d.])\d{1,3}年(?:間)?から$")
FOUR_DIGIT_YEAR = rx.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


# 100年近く, 50年弱 (up to the count), 120年以上, 40年余り, 100年を超える (from it)
_BOUND = rx.compile(
    r"年?(?:を|に)?(?:(?P<under>近[くい]|弱|足らず|未満)|(?:余り|あまり|余|以上|超|強))"
)


# 90年以上の歴史, 70年近い歴史, 120年の伝統: the years since a beginning
_HISTORY_AFTER = rx.compile(r"\d+年(?:以上|近[くい]|余り|あまり|超|強|弱)?の(?:歴史|伝統|歩み)")


def counts_years_since(q: Quantity, text: str) -> bool:
    """Whether ``q`` counts years since a year of the story (9年前, 開通から43年,
    90年以上の歴史)."""
    if _YEARS_AGO_AFTER.match(text, q.start) or _HISTORY_AFTER.match(text, q.start):
        return True
    since = _YEARS_SINCE_BEFORE.search(text, max(0, q.start - 4), q.start)
    if since and _SPAN_FROM.search(text, max(0, since.start() - 8), since.start() + 2):
        return False  # 加入期間は40年から42年に: a span changed, no count since a year
    return bool(since) and _YEARS_COUNT.match(text, q.start) is not None


def counts_calendar_years(q: Quantity, text: str) -> bool:
    """Whether ``q`` is N年ぶり: the calendar years since a year (2017 → 2025 is 8年ぶり),
    never one less."""
    return AFTER_YEARS.match(text, q.start) is not None


def years_count_span(q: Quantity, text: str) -> str:
    """The count of years at ``q`` as written (58年 of 58年にわたり, 5年ぶり), else q's span."""
    m = _YEARS_COUNT.match(text, q.start)
    return m.group(0) if m else q.span


def years_between(q: Quantity, text: str, source: SourceIndex, aligned: Sequence[str] = ()) -> str:
    """The years between two years of the source the digest sentence names, when q
    counts years since one of them: 2009年に設立…設立から14年後の2023年; or the
    years from a year the digest names to one it or the sentences it restates
    (``aligned``) name: 2017年から約5年間 for "from 2017 until his arrest in 2022"."""
    if not q.figure:
        return ""
    if not counts_years_since(q, text):
        return _years_from(q, text, aligned)
    named = sorted(
        {int(y) for y in FOUR_DIGIT_YEAR.findall(sentence_at(text, q.start))} & source.dates.years
    )
    for a, b in itertools.combinations(named, 2):
        if b - a == q.figure:
            return f"{b} − {a} = {b - a} years → {q.span.strip()}"
    return ""


# 2017年から, 2017年11月以降: the year a span of years starts in
_FROM_YEAR = rx.compile(r"(1[6-9]\d\d|20\d\d)年(?:\d{1,2}月)?(?:から|以降|より)")


def _years_from(q: Quantity, text: str, aligned: Sequence[str]) -> str:
    """2017年から…約5年間: the years from the year the digest's span starts in to a
    later year of the sentence or of the source sentences it restates."""
    if "year" not in {r.unit for r in q.readings} or not q.figure.is_integer():
        return ""
    before = text[sentence_start(text, q.start) : q.start]
    starts = list(_FROM_YEAR.finditer(before))
    if not starts:
        return ""
    first = int(starts[-1].group(1))
    later = FOUR_DIGIT_YEAR.findall(before, starts[-1].end())
    for year in [int(y) for y in later] + [
        int(y) for s in aligned for y in FOUR_DIGIT_YEAR.findall(s)
    ]:
        if year - first == q.figure:
            return f"{year} − {first} = {year - first} years → {q.span.strip()}"
    return ""


# 4月から10月までの7カ月間, 2020年〜2024年の5年間: a span the digest itself names
_SPAN_BEFORE = rx.compile(
    r"(?P<a>\d{1,4})(?P<u>月|年)(?:から|〜|~|～|-|–)(?P<b>\d{1,4})(?P=u)(?:まで)?の?(?:約|およそ)?$"
)


def span_named(q: Quantity, text: str) -> str:
    """The months or years of a span the digest writes just before q, when q counts
    them (4月から10月までの7カ月: the months April to October, both counted; the
    years 2020 to 2024 are 4 or 5)."""
    m = _SPAN_BEFORE.search(text, max(0, q.start - 20), q.start)
    unit = {"月": "month", "年": "year"}.get(m.group("u"), "") if m else ""
    if m is None or unit not in {r.unit for r in q.readings}:
        return ""
    a, b = int(m.group("a")), int(m.group("b"))
    between = (b - a) % 12 if unit == "month" else b - a
    if q.figure in (between, between + 1) and between > 0:
        return f"{m.group(0).rstrip('の約およそ')} = {q.span.strip()}"
    return ""


def wrong_years_since(
    q: Quantity, text: str, source: SourceIndex, texts: list[str], *, context: str = ""
) -> str:
    """The years the sentences restated (``texts``) name, when the digest counts years
    since one of them and no year of the source gives its count: 9年前 for 2014
    (``context``: more digest text read as q's own sentence, for a label)."""
    published = source.article.published_date
    if published is None or not q.figure or q.figure != int(q.figure):
        return ""
    if published.year - q.figure < 1600:
        return ""  # 3500年前: not counted from a year the story names
    if q.figure < 3:
        return ""  # 1年前の44%: "a year earlier", a comparison, not a count from a year
    if not counts_years_since(q, text):
        return ""
    named = {int(y) for t in texts for y in FOUR_DIGIT_YEAR.findall(t)}
    # a year the digest sentence itself names, when the source names it too (7年ぶりの
    # 栄冠 … 2017年以来 for "desde 2017")
    own = {int(y) for y in FOUR_DIGIT_YEAR.findall(sentence_at(text, q.start) + context)}
    named |= own & source.dates.years
    # (or the sentence before it: 2016年に債務不履行に陥り… 債務危機から9年を経て)
    start = sentence_start(text, q.start)
    before = sentence_at(text, start - 1) if start else ""
    earlier = {int(y) for y in FOUR_DIGIT_YEAR.findall(before)} & source.dates.years
    years = sorted((named | earlier) - {published.year})
    ages = [published.year - y for y in years if y < published.year]
    # counted to a later year the sentence names (1931年の開業から97年で歴史を閉じる,
    # the line closing in 2028): the years between the two
    later = own & source.dates.years | earlier
    ages += [b - a for a in years for b in later if a < b]
    # (a later year of the sentence counted from any year the source names before it:
    # 開業は2031年3月の予定で…約64年ぶりに for a line closed in 1967)
    ages += [b - a for b in later if b > published.year for a in source.dates.years if a < b]

    low, high = _count_range(q, text)
    if not ages or any(low <= age <= high for age in ages):
        return ""
    if any(low <= published.year - y <= high for y in source.dates.years):
        return ""  # a year of another sentence gives it (開通から58年 for "die 1968 eröffnete")
    return ", ".join(f"{published.year} − {y} = {published.year - y}" for y in years[:2])


def _count_range(q: Quantity, text: str) -> tuple[float, float]:
    """The years a count of years since a year may stand for: 8年 for 7 to 9 (the year
    may not be complete; N年ぶり counts calendar years, exactly), 120年以上 for 120 to
    129, 100年近く for 90 to 100, 約30年 for 27 to 33."""
    slack = 0 if counts_calendar_years(q, text) else 1
    low, high = q.figure - slack, q.figure + slack
    bound = _BOUND.search(q.span) or _BOUND.match(text, q.end)
    margin = max(2, round(q.figure / 10))
    if bound and bound.group("under"):  # 100年近く for 98: up to q, within a tenth
        low, high = q.figure - margin, q.figure
    elif bound:  # 120年以上 for 124; 20年余り for 23 (a round count: the decade's years;
        # a round hundred, the century's: 100年以上 for 118)
        step = 99 if q.figure % 100 == 0 else 9 if q.figure % 10 == 0 else margin
        low, high = q.figure, q.figure + step
    elif q.approx:  # 約30年 for 32
        low, high = q.figure - margin, q.figure + margin
    return low, high


def years_since_named(q: Quantity, text: str, source: SourceIndex) -> str:
    """The years since a year the digest sentence names and the source gives, when q
    counts them (1962年から60年以上 in 2024): derived, whatever other counts of years
    the source states ("since 1962" read as 62)."""
    published = source.article.published_date
    if published is None or not q.figure or not counts_years_since(q, text):
        return ""
    own = {int(y) for y in FOUR_DIGIT_YEAR.findall(sentence_at(text, q.start))}
    low, high = _count_range(q, text)
    for year in sorted(own & source.dates.years):
        if year < published.year and low <= published.year - year <= high:
            return f"{published.year} − {year} = {published.year - year} → {q.span.strip()}"
    return ""
