"""Helpers shared by more than one of the checker's test files."""

from __future__ import annotations

from yoten.check.quantities import scan_english


def english_units(text: str) -> set[tuple[str, float]]:
    """(unit, value rounded to 9 significant digits) of every reading in English ``text``."""
    return {(r.unit, float(f"{r.value:.9g}")) for q in scan_english(text) for r in q.readings}
