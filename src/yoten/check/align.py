"""Align a digest sentence with the source sentences it restates.

Check v2 compares a digest's figure, date or name with what the source says
*about the same thing*. "The same thing" is found through shared anchors:

- names: Latin words and katakana runs, compared by a consonant skeleton so
  that トルコ meets Turkey and フェルムーレン meets Vermeulen (katakana is
  romanised with pykakasi), and Japanese short forms (FRB, 日銀) through the
  names they stand for (``data/abbreviations.tsv``);
- figures: the values of the sentence's quantities, years and days.

The best source sentences (at most two) with enough shared anchors are the
evidence a finding shows; their offsets point into ``Article.text``.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from yoten.check import rx
from yoten.check.lexicon import abbreviations, digest_terms, source_terms
from yoten.check.normalize import MONTH_NAMES, MONTHS

__all__ = [
    "SourceSentence",
    "best_sentences",
    "digest_anchors",
    "katakana_skeleton",
    "name_weights",
    "number_keys",
    "sentence_at",
    "skeleton",
    "source_anchors",
    "split_sentences",
]

# A sentence ends at . ! ? 。 ！ ？ (and closing quotes) before a space, or at a line break.
_SENTENCE_END = rx.compile(r"(?<=[.!?])[\"'”’)]*\s+|(?<=[。！？])[」』）]*\s*|\n+")
_ABBREV_BEFORE = rx.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Co|Inc|Ltd|Gen|Gov|Sen|Rep|Prof|Jr|Sr|vs|etc|approx|Mt|Ft"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    # (scale words and abbreviations of French, German and Spanish: 0,21 Mrd. Euro)
    r"|Mrd|Mio|Tsd|Md|Mds|ca|bzw|Nr|vgl|mill|Sra|Sr)|\b[A-Z]|\b[ap]\.m)\.$"
)
# "am 1. Januar", "der 2. Weltkrieg": a German ordinal's full stop ends no sentence.
_ORDINAL_BEFORE = rx.compile(r"(?<![\d.,])\d{1,2}\.$")
_ORDINAL_AFTER = rx.compile(
    r"[a-zäöüß]|(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
    r"|November|Dezember|Minute|Runde|Platz|Stelle|Spieltag|Etappe|Jahrhundert|Stock"
    r"|Geburtstag|Woche|Tag|Mal|Liga|Klasse|Kalenderwoche)\b"
)
_JA_END = rx.compile(r"(?<=[。！？])")
_LATIN_WORD = rx.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]+")
_CAPITALISED = rx.compile(r"\b[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]+|\b[A-Z]{2,}[0-9]*\b")
_ANY_WORD = rx.compile(r"\b[A-Za-zÀ-ÖØ-öø-ÿ]{3,}\b")
_KATAKANA_RUN = rx.compile(r"[ァ-ヺー]{2,}")
_MONTHS = {m[:3].casefold(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_NAME = rx.compile(rf"\b{MONTH_NAMES}\b")
_JA_MONTH = rx.compile(r"(?<![0-9])(1[0-2]|[1-9])月")
# Kanji words (two or more): anchors between a Japanese source and its digest.
_KANJI_RUN = rx.compile(r"[\u4e00-\u9fff]{2,}")
_NUMBER = rx.compile(r"\d+(?:[.,]\d+)*")
# Capitalised words that start sentences or name months and weekdays: not names.
_NOT_NAMES = frozenset(
    """the a an and but or if in on at of for to by from with as it its this that these those
    there their they he she we his her our i you after before when while since during under
    over about more most some many mr mrs ms dr january february march april may june july
    august september october november december monday tuesday wednesday thursday friday
    saturday sunday""".split()
)


@dataclass(frozen=True, slots=True)
class SourceSentence:
    """One sentence of the source: where it stands in ``Article.text`` and its anchors."""

    start: int
    end: int
    text: str
    norm: str = ""  # the English-shaped text the scanners read (== text for English)
    names: frozenset[str] = field(default_factory=frozenset)
    numbers: frozenset[str] = field(default_factory=frozenset)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; abbreviations (Mr., U.S.) do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0):
            before = text[max(start, m.start() - 12) : m.start()]
            if _ABBREV_BEFORE.search(before):
                continue
            if _ORDINAL_BEFORE.search(before) and _ORDINAL_AFTER.match(text, m.end()):
                continue
        end = m.start()
        if text[start:end].strip():
            spans.append(_strip(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_strip(text, start, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_at(text: str, pos: int) -> str:
    """The Japanese sentence of ``text`` that holds offset ``pos``."""
    start = sentence_start(text, pos)
    for m in _JA_END.finditer(text, start):
        if m.start() > pos:
            return text[start : m.start()]
    return text[start:]


def sentence_start(text: str, pos: int) -> int:
    """Where :func:`sentence_at`'s sentence for ``pos`` starts in ``text``."""
    start = 0
    for m in _JA_END.finditer(text):
        if m.start() > pos:
            break
        start = m.start()
    return start


_SKELETON_MAP = str.maketrans(
    {"v": "b", "f": "b", "c": "k", "q": "k", "l": "r", "z": "s", "j": "g"}
)
_SKELETON_TABLE = _SKELETON_MAP | str.maketrans("", "", "aeiouyhw")
_NOT_A_TO_Z = rx.compile(r"[^a-z]+")
_SOFT_C = rx.compile(r"c(?=[eiy])")
_NON_RHOTIC_R = rx.compile(r"r(?![aeiouy])")
_NASAL_BEFORE_LABIAL = rx.compile(r"n(?=[pbm])")
_SILENT_GH = rx.compile(r"(?<=[aeiou])gh")


@functools.lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A consonant skeleton of a Latin word: Vermeulen → brmrn, Turkey → trk."""
    folded = unicodedata.normalize("NFKD", word.casefold())
    # (most words are plain a-z already; the regular expressions run only where needed)
    letters = folded if folded.isascii() and folded.isalpha() else _NOT_A_TO_Z.sub("", folded)
    letters = letters.replace("ph", "f").replace("ck", "k").replace("x", "ks").replace("th", "s")
    if "gh" in letters:  # a silent gh after a vowel: Brightwater → ブライトウォーター
        letters = _SILENT_GH.sub("", letters)
    if letters.startswith("kn"):  # Knight → ナイト
        letters = letters[1:]
    if "c" in letters:
        letters = _SOFT_C.sub("s", letters)  # a soft c: ounces, Vincent
    if "r" in letters:
        # A non-rhotic r (Fort → フォート, Burton → バートン) leaves no consonant in katakana.
        letters = _NON_RHOTIC_R.sub("", letters)
    letters = letters.translate(_SKELETON_TABLE)  # v → b …, and the vowels, h and w dropped
    if "n" in letters:
        letters = _NASAL_BEFORE_LABIAL.sub("m", letters)
    letters = "".join(ch for ch, _run in itertools.groupby(letters))  # one of each doubled
    return letters[:-1] if len(letters) >= 4 and letters.endswith("s") else letters


@functools.cache
def _kakasi() -> object:
    import pykakasi

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


@functools.lru_cache(maxsize=8192)
def katakana_skeleton(run: str) -> str:
    """The consonant skeleton of a katakana run, romanised (トルコ → trk)."""
    converted = _kakasi().convert(run)  # type: ignore[attr-defined]
    return skeleton("".join(str(part["hepburn"]) for part in converted))


def number_keys(values: Iterable[float]) -> set[str]:
    return {f"{v:.4g}" for v in values if v == v and v not in (0.0, 1.0)}


def source_anchors(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(names, numbers) of one source sentence (normalised text for numbers)."""
    names = {
        key
        for m in _CAPITALISED.finditer(text)
        if m.group(0).casefold() not in _NOT_NAMES and len(key := skeleton(m.group(0))) >= 2
    }
    for m in _KATAKANA_RUN.finditer(text):
        for part in re.split(r"[・=＝]", m.group(0)):
            if len(part) >= 2 and len(key := katakana_skeleton(part)) >= 2:
                names.add(key)
    # Loanwords: ヒートポンプ meets "heat pump" (a word pair) or "pump".
    words = [w for w in (m.casefold() for m in _ANY_WORD.findall(text)) if w not in _NOT_NAMES]
    keys = [skeleton(w) for w in words]
    for i, key in enumerate(keys):
        if len(key) >= 3:
            names.add(key)
            if words[i].endswith("s") and len(single := skeleton(words[i][:-1])) >= 2:
                names.add(single)  # a plural: cedis meets セディ
        # a word pair: the two skeletons joined (heat + pump → tpmp)
        if i + 1 < len(keys) and len(pair := key + keys[i + 1]) >= 4:
            names.add(pair)
    names |= {f"k:{m.group(0)}" for m in _KANJI_RUN.finditer(text)}
    names |= source_terms(text) | digest_terms(text)
    numbers = number_keys(_numbers_of(text))
    numbers |= {f"month:{_MONTHS[m.group(0)[:3].casefold()]}" for m in _MONTH_NAME.finditer(text)}
    return frozenset(names), frozenset(numbers)


def _numbers_of(text: str) -> list[float]:
    out: list[float] = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0).replace(",", "")
        try:
            out.append(float(raw))
        except ValueError:
            continue
    return out


def digest_anchors(text: str, values: Iterable[float] = ()) -> tuple[set[str], set[str]]:
    """(names, numbers) of one digest sentence; ``values`` are its quantities' readings."""
    names: set[str] = set()
    for m in _LATIN_WORD.finditer(text):
        word = m.group(0)
        for expansion in abbreviations().get(word, ()):
            names.update(s for w in expansion.split() if len(s := skeleton(w)) >= 2)
        if len(key := skeleton(word)) >= 2:
            names.add(key)
    for short, expansions in abbreviations().items():
        if not short.isascii() and short in text:
            for expansion in expansions:
                names.update(s for w in expansion.split() if len(s := skeleton(w)) >= 2)
    for m in _KATAKANA_RUN.finditer(text):
        for part in re.split(r"[・=＝]", m.group(0)):
            if len(part) >= 2 and len(key := katakana_skeleton(part)) >= 2:
                names.add(key)
    names |= {f"k:{m.group(0)}" for m in _KANJI_RUN.finditer(text)}
    names |= digest_terms(text)
    folded = unicodedata.normalize("NFKC", text)
    numbers = number_keys([*values, *_numbers_of(folded)])
    numbers |= {f"month:{int(m.group(1))}" for m in _JA_MONTH.finditer(folded)}
    return names, numbers


# A shared 7 says little; a shared 2010 or 4,300 says a lot.
_NUMBER_WEIGHT = {1: 0.5, 2: 1.0}


def name_weights(sentences: list[SourceSentence]) -> dict[str, float]:
    """How much sharing each name says: a name in most sentences (the story's own
    country, its main actor) says little about which sentence is restated."""
    df: dict[str, int] = {}
    for sent in sentences:
        for name in sent.names:
            df[name] = df.get(name, 0) + 1
    n = max(len(sentences), 1)
    return {
        name: 1.5 if k <= max(2, n // 8) else (1.0 if k <= n // 3 else 0.5)
        for name, k in df.items()
    }


def best_sentences(
    sentences: Iterable[SourceSentence],
    names: set[str],
    numbers: set[str],
    *,
    limit: int = 2,
    weights: dict[str, float] | None = None,
) -> list[SourceSentence]:
    """The source sentences that share the most anchors (at least one rare name or figure)."""
    scored: list[tuple[float, int, SourceSentence]] = []
    for i, sent in enumerate(sentences):
        shared_names = sum((weights or {}).get(n, 1.5) for n in names & sent.names)
        shared_numbers = sum(_NUMBER_WEIGHT.get(len(n), 1.5) for n in numbers & sent.numbers)
        score = shared_names + shared_numbers
        if score >= 1.5:
            scored.append((score, i, sent))
    scored.sort(key=lambda t: (-t[0], t[1]))
    if not scored:
        return []
    # The runner-up must be nearly as good: one shared name is no alignment next to six.
    best = scored[0][0]
    return [s for score, _, s in scored[:limit] if score >= best / 2]
