"""Quantities in text, as normalised values with units (the checker's figures).

- :mod:`.core`: :class:`Reading`, :class:`Quantity`, matching two figures
  (:func:`readings_match`), unit equivalences and the unit tables both
  scanners share;
- :mod:`.japanese`: :func:`scan_japanese` (a digest, or a Japanese source) and
  the rate and day-count tests the dates check also uses;
- :mod:`.english`: :func:`scan_english` (English sources, and French, German
  and Spanish ones after :mod:`yoten.check.locale`).
"""

from __future__ import annotations

from yoten.check.quantities.core import (
    COUNTISH,
    DAY_OF_MONTH,
    IMPERIAL,
    Quantity,
    Reading,
    equivalent_readings,
    readings_match,
)
from yoten.check.quantities.english import scan_english, years_since
from yoten.check.quantities.english_context import FUNCTION_WORDS
from yoten.check.quantities.japanese import (
    is_day_count,
    is_per_one,
    is_rate_denominator,
    may_be_rate,
    scan_japanese,
    speed_per,
)

__all__ = [
    "COUNTISH",
    "DAY_OF_MONTH",
    "FUNCTION_WORDS",
    "IMPERIAL",
    "Quantity",
    "Reading",
    "equivalent_readings",
    "is_day_count",
    "is_per_one",
    "is_rate_denominator",
    "may_be_rate",
    "readings_match",
    "scan_english",
    "scan_japanese",
    "speed_per",
    "years_since",
]
