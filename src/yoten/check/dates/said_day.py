"""The day of publication written where the source names another weekday.

A digest often dates an announcement by the day the story appeared: 24日(木)、…と
発表した. Where the source sentence it restates says the announcement was made "on
Wednesday" (the day before publication), the digest's day is wrong, though the
publication date itself gives a 24th and the weekday agrees with it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.align import sentence_at
from yoten.check.dates.scan import find_dates
from yoten.check.normalize import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAYS
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Finding

if TYPE_CHECKING:
    from yoten.check.dates.facts import SourceDates
    from yoten.check.dates.scan import DateRef
    from yoten.check.source import SourceIndex

__all__ = ["other_weekday_said"]

# a weekday the source names for an event of the story (the locale words arrive in
# English): not one it looks ahead to or back from ("next Monday", "until Friday")
_WEEKDAY = rx.compile(rf"(?<!next )(?<!last )(?<!until )(?<!by )(?<!from )\b{WEEKDAY_NAMES}\b")
# what the day dates in the digest sentence: an announcement (…は24日、…と発表した)
_ANNOUNCED = rx.compile(
    r"(?:発表|明らかに|公表|表明|述べ|語っ|示し|報告|決め|決定|発令|提出|承認|認め|可決|合意"
    r"|引き下げ|引き上げ|据え置|とし)"
    r"[^。、]{0,12}。?$"
)
# or an act done on it, told in the past: "cut its repo rate … on Thursday" (not "takes
# effect on Wednesday", "will vote on Friday")
_DONE = rx.compile(
    r"\b(?:\w+ed|cut|set|held|met|won|lost|began|struck|signed|voted|rose|fell|made|gave"
    r"|took|sold|bought|paid|left|went|came|kept|put|shut|hit|quit)\b",
    re.IGNORECASE,
)
_AHEAD = rx.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|takes?\s+effect|due|expected|scheduled|plans?"
    r"|planned|until|from)\b",
    re.IGNORECASE,
)
# and in the source's: a statement made on that weekday ("said on Wednesday", "a
# annoncé mercredi" arrives as "a annoncé Wednesday")
_STATED = rx.compile(
    r"\b(?:said|says|announced|told|reported|confirmed|disclosed|unveiled|published|released"
    r"|annoncé|indiqué|déclaré|précisé|teilte|mitgeteilt|bekannt|erklärte|kündigte|anunció"
    r"|informó|dijo|explicó|confirmó)\b",
    re.IGNORECASE,
)
_MONTH_DAY = rx.compile(rf"\b{MONTH_NAMES}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH_NAMES}\b")
# the day of publication itself: "today", "this morning"
_TODAY = rx.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|aujourd'hui|heute|hoy)\b",
    re.IGNORECASE,
)


def _said_on(source: SourceIndex, weekday: str) -> bool:
    """Whether some source sentence says a statement was made on ``weekday``."""
    for sentence in source.sentences:
        text = sentence.norm or sentence.text
        for at in _WEEKDAY.finditer(text):
            if at.group(0) == weekday and _STATED.search(
                text[max(0, at.start() - 16) : at.start()]
            ):
                return True
    return False


def other_weekday_said(
    piece: Piece, ref: DateRef, facts: SourceDates, source: SourceIndex
) -> Finding | None:
    """The error for ``ref``, the day of publication, where the one source sentence its
    digest sentence restates best names one weekday for the statement or act the
    sentence reports, and that weekday is another day ("said on Wednesday" in a story
    of Thursday the 24th is the 23rd, not the 24th). None otherwise."""
    published = facts.published
    if published is None or ref.hour is not None:
        return None
    # (the day of publication only: measured, the other days of the week before it
    # gave four false errors for one contradiction on sets 2-345)
    if (ref.day, ref.month, ref.year) not in {
        (published.day, m, y) for m in (None, published.month) for y in (None, published.year)
    }:
        return None
    sentence = sentence_at(piece.text, ref.start)
    # (one day in the sentence, no clock time: the day of the announcement it reports)
    dates = find_dates(sentence)
    if not _ANNOUNCED.search(sentence) or any(
        d.hour is not None or (d.day is not None and d.span != ref.span) for d in dates
    ):
        return None
    aligned = source.align(sentence, ignore=[float(published.day)])[:1]
    if not aligned:
        return None
    text = aligned[0].norm or aligned[0].text
    named = {m.group(0) for m in _WEEKDAY.finditer(text)}
    if len(named) != 1 or _TODAY.search(text):
        return None
    # (the weekday of the statement: "said on Wednesday", "on Wednesday bekannt gab";
    # not "takes effect on Wednesday, …, the minister told reporters")
    at = next(_WEEKDAY.finditer(text))
    before = text[max(0, at.start() - 16) : at.start()]
    after = re.split(r"[,;.]", text[at.end() : at.end() + 30])[0]
    clause = re.split(r"[,;]", text[: at.start()])[-1]
    # ("cut its rate … on Thursday", "regulators on Tuesday approved")
    done = text[max(0, at.start() - 4) : at.start()].lower().endswith("on ") and bool(
        _DONE.search(clause) or _DONE.match(after.lstrip())
    )
    if not (_STATED.search(before) or _STATED.search(after) or done) or _AHEAD.search(clause):
        return None
    if _MONTH_DAY.search(text):
        return None  # ("on Friday, 15 January": the weekday of another date)
    if _said_on(source, WEEKDAYS[published.weekday()]):
        return None  # ("said on Monday", the day of publication, in another sentence)
    weekday = WEEKDAYS.index(named.pop())
    back = (published.weekday() - weekday) % 7
    said = published - dt.timedelta(days=back)
    if said == published:
        return None
    from yoten.check.source import evidence

    return Finding(
        kind=Kind.MISMATCH,
        severity="error",
        section=piece.section,
        span=ref.span,
        message=_("the source says {weekday}: {date}").format(
            weekday=WEEKDAYS[weekday], date=f"{said:%Y-%m-%d}"
        ),
        rule=Rule.DATE_CONTRADICTED,
        derivation=f"publication {published:%Y-%m-%d} ({published:%A}) − {back} days",
        evidence=evidence(aligned),
    )
