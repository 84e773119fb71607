"""The checker's knowledge, read from data files in ``check/data/`` (not code).

- ``abbreviations.tsv``: Japanese news short forms (FRB, 日銀, EU …) and the
  names a source spells out instead; the user glossary extends it.
- ``ja_not_quantities.tsv``: Japanese words with numerals or date words that
  state no figure or date (一部, 二国間, 年初, わずか2日で …).
- ``terms.tsv``: common news terms in Japanese and the words sources use for
  them (steel, Stahl, acier …), anchors for aligning a digest sentence with
  the source sentence it restates.
- ``locale_words.tsv``: French, German and Spanish words for scales,
  percentages and relative days, rewritten into the English the scanners read.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = [
    "abbreviations",
    "digest_terms",
    "locale_words",
    "mask_not_dates",
    "mask_not_quantities",
    "source_terms",
]

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


@functools.cache
def _terms() -> tuple[
    re.Pattern[str], dict[str, int], re.Pattern[str], list[tuple[re.Pattern[str], int]]
]:
    japanese: dict[str, int] = {}
    foreign: list[tuple[str, int]] = []
    for i, row in enumerate(_rows("terms.tsv")):
        for word in row[0].split("|"):
            japanese[word.strip()] = i
        foreign += [(w.strip(), i) for w in row[1].split("|") if w.strip()]
    ja = re.compile("|".join(re.escape(w) for w in sorted(japanese, key=len, reverse=True)))
    patterns = [
        (
            re.compile(
                r"(?<!\w)"
                + re.escape(w.rstrip("*")).replace(r"\ ", r"\s+")
                + (r"\w*" if w.endswith("*") else r"(?!\w)"),
                0 if any(c.isupper() for c in w[1:]) and w.isupper() else re.IGNORECASE,
            ),
            i,
        )
        for w, i in foreign
    ]
    first = re.compile("|".join(p.pattern for p, _ in patterns), re.IGNORECASE)
    return ja, japanese, first, patterns


def digest_terms(text: str) -> set[str]:
    """Anchor keys (``t:<row>``) of the news terms a Japanese digest sentence uses."""
    ja, index, _, _ = _terms()
    return {f"t:{index[m.group(0)]}" for m in ja.finditer(text)}


def source_terms(text: str) -> set[str]:
    """Anchor keys of the news terms an (English, French, German, Spanish) sentence uses."""
    _, _, first, _ = _terms()
    return {key for m in first.finditer(text) if (key := _term_of(m.group(0)))}


@functools.lru_cache(maxsize=4096)
def _term_of(word: str) -> str:
    for pattern, i in _terms()[3]:
        if pattern.fullmatch(word):
            return f"t:{i}"
    return ""
