"""Month names and abbreviations as sources write them (January, Jan., Sept.)."""

from __future__ import annotations

from yoten.check.normalize import MONTH_NAMES, MONTHS

__all__ = ["MONTHS_LOWER", "MONTH_RE", "month_number"]

MONTHS_LOWER = [m.lower() for m in MONTHS]


_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS_LOWER)} | {"sept": 9}


MONTH_RE = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"


def month_number(name: str | None) -> int | None:
    """1–12 for a month's name or abbreviation (March, mar., Sept.); None for others."""
    if not name:
        return None
    key = name.lower().rstrip(".")
    if key in MONTHS_LOWER:
        return MONTHS_LOWER.index(key) + 1
    return _MONTH_ABBR.get(key[:4] if key.startswith("sept") else key[:3])
