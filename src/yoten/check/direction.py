"""A change the digest turns around: 9%増 for "revenue fell 9%".

The digest writes a change with its direction right after the figure (9%増, 3.8ポイント
低下, 11%下がった); the source states the same figure in the sentence the digest
sentence restates, with its own direction word right beside it ("fell 9%", "a drop of
36%", "4,8 Prozent mehr", "en baisse de 6,5 %", "cayó un 9 %", 12%減). Where every such
source figure goes the other way, the digest contradicts the source: an ``error`` with
the source's words and sentence as evidence.

A comparative (more, weniger, más …) counts only after the figure and with what it is
compared with ("12% less than last year"); "more than 12%" is a bound. An approximate digest figure meets only an approximate source one (約12%増
is often worked out from two levels), and a figure the source also states going the
other way is left alone. Only the words next to the source figure count: the window before it stops at the
clause or the figure before ("Sales fell, but margins rose 3%"), the one after it at
the next figure, and "from"/"to" between the word and the figure make it a level, not
a change ("down to 12% from 15%"). A figure whose words say both ways, or neither, is
left alone.
"""

from __future__ import annotations

import re

from yoten.check import rx
from yoten.check.align import sentence_at, sentence_start
from yoten.check.derive import identical
from yoten.check.derive.values import direction_of, stated_direction
from yoten.check.digest_figures import digest_quantities
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity
from yoten.check.relations import significant_digits
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["flipped_direction", "source_direction"]

_RISE_WORDS = (
    r"rose|rise[sn]?|rising|up|increase[ds]?|increasing|grew|grow[sn]?|growing|gain(?:ed|s)?"
    r"|climb(?:ed|s)?|jump(?:ed|s)?|surge[ds]?|soar(?:ed|s)?|rebound(?:ed|s)?"
    r"|stieg(?:en)?|gestiegen|Anstieg|Zuwachs|zugelegt|wuchs|gewachsen"
    r"|hausse|augment(?:é|ée|és|ées|ation|e)|progress(?:é|ion|e)|bond(?:i|it)"
    r"|aument(?:ó|o|aron|a)|subi(?:ó|da|eron)|crec(?:ió|ieron|imiento)|alza|incremento"
)
_FALL_WORDS = (
    # (not the season: "next fall", "this fall", "in the fall")
    r"fell|(?<!next )(?<!this )(?<!last )(?<!the )(?<!early )(?<!late )fall(?:s|en|ing)?|down|decrease[ds]?|decreasing|declin(?:ed|es?|ing)|drop(?:ped|s)?"
    r"|shr[au]nk|shrink(?:s|ing)?|slid(?:e[sd]?|ing)?|slump(?:ed|s)?|plunge[ds]?|tumbled?|lost|cut"
    r"|sank(?:en)?|gesunken|Rückgang|zurückgegangen|verloren|Einbruch"
    r"|baisse|recul(?:é|e)?|diminu(?:é|ée|tion|e)|chut(?:é|e)|repli"
    r"|ca(?:yó|yeron|ída)|baj(?:ó|aron|a)|descen(?:dió|so)|retroce(?:dió|so)|disminu(?:yó|ción)"
)
# "cut … by 7%": the step of a change named further back
_BY_BEFORE = rx.compile(
    r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.IGNORECASE
)
# the verbs of a change whose step "by" gives: "cut its budget … by 7%", "raised
# property rates by 9.5%", "overshooting its budget by $17.6 million"
_BY_VERB = rx.compile(
    r"\b(?:(?P<up>rais(?:e[sd]?|ing)|increas(?:e[sd]?|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?"
    r"|overshoot(?:s|ing)?|overshot|exceed(?:s|ed|ing)?|expand(?:s|ed|ing)?)"
    r"|(?P<down>cut(?:s|ting)?|reduc(?:e[sd]?|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?"
    r"|slash(?:es|ed|ing)?|shrink(?:s|ing)?|shr[au]nk))\b",
    re.IGNORECASE,
)
# (not inside a hyphened word: "sit-down restaurants")
_RISE = rx.compile(rf"(?<![\w-])(?:{_RISE_WORDS})\b", re.IGNORECASE)
_FALL = rx.compile(rf"(?<![\w-])(?:{_FALL_WORDS})\b", re.IGNORECASE)
# a comparative right after the figure, with what it is compared with: "12% less than
# last year", "2,8 Prozent weniger als im März" ("6 puntos más" alone may compare the
# other way, "más baratos que" is cheaper)
_COMPARED = (
    r"\s*(?:(?P<more>more|higher|mehr|höher|plus|más)|(?P<less>less|fewer|lower|weniger"
    r"|niedriger|moins|menos))\s+(?:than|als|que|qu')"
)
_COMPARED_AFTER = rx.compile(_COMPARED, re.IGNORECASE)
# a level, not a change: "down to 12% from 15%", "von 420 auf 440", "passé à 12 %"
_LEVEL_WORD = rx.compile(r"\b(?:from|to|von|auf|à|jusqu|desde|hasta|a)\b", re.IGNORECASE)
_CLAUSE_END = rx.compile(r"[,;:()]|\b(?:but|while|whereas|aber|mais|pero)\b", re.IGNORECASE)
_NUMBER = rx.compile(r"\d")
_BEFORE_CHARS, _AFTER_CHARS = 32, 14


def _window_before(text: str, start: int, floor: int) -> str:
    window = text[max(floor, start - _BEFORE_CHARS) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    window = window[cut:]
    digits = [m.end() for m in _NUMBER.finditer(window)]
    return window[digits[-1] :] if digits else window


def _window_after(text: str, end: int, ceiling: int) -> str:
    window = text[end : min(ceiling, end + _AFTER_CHARS)]
    stop = min(
        (m.start() for m in (*_CLAUSE_END.finditer(window), *_NUMBER.finditer(window))),
        default=len(window),
    )
    return window[:stop]


def _bounds(source: SourceIndex, offset: int) -> tuple[int, int]:
    """Where the sentence holding ``offset`` of ``source.text`` begins and ends there
    (the scanners' offsets; the title is one sentence of its own)."""
    index = source.sentence_index(offset)
    if index is None:
        return 0, source.norm_offset(0) if source.spans else len(source.text)
    at = source.norm_offset(index)
    return at, at + len(source.sentences[index].norm)


def source_direction(source: SourceIndex, s: Quantity) -> str:
    """'+' or '−' for the change the source's words beside figure ``s`` state ("fell
    9%" is '−'), '' where they state none or both."""
    text = source.text
    floor, ceiling = _bounds(source, s.start)
    if source.japanese:
        return direction_of(text[s.end : min(ceiling, s.end + 6)])
    before = _window_before(text, s.start, floor)
    after = _window_after(text, s.end, ceiling)
    found: set[str] = set()
    compared = _COMPARED_AFTER.match(text[s.end : min(ceiling, s.end + 32)])
    if compared:
        found.add("+" if compared.group("more") else "−")
    for window, at_end in ((before, True), (after, False)):
        for pattern, sign in ((_RISE, "+"), (_FALL, "−")):
            for m in pattern.finditer(window):
                between = window[m.end() :] if at_end else window[: m.start()]
                if _LEVEL_WORD.search(between):
                    continue  # "fell to 12%": a level
                found.add(sign)
    if not found and _BY_BEFORE.search(text, max(floor, s.start - 12), s.start):
        # "will cut its budget for books, databases and other materials by 7%": the last
        # verb of a change further back, whose step "by" gives
        clause = text[max(floor, s.start - 100) : s.start]
        clause = clause[clause.rfind(";") + 1 :]
        verbs = list(_BY_VERB.finditer(clause))
        if verbs:
            found.add("+" if verbs[-1].group("up") else "−")
    return found.pop() if len(found) == 1 else ""


def _words_beside(source: SourceIndex, s: Quantity) -> str:
    """The source's words around ``s`` to quote, in whole words: "revenue fell 9%"."""
    text = source.text
    floor, ceiling = _bounds(source, s.start)
    if source.japanese:
        return text[max(floor, s.start - 6) : min(ceiling, s.end + 2)].strip()
    before = _window_before(text, s.start, floor)
    after = _window_after(text, s.end, ceiling)
    start, end = s.start - len(before), s.end + len(after)
    if start > floor and text[start - 1].isalnum():  # (a word cut at the window's edge)
        start = text.find(" ", start, s.start) + 1 or s.start
    if end < ceiling and text[end].isalnum():
        end = max(s.end, text.rfind(" ", s.end, end))
    return text[start:end].strip()


def _paired_in_sentence(q: Quantity, others: list[Quantity]) -> bool:
    """Whether the digest sentence settles q's direction itself, or pairs it otherwise:
    another figure of q's value (38%(3ポイント増)、41%(3ポイント減)), or two levels whose
    gap is q (7.2%から0.4ポイント下がって6.8%)."""
    mine = {(r.unit, r.value) for r in q.readings}
    if any((r.unit, r.value) in mine for o in others for r in o.readings):
        return True
    # (of percentages for points; of amounts in q's currency for an amount: 98億円から
    # 83億円へと15億円減り)
    for unit, value in mine:
        kind = "percent" if unit in ("percent", "point") else unit
        levels = [r.value for o in others for r in o.readings if r.unit == kind]
        gaps = {round(abs(a - b), 6) for i, a in enumerate(levels) for b in levels[i + 1 :]}
        if round(value, 6) in gaps:
            return True
    return False


def flipped_direction(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """The error for a change written the other way than the source's words beside the
    same figure in the sentence restated (9%増 for "revenue fell 9%"); None otherwise."""
    if not q.units & {"percent", "point"} and not any(
        r.unit.startswith("cur:") for r in q.readings
    ):
        return None  # (a change in percent, in points, or in money: 2億1000万ペソ増)
    mine = stated_direction(piece.text[q.end : q.end + 6])
    if not mine:
        return None
    sentence = sentence_at(piece.text, q.start)
    at = sentence_start(piece.text, q.start)
    others = [o for o in digest_quantities(sentence) if o.start + at != q.start]
    if _paired_in_sentence(q, others):
        return None
    values = [r.value for o in others for r in o.readings]
    restated = source.align(sentence, values=values)[:1]
    # (an approximate change is often worked out, 約12%増 from two levels: another
    # figure than the source's exact one)
    same = [s for s in supporters if identical(q, s) and (s.approx or not q.approx)]
    held = [s for s in same if source.sentence_of(s.start) in restated]
    homes = {id(h): h for s in same if (h := source.sentence_of(s.start)) is not None}
    if not held and len(homes) == 1 and len(significant_digits(q.figure)) >= 2:
        # (a sentence with no other anchor, 風力発電量は前週から38%増え for "Wind
        # generation fell 38%": a figure of two digits the source states in one
        # sentence alone says which sentence it restates)
        restated = list(homes.values())
        held = same
    if not held or not restated:
        return None
    sides = {source_direction(source, s): s for s in held}
    said = set(sides) - {""}
    if len(said) != 1 or mine in said:
        return None
    theirs = said.pop()
    if any(source_direction(source, s) not in ("", theirs) for s in same):
        return None  # (the source also states that figure going the other way)
    shown = sides[theirs]
    return finding_at(
        piece,
        q.span,
        Kind.MISMATCH,
        "error",
        message=_("the source says {figures}").format(figures=f'"{_words_beside(source, shown)}"'),
        rule=Rule.NUMBER_CONTRADICTED,
        evidence=evidence(restated),
    )
