"""Scores and votes: two figures read as one pair (6対3, 6-4, a 5-4 ruling).

A digest's ``6対3`` is one fact, not the figures 6 and 3 each somewhere in the
source: it is supported by a source pair with the same two numbers in either
order (the loser's side, "lost 3-6", is the same score), and contradicted by a
source score that shares one of its numbers but not the other ("won 6-4").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from yoten.check import rx
from yoten.check.normalize import halfwidth

__all__ = ["Score", "digest_scores", "source_scores"]


@dataclass(frozen=True, slots=True)
class Score:
    """A pair of figures (a score, a vote, a ratio) and where it stands."""

    first: int
    second: int
    span: str
    start: int
    end: int
    strong: bool = True  # written as a score (6-4, 6対4): may contradict a digest pair

    def same(self, other: Score) -> bool:
        """The same two numbers, in either order."""
        return sorted((self.first, self.second)) == sorted((other.first, other.second))

    def shares(self, other: Score) -> bool:
        """One number in common."""
        return bool({self.first, self.second} & {other.first, other.second})


# 6対3, 6 対 3, 6-3, 6–3 (digits; full width is folded first).
_JA_SCORE = rx.compile(
    r"(?<![\d.,])(?P<a>\d{1,3})\s*(?P<sep>対|-|–|—)\s*(?P<b>\d{1,3})(?![\d,])(?!\.\d)"
)
# After a dash pair in Japanese: a unit or counter makes it a range (3-5人, 10-15%).
_JA_RANGE_UNIT = rx.compile(r"\s*(?:[%％]|[^\sでのとにをがは、。)）」\n])")

# Source pairs: 6-4, 6–4, 6 - 4, 3-nil, "6 to 4" (support only), "3:1" (support only).
_EN_SCORE = rx.compile(
    r"(?<![\d.,$€£¥/:–-])(?P<a>\d{1,3})\s*(?P<sep>-|–|—|:|\bto\b)\s*(?P<b>\d{1,3}|nil|nothing|zero)"
    r"(?![\d,:/–-])(?!\.\d)(?!\s*(?:%|per\s?cent|percent|percentage|[ap]\.?m\b))",
    re.IGNORECASE,
)
_ZERO = {"nil": 0, "nothing": 0, "zero": 0}


def digest_scores(text: str, *, skip: list[tuple[int, int]] | None = None) -> list[Score]:
    """Score pairs in Japanese digest ``text``; spans in ``skip`` (dates: 1-9月) are left out.

    ``N対M`` is always a pair; ``N-M`` only when no unit or counter follows
    (6-3で勝利, not 3-5人). ``1対1`` (one-on-one) is no score.
    """
    folded = halfwidth(text)
    out: list[Score] = []
    for m in _JA_SCORE.finditer(folded):
        if skip and any(a < m.end() and m.start() < b for a, b in skip):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if a == b == 1:
            continue
        if m.group("sep") != "対" and _JA_RANGE_UNIT.match(folded, m.end()):
            continue
        out.append(Score(a, b, text[m.start() : m.end()], m.start(), m.end()))
    return out


def source_scores(text: str) -> list[Score]:
    """Pairs in an English (or Japanese) source; dash and 対 pairs are ``strong``."""
    folded = halfwidth(text)
    out: list[Score] = []
    for m in _EN_SCORE.finditer(folded):
        a = int(m.group("a"))
        b_word = m.group("b").lower()
        b = _ZERO[b_word] if b_word in _ZERO else int(b_word)
        sep = m.group("sep").lower()
        strong = sep in ("-", "–", "—")
        if strong and re.match(r"\s*(?:[a-z]{2,}\b)", folded[m.end() : m.end() + 20], re.I):
            # "10-15 people", "3-4 days": a range of a counted noun, which cannot contradict
            noun = re.match(r"\s*([a-z]+)", folded[m.end() :], re.I)
            word = noun.group(1).lower() if noun else ""
            strong = word in _SCORE_WORDS
        out.append(Score(a, b, text[m.start() : m.end()], m.start(), m.end(), strong))
    for m in _JA_SCORE.finditer(folded):
        if m.group("sep") == "対":
            out.append(Score(int(m.group("a")), int(m.group("b")), m.group(0), m.start(), m.end()))
    return out


# Words that may follow a score: "a 6-4 win", "a 5-4 vote", "6-4 in the final set".
_SCORE_WORDS = frozenset(
    {
        "win", "victory", "defeat", "loss", "draw", "tie", "lead", "vote", "votes", "ruling",
        "decision", "majority", "margin", "scoreline", "score", "result", "in", "on", "at",
        "and", "after", "with", "over", "against", "for", "to", "the", "as", "when", "but",
        "before", "home", "away", "thrashing", "rout", "triumph", "upset", "comeback",
    }
)  # fmt: skip
