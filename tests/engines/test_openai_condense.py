"""Token estimates and paragraph chunking used before condensing long articles."""

from __future__ import annotations

import re

import pytest

from yoten.engines.condense import chunk_paragraphs, estimate_tokens, paragraphs_of
from yoten.models import Article


def test_estimate_counts_cjk_per_character_and_latin_per_four() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("abcd") == 1
    assert estimate_tokens("abcde") == 2
    assert estimate_tokens("日本語の記事") == 6
    assert estimate_tokens("トゥヴァナ visit") == 5 + 2  # 5 kana + ceil(6/4)
    assert estimate_tokens("x" * 4000) == 1000


def test_chunks_respect_the_budget_and_keep_every_paragraph() -> None:
    paragraphs = [f"Paragraph {i}: " + "word " * (20 + i) for i in range(12)]
    chunks = chunk_paragraphs(paragraphs, 100)
    assert len(chunks) > 1
    assert all(estimate_tokens(c) <= 100 for c in chunks)
    assert "\n\n".join(chunks) == "\n\n".join(
        paragraphs
    )  # cut at paragraph boundaries, nothing lost


def test_chunks_are_balanced() -> None:
    paragraphs = ["a" * 400] * 5  # 5 x 100 tokens = 500
    chunks = chunk_paragraphs(paragraphs, 400)
    # Two chunks are needed; balanced gives 3 + 2 paragraphs, not 4 + 1.
    assert [c.count("\n\n") + 1 for c in chunks] == [3, 2]


def test_an_oversized_paragraph_is_cut_at_sentences_then_characters() -> None:
    sentences = [f"Sentence number {i} says something about the port of Orsa." for i in range(30)]
    huge_word = "z" * 900
    chunks = chunk_paragraphs([" ".join(sentences), huge_word], 60)
    assert all(estimate_tokens(c) <= 60 for c in chunks)
    joined = " ".join(chunks)
    for sentence in sentences:
        assert sentence in joined
    assert re.sub(r"\s", "", joined).count("z") == 900


def test_japanese_paragraph_is_cut_after_the_full_stop() -> None:
    text = "".join(f"第{i}の文である。" for i in range(40))  # 7 chars each → 280 tokens
    chunks = chunk_paragraphs([text], 100)
    assert all(c.endswith("。") for c in chunks)
    assert "".join(c.replace(" ", "") for c in chunks) == text


def test_bad_budget() -> None:
    with pytest.raises(ValueError):
        chunk_paragraphs(["x"], 0)


def test_paragraphs_of_prefers_ingest_paragraphs_then_blank_lines_then_lines() -> None:
    with_list = Article(title="t", text="ignored", paragraphs=["one", " ", "two"])
    assert paragraphs_of(with_list) == ["one", "two"]
    blank = Article(title="t", text="first\nstill first\n\n  \nsecond")
    assert paragraphs_of(blank) == ["first\nstill first", "second"]
    lines = Article(title="t", text="a\nb\nc")
    assert paragraphs_of(lines) == ["a", "b", "c"]
