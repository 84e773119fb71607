"""Names: Latin text in parentheses (``ト・ラム(To Lam)``, ``(ECB)``) must occur in the source.

Compared case-insensitively with diacritics folded (Nguyễn = Nguyen), on word
boundaries. An all-capitals abbreviation also passes when the source spells
it out as one of the names that ``data/abbreviations.tsv`` (and the user
glossary) list for it (FRB ← Federal Reserve, ECB ← European Central Bank). A
name the source never gives is unverified: a ``warning``; so is an abbreviation
made from the initials of a name the source spells out but never abbreviates
(PEA for Prairie Educators Association): readers cannot look it up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yoten.check import rx
from yoten.check.glossary import Glossary
from yoten.check.lexicon import abbreviations
from yoten.check.normalize import fold_latin, halfwidth
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["GENERIC_ABBREVIATIONS", "check_names", "latin_in_parentheses"]

_PARENS = rx.compile(r"[(（]([^()（）]{1,200})[)）]")
_LETTER = r"A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
_LATIN_RUN = rx.compile(rf"[{_LETTER}][{_LETTER}0-9.'’&\- ]*[{_LETTER}0-9.]|[{_LETTER}]")
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
            if run.start() and m.group(1)[run.start() - 1].isdigit():
                continue  # (約17.4km/L, 40GW: a unit after its figure, no name)
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
    return compact.isupper() and compact.upper() in GENERIC_ABBREVIATIONS


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
        for name, offset in latin_in_parentheses(piece.text):
            if name in seen or _in_source(name, source, extra):
                continue
            seen.add(name)
            compact = re.sub(r"[^A-Za-z0-9]", "", name)
            if compact.isupper() and 2 <= len(compact) <= 8 and compact in source.acronyms:
                # initials of a name the source spells out, in a form it never writes
                message = _("the source never writes {name}; it spells the name out").format(
                    name=name
                )
            else:
                message = _("unverified: the source never mentions {name}").format(name=name)
            findings.append(
                Finding(
                    kind=Kind.NAME,
                    severity="warning",
                    section=piece.section,
                    span=_as_written(piece.text, name, offset),
                    message=message,
                    rule=Rule.NAME_UNVERIFIED,
                )
            )
    return findings


_KATAKANA_BEFORE = rx.compile(r"[ァ-ヺー・=＝]{2,}[(（]\s*$")


def _as_written(text: str, name: str, offset: int) -> str:
    """The name as the digest writes it: ソフィー・ラングラン(Sophie Langlant), not only
    the Latin in parentheses, so that a reviewer sees whom it is about."""
    m = _KATAKANA_BEFORE.search(text, max(0, offset - 40), offset)
    if m is None:
        return name
    end = offset + len(name)
    if text[end : end + 1] in (")", "）"):
        end += 1
    return text[m.start() : end]
