"""Token estimates and paragraph chunking for articles too long to digest in one call.

The estimate is deliberately simple and documented so that a user can reason
about ``max_input_tokens`` without a tokenizer:

* every CJK character (kana, kanji, hangul, full-width forms) counts as one
  token, which is close to what BPE tokenizers give for Japanese and Chinese;
* every other character counts as a quarter of a token (about four Latin
  characters, spaces and punctuation included, per token), rounded up.

Chunks are cut at paragraph boundaries. A single paragraph larger than the
budget is cut at sentence ends, and a single sentence larger than the budget at
the budget's character length; nothing is ever dropped.
"""

from __future__ import annotations

import math
import re

from yoten.models import Article

__all__ = ["chunk_paragraphs", "estimate_tokens", "paragraphs_of"]

_CJK = re.compile(
    r"[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|(?<=[。！？])")
_BLANK_LINES = re.compile(r"\n\s*\n")


def _cost(text: str) -> float:
    """The unrounded estimate: CJK characters + other characters / 4."""
    cjk = len(_CJK.findall(text))
    return cjk + (len(text) - cjk) / 4


def estimate_tokens(text: str) -> int:
    """Estimated token count: 1 per CJK character + 1 per 4 other characters (rounded up)."""
    return math.ceil(_cost(text))


def paragraphs_of(article: Article) -> list[str]:
    """The article's paragraphs: ingest's list if it has one, else its text split at blank lines."""
    paragraphs = [p.strip() for p in article.paragraphs if p.strip()]
    if paragraphs:
        return paragraphs
    paragraphs = [p.strip() for p in _BLANK_LINES.split(article.text) if p.strip()]
    if len(paragraphs) <= 1:
        paragraphs = [line.strip() for line in article.text.splitlines() if line.strip()]
    return paragraphs


def _split_oversized(paragraph: str, budget: int) -> list[str]:
    """Cut one paragraph larger than ``budget`` into pieces that fit: sentences, then characters."""
    pieces: list[str] = []
    for sentence in (s for s in _SENTENCE_END.split(paragraph) if s and s.strip()):
        if estimate_tokens(sentence) <= budget:
            pieces.append(sentence.strip())
            continue
        # A sentence longer than the whole budget: cut it by characters (CJK-safe lower bound).
        step = max(1, budget)
        pieces.extend(sentence[i : i + step] for i in range(0, len(sentence), step))
    return _pack(pieces, budget, budget, joiner=" ")


def _pack(pieces: list[str], budget: int, target: int, *, joiner: str) -> list[str]:
    """Greedily join pieces: close a chunk when it reaches ``target`` or the next piece would overflow."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0.0
    glue = _cost(joiner)
    for piece in pieces:
        cost = _cost(piece)
        if current and (math.ceil(size + glue + cost) > budget or size >= target):
            chunks.append(joiner.join(current))
            current, size = [], 0.0
        size += cost + (glue if current else 0.0)
        current.append(piece)
    if current:
        chunks.append(joiner.join(current))
    return chunks


def chunk_paragraphs(paragraphs: list[str], budget: int) -> list[str]:
    """Group paragraphs into chunks of at most ``budget`` estimated tokens, balanced in size.

    The number of chunks is the smallest that fits (``ceil(total / budget)``),
    and chunks aim at an equal share of the text, so a text just over the
    budget gives two halves rather than one full chunk and a scrap.
    """
    if budget < 1:
        raise ValueError("budget must be positive")
    pieces: list[str] = []
    for paragraph in paragraphs:
        if estimate_tokens(paragraph) > budget:
            pieces.extend(_split_oversized(paragraph, budget))
        else:
            pieces.append(paragraph)
    total = sum(estimate_tokens(p) for p in pieces)
    if total == 0:
        return []
    target = math.ceil(total / math.ceil(total / budget))
    return _pack(pieces, budget, target, joiner="\n\n")
