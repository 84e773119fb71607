"""The checker's knowledge, read from data files in ``check/data/`` (not code).

- ``abbreviations.tsv``: Japanese news short forms (FRB, 日銀, EU …) and the
  names a source spells out instead; the user glossary extends it.
- ``ja_not_quantities.tsv``: Japanese words with numerals or date words that
  state no figure or date (一部, 二国間, 年初, わずか2日で …).
- ``locale_words.tsv``: French, German and Spanish words for scales,
  percentages and relative days, rewritten into the English the scanners read.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["abbreviations", "locale_words", "mask_not_dates", "mask_not_quantities"]

_MASK = "□"


def _rows(name: str) -> list[list[str]]:
    text = resources.files("yoten.check").joinpath("data", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@functools.cache
def abbreviations() -> dict[str, tuple[str, ...]]:
    """Short form → the names it stands for (as written in sources)."""
    return {
        row[0]: tuple(n.strip() for n in row[1].split("|") if n.strip())
        for row in _rows("abbreviations.tsv")
    }


@functools.cache
def _not_quantity_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    dates: list[str] = []
    quantities: list[str] = []
    for kind, pattern in _rows("ja_not_quantities.tsv"):
        if kind in ("date", "both"):
            dates.append(pattern)
        if kind in ("quantity", "both"):
            quantities.append(pattern)
    return re.compile("|".join(dates)), re.compile("|".join(quantities))


def _mask(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: _MASK * len(m.group(0)), text)


def mask_not_dates(text: str) -> str:
    """``text`` with the words that are not dates blanked out (offsets kept)."""
    return _mask(_not_quantity_patterns()[0], text)


def mask_not_quantities(text: str) -> str:
    """``text`` with the words that are not figures blanked out (offsets kept)."""
    return _mask(_not_quantity_patterns()[1], text)


@functools.cache
def locale_words(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, English) pairs for a source language (empty for others)."""
    return tuple(
        (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), english)
        for lang, pattern, english in _rows("locale_words.tsv")
        if lang == language
    )
