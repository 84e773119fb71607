"""The checker's knowledge, read from data files in ``check/data/`` (not code).

- ``abbreviations.tsv``: Japanese news short forms (FRB, 日銀, EU …) and the
  names a source spells out instead; the user glossary extends it.
- ``ja_not_quantities.tsv``: Japanese words with numerals or date words that
  state no figure or date (一部, 二国間, 年初, わずか2日で …).
- ``terms.tsv``: common news terms in Japanese and the words sources use for
  them (steel, Stahl, acier …), anchors for aligning a digest sentence with
  the source sentence it restates.
- ``counter_nouns.tsv``: Japanese counters (人, 隻, 種 …) and the nouns sources in
  any language count with them (people, navires, Arten …).
- ``ja_day_count_words.tsv``: what follows "N日" when it counts days (3日間,
  10日ぶり, 31日中19日), not a day of the month.
- ``holidays.tsv``: holidays on a fixed day of the year, by the names sources
  give them (Boxing Day is 26 December).
- ``locale_words.tsv``: French, German and Spanish words for scales,
  percentages and relative days, rewritten into the English the scanners read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from yoten.check import rx

__all__ = [
    "abbreviations",
    "counter_nouns",
    "counter_rows",
    "day_count_after",
    "digest_terms",
    "fixed_holidays",
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
def counter_nouns() -> dict[str, frozenset[str]]:
    """Japanese counter → the nouns (lowercase) a source counts with it."""
    rows = {row[0]: row[1].split() for row in _rows("counter_nouns.tsv")}
    return {
        counter: frozenset(rows[words[0][1:]] if words[0].startswith("=") else words)
        for counter, words in rows.items()
    }


@functools.cache
def counter_rows() -> dict[str, str]:
    """Japanese counter → the counter whose row it shares (名 → 人, か国 → カ国, 人 → 人)."""
    rows = {row[0]: row[1].split() for row in _rows("counter_nouns.tsv")}
    return {
        counter: words[0][1:] if words[0].startswith("=") else counter
        for counter, words in rows.items()
    }


@functools.cache
def day_count_after() -> re.Pattern[str]:
    """What follows "N日" when it is a count of days (``match`` right after 日)."""
    return rx.compile("(?:" + "|".join(row[0] for row in _rows("ja_day_count_words.tsv")) + ")")


@functools.cache
def fixed_holidays() -> re.Pattern[str]:
    """The names of the holidays on a fixed day of the year, one group per holiday
    (``h<month>_<day>``)."""
    groups = [f"(?P<h{month}_{day}>{names})" for month, day, names in _rows("holidays.tsv")]
    return rx.compile(rf"\b(?:{'|'.join(groups)})\b", re.IGNORECASE)


@functools.cache
def _not_quantity_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    dates: list[str] = []
    quantities: list[str] = []
    for kind, pattern in _rows("ja_not_quantities.tsv"):
        if kind in ("date", "both"):
            dates.append(pattern)
        if kind in ("quantity", "both"):
            quantities.append(pattern)
    return rx.compile("|".join(dates)), rx.compile("|".join(quantities))


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
        (rx.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), english)
        for lang, pattern, english in _rows("locale_words.tsv")
        if lang == language
    )


@dataclass(frozen=True)
class _Terms:
    japanese: re.Pattern[str]  # the Japanese terms, longest first
    rows: dict[str, int]  # Japanese term → row
    exact: dict[str, int]  # lowercased word → row
    capitals: dict[str, int]  # all-capitals word (US, EU) → row, matched as written
    prefixes: dict[str, int]  # lowercased prefix of a word (tariff*) → row
    # the phrases, by their first word (lowercased as source_terms reads words)
    phrases: dict[str, tuple[tuple[re.Pattern[str], int], ...]]

    @functools.cached_property
    def shortest_prefix(self) -> int:
        return min(map(len, self.prefixes), default=1)

    @functools.cached_property
    def longest_prefix(self) -> int:
        return max(map(len, self.prefixes), default=0)


@functools.cache
def _terms() -> _Terms:
    rows: dict[str, int] = {}
    exact: dict[str, int] = {}
    capitals: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    phrases: dict[str, list[tuple[re.Pattern[str], int]]] = {}
    for i, row in enumerate(_rows("terms.tsv")):
        for word in row[0].split("|"):
            rows[word.strip()] = i
        for raw in (w.strip() for w in row[1].split("|")):
            if not raw:
                continue
            star, word = raw.endswith("*"), raw.rstrip("*").rstrip("?")
            if " " in word or "'" in word:
                body = re.escape(word).replace(r"\ ", r"\s+")
                tail = r"\w*" if star else r"(?!\w)"
                lead = _WORD.match(word)
                first = lead.group(0).strip(".'’-").casefold() if lead else word.casefold()
                pattern = rx.compile(rf"(?<!\w){body}{tail}", re.IGNORECASE)
                phrases.setdefault(first, []).append((pattern, i))
            elif star:
                prefixes.setdefault(word.casefold(), i)
            elif len(word) > 1 and word.replace(".", "").isupper():
                capitals.setdefault(word.replace(".", ""), i)
            else:
                exact.setdefault(word.casefold(), i)
                if raw.endswith("?"):  # blessés? : the plural too
                    exact.setdefault(word.casefold() + "s", i)
    japanese = rx.compile("|".join(re.escape(w) for w in sorted(rows, key=len, reverse=True)))
    indexed = {first: tuple(found) for first, found in phrases.items()}
    return _Terms(japanese, rows, exact, capitals, prefixes, indexed)


_WORD = rx.compile(r"[^\W\d_][\w'’.-]*")


def digest_terms(text: str) -> set[str]:
    """Anchor keys (``t:<row>``) of the news terms a Japanese digest sentence uses."""
    terms = _terms()
    return {f"t:{terms.rows[m.group(0)]}" for m in terms.japanese.finditer(text)}


def source_terms(text: str) -> set[str]:
    """Anchor keys of the news terms an (English, French, German, Spanish) sentence uses."""
    terms = _terms()
    found: set[int] = set()
    firsts: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group(0).strip(".'’-")
        if (row := terms.capitals.get(word.replace(".", ""))) is not None:
            found.add(row)
        low = word.casefold()
        if low in terms.phrases:
            firsts.add(low)
        if (row := terms.exact.get(low)) is not None:
            found.add(row)
        for k in range(terms.shortest_prefix, min(len(low), terms.longest_prefix) + 1):
            if (row := terms.prefixes.get(low[:k])) is not None:
                found.add(row)
    found.update(
        row for first in firsts for pattern, row in terms.phrases[first] if pattern.search(text)
    )
    return {f"t:{row}" for row in found}
