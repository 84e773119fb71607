"""The source article, prepared once for every check: folded text, quantities, dates."""

from __future__ import annotations

import re
from functools import cached_property

from yoten.check.dates import SourceDates, find_dates, source_dates
from yoten.check.normalize import acronyms, fold_latin
from yoten.check.quantities import Quantity, scan_english, scan_japanese, years_since
from yoten.check.scores import Score, source_scores
from yoten.models import Article

__all__ = ["SourceIndex"]

_KANA = re.compile(r"[\u3040-\u30ff]")


class SourceIndex:
    """What the checks look up in the source; each part is computed on first use."""

    def __init__(self, article: Article) -> None:
        self.article = article
        parts = [article.title, article.text]
        self.text = "\n\n".join(p for p in parts if p)

    @cached_property
    def japanese(self) -> bool:
        """True when the source itself is (partly) Japanese."""
        return bool(_KANA.search(self.text))

    @cached_property
    def latin(self) -> str:
        """The text folded for name lookups: lowercase, no diacritics, one space."""
        return fold_latin(self.text)

    @cached_property
    def latin_words(self) -> str:
        """``latin`` with every non-alphanumeric run made one space, padded with spaces."""
        return " " + re.sub(r"[^0-9a-z]+", " ", self.latin).strip() + " "

    @cached_property
    def acronyms(self) -> set[str]:
        """Initials of the source's capitalised names (European Central Bank → ECB)."""
        return acronyms(self.text)

    @cached_property
    def quantities(self) -> list[Quantity]:
        found = scan_english(self.text)
        if self.japanese:
            spans = [(d.start, d.end) for d in find_dates(self.text)]
            found += scan_japanese(self.text, skip=spans)
        published = self.article.published_date
        if published is not None:
            found += years_since(self.text, published.year)
        return found

    @cached_property
    def scores(self) -> list[Score]:
        """Pairs of figures (scores, votes) the source states: 6-4, 5-4, 3-nil."""
        return source_scores(self.text)

    @cached_property
    def dates(self) -> SourceDates:
        japanese = find_dates(self.text) if self.japanese else []
        return source_dates(self.text, self.article.published_date, japanese=japanese)
