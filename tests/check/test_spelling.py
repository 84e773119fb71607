"""Spelling consistency of katakana names within one post."""

from __future__ import annotations

from yoten.check.normalize import katakana_key
from yoten.check.pieces import Piece
from yoten.check.spelling import check_spelling


def test_katakana_key_drops_dots_long_vowels_and_small_kana() -> None:
    assert katakana_key("ト・ラム") == katakana_key("トー・ラム") == "トラム"
    assert katakana_key("ウォッカ") == katakana_key("ウオツカ")


def test_two_spellings_of_one_name_warn_with_both_and_their_sections() -> None:
    pieces = [
        Piece("概要", "paragraph", "ト・ラム国家主席と会談"),
        Piece("詳細", "bullet", "新大統領のトー・ラム氏"),
    ]
    (finding,) = check_spelling(pieces)
    assert (finding.kind, finding.severity, finding.span, finding.section) == (
        "spelling",
        "warning",
        "トー・ラム",
        "詳細",
    )
    assert "ト・ラム (概要)" in finding.message and "トー・ラム (詳細)" in finding.message


def test_the_rarer_spelling_is_the_one_flagged() -> None:
    pieces = [
        Piece("概要", "paragraph", "グエン・フー・チョン書記長"),
        Piece("詳細", "paragraph", "グエン・フ・チョン書記長"),
        Piece("要点", "bullet", "グエン・フ・チョン書記長"),
    ]
    (finding,) = check_spelling(pieces)
    assert finding.span == "グエン・フー・チョン"


def test_transliteration_variants_are_grouped() -> None:
    pieces = [
        Piece("概要", "paragraph", "ガニョン氏とガニョン市長"),
        Piece("要点", "bullet", "ガニオン氏が勝利"),
    ]
    assert [f.span for f in check_spelling(pieces)] == ["ガニオン"]
    pieces = [
        Piece("概要", "paragraph", "ラーシュ・ホルム氏"),
        Piece("詳細", "paragraph", "ラース・ホルム氏"),
    ]
    assert [f.span for f in check_spelling(pieces)] == ["ラース・ホルム"]


def test_no_false_alarms_on_different_or_short_words() -> None:
    pieces = [
        Piece("概要", "paragraph", "ビルの中でビールを飲んだ。イランとイラクの関係。"),
        Piece(
            "詳細", "paragraph", "オーストリアとオーストラリア、ロシアとロシア・ウクライナ戦争。"
        ),
        Piece(
            "要点",
            "bullet",
            "ドナルド・トランプとトランプ氏、ヒラリー・クリントンとビル・クリントン。",
        ),
    ]
    assert check_spelling(pieces) == []


def test_same_spelling_everywhere_is_fine() -> None:
    pieces = [Piece(s, "paragraph", "トー・ラム氏") for s in ("概要", "詳細", "要点")]
    assert check_spelling(pieces) == []
