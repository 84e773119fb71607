"""Quarters: 第3四半期 in a digest against "the fourth quarter" in its source.

Months written as a quarter's span (7〜9月期) are the dates check's; this rule
reads the numbered form (第N四半期, N-Q, QN) and compares it with the quarters
the source names (first … fourth quarter, Q1 … Q4; French, German and Spanish
through the locale words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yoten.check.align import sentence_at
from yoten.check.normalize import halfwidth
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["check_quarters", "source_quarters"]

_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4}
_JA_QUARTER = re.compile(
    r"第([1-4一二三四])四半期|(?<![\w])([1-4])Q(?![\w])|(?<![\w])Q([1-4])(?![\w])"
)
_EN_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_EN_QUARTER = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+quarter\b|\bQ([1-4])\b|\b([1-4])Q\b",
    re.IGNORECASE,
)


def _number(m: re.Match[str]) -> int:
    raw = next(g for g in m.groups() if g)
    return _KANJI.get(raw) or _EN_ORDINAL.get(raw.casefold()) or int(raw)


def source_quarters(text: str) -> dict[int, list[int]]:
    """Quarter number → offsets where the (English-shaped) source names it."""
    out: dict[int, list[int]] = {}
    for m in _EN_QUARTER.finditer(text):
        out.setdefault(_number(m), []).append(m.start())
    return out


def check_quarters(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """A numbered quarter the source does not name: error when it names another nearby."""
    named = source_quarters(source.text)
    findings: list[Finding] = []
    seen: set[str] = set()
    for piece in pieces:
        folded = halfwidth(piece.text)
        for m in _JA_QUARTER.finditer(folded):
            span = piece.text[m.start() : m.end()]
            quarter = _number(m)
            if quarter in named or span in seen:
                continue
            seen.add(span)
            aligned = source.align(sentence_at(piece.text, m.start()))
            others = [
                s
                for q, offsets in named.items()
                for at in offsets
                if (s := source.sentence_of(at)) is not None and (s in aligned or len(named) == 1)
            ]
            if others:
                says = ", ".join(f"Q{q}" for q in sorted(named))
                findings.append(
                    Finding(
                        kind=Kind.MISMATCH,
                        severity="error",
                        section=piece.section,
                        span=span,
                        message=_("the source names another quarter ({quarters})").format(
                            quarters=says
                        ),
                        rule=Rule.QUARTER_CONTRADICTED,
                        evidence=evidence(others),
                    )
                )
            else:
                findings.append(
                    Finding(
                        kind=Kind.DATE,
                        severity="warning",
                        section=piece.section,
                        span=span,
                        message=_("unverified: the source names no such quarter"),
                        rule=Rule.QUARTER_UNVERIFIED,
                        evidence=evidence(aligned),
                    )
                )
    return findings
