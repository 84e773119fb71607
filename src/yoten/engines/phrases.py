"""Headings and labels for the extractive engine, chosen from key phrases.

A key phrase is a noun phrase of the tokenizer (:func:`yoten.textproc.noun_phrases`)
scored by the TF-IDF weight of its words. A heading speaks for a whole section:
its words must recur across the section's sentences, so a name that occurs in
one sentence only loses to a phrase the section keeps coming back to. A label
speaks for one sentence and never repeats the sentence's opening words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from yoten.textproc import clause_trim, noun_phrases, tokenize

__all__ = ["KeyPhrases"]

# A person with a title or honorific: 高城恵美子市長, 浅野さん, Dr. Achterberg.
_PERSON = re.compile(
    r"(?:氏|さん|市長|知事|社長|会長|理事長|教授|議員|大臣|首相|委員長|監督|選手)$"
    r"|^(?:Mr|Mrs|Ms|Dr|Prof|Councillor|Sen|Rep)\.? [A-Z]"
)


_AFTER_FIGURE = re.compile(r"[0-9０-９][年月日度]?$")
_DATE_TAIL = re.compile(r"^(?:末|初|頃|中|前|後|以降|以来|時点|上旬|中旬|下旬)")


class KeyPhrases:
    """Phrase scoring against one article's paragraphs (the IDF unit)."""

    def __init__(self, paragraphs: Sequence[Iterable[str]], lang: str) -> None:
        self.lang = lang
        self.japanese = lang in ("ja", "zh")
        df: Counter[str] = Counter()
        for tokens in paragraphs:
            df.update(set(tokens))
        n = len(paragraphs)
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}

    def _candidates(self, sentence: str) -> list[tuple[str, int, list[str]]]:
        """(phrase, offset in the sentence, its content words) of acceptable size."""
        out: list[tuple[str, int, list[str]]] = []
        low, high = (2, 14) if self.japanese else (1, 5)
        for phrase, _ in noun_phrases(sentence, self.lang):
            size = len(phrase) if self.japanese else len(phrase.split())
            if (
                not low <= size <= high
                or phrase[0].isdigit()
                or phrase[0] in "０１２３４５６７８９"
                or (self.japanese and "\u3041" <= phrase[0] <= "\u309f")  # うち8万冊: a fragment
            ):
                continue
            offset = sentence.find(phrase)
            if (
                self.japanese
                and _DATE_TAIL.match(phrase)
                and _AFTER_FIGURE.search(sentence[: max(offset, 0)])
            ):
                continue  # 2026年末時点 → 末時点: the tail of a date or figure, a fragment
            words = tokenize(phrase, self.lang)
            if words:
                out.append((phrase, offset, words))
        if not self.japanese and any(" " in p for p, _, _ in out):
            # English: one word ("due", "bus") says too little when a phrase exists
            out = [c for c in out if " " in c[0] or c[0][:1].isupper()]
        return out

    def heading(self, sentences: Sequence[str], *, avoid: set[str]) -> str:
        """A phrase from ``sentences`` whose words the sentences keep coming back to.

        A word weighs its IDF² times the number of the sentences that use it;
        a phrase weighs the mean of its words, damped for length. Phrases in
        ``avoid`` (headings already used) are skipped.
        """
        spread: Counter[str] = Counter()
        for s in sentences:
            spread.update(set(tokenize(s, self.lang)))
        candidates = [
            (order, phrase, set(words))
            for order, s in enumerate(sentences)
            for phrase, _, words in self._candidates(s)
            if phrase not in avoid
        ]
        # Over several sentences, a phrase none of whose words recur is a name
        # lifted from one sentence: never the heading while a recurring one exists.
        if len(sentences) > 1 and any(any(spread[t] > 1 for t in w) for _, _, w in candidates):
            candidates = [c for c in candidates if any(spread[t] > 1 for t in c[2])]
        best: tuple[float, int, str] | None = None
        for order, phrase, unique in candidates:
            mass = sum(self.idf.get(t, 1.0) ** 2 * spread[t] for t in unique)
            score = mass / (len(unique) ** 0.6)
            if len(unique) == 1:
                score *= 0.75  # a lone word says less than a phrase
            if _PERSON.search(phrase):
                score *= 0.5  # a person says who, not what the section is about
            if not self.japanese and phrase[0].isupper():
                score *= 1.3  # capitalised runs are reliably names of things
            key = (-score, order, phrase)
            if best is None or key < best:
                best = key
        if best is not None:
            return best[2]
        return self._fallback(sentences[0], avoid)

    def label(self, sentence: str, *, weights: dict[str, float], avoid: set[str]) -> str:
        """A phrase of ``sentence`` for its "label:text" line, not from its opening.

        The opening is the sentence up to the end of its first noun phrase:
        a label never repeats it. ``weights`` are the article's word weights.
        """
        candidates = self._candidates(sentence)
        first = noun_phrases(sentence, self.lang)
        opening_end = 0
        if first:
            phrase = first[0][0]
            opening_end = sentence.find(phrase) + len(phrase)
        opening_words = set(tokenize(sentence[:opening_end], self.lang))
        best: tuple[float, int, str] | None = None
        subjects = {p for p, subject in first if subject}
        for phrase, offset, words in candidates:
            if phrase in avoid or offset < opening_end or set(words) <= opening_words:
                continue
            unique = set(words)
            score = sum(weights.get(t, 0.0) for t in unique) / (len(unique) ** 0.6)
            if phrase in subjects:
                score *= 1.5  # what the sentence is about
            if not self.japanese and phrase[0].isupper():
                score *= 1.3
            if len(unique) == 1:
                score *= 0.75
            key = (-score, offset, phrase)
            if best is None or key < best:
                best = key
        if best is not None:
            return best[2]
        # Nothing after the opening: the opening's phrase is better than none.
        for phrase, _, _ in candidates:
            if phrase not in avoid:
                return phrase
        return self._fallback(sentence)

    def in_opening(self, label: str, sentence: str) -> bool:
        """``label`` repeats ``sentence``'s opening: it occurs in it, but not after the opening."""
        first = noun_phrases(sentence, self.lang)
        opening_end = sentence.find(first[0][0]) + len(first[0][0]) if first else 0
        return label in sentence and sentence.find(label, opening_end) < 0

    def weights(self, token_lists: Iterable[Sequence[str]]) -> dict[str, float]:
        """Word weights of a text: (1 + log tf) × IDF²."""
        counts: Counter[str] = Counter()
        for tokens in token_lists:
            counts.update(set(tokens))
        return {t: (1 + math.log(c)) * self.idf.get(t, 1.0) ** 2 for t, c in counts.items()}

    def _fallback(self, sentence: str, avoid: set[str] | None = None) -> str:
        """A longer noun phrase of the sentence, else the short sentence itself, else its first clause."""
        for phrase, _ in noun_phrases(sentence, self.lang):
            long_enough = len(phrase) >= 3 if self.japanese else True
            if phrase not in (avoid or set()) and long_enough and len(phrase) < len(sentence) // 2:
                return phrase
        short = sentence.rstrip("。．.!?！？")
        if len(short) <= (20 if self.japanese else 50):
            return short
        return clause_trim(sentence, 20 if self.japanese else 40, self.lang).rstrip("、，,;: ")
