"""Names: Latin text in parentheses (``ト・ラム(To Lam)``, ``(ECB)``) must occur in the source.

Compared case-insensitively with diacritics folded (Nguyễn = Nguyen), on word
boundaries. An all-capitals abbreviation also passes when the source spells
it out (ECB ← European Central Bank), or gives one of the names that
``data/abbreviations.tsv`` (and the user glossary) list for it (FRB ← Federal
Reserve). A name the source never gives is unverified: a ``warning``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yoten.check.glossary import Glossary
from yoten.check.lexicon import abbreviations
from yoten.check.normalize import fold_latin, halfwidth
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex
from yoten.models import Finding

__all__ = ["GENERIC_ABBREVIATIONS", "check_names", "latin_in_parentheses"]

_PARENS = re.compile(r"[(（]([^()（）]{1,200})[)）]")
_LETTER = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
_LATIN_RUN = re.compile(rf"[{_LETTER}][{_LETTER}0-9.'’&\- ]*[{_LETTER}0-9.]|[{_LETTER}]")
#: Terms, not names: a digest may add them after the Japanese word.
GENERIC_ABBREVIATIONS = frozenset(
    [
        "GDP",
        "GNP",
        "CPI",
        "PPI",
        "PMI",
        "AI",
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "EV",
        "IT",
        "PC",
        "SNS",
        "IOT",
        "CO2",
        "LNG",
    ]
)


def latin_in_parentheses(text: str) -> list[tuple[str, int]]:
    """The Latin runs written in parentheses in ``text``, with their offsets."""
    out: list[tuple[str, int]] = []
    folded = halfwidth(text)
    for m in _PARENS.finditer(folded):
        for run in _LATIN_RUN.finditer(m.group(1)):
            value = run.group(0).strip(" .-'’")
            if sum(ch.isalpha() for ch in value) < 2:
                continue
            start = m.start(1) + run.start() + run.group(0).index(value[0])
            out.append((text[start : start + len(value)], start))
    return out


def _words_key(name: str) -> str:
    return " " + re.sub(r"[^0-9a-z]+", " ", fold_latin(name)).strip() + " "


def _in_source(name: str, source: SourceIndex, extra: dict[str, list[str]] | None = None) -> bool:
    key = _words_key(name)
    if key.strip() and key in source.latin_words:
        return True
    for expansion in (*abbreviations().get(name.strip(), ()), *(extra or {}).get(name.strip(), ())):
        if _words_key(expansion) in source.latin_words:
            return True
    compact = re.sub(r"[^A-Za-z0-9]", "", name)
    if compact.isupper() and 2 <= len(compact) <= 8:
        if compact.upper() in GENERIC_ABBREVIATIONS:
            return True
        return compact in source.acronyms
    return False


def check_names(
    pieces: Iterable[Piece], source: SourceIndex, glossary: Glossary | None = None
) -> list[Finding]:
    """Warnings (kind ``name``) for names in parentheses that the source never mentions."""
    findings: list[Finding] = []
    seen: set[str] = set()
    # The user glossary extends the abbreviation table: "Federal Reserve" = FRB.
    extra: dict[str, list[str]] = {}
    for original, japanese in glossary.items() if glossary is not None else ():
        extra.setdefault(japanese.strip(), []).append(original)
    for piece in pieces:
        for name, _offset in latin_in_parentheses(piece.text):
            if name in seen or _in_source(name, source, extra):
                continue
            seen.add(name)
            findings.append(
                Finding(
                    kind=Kind.NAME,
                    severity="warning",
                    section=piece.section,
                    span=name,
                    message=f"unverified: the source never mentions {name}",
                    rule=Rule.NAME_UNVERIFIED,
                )
            )
    return findings
