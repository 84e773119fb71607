"""The figures of a digest's text: both scanners, dates left out, each text scanned once."""

from __future__ import annotations

import functools

from yoten.check import rx
from yoten.check.dates import find_dates
from yoten.check.quantities import Quantity, scan_english, scan_japanese
from yoten.check.source import day_of_month

__all__ = ["JAPANESE_TEXT", "digest_quantities"]

JAPANESE_TEXT = rx.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def digest_quantities(text: str, *, japanese: bool = True) -> list[Quantity]:
    """The quantities of one piece of digest text, dates left out.

    A digest that is not Japanese (the extractive engine on an English
    article) is read with the English scanner, like its source.
    """
    return list(_digest_quantities(text, japanese))


@functools.lru_cache(maxsize=4096)
def _digest_quantities(text: str, japanese: bool) -> tuple[Quantity, ...]:
    """The scan behind digest_quantities, once per text: the rules read the same digest
    sentence several times (its figures, their neighbours, the swap check). Nothing
    changes a Quantity after its scanner returns it, so the objects can be shared."""
    if not japanese:  # (the day of a date, "paid on 9 January", is no quantity)
        return tuple(q for q in scan_english(text) if not day_of_month(q, text))
    return tuple(scan_japanese(text, skip=[(d.start, d.end) for d in find_dates(text)]))
