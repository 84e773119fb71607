"""Helpers shared by more than one of the checker's test files."""

from __future__ import annotations

import datetime as dt

from yoten.check.quantities import scan_english

# Publication dates the end-to-end rule tests resolve relative dates against.
MARCH_12 = dt.date(2025, 3, 12)
OCT_2 = dt.date(2024, 10, 2)  # a Wednesday
JUNE_3 = dt.date(2025, 6, 3)
# 2025-08-29 is a Friday; the next Monday is 2025-09-01.
FRIDAY_29 = dt.date(2025, 8, 29)


def english_units(text: str) -> set[tuple[str, float]]:
    """(unit, value rounded to 9 significant digits) of every reading in English ``text``."""
    return {(r.unit, float(f"{r.value:.9g}")) for q in scan_english(text) for r in q.readings}
