"""A split fiscal year the digest writes (2025〜26年度) beside the one its sentence restates.

Governments and schools name a fiscal year by the two calendar years it spans ("fiscal
2026-27", l'exercice 2026-2027). A digest sentence that restates a source sentence
naming one such year, and gives it as another (2025〜26年度 for "$38.9 billion in
fiscal 2026-27"), contradicts it: an ``error`` with that sentence as evidence, unless
the source names the digest's year too. A split year no restated sentence names is
left to the other date rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from yoten.check import rx
from yoten.check.align import number_keys, sentence_at
from yoten.check.pieces import Piece
from yoten.check.quantities import scan_japanese
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Finding

if TYPE_CHECKING:
    from yoten.check.source import SourceIndex

__all__ = ["wrong_split_years"]

# 2025〜26年度, 2025-26会計年度, 2025/2026年度
_DIGEST_SPLIT = rx.compile(
    r"(?<!\d)(?P<y1>(?:19|20)\d\d)\s*[-/／–〜~]\s*(?P<y2>(?:19|20)?\d\d)\s*(?:会計|事業)?年度"
)
# fiscal 2026-27, 2026/27, l'exercice 2026-2027
_SOURCE_SPLIT = rx.compile(r"(?<![\d.])(?P<y1>(?:19|20)\d\d)[-–/](?P<y2>(?:19|20)?\d\d)(?!\d|\.\d)")

# the year before or after the one named, said in words: "its 2025-26 budget, up from
# ₹61.2 crore in the current year", "compared with the previous year"
_YEAR_BESIDE = rx.compile(
    r"\b(?:(?:the\s+)?(?:current|this|last|previous|preceding|prior)\s+(?:fiscal\s+|financial\s+)?"
    r"year|a\s+year\s+(?:earlier|ago|before)|(?P<next>(?:the\s+)?(?:next|following|coming)\s+"
    r"(?:fiscal\s+|financial\s+)?year)|(?:l['’])?exercice\s+(?:en\s+cours|précédent)"
    r"|Vorjahr\w*|laufenden\s+(?:Haushalts|Geschäfts)?jahr\w*|(?:año|ejercicio)\s+(?:anterior|en\s+curso))\b",
    re.IGNORECASE,
)

_JA_YEAR_WORD = rx.compile(r"今年度|本年度|前年度|昨年度|来年度|次年度|今期|前期|来期")


def _first_years(text: str, pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    """The first years of the split years ``text`` writes (2025 for 2025-26), with
    their matches; a pair whose second year does not follow the first is none."""
    found = []
    for m in pattern.finditer(text):
        first, second = int(m.group("y1")), m.group("y2")
        if int(second) % 100 == (first + 1) % 100 and (
            len(second) == 2 or int(second) == first + 1
        ):
            found.append((first, m))
    return found


def wrong_split_years(piece: Piece, source: SourceIndex) -> list[Finding]:
    """Errors for the split years of ``piece`` that the sentence they restate names
    otherwise (see the module)."""
    from yoten.check.source import evidence

    findings = []
    # (a year the source names itself, in another sentence: 赤字は18億4000万ドルに拡大、
    # 2028-29年度に均衡 for "a deficit of $1.84 billion for 2025-26" and "return to
    # balance in 2028-29")
    stated: set[int] | None = None  # (read only where the piece writes a split year)
    for first, m in _first_years(piece.text, _DIGEST_SPLIT):
        if stated is None:
            stated = {year for year, _m in _first_years(source.text, _SOURCE_SPLIT)}
        if first in stated:
            continue
        sentence = sentence_at(piece.text, m.start())
        if len(_first_years(sentence, _DIGEST_SPLIT)) != 1:
            continue  # (a run of years: 2025〜26年度から2027〜28年度まで)
        values = [r.value for q in scan_japanese(sentence) for r in q.readings]
        figures = number_keys(v for v in values if v not in (first, first + 1, first % 100 + 1))
        if not figures:
            continue
        restated = source.align(sentence, values=values, ignore=[float(first)])[:1]
        named = {
            year
            for s in restated
            if figures & s.numbers
            for year, _m in _first_years(s.norm or s.text, _SOURCE_SPLIT)
        }
        if not named or first in named or len(named) != 1:
            continue
        (other,) = named
        step = _YEAR_BESIDE.search(restated[0].norm or restated[0].text)
        if (
            step is not None
            and first == other + (1 if step.group("next") else -1)
            and _JA_YEAR_WORD.search(piece.text, max(0, m.start() - 6), m.end() + 6)
        ):
            # 今年度(2024〜25年度) for "its 2025-26 budget, up from ₹61.2 crore in the
            # current year": the year the source says in words, not the one it names
            continue
        findings.append(
            Finding(
                kind=Kind.DATE,
                severity="error",
                section=piece.section,
                span=m.group(0),
                message=_("the source names the fiscal year {year}").format(
                    year=f"{other}-{(other + 1) % 100:02d}"
                ),
                rule=Rule.DATE_CONTRADICTED,
                evidence=evidence(restated),
            )
        )
    return findings
