"""Numerals to values: Japanese (Arabic, kanji, 万/億/兆) and English number words.

>>> parse_japanese("4万5000"), parse_japanese("35億"), parse_japanese("二十五万")
(45000.0, 3500000000.0, 250000.0)
>>> parse_english_words("two hundred and fifty thousand")
250000.0
"""

from __future__ import annotations

import re

from yoten.check import rx

__all__ = [
    "EN_ORDINALS",
    "EN_SCALES",
    "EN_SMALL",
    "EN_TENS",
    "JA_DIGITS",
    "parse_english_words",
    "parse_japanese",
    "precision",
    "swapped_positions",
]

JA_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_JA_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_JA_BIG_UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_ARABIC = rx.compile(r"\d[\d,]*(?:\.\d+)?")


def parse_japanese(numeral: str) -> float | None:
    """Value of a Japanese numeral: ``35億``, ``4万5000``, ``1,200万``, ``二十五万``, ``二〇二四``.

    Returns None when the text is not a well-formed numeral.
    """
    total = 0.0  # finished 万/億/兆 groups
    group = 0.0  # the group below the next 万/億/兆
    current: float | None = None  # digits read since the last unit
    kanji_digits = ""  # positional kanji (二〇二四)
    i = 0
    seen = False
    while i < len(numeral):
        ch = numeral[i]
        arabic = _ARABIC.match(numeral, i)
        if arabic:
            if current is not None or kanji_digits:
                return None
            current = float(arabic.group(0).replace(",", ""))
            i = arabic.end()
            seen = True
            continue
        if ch in JA_DIGITS:
            if current is not None and not kanji_digits:
                return None
            kanji_digits += str(JA_DIGITS[ch])
            current = float(kanji_digits)
        elif ch in _JA_SMALL_UNITS:
            group += (current if current is not None else 1) * _JA_SMALL_UNITS[ch]
            current, kanji_digits = None, ""
        elif ch in _JA_BIG_UNITS:
            value = group + (current or 0)
            if value == 0:
                return None  # 万 with nothing before it, or 億万
            total += value * _JA_BIG_UNITS[ch]
            group, current, kanji_digits = 0.0, None, ""
        else:
            return None
        seen = True
        i += 1
    if not seen:
        return None
    return total + group + (current or 0)


def precision(numeral: str) -> float:
    """The place value of the last significant digit a numeral states.

    ``35億`` → 1e8, ``250万`` → 1e4·10 = 1e5, ``3.5`` → 0.1, ``2,487,000`` → 1000.
    Used to accept a rounded figure (35億 for $3.46 billion).
    """
    value = parse_japanese(numeral)
    if value is None or value == 0:
        return 1.0
    m = re.search(r"\.(\d+)", numeral)
    if m and not re.search(r"[万億兆]", numeral[m.end() :]):
        return 10.0 ** -len(m.group(1).rstrip("0") or "0")
    place = 1.0
    v = round(value)
    while v and v % 10 == 0:
        v //= 10
        place *= 10
    if m:  # 2.5万: one decimal below the unit
        place = max(place, 1.0)
    return place


EN_SMALL: dict[str, int] = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
EN_TENS: dict[str, int] = {
    w: (i + 2) * 10
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
EN_SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
EN_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip


def parse_english_words(phrase: str) -> float | None:
    """Value of an English number phrase: ``twenty-five``, ``a dozen``, ``three hundred thousand``."""
    words = [w for w in re.split(r"[\s\-]+", phrase.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word == "a":
            current += 1
        elif word in EN_SMALL:
            if current % 100 and not (current % 10 == 0 and EN_SMALL[word] < 10):
                return None  # "two four-year terms": two figures, not six
            current += EN_SMALL[word]
        elif word in EN_TENS:
            if current % 100:
                return None
            current += EN_TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in EN_SCALES:
            total += (current or 1) * EN_SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def swapped_positions(written: str, other: str) -> tuple[int, int] | None:
    """(i, j) when ``written`` is ``other`` with the characters at i and j swapped
    (1937 for 1973: (2, 3)); None for any other difference."""
    if len(written) != len(other):
        return None
    diff = [i for i, (a, b) in enumerate(zip(written, other, strict=True)) if a != b]
    if len(diff) == 2 and written[diff[0]] == other[diff[1]] and written[diff[1]] == other[diff[0]]:
        return diff[0], diff[1]
    return None
