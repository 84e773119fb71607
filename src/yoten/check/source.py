"""The source article, prepared once for every check: sentences, quantities, dates.

A French, German or Spanish source is read sentence by sentence through
:func:`yoten.check.locale.normalise`; every scanner then reads ``text``, the
English-shaped copy, while evidence offsets point into ``Article.text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cached_property

from yoten.check import rx
from yoten.check.align import (
    SourceSentence,
    best_sentences,
    digest_anchors,
    name_weights,
    number_keys,
    source_anchors,
    split_sentences,
)
from yoten.check.dates import SourceDates, find_dates, source_dates
from yoten.check.jst import SourceTime, source_times
from yoten.check.lexicon import counter_nouns
from yoten.check.locale import READS, REWRITTEN, decimal_point, normalise
from yoten.check.normalize import MONTH_NAMES, WEEKDAY_NAMES, acronyms, fold_latin
from yoten.check.quantities import (
    COUNTISH,
    FUNCTION_WORDS,
    Quantity,
    Reading,
    equivalent_readings,
    scan_english,
    scan_japanese,
    years_since,
)
from yoten.check.scores import Score, source_scores
from yoten.lang import latin_language
from yoten.models import Article, Evidence

__all__ = ["OF_WORDS", "SourceIndex", "day_of_month", "detect_language", "evidence"]

_DASHED_PAIR = rx.compile(r"(?<![\d.,-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%]|[.,]\d)")
_KANA = rx.compile(r"[\u3040-\u30ff]")


class SourceIndex:
    """What the checks look up in the source; each part is computed on first use."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.language = detect_language(article)
        self.spans = split_sentences(article.text)
        self._values_read: dict[str, list[float]] = {}
        self._aligned: dict[
            tuple[str, tuple[float, ...], tuple[float, ...]], list[SourceSentence]
        ] = {}
        point = decimal_point(article.text, self.language)
        title = normalise(article.title, self.language, point=point) if article.title else ""
        prefix = title + "\n\n" if title else ""
        if self.language in REWRITTEN:
            parts: list[str] = []
            self._offsets: list[int] = []
            at = len(prefix)
            for start, end in self.spans:
                norm = normalise(article.text[start:end], self.language, point=point)
                self._offsets.append(at)
                parts.append(norm)
                at += len(norm) + 1
            self.text = prefix + "\n".join(parts)
        else:
            self._offsets = [len(prefix) + start for start, _ in self.spans]
            # (English is rewritten in place, one character for one: 270 000 → 270,000)
            body = normalise(article.text, self.language, point=point)
            self.text = prefix + body if article.text else title

    @property
    def reads(self) -> bool:
        """Whether the checker reads the source's language (else: warnings only)."""
        return self.language in READS or self.language == "und"

    @cached_property
    def sentences(self) -> list[SourceSentence]:
        """The source's sentences with their anchors (names, figures)."""
        out: list[SourceSentence] = []
        for i, (start, end) in enumerate(self.spans):
            at = self._offsets[i]
            stop = self._offsets[i + 1] if i + 1 < len(self.spans) else len(self.text)
            norm = self.text[at:stop]
            names, numbers = source_anchors(norm)
            if self.quantities:  # 8万冊, "nine of its 12": the scanner's values too
                numbers = numbers | number_keys(
                    v for q in self.quantities if at <= q.start < stop for v in _anchor_values(q)
                )
            out.append(
                SourceSentence(start, end, self.article.text[start:end], norm, names, numbers)
            )
        return out

    def norm_offset(self, index: int) -> int:
        """Where sentence ``index``'s ``norm`` begins in ``text`` (the scanners' offsets)."""
        return self._offsets[index]

    def sentence_index(self, offset: int) -> int | None:
        """The index in ``sentences`` of the one holding ``offset`` of ``text`` (None for
        the title)."""
        if not self.spans or offset < self._offsets[0]:
            return None
        lo, hi = 0, len(self._offsets) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._offsets[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def sentence_of(self, offset: int) -> SourceSentence | None:
        """The sentence holding ``offset`` of ``text`` (None for the title)."""
        index = self.sentence_index(offset)
        return None if index is None else self.sentences[index]

    def align(
        self, text: str, *, values: Iterable[float] = (), ignore: Iterable[float] = ()
    ) -> list[SourceSentence]:
        """The source sentences the digest sentence ``text`` restates.

        ``values``: the sentence's figures as the scanner read them (9万8000 →
        98000); ``ignore``: figures that must not count as anchors (the one
        being judged: a changed figure would otherwise pull in its own rival).
        """
        if not values:  # (6000万ポンド anchors "£60m" by its value, not by its digits)
            if text not in self._values_read:  # (one scan per digest sentence)
                self._values_read[text] = [r.value for q in scan_japanese(text) for r in q.readings]
            values = self._values_read[text]
        values, ignore = tuple(values), tuple(ignore)
        key = (text, values, ignore)
        if key not in self._aligned:  # (rules ask again for the same digest sentence)
            names, numbers = digest_anchors(text, values)
            numbers -= number_keys(ignore)
            self._aligned[key] = best_sentences(
                self.sentences, names, numbers, weights=self._weights
            )
        return list(self._aligned[key])

    def sentence_stating(self, q: Quantity) -> SourceSentence | None:
        """The sentence that holds source figure ``q``; for a figure in the title, the
        first sentence of the text that states the same figure (the evidence to show)."""
        found = self.sentence_of(q.start)
        if found is not None:
            return found
        return next(
            (
                sentence
                for other in self.quantities
                if other.figure == q.figure
                and other.units & q.units
                and (sentence := self.sentence_of(other.start)) is not None
            ),
            None,
        )

    @cached_property
    def lead_quantities(self) -> list[Quantity]:
        """The figures of the title and the first two sentences: the story's own
        (the level now a digest compares an earlier one with)."""
        stop = self._offsets[2] if len(self._offsets) > 2 else len(self.text)
        return [q for q in self.quantities if q.start < stop]

    def quantities_in(self, sentences: list[SourceSentence]) -> list[Quantity]:
        """The source's figures that stand in ``sentences``."""
        return [q for q in self.quantities if self.sentence_of(q.start) in sentences]

    @cached_property
    def _weights(self) -> dict[str, float]:
        return name_weights(self.sentences)

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
            japanese = scan_japanese(self.text, skip=spans)
            # 151万2300人 is one figure: not also the "2300" the English scanner reads in it
            found = [
                q
                for q in found
                if not any(
                    j.start <= q.start and q.end <= j.end and j.span != q.span for j in japanese
                )
            ]
            found += japanese
        found = [q for q in found if not day_of_month(q, self.text)]
        _bare_amounts_in_measure(found, self.text)
        _bare_amounts_in_currency(found)
        _bare_degrees_in_fahrenheit(found)
        _bare_highs(found, self.text)
        self._share_list_nouns(found)
        published = self.article.published_date
        if published is not None:
            found += years_since(self.text, published.year)
        return found

    def _share_list_nouns(self, found: list[Quantity]) -> None:
        """A bare figure after a counted one in the same sentence counts the same thing:
        "2,3 millones de visitantes, seguido de Alemania, con 1,4 millones" (a list),
        "214 flights were delayed and 38 were cancelled"."""
        noun, sentence = "", -1
        for q in sorted(found, key=lambda q: q.start):
            if "count" not in q.units:
                continue
            here = bisect.bisect_right(self._offsets, q.start)
            if here != sentence:
                noun, sentence = "", here
            words = q.noun.split()
            if noun and ((not words and q.extra.get("scaled")) or (words and words[0] in _VERBS)):
                q.noun = noun  # 1,4 millones; "214 flights were delayed and 38 were cancelled"
            elif any(w not in FUNCTION_WORDS and w not in OF_WORDS for w in words[:2]):
                noun = q.noun  # "de visitantes", not "at the"

    @cached_property
    def values(self) -> frozenset[float]:
        """Every value the source's figures read as (for "does the source state it")."""
        return frozenset(r.value for q in self.quantities for r in q.readings)

    @cached_property
    def _by_unit(self) -> dict[str, list[Quantity]]:
        index: dict[str, list[Quantity]] = {}
        for q in self.quantities:
            for unit in {r.unit for r in equivalent_readings(q.readings)}:
                index.setdefault(unit, []).append(q)
        return index

    def candidates(self, digest: Quantity) -> list[Quantity]:
        """The source quantities whose units can agree with ``digest``'s (for readings_match)."""
        units = {r.unit for r in equivalent_readings(digest.readings)}
        if "any" in units:
            return self.quantities
        wanted = set(units) | {"any"}
        if units & COUNTISH:
            wanted |= COUNTISH
        for a, b in (("percent", "point"), ("age", "year"), ("age", "count")):
            if a in units:
                wanted.add(b)
            if b in units:
                wanted.add(a)
        seen: set[int] = set()
        out: list[Quantity] = []
        for unit in wanted:
            for q in self._by_unit.get(unit, ()):
                if id(q) not in seen:
                    seen.add(id(q))
                    out.append(q)
        return out

    @cached_property
    def times(self) -> list[SourceTime]:
        """Clock times the source states, with their zones (for Japan-time conversions)."""
        return source_times(self.text, self.article.published)

    @cached_property
    def dashed_pairs(self) -> set[tuple[int, int]]:
        """Every figure pair written with a dash (6-4, 3-6), smaller first."""
        return {
            (min(int(a), int(b)), max(int(a), int(b))) for a, b in _DASHED_PAIR.findall(self.text)
        }

    @cached_property
    def scores(self) -> list[Score]:
        """Pairs of figures (scores, votes) the source states: 6-4, 5-4, 3-nil."""
        return source_scores(self.text)

    @cached_property
    def dates(self) -> SourceDates:
        japanese = find_dates(self.text) if self.japanese else []
        return source_dates(self.text, self.article.published_date, japanese=japanese)


_DAY_BEFORE = rx.compile(rf"\b(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\.?,?\s+(?:the\s+)?$")
_DAY_AFTER = rx.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAMES}\b")
_BARE_DAY = rx.compile(r"\d{1,2}")


def _anchor_values(q: Quantity) -> list[float]:
    """The values a source figure anchors a digest sentence by: a fraction in words
    ("half", "a third") by its percentage only (half is no 0.5 of a currency)."""
    if q.units & {"ratio"} and not any(c.isdigit() for c in q.span):
        return [r.value for r in q.readings if r.unit == "percent"]
    return [q.figure, *(r.value for r in q.readings)]


def day_of_month(q: Quantity, text: str) -> bool:
    """A bare figure that is the day of a date ("5 December", "December 5", "Saturday
    21"), which the English scanner reads as a count: no count of anything, so neither
    support for 5人 nor a term of a sum."""
    if q.units != {"count"} or not _BARE_DAY.fullmatch(q.span) or not 1 <= q.figure <= 31:
        return False
    return bool(
        _DAY_AFTER.match(text, q.end) or _DAY_BEFORE.search(text, max(0, q.start - 14), q.start)
    )


#: "of" in the source languages: a noun that starts with it names no count of its own
OF_WORDS = frozenset({"of", "de", "del", "des", "du", "di", "von", "der"})
# a figure followed by its verb has left its noun out: "… and 38 were cancelled"
_VERBS = frozenset("were was are is have has had will would remain remained".split())


def _bare_amounts_in_currency(found: list[Quantity]) -> None:
    """ "30 million" with no unit in a story that counts money in euros (42 million
    euros) may be euros too: such a figure also reads in the source's currencies."""
    currencies = {r.unit for q in found for r in q.readings if r.unit.startswith("cur:")}
    if not currencies or len(currencies) > 2:
        return
    counted = frozenset().union(*counter_nouns().values())
    for q in found:
        words = q.noun.split()
        if (
            q.extra.get("scaled")
            and q.units <= {"count", "year", "age"}
            # "los 11,5 millones pagados en 2019": no noun a count counts
            and (
                not words
                or words[0] in FUNCTION_WORDS
                # (not "14.5 million of those subscribers": a count of what it names)
                or (words[0] in OF_WORDS and not counted & set(words[1:]))
                or not counted & set(words)
            )
        ):
            q.readings += tuple(Reading(unit, q.figure) for unit in sorted(currencies))


# the measures a story may leave unsaid after a scaled figure, as it does a currency
_MEASURES_UNSAID = ("mass", "area", "volume")


def _bare_amounts_in_measure(found: list[Quantity], text: str) -> None:
    """ "48,5 millones de toneladas, frente a los 50,2 millones que proyectaba": a bare
    scaled figure right after a scaled measure in its sentence is that measure too (in
    the unit the figure before uses: its factor to the base unit)."""
    measured = [
        (q, r)
        for q in found
        if q.figure >= 1e5 and len(q.readings) == 1
        for r in q.readings
        if r.unit in _MEASURES_UNSAID
    ]
    for q in found:
        if not (q.extra.get("scaled") and q.units <= {"count", "year", "age"} and q.figure >= 1e5):
            continue
        before = [
            (m, r)
            for m, r in measured
            if m.end <= q.start <= m.end + 80 and not re.search(r"[.;]\s", text[m.end : q.start])
        ]
        if before:
            m, r = max(before, key=lambda pair: pair[0].end)
            q.readings += (Reading(r.unit, q.figure * r.value / m.figure),)


# "highs of 106 forecast for Friday", "a low of 38": a temperature without its unit
_HIGH_OR_LOW = rx.compile(
    r"\b(?:highs?|lows?|temperatures?|maxim(?:um|a)|minim(?:um|a))\s+(?:of|near|around|in\s+the)\s+$",
    re.IGNORECASE,
)


def _bare_highs(found: list[Quantity], text: str) -> None:
    """A bare count after "highs of" in a story that gives temperatures is one too, in
    the scale of the story's own degrees (Fahrenheit where it says so)."""
    scales = {r.unit for q in found for r in q.readings if r.unit in ("temp", "temp-f")}
    if not scales:
        return
    for q in found:
        if q.units == {"count"} and _HIGH_OR_LOW.search(text, max(0, q.start - 24), q.start):
            q.readings += tuple(Reading(unit, q.figure) for unit in sorted(scales))


def _bare_degrees_in_fahrenheit(found: list[Quantity]) -> None:
    """ "the previous record of 118 degrees" in a story that gives 121 degrees
    Fahrenheit: a bare degree figure may be Fahrenheit too."""
    if not any("temp-f" in q.units for q in found):
        return
    for q in found:
        if q.units == {"temp"} and not re.search(r"°\s?C|celsius", q.span, re.IGNORECASE):
            q.readings += tuple(Reading("temp-f", r.value) for r in q.readings)


def evidence(sentences: list[SourceSentence]) -> list[Evidence]:
    """Evidence entries for source sentences, in source order, without repeats."""
    unique = {(s.start, s.end): s for s in sentences}
    return [Evidence(text=s.text, start=s.start, end=s.end) for _, s in sorted(unique.items())]


def detect_language(article: Article) -> str:
    """The source's language: what ingest found, else a guess from common words."""
    declared = (article.language or "und").split("-")[0].casefold()
    if declared not in ("", "und"):
        return declared
    return latin_language(article.text)
