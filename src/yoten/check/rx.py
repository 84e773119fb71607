"""Compiling the checker's regular expressions so that they scan fast.

Most of the checker's patterns are alternations whose branches open with a
look-behind or a word boundary (``(?<![\\d.])(?P<y>\\d{4})年|(?P<wd>[月火…])曜…``).
Python's ``re`` engine finds no literal prefix or first-character set for such a
pattern, so ``search`` and ``finditer`` try every branch at every position of the
text: a 5,000-character digest costs milliseconds per pattern.

:func:`compile` works out, from the parsed pattern, which characters a match can
start with and puts that set first, as a look-ahead (``(?=[令平昭\\d月…])(?:…)``).
The engine then rejects most positions with one character test. The look-ahead
only restates what the pattern already requires, so every match is the same:
where the set cannot be known (a branch that may start with any character, a
pattern that may match the empty string, a scoped flag), the pattern is compiled
as written.
"""

from __future__ import annotations

import re
from re import _compiler as _sre_compile  # type: ignore[attr-defined]
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["compile", "first_characters"]

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
# zero-width items: a match's first character is that of what follows them
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """The first character of a match cannot be narrowed down."""


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a first-character look-ahead where it helps."""
    parsed = _sre_parse.parse(pattern, flags)
    if _scanned_fast(parsed, flags):
        return re.compile(pattern, flags)
    first = _first(parsed)
    if first is None:
        return re.compile(pattern, flags)
    try:
        return re.compile(f"(?={first})(?:{pattern})", flags)
    except re.error:  # a global inline flag, (?i) …, must stay at the start
        return re.compile(pattern, flags)


def first_characters(pattern: str, flags: int = 0) -> str | None:
    """A character class that every match of ``pattern`` starts with, or None."""
    return _first(_sre_parse.parse(pattern, flags))


def _scanned_fast(parsed: Any, flags: int) -> bool:
    """Whether the engine finds a literal prefix or a first-character set of its own
    (年\\d+, [0-9]年, 最高|最低): then it skips ahead faster than a look-ahead would."""
    prefix = _sre_compile._get_literal_prefix(parsed, flags)[0]
    return bool(prefix) or _sre_compile._get_charset_prefix(parsed, flags) is not None


def _first(parsed: Any) -> str | None:
    try:
        items, nullable = _sequence(parsed.data)
    except _Unknown:
        return None
    if nullable or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def _sequence(items: Any) -> tuple[list[str], bool]:
    """(class items a match of the sequence may start with, whether it may be empty)."""
    out: list[str] = []
    for op, av in items:
        first, nullable = _item(op, av)
        out += first
        if not nullable:
            return out, False
    return out, True


def _item(op: Any, av: Any) -> tuple[list[str], bool]:
    if op is _sre.LITERAL:
        return [_literal(av)], False
    if op is _sre.IN:
        return _class_items(av), False
    if op in _ZERO_WIDTH:
        return [], True
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:  # (?i:…): the set would need the same flags
            raise _Unknown
        return _sequence(body)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is _sre.BRANCH:
        out: list[str] = []
        nullable = False
        for branch in av[1]:
            first, empty = _sequence(branch)
            out += first
            nullable = nullable or empty
        return out, nullable
    if op in _REPEATS:
        least, _most, body = av
        first, empty = _sequence(body)
        return first, empty or least == 0
    raise _Unknown  # ANY, NOT_LITERAL, a back-reference …: any character


def _class_items(items: Any) -> list[str]:
    out: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(_literal(av))
        elif op is _sre.RANGE:
            out.append(f"{_literal(av[0])}-{_literal(av[1])}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated set, [^…]
            raise _Unknown
    return out


def _literal(code: int) -> str:
    return re.escape(chr(code))
