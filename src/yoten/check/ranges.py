"""Ranges: a digest's range (25〜44歳) against the range the restated sentence gives.

A range's end that nothing in the source states is only "unverified" on its
own; beside the other end, it has a counterpart: the restated sentence's range
whose other end the digest keeps ("aged 25 to 34"; "from 54 to 88"). One end
kept and the other changed is a contradiction.
"""

from __future__ import annotations

import re

from yoten.check import rx
from yoten.check.quantities import Quantity, readings_match
from yoten.check.relations import significant_digits
from yoten.check.source import SourceIndex

__all__ = ["range_counterpart", "range_ends"]

_DIGEST_LINK = rx.compile(r"\s*(?:〜|~|～|-|–|から)\s*")
_DIGEST_RANGE = rx.compile(r"\s*(?:〜|~|～)\s*")
_SOURCE_LINK = rx.compile(r"\s*(?:to|-|–|—|and|bis|à|a|y|et|und)\s*", re.I)


def _linked(text: str, first: Quantity, second: Quantity, link: re.Pattern[str]) -> bool:
    return first.end <= second.start and link.fullmatch(text, first.end, second.start) is not None


def range_counterpart(
    q: Quantity,
    text: str,
    stated: list[Quantity],
    nearby: list[Quantity],
    source: SourceIndex,
    *,
    strict: bool = False,
) -> Quantity | None:
    """The end of a source range in ``nearby`` that stands where ``q`` stands in the
    digest's range, when the digest keeps the range's other end; None otherwise.
    (``stated``: the other figures of q's sentence, offsets in ``text``; ``strict``:
    ranges on both sides, 8〜16時間 for "between 8 and 14 hours", no change "from" one
    figure to the other.)"""
    link = _DIGEST_RANGE if strict else _DIGEST_LINK
    for other in stated:
        if _linked(text, other, q, link):
            kept, q_first = other, False
        elif _linked(text, q, other, link):
            kept, q_first = other, True
        else:
            continue
        for a in nearby:
            for b in nearby:
                if a is b or not _linked(source.text, a, b, _SOURCE_LINK):
                    continue
                if strict and not range_ends(a, b, source):
                    continue
                mine, theirs = (a, b) if q_first else (b, a)
                if readings_match(kept, theirs) and not readings_match(q, mine):
                    if significant_digits(q.figure) == significant_digits(mine.figure):
                        continue  # "13.5 to 14 million": the scale written once
                    if 1000 <= mine.figure < 2100 and q.figure == mine.figure % 100:
                        continue  # 2026〜27年 for "2026 to 2027"
                    if {"ordinal"} & (mine.units | theirs.units):
                        continue  # "fourth to seventh": ranks, not the counts beside them
                    return mine
    return None


def range_ends(a: Quantity, b: Quantity, source: SourceIndex) -> bool:
    """Whether ``a`` and ``b`` are the two ends of one range of the source ("A$3.8
    billion to A$4.0 billion"): no change runs between them."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if _CHANGE_BEFORE.search(source.text, max(0, first.start - 8), first.start):
        return False  # "rose by 4.2 cents to 38.9", "from 33 to 9": a change
    return _linked(source.text, first, second, _SOURCE_LINK)


# "by" or "from" before the first figure: the two make a change, not a range
_CHANGE_BEFORE = rx.compile(r"\b(?:by|from|de|von|par|um)\s+$", re.I)
