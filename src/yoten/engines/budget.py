"""How long a digest may be: the extractive engine's length budget.

A module of its own so that choosing the engine (``from_settings`` reads the
budget from yoten.toml) does not load the planner and the ranking.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Budget"]


@dataclass(frozen=True)
class Budget:
    """How long a digest may be, in characters of the article's text.

    Articles over ``short`` characters get at most ``ratio`` of them for the
    whole digest. A shorter one gets ``short_ratio`` of its length (a digest
    nearly as long as the article is no digest), but never less than
    ``ratio`` of it and never more than what an article of ``short``
    characters gets, so the budget grows with the article without a step.
    概要 gets at most ``overview`` of the article. ``max_chars`` caps very
    long articles.
    """

    ratio: float = 0.6
    overview: float = 0.25
    short: int = 1500
    max_chars: int = 8000
    short_ratio: float = 0.75

    def total(self, chars: int) -> int:
        if chars > self.short:
            allowed = int(self.ratio * chars)
        else:
            capped = min(self.short_ratio * chars, self.ratio * self.short)
            allowed = int(max(self.ratio * chars, capped))
        return min(allowed, self.max_chars)

    def overview_chars(self, chars: int) -> int:
        return min(int(self.overview * chars), self.total(chars) // 2)
