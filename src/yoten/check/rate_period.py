"""Rate periods: 月640NZドル for "the median weekly rent … was $640".

A digest figure written as a rate per month, week, year or day (月640ドル, 週
15時間, 年間1200ユーロ, 1日あたり300人) restates a source figure of the same value
only if the source's figure is a rate over the same period. Where every source
figure of that value is stated as a rate over another period ("$640 a week",
"weekly rent … $640", "1.200 Euro im Monat"), the period was changed: an
``error`` with the source sentences as evidence. A source figure stated with no
period, or with the digest's, settles nothing.
"""

from __future__ import annotations

import re

from yoten.check import rx
from yoten.check.derive import identical
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import N_
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["JA_ONE_PERIOD", "other_rate_period"]

# "one period" in Japanese: 1日, 1週間, 1カ月, 1時間 (of 1日あたり, 1時間68ドル)
JA_ONE_PERIOD = r"1(?:年|日|週間?|(?:カ|か|ヶ|ケ|ヵ)月|時間|分|秒)"

_PERIODS = ("day", "week", "month", "year")
_PERIOD_WORDS = {"day": N_("day"), "week": N_("week"), "month": N_("month"), "year": N_("year")}

# the digest's period, right before its figure: 月640ドル, 月額, 年間, 週, 1日あたり
# (not 今月, 今年, 2026年, 10年間: a kanji or a figure before the period word)
_JA_BEFORE = {
    "day": rx.compile(r"(?:(?<![一-龥々0-9０-９])日|1日(?:当たり|あたり))\s*(?:約|およそ|平均)?$"),
    "week": rx.compile(
        r"(?:(?<![一-龥々0-9０-９])週|1週間?(?:当たり|あたり)|週当たり|週あたり)\s*(?:約|およそ|平均)?$"
    ),
    "month": rx.compile(
        r"(?:(?<![一-龥々0-9０-９])月額?|1(?:カ|か|ヶ|ケ)月(?:当たり|あたり)|月当たり|月あたり)"
        r"\s*(?:約|およそ|平均)?$"
    ),
    "year": rx.compile(
        r"(?:(?<![一-龥々0-9０-９])年(?:額|間)?|1年(?:当たり|あたり)|年当たり|年あたり)"
        r"\s*(?:約|およそ|平均)?$"
    ),
}

# the source's period right after its figure ("$640 a week", "1.200 Euro im Monat"; in
# French, German and Spanish as the normaliser writes them: "par months", "pro weeks")
_UNIT_WORD = {"day": "days?|Tag|día", "week": "weeks?|Woche|semana", "month": "months?|Monat|mes"}
_UNIT_WORD["year"] = "years?|annum|an|Jahr|año"
_AFTER = {
    period: rf"(?:a|per|par|pro|por|each|every|al|a\s+la|im|am|in\s+der)\s+(?:{words})\b"
    + {"day": "|daily|täglich", "week": "|weekly|wöchentlich", "month": "|monthly|monatlich"}.get(
        period, "|yearly|annually|jährlich"
    )
    for period, words in _UNIT_WORD.items()
}
# (not "a year earlier", "a week ago", "a month later": a time, not a rate)
_NOT_RATE = r"(?!\s+(?:earlier|ago|before|later|after|on|from|since|into|out|away|of))"
_SOURCE_AFTER = {
    period: rx.compile(rf"^[^.;:!?]{{0,20}}?\b(?:{words}){_NOT_RATE}", re.IGNORECASE)
    for period, words in _AFTER.items()
}
# the source's period as an adjective before its figure in its clause ("the median
# weekly rent … was $640", "le loyer mensuel", "die monatliche Miete")
_SOURCE_BEFORE = {
    "day": rx.compile(r"\b(?:daily|quotidien\w*|tägliche?\w*|diari[oa]s?)\b", re.IGNORECASE),
    "week": rx.compile(
        r"\b(?:weekly|hebdomadaire\w*|wöchentliche?\w*|semanal\w*)\b", re.IGNORECASE
    ),
    "month": rx.compile(r"\b(?:monthly|mensuel\w*|monatliche?\w*|mensual\w*)\b", re.IGNORECASE),
    # (not German compounds: a Jahreseinkommen is no yearly fee)
    "year": rx.compile(r"\b(?:annual|yearly|annuel\w*|jährliche?\w*|anual\w*)\b", re.IGNORECASE),
}
# what ends the clause before a source figure: its adjective must stand after this
_CLAUSE_END = rx.compile(r"[.;:!?]|\b(?:and|but|while|whereas|compared|after|from)\b")


def _digest_period(text: str, q: Quantity) -> str:
    before = text[max(0, q.start - 12) : q.start]
    return next((p for p in _PERIODS if _JA_BEFORE[p].search(before)), "")


def _source_periods(text: str, s: Quantity) -> set[str]:
    after = text[s.end : s.end + 40]
    found = {p for p in _PERIODS if _SOURCE_AFTER[p].match(after)}
    before = text[max(0, s.start - 80) : s.start]
    ends = list(_CLAUSE_END.finditer(before))
    clause = before[ends[-1].end() :] if ends else before
    found |= {p for p in _PERIODS if _SOURCE_BEFORE[p].search(clause)}
    return found


def other_rate_period(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """The error for a figure written as a rate over one period (月640NZドル) that the
    source states, as written, only as a rate over another ("$640 a week")."""
    if not q.units or not all(unit.startswith("cur:") for unit in q.units):
        return None  # (年4回, 週5便: a count of times says too little of its period)
    mine = _digest_period(piece.text, q)
    if not mine:
        return None
    exact = [s for s in supporters if identical(q, s)]
    if not exact:
        return None
    theirs = [_source_periods(source.text, s) for s in exact]
    if any(not periods or mine in periods for periods in theirs):
        return None
    said = sorted({p for periods in theirs for p in periods})
    return finding_at(
        piece,
        q.span,
        Kind.MISMATCH,
        "error",
        message=_("the source gives this figure per {period}").format(
            period=_(" or ").join(_(_PERIOD_WORDS[p]) for p in said)
        ),
        rule=Rule.NUMBER_CONTRADICTED,
        evidence=evidence([x for s in exact if (x := source.sentence_stating(s)) is not None]),
    )
