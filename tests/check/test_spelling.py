"""Spelling consistency of katakana names within one post."""

from __future__ import annotations

import pytest

from yoten.check.normalize import katakana_key, phonetic_katakana_key
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


def test_the_later_deviating_spelling_is_the_one_flagged() -> None:
    # The first spelling introduces the name; a later one deviates from it,
    # even when the later one is used more often.
    pieces = [
        Piece("概要", "paragraph", "グエン・フー・チョン書記長"),
        Piece("詳細", "paragraph", "グエン・フ・チョン書記長"),
        Piece("要点", "bullet", "グエン・フ・チョン書記長"),
    ]
    (finding,) = check_spelling(pieces)
    assert (finding.span, finding.section) == ("グエン・フ・チョン", "詳細")
    assert "first spelling グエン・フー・チョン (概要)" in finding.message


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("ヴィリニュス(Vilnius)", "ビリニュス"),  # ヴィ first, ビ later
        ("ビリニュス(Vilnius)", "ヴィリニュス"),  # and the other way round
        ("ヴェルサイユ(Versailles)", "ベルサイユ"),
    ],
)
def test_vu_and_ba_row_variants_flag_the_later_form(first: str, later: str) -> None:
    name = first.split("(")[0]
    pieces = [
        Piece("概要", "paragraph", f"{first}で会合が開かれた。"),
        Piece("詳細", "paragraph", f"{later}の会場には{later}市長も訪れた。"),
        Piece("要点", "bullet", f"{later}で合意。"),
    ]
    (finding,) = check_spelling(pieces)
    assert (finding.span, finding.section) == (later, "詳細")
    assert name in finding.message and "first spelling" in finding.message


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


def test_phonetic_key_folds_two_way_foreign_sounds() -> None:
    assert phonetic_katakana_key("ハイウォーター") == phonetic_katakana_key("ハイワーター")
    assert phonetic_katakana_key("ヴェローナ") == phonetic_katakana_key("ベローナ")
    assert phonetic_katakana_key("ヴァスケス") == phonetic_katakana_key("バスケス")
    assert phonetic_katakana_key("ティファニー") == phonetic_katakana_key("テファニー")
    assert phonetic_katakana_key("フィンレー") == phonetic_katakana_key("ヒンレー")
    assert phonetic_katakana_key("ウィンザー") == phonetic_katakana_key("ウインザー")


@pytest.mark.parametrize(
    ("common", "rare"),
    [
        ("ケンウォーシー", "ケンワーシー"),  # ウォ ~ ワ
        ("ヴァルガス", "バルガス"),  # ヴァ ~ バ
        ("ヴィンセント", "ビンセント"),  # ヴィ ~ ビ
        ("クリスティーナ", "クリステーナ"),  # ティ ~ テ
        ("ディクソン", "デクソン"),  # ディ ~ デ
        ("フィッツジェラルド", "ヒッツジェラルド"),  # フィ ~ ヒ
        ("エドウィン", "エドウイン"),  # ウィ ~ ウイ
    ],
)
def test_foreign_sound_variants_are_one_name(common: str, rare: str) -> None:
    pieces = [
        Piece("概要", "paragraph", f"{common}氏は{common}社の創業者"),
        Piece("要点", "bullet", f"{rare}氏が退任"),
    ]
    (finding,) = check_spelling(pieces)
    assert (finding.span, finding.section) == (rare, "要点")
    assert common in finding.message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ワシントン", "ウォルトン"),  # different names sharing ワ after folding
        ("ワーカー", "ウォーカー"),  # worker / Walker: too short once folded
        ("ヒット", "フィット"),  # hit / fit: ッ does not count towards the minimum
        ("デック", "ディック"),
        ("ヒル", "フィル"),
        ("ワン", "ウォン"),
        ("ベスト", "ヴェスタ"),
    ],
)
def test_folding_does_not_merge_different_or_short_names(a: str, b: str) -> None:
    pieces = [Piece("概要", "paragraph", f"{a}と"), Piece("詳細", "paragraph", f"{b}の")]
    assert check_spelling(pieces) == []


def test_a_leading_v_written_two_ways_is_one_name() -> None:
    pieces = [
        Piece("概要", "paragraph", "アンドレイ・ワシリエフ(Andrei Vasiliev)はサーブを決めた。"),
        Piece("詳細", "paragraph", "ヴァシリエフはその後も攻めた。"),
    ]
    assert [f.span for f in check_spelling(pieces)] == ["ヴァシリエフ"]


def test_long_names_one_kana_apart_are_one_name() -> None:
    pieces = [
        Piece("概要", "paragraph", "ミーラ・ラグナタン(Meera Raghunathan)局長は述べた。"),
        Piece("詳細", "paragraph", "ラグナーサン局長は注意を呼びかけた。"),
    ]
    assert [f.span for f in check_spelling(pieces)] == ["ラグナーサン"]


def test_different_words_one_kana_apart_are_not_names() -> None:
    pieces = [Piece("概要", "paragraph", "ワイン農家とバイン社はデジタル化とデジタル課を進めた。")]
    assert check_spelling(pieces) == []


def _spans(*texts: str) -> list[str]:
    pieces = [Piece("概要" if i == 0 else "詳細", "paragraph", t) for i, t in enumerate(texts)]
    return [f.span for f in check_spelling(pieces)]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("ウォーカー氏が語った。", "ウオーカー氏は否定した。", "ウオーカー"),
        ("エロディ氏が語った。", "エロディー氏は否定した。", "エロディー"),
        ("ジョン・ウオーカー氏が語った。", "ウォーカー氏は否定した。", "ウォーカー"),
        ("エロディー・マルタン氏が語った。", "エロディ氏は否定した。", "エロディ"),
        ("マルタン氏が語った。", "エロディー・マルタン氏は否定した。", ""),
    ],
)
def test_one_name_two_spellings(first: str, second: str, flagged: str) -> None:
    assert _spans(first, second) == ([flagged] if flagged else [])


def test_a_variant_in_full_names_and_alone_is_reported_once() -> None:
    spans = _spans(
        "ジョン・ウオーカー氏が語った。", "ジョン・ウォーカー氏は否定した。ウォーカー氏は"
    )
    assert len(spans) == 1 and spans[0] in ("ジョン・ウオーカー", "ジョン・ウォーカー")


def test_short_and_distinct_names_stay_apart() -> None:
    assert _spans("レミ氏が語った。", "レミー氏は否定した。") == []
    assert _spans("ウォール街の反応", "ウオーター社の株") == []
    assert _spans("ルノー・デュボワ氏", "ルノー社の車") == []
