"""Sentence splitting, tokenization and phrase helpers (yoten.textproc)."""

from __future__ import annotations

import pytest

from yoten.textproc import (
    clause_trim,
    is_boilerplate,
    normalize_ws,
    noun_phrases,
    split_paragraphs,
    split_sentences,
    tokenize,
)

JA_CASES: list[tuple[str, list[str]]] = [
    ("今日は晴れ。明日は雨。", ["今日は晴れ。", "明日は雨。"]),
    ("本当か？本当だ！", ["本当か？", "本当だ！"]),
    # a sentence inside quotes does not end the outer sentence
    (
        "市長は「まちの背骨になる。期待したい」と述べた。次の話題だ。",
        ["市長は「まちの背骨になる。期待したい」と述べた。", "次の話題だ。"],
    ),
    # a quoted sentence on its own ends after its closing bracket
    ("「大丈夫だ。」彼はそう言った。", ["「大丈夫だ。」", "彼はそう言った。"]),
    # closing bracket after the full stop stays with the sentence
    ("（注：数値は速報値。）以上である。", ["（注：数値は速報値。）", "以上である。"]),
    # 「…。」と continues the sentence
    ("「行く。」と答えた。", ["「行く。」と答えた。"]),
    # decimals and Latin text inside Japanese do not split
    ("全長7.4キロ。Mr. Smithも来た。", ["全長7.4キロ。", "Mr. Smithも来た。"]),
    # 『』 nesting
    ("書名は『春。夏。』だ。終わり", ["書名は『春。夏。』だ。", "終わり"]),
    # repeated marks stay together
    ("え！？まさか。", ["え！？", "まさか。"]),
    # line breaks always end a sentence
    ("見出し\n本文が続く。", ["見出し", "本文が続く。"]),
]

EN_CASES: list[tuple[str, list[str]]] = [
    ("The ferry sails. It is fast.", ["The ferry sails.", "It is fast."]),
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("Prices rose 3.5 per cent. Wages did not.", ["Prices rose 3.5 per cent.", "Wages did not."]),
    ("J. R. R. Tolkien wrote it. Fans loved it.", ["J. R. R. Tolkien wrote it.", "Fans loved it."]),
    (
        "Some fruits, e.g. apples, keep well. Others rot.",
        ["Some fruits, e.g. apples, keep well.", "Others rot."],
    ),
    # U.S. mid-sentence vs. at the end of one
    (
        "The U.S. Navy agreed. It sailed from the U.S. The crew cheered.",
        ["The U.S. Navy agreed.", "It sailed from the U.S.", "The crew cheered."],
    ),
    ("Is it true? Yes! Really.", ["Is it true?", "Yes!", "Really."]),
    (
        '"We are ready." Officials agreed.',
        ['"We are ready."', "Officials agreed."],
    ),
    (
        "“It works,” she said. “We will see.” He left.",
        ["“It works,” she said.", "“We will see.”", "He left."],
    ),
    (
        "Boats leave at 6 a.m. daily. Tickets cost £2.20.",
        ["Boats leave at 6 a.m. daily.", "Tickets cost £2.20."],
    ),
    ("It opened in 1962. In 2011 it closed.", ["It opened in 1962.", "In 2011 it closed."]),
    ("See No. 7 on Jan. 5. Then go.", ["See No. 7 on Jan. 5.", "Then go."]),
]


@pytest.mark.parametrize(("text", "expected"), JA_CASES)
def test_split_sentences_japanese(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "ja") == expected


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_split_sentences_english(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "en") == expected


def test_split_sentences_loses_no_text() -> None:
    text = "京都市は11日、計画を発表した。「背骨になる。」と市長。総事業費は約620億円！"
    assert "".join(split_sentences(text, "ja")) == text
    en = "Mr. Okafor said so. The U.S. agreed! Did it? Yes."
    assert " ".join(split_sentences(en, "en")) == en


def test_tokenize_japanese_content_words_in_base_form() -> None:
    tokens = tokenize("京都市は2025年4月、市電の復活を正式に決めた。", "ja")
    assert "市電" in tokens and "復活" in tokens
    assert "決める" in tokens  # base form of 決め
    assert not {"は", "を", "の", "た", "2025", "年", "月"} & set(tokens)


def test_tokenize_english_stopwords_and_stemming() -> None:
    tokens = tokenize("The ferries were operated by the Harbour Commission.", "en")
    assert tokens == ["ferry", "operat", "harbour", "commission"]
    assert tokenize("operating", "en") == tokenize("operated", "en")


def test_noun_phrases_are_substrings() -> None:
    sentence = "京都市交通局は2025年4月、市電の復活を正式に決めた。"
    phrases = noun_phrases(sentence, "ja")
    assert ("京都市交通局", True) in phrases
    assert ("市電の復活", False) in phrases
    assert all(p in sentence for p, _ in phrases)
    en = "Most of the money comes from the national Coastal Connections Fund."
    assert "Coastal Connections Fund" in [p for p, _ in noun_phrases(en, "en")]


def test_noun_phrases_drop_leading_quantities() -> None:
    phrases = [p for p, _ in noun_phrases("2024年度の市バスは混雑した。", "ja")]
    assert "市バス" in phrases
    # the counter's suffix goes with it: 1年生の平井颯太 is no 「生の平井颯太」
    phrases = [p for p, _ in noun_phrases("2区で1年生の平井颯太が区間2位と好走した。", "ja")]
    assert "平井颯太" in phrases
    assert not any(p.startswith("生") for p in phrases)


def test_clause_trim_is_a_prefix_at_a_clause_boundary() -> None:
    ja = "市は5月から市内11カ所で住民説明会を開き、2026年度中に軌道法に基づく特許を国土交通省に申請する。"
    assert clause_trim(ja, 40, "ja") == "市は5月から市内11カ所で住民説明会を開き"
    # never inside quotes, never after a bare noun: whole sentence instead
    quoted = "理事長は「計画の方向性には賛成だが、荷物の搬入時間帯のルールづくりを急いでほしい」と注文をつけた。"
    assert clause_trim(quoted, 30, "ja") == quoted
    en = "Each will carry up to 150 passengers and 40 bicycles, and boats will leave every 15 minutes."
    assert clause_trim(en, 60, "en") == "Each will carry up to 150 passengers and 40 bicycles"
    assert clause_trim("Short.", 60, "en") == "Short."


@pytest.mark.parametrize(
    "line",
    [
        "By Marcus Webb",
        "By Rhiannon Pryce, Transport Correspondent",
        "Read more: Riverton council approves budget",
        "© 2025 Riverton Daily. All rights reserved.",
        "Copyright © 2025 信濃ひかり新聞 All rights reserved.",
        "関連記事：長野の日本酒、輸出額が過去最高に",
        "（佐藤健太記者）",
        "記事・写真の無断転載を禁じます。",
    ],
)
def test_boilerplate_detected(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, the ferry will sail every 15 minutes.",
        "Councillors voted 41 to 9 in favour of the scheme.",
        "京都市は11日、計画を正式に発表した。",
        "浅野さんは記者会見で抱負を語った。",
    ],
)
def test_real_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_split_paragraphs_and_normalize() -> None:
    assert split_paragraphs("a  b\n\n c\u3000d \n") == ["a b", "c d"]
    assert split_paragraphs("one\ntwo\n") == ["one", "two"]
    assert normalize_ws(" x \n\t y ") == "x y"
