"""Spans of time the digest works out: days between two source dates, hours
between two clock times, months left of a year, and an amount spread over
the years its sentence states.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from yoten.check import rx
from yoten.check.dates import find_dates
from yoten.check.dates.facts import real_date
from yoten.check.derive import identical
from yoten.check.derive.basics import fmt_value, within_rounding
from yoten.check.judge.figure import Figure, is_money
from yoten.check.normalize import halfwidth
from yoten.check.quantities import Quantity


def days_between_dates(f: Figure) -> str:
    """The days between two dates the source gives (its day of publication among them),
    where the digest sentence counts them from one thing to another (発見から公表までは
    18日 for "discovered … on Sept. 12", published Sept. 30): that arithmetic, or ''."""
    q = f.q
    days = [r.value for r in q.readings if r.unit == "day"]
    if not days or not _FROM_UNTIL.search(f.sentence[: q.start - f.start]):
        return ""
    facts = f.source.dates
    known = {dt.date(*d) for d in facts.full if real_date(*d)}
    if facts.published is not None:
        known.add(facts.published)
    for a, b in itertools.combinations(sorted(known), 2):
        if (b - a).days in days:
            return f"{b.isoformat()} − {a.isoformat()} = {(b - a).days} days"
    return ""


def wrong_days_between(f: Figure) -> str:
    """The days between the two dates q's own sentence writes right before it, both dates
    the source gives, where q counts other days (2024年10月14日に…2025年1月31日までの119日間:
    109 days, or 110 counting both), or ''."""
    q = f.q
    days = [r.value for r in q.readings if r.unit == "day"]
    if not days or q.approx:
        return ""
    head = f.sentence[: q.start - f.start]
    dates = [r for r in find_dates(head) if r.year and r.month and r.day]
    if len(dates) != 2 or not _UNTIL_THEN.fullmatch(halfwidth(head), dates[1].end):
        return ""
    if not all((r.year, r.month, r.day) in f.source.dates.full for r in dates):
        return ""
    a, b = (dt.date(r.year, r.month, r.day) for r in dates)  # type: ignore[arg-type]
    gap = (b - a).days
    if gap <= 0 or any(v in (gap, gap + 1) for v in days):
        return ""
    return f"{b.isoformat()} − {a.isoformat()} = {gap} days"


# までの, までの間に: the span between two dates, right before its count of days
_UNTIL_THEN = rx.compile(r"(?:\([月火水木金土日]\))?まで(?:の間)?(?:の|に|で)?")


# 発見から公表までは: a span counted from one thing to another
_FROM_UNTIL = rx.compile(r"から[^、。\d]{0,16}まで(?:は|に|で|の)?(?:約|およそ)?$")

# 残る5カ月, 残り3カ月: the months left of a year
_REST_BEFORE = rx.compile(r"(?:残る|残り|残りの|あと)(?:約)?$")


def rest_of_year(f: Figure) -> str:
    """The months left of a year whose first months the sentences restated count (残る
    5カ月 for "the first seven months of the fiscal year": 12 − 7), or ''."""
    q = f.q
    months = [r.value for r in q.readings if r.unit == "month" and 0 < r.value < 12]
    if not months or not _REST_BEFORE.search(f.sentence, 0, q.start - f.start):
        return ""
    for s in f.source.quantities_in([*f.aligned, *f.before_aligned]):
        if any(r.unit == "month" and r.value + months[0] == 12 for r in s.readings):
            return f"12 − {s.span.strip()} = {q.span.strip()}"
    return ""


# 夜10時から朝10時まで, 午後1時半から: a clock time the digest writes
_JA_CLOCK = rx.compile(
    r"(?P<ap>午前|午後|朝|夜|夕方|深夜|未明|昼)?(?P<h>\d{1,2})時(?:(?P<m>\d{1,2})分|(?P<half>半))?"
)
_LATE = ("午後", "夜", "夕方")


def _clock_minutes(m: re.Match[str]) -> int:
    hour = int(m.group("h")) % 24
    if m.group("ap") in _LATE and hour < 12:
        hour += 12
    elif m.group("ap") in ("午前", "朝") and hour == 12:
        hour = 0
    return hour * 60 + (int(m.group("m")) if m.group("m") else 30 if m.group("half") else 0)


def hours_between_times(f: Figure) -> str:
    """The hours between the two clock times its own sentence writes before it (夜10時
    から朝10時までの12時間: 22:00 to 10:00), or ''."""
    q = f.q
    hours = [r.value for r in q.readings if r.unit == "hour"]
    if not hours:
        return ""
    clocks = list(_JA_CLOCK.finditer(f.sentence, 0, q.start - f.start))
    if len(clocks) < 2:
        return ""
    start, end = clocks[-2], clocks[-1]
    if "から" not in f.sentence[start.end() : end.start()]:
        return ""
    gap = (_clock_minutes(end) - _clock_minutes(start)) % (24 * 60) / 60
    if gap and any(abs(h - gap) < 1e-6 for h in hours):
        return f"{start.group(0)} → {end.group(0)} = {gap:g} hours"
    return ""


def spread_over_span(f: Figure, s: Quantity) -> str:
    """Whether q, written as a yearly (monthly) amount, is source amount ``s`` spread
    over the years (months) its sentence states (10年間の均等払いで、年1500万シンガポール
    ドル for "S$150 million … over ten years"): that arithmetic, or ''."""
    q = f.q
    per = _PER_PERIOD_BEFORE.search(f.sentence, 0, q.start - f.start)
    if per is None or not (is_money(q) and is_money(s)):
        return ""
    unit = "month" if "月" in per.group(0) else "year"
    for o in f.stated:
        spans = [r.value for r in o.readings if r.unit == unit and r.value >= 2]
        for n in spans:
            for rq in q.readings:
                for rs in s.readings:
                    if rq.unit == rs.unit and within_rounding(
                        rq.value, rs.value / n, q, exact=False
                    ):
                        return f"{s.span.strip()} / {o.span.strip()} = {fmt_value(rs.value / n)}"
    return ""


# 年1500万ドル, 毎年, 月額: an amount per year or per month, right before it
_PER_PERIOD_BEFORE = rx.compile(r"(?:毎年|年間|年額|年|毎月|月額|月)(?:約|およそ|平均)?$")


def per_day_of_yearly(f: Figure) -> str:
    """A figure per day, week or month worked out of a yearly one its own sentence
    states as the source does (能力は年90万台で、1日あたり約2500台 for "900,000 a year":
    900,000 / 365), or ''."""
    q = f.q
    at = q.start - f.start
    per = _PER_SHORTER_BEFORE.search(f.sentence, max(0, at - 10), at)
    if per is None:
        return ""
    days = (365.0, 366.0) if per.group("day") else (52.0,) if per.group("week") else (12.0,)
    for o in f.stated:
        if o.end > at or not _YEARLY_BEFORE.search(f.sentence, max(0, o.start - 4), o.start):
            continue
        if not any(identical(o, s) for s in f.restated):
            continue
        for rq, ro in itertools.product(q.readings, o.readings):
            if rq.unit != ro.unit or rq.unit in ("percent", "point", "any"):
                continue
            for n in days:
                if within_rounding(rq.value, ro.value / n, q, exact=False):
                    return f"{o.span.strip()} / {n:g} = {fmt_value(ro.value / n)}"
    return ""


# 1日あたり約, 1日に, 日量, 週に, 月平均: a figure per day, week or month, right before it
_PER_SHORTER_BEFORE = rx.compile(
    r"(?:(?P<day>1日(?:あたり|当たり|に|平均)?|日量|毎日|日産)"
    r"|(?P<week>1週間?(?:あたり|当たり|に|平均)?|毎週|週)"
    r"|(?P<month>1カ月(?:あたり|当たり|に|平均)?|月平均|毎月|月間))(?:で|は)?(?:約|およそ|平均)?$"
)
# 年90万台, 年間, 年産: a yearly figure, right after the word
_YEARLY_BEFORE = rx.compile(r"(?:年間?|年産|毎年)(?:約|およそ)?$")
