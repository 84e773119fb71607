"""Readings an English figure takes from the figures around it.

A bare figure often says its unit only through a neighbour: the first figure of a
range (``3-5%``), the later ones of a list ("45 seats, the Greens nine"), a
comparison ("21.4 million euros, against 26.9 million"), the level a change came
from ("down from 58"), an elliptic change in points ("up two"), or a person's age
("Maria Lopez, 19,"). scan_english calls these on each figure as it reads it,
with the figures read before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from yoten.check import rx
from yoten.check.numerals import EN_SCALES
from yoten.check.quantities.core import COUNTISH, Quantity, Reading

_EN_SCALE_SHORT = {"mn": 10**6, "m": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "k": 10**3}
# Indian numbering: "Rs 8,460 crore" (84.6 billion), "5 lakh", "Rs 2.5 lakh crore"
_INDIAN_SCALES = {
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "lakh crore": 10**12,
}


def scale_of(word: str) -> float:
    word = " ".join(word.lower().split())
    return float(EN_SCALES.get(word) or _EN_SCALE_SHORT.get(word) or _INDIAN_SCALES.get(word) or 1)


# (and "6000 statt 6800 francs", "6,000 instead of 6,800 francs": one unit for both)
_EN_RANGE = rx.compile(
    r"^\s*(?:-|–|—|to|and|or|~|et|und|bis|y|e|a|à|ou|o|oder|statt|anstatt|instead\s+of"
    r"|rather\s+than|au\s+lieu\s+de|en\s+lugar\s+de|en\s+vez\s+de)\s*$",
    re.IGNORECASE,
)
_EN_COMPARED = rx.compile(
    r"^[\s,;(]*(?:against|from|compared\s+with|compared\s+to|versus|vs\.?|up\s+from|down\s+from"
    r"|after|to|contre|contra|gegenüber|frente\s+a|rispetto\s+a|contro|tegen)\s*$",
    re.IGNORECASE,
)


# A person's age: "Maria Lopez, 19, said", "aged 19", "age 19", "at the age of 19",
# "who joined the team at 16", "Britta Sandvoß (58)", "he and his wife, 68, were"
# a name right before an age: "Smith, 57", "Kessler-Brandt (57"
NAME_BEFORE_AGE = r"[A-Z][\w'’.-]*(?:,\s*|\s+\(\s*)"
_EN_AGE_BEFORE = rx.compile(
    rf"(?:\baged?\s+|\bat\s+the\s+age\s+of\s+|{NAME_BEFORE_AGE}"
    r"|\b(?:wife|husband|son|daughter|mother|father|brother|sister|partner|widow|widower"
    r"|grandson|granddaughter|grandmother|grandfather|neighbou?r|friend),\s*"
    r"|\b(?:joined|started|began|signed|debuted|left|retired|arrived|moved|emigrated|married"
    r"|died|turned\s+pro(?:fessional)?)\b[^.,;:\d]{0,40}\bat\s+)$"
)
_EN_AGE_AFTER = rx.compile(r"\s*(?:,|\)|and\b|;|\.(?!\d)|$)")


def read_en_age(q: Quantity, folded: str) -> None:
    """Give a bare figure after "aged" or between a name's commas (Smith, 19,) an age."""
    if q.units != {"count"} or not 0 < q.figure <= 120 or q.figure != int(q.figure):
        return
    before = folded[max(0, q.start - 60) : q.start]
    m = _EN_AGE_BEFORE.search(before)
    if m is None:
        return
    if not m.group(0).lower().startswith("age") and not _EN_AGE_AFTER.match(folded, q.end):
        return
    q.readings += (Reading("age", q.figure),)


def join_en_range(found: list[Quantity], q: Quantity, folded: str) -> None:
    """``3-5%``, ``between 2 and 3 billion dollars``: the first figure takes the second's unit."""
    if not found or not q.figure:
        return
    if q.units == {"count"}:
        _share_range_scale(found[-1], q, folded)
        return
    prev = found[-1]
    gap = folded[prev.end : q.start]
    # (an age's first end too: "babies aged 3 to 12 months" are 3 months old and up)
    if prev.units - {"age"} != {"count"} or not (_EN_RANGE.match(gap) or _listed(prev, q, gap)):
        return
    figure = prev.figure
    if q.extra.get("scaled") and not prev.extra.get("scaled"):
        m = re.search(
            r"(hundred|thousand|million|billion|trillion|lakh\s+crore|crores?|lakhs?|bn|mn|tn)\b",
            q.span,
            re.IGNORECASE,
        )
        figure *= scale_of(m.group(1)) if m else 1
    prev.readings = tuple(r.scaled(figure / q.figure) for r in q.readings)
    prev.figure = figure
    prev.approx = prev.approx or q.approx


# "1.35 to 1.40 billion", "340 to 360 million": two figures written alike, a range
# without "from"
_TWIN_NUMBERS = rx.compile(r"(\d+(?:\.\d+)?)\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)(?![\d.])")


def _twin_figures(folded: str, at: int) -> bool:
    """ "1.35 to 1.40", "340 to 360": two figures written alike, a range."""
    m = _TWIN_NUMBERS.match(folded, at)
    return m is not None and len(m.group(1)) == len(m.group(2))


def _share_range_scale(prev: Quantity, q: Quantity, folded: str) -> None:
    """ "from 18 to 25 million passengers", "de 18 a 25 millones": a bare count before a
    scaled one it ranges with counts in the same scale (18 million), when the two are of
    an order."""
    if (
        prev.units != {"count"}
        or prev.extra.get("scaled")
        or not q.extra.get("scaled")
        or not prev.figure
        or prev.noun.split()[:1] not in ([], ["to"], ["and"], ["-"])
        or not _EN_RANGE.match(folded[prev.end : q.start])
        or (
            not _FROM_BEFORE.search(folded, max(0, prev.start - 12), prev.start)
            and not _BETWEEN_BEFORE.search(folded, max(0, prev.start - 12), prev.start)
            and not _twin_figures(folded, prev.start)
        )
    ):
        return
    m = re.search(r"(thousand|million|billion|trillion|bn|mn)\b", q.span, re.IGNORECASE)
    figure = prev.figure * scale_of(m.group(1)) if m else prev.figure
    if m and 0.2 <= figure / q.figure <= 5:
        prev.readings = (Reading("count", figure),)
        prev.figure = figure
        prev.extra["scaled"] = "1"  # (a bare amount in its sentence's currency, as q is)


_BETWEEN_BEFORE = rx.compile(r"\b(?:between|entre|zwischen)\s+$", re.IGNORECASE)


def _listed(prev: Quantity, q: Quantity, gap: str) -> bool:
    """ "106, 107 degrees": a bare figure listed right before one with a unit, of the
    same order (not a year: "in 2024, 2,100 people")."""
    return (
        gap == ", "
        and not prev.noun
        and re.fullmatch(r"\d{1,3}(?:\.\d+)?", prev.span.strip()) is not None
        and q.figure > 0
        and 0.5 <= prev.figure / q.figure <= 2
    )


# Words after a bare figure that show it has no noun of its own: "from 70 mph to 65 on …".
FUNCTION_WORDS = frozenset(
    {
        "on", "in", "at", "for", "by", "from", "this", "last", "next", "after", "before",
        "and", "or", "but", "with", "over", "under", "as", "a", "an", "the", "while", "when",
        "where", "which", "that", "its", "their", "his", "her", "if", "than", "until", "since",
    }
)  # fmt: skip


_FROM_BEFORE = rx.compile(r"\b(?:from|von|de|da|van|du|des)\s+$", re.IGNORECASE)
_FROM_TO = rx.compile(r"^\s*(?:to|auf|bis|à|a|al|ao|naar|up\s+to)\s*$", re.IGNORECASE)


def carry_en_unit(found: list[Quantity], q: Quantity, folded: str) -> None:
    """``from 70 mph to 65``: a bare second figure may also read in the first one's unit;
    ``von 9,8 auf 11,2 Prozent``: a bare first figure in the second one's."""
    if found and q.units == {"percent"} and found[-1].units == {"count"} and found[-1].figure:
        prev = found[-1]
        if _FROM_TO.match(folded[prev.end : q.start]) and _FROM_BEFORE.search(
            folded[max(0, prev.start - 8) : prev.start]
        ):
            prev.readings += tuple(r.scaled(prev.figure / q.figure) for r in q.readings)
    if not found or "count" not in q.units or not q.figure:
        return
    if q.units == {"count"} and (not q.noun or q.noun.split()[0] in FUNCTION_WORDS):
        # "Labour took 45 seats, the National Alliance 38, the Greens nine and Island
        # First four": the later figures of a list count what the first one does
        for earlier in reversed(found[-4:]):
            gap = folded[earlier.end : q.start].lstrip()
            if earlier.noun and gap.startswith(earlier.noun):
                gap = gap[len(earlier.noun) :]
            if not _EN_LIST_GAP.fullmatch(gap):
                break
            if earlier.noun and earlier.units == {"count"}:
                q.noun = earlier.noun
                break
    changed = _EN_CHANGED_FROM.search(folded, max(0, q.start - 30), q.start)
    if (
        changed is not None
        and q.units <= _BARE_UNITS
        and not (changed.group("more") and q.noun and q.noun.split()[0] not in FUNCTION_WORDS)
    ):
        # "averaged 41 micrograms …, against a limit of 40 and down from 58": a limit,
        # or the level it changed from, in the unit of the sentence's figure before it
        # ("20 hours a day, up from 16": the hours, not the day they are counted in)
        per_period = {
            f.start: f.end
            for f in found[-4:]
            if f.units & _SPAN_UNITS and _SPAN_RATE.match(folded, f.end)
        }
        for earlier in reversed(found[-3:]):
            if ". " in folded[earlier.end : q.start] or q.start - earlier.end > 80:
                break
            if earlier.units & {"percent", "point"}:
                continue  # ("up 22% from 112,000": the change, not the level)
            if any(end <= earlier.start <= end + 5 for end in per_period.values()):
                continue  # the period itself ("a day")
            # (a span counts as the unit only where the figure counts it: "21,300
            # observer days …, up from 18,900", not "in 3 days, down from 5")
            spans = _SPAN_UNITS if "count" not in earlier.units else frozenset({"year", "dur"})
            if earlier.start in per_period:
                spans = frozenset()
            measures = earlier.units - {"count"} - spans
            if earlier.figure and measures and not measures <= COUNTISH:
                q.readings += tuple(
                    r.scaled(q.figure / earlier.figure)
                    for r in earlier.readings
                    if r.unit in measures
                )
                return
    prev = found[-1]
    if not prev.figure or prev.units <= COUNTISH or "count" in prev.units:
        return
    gap = folded[prev.end : q.start]
    if q.units == {"count"} and _EN_MORE_THAN.match(folded, q.end) and _EN_APPOSED.fullmatch(gap):
        # "with 410 points, 35 more than Rinaldi": the difference, in the same unit
        q.readings += tuple(r.scaled(q.figure / prev.figure) for r in prev.readings)
        return
    # "21.4 million euros, against 26.9 million a year earlier": a scaled figure
    # compared with a scaled one in a unit takes that unit too
    compared = bool(q.extra.get("scaled") and prev.extra.get("scaled")) and bool(
        _EN_COMPARED.match(gap)
    )
    if not compared:
        if q.units != {"count"} or (q.noun and q.noun.split()[0] not in FUNCTION_WORDS):
            return
        if not _EN_RANGE.match(gap):
            return
    q.readings += tuple(r.scaled(q.figure / prev.figure) for r in prev.readings)


# The readings of a figure with no unit of its own ("up from 18,900 this year": a
# bare figure followed by a year word reads as a count of years too)
_BARE_UNITS = frozenset({"count", "year", "age"})
_SPAN_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "dur"})
_EN_CHANGED_FROM = rx.compile(
    r"\b(?:(?:down|up|fell|rose|dropped|climbed)(?:\s+[\d.,]+\s*(?:%|percent|per\s+cent))?\s+from"
    r"|(?:limit|target|cap|threshold|ceiling|goal)\s+of"
    # ("120,000 euros, and the regional government another 90,000": one more of them,
    # where the figure has no noun of its own: not "a further six lengths")
    r"|\b(?P<more>another|a\s+further|otr[oa]s?|autres?|weitere)\b)\s+$",
    re.IGNORECASE,
)
# a span counted per period: "20 hours a day", "12 hours per week"
_SPAN_RATE = rx.compile(
    r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)\b",
    re.IGNORECASE,
)
_EN_LIST_GAP = rx.compile(r"(?:,|,?\s+and)\s+(?:the\s+)?[A-Za-z][\w'’ -]{0,40}?\s+")
_EN_MORE_THAN = rx.compile(
    r"\s+(?:more|fewer|less|higher|lower)\s+than\b|\s+(?:ahead\s+of|behind|clear\s+of)\b",
    re.IGNORECASE,
)
_EN_APPOSED = rx.compile(r"\s*[,;(]?\s*(?:and\s+|or\s+)?")
_UP_DOWN = rx.compile(r"\b(?:up|down|gained|lost|rose|fell|rising|falling)\s+$", re.IGNORECASE)


def elliptic_points(found: list[Quantity], q: Quantity, folded: str) -> None:
    """ "36%, down three points …, and the Civic Party on 32%, up two": a bare change
    after points stated earlier in the sentence is in points too."""
    if q.units != {"count"} or (q.noun and q.noun.split()[0] not in FUNCTION_WORDS):
        return
    if not _UP_DOWN.search(folded, max(0, q.start - 10), q.start):
        return
    for prev in earlier_in_sentence(found, q, folded):
        if "point" in prev.units:
            q.readings += tuple(
                r.scaled(q.figure / prev.figure) for r in prev.readings if r.unit == "point"
            )
            return


def earlier_in_sentence(found: list[Quantity], q: Quantity, folded: str) -> Iterator[Quantity]:
    """The figures before ``q`` in its sentence (within 200 characters), nearest first."""
    for prev in reversed(found):
        if prev.end > q.start:
            continue
        if "." in folded[prev.end : q.start] or q.start - prev.end > 200:
            return
        yield prev
