"""The user glossary: files, editing, and the check that honours it."""

from __future__ import annotations

from pathlib import Path

import pytest

from yoten.check.glossary import (
    Glossary,
    check_glossary,
    default_glossary_path,
    load_glossary,
    user_glossary,
)
from yoten.check.pieces import Piece
from yoten.check.source import SourceIndex
from yoten.errors import ConfigError, InputError
from yoten.settings import Settings


def test_load_toml_table_and_top_level(tmp_path: Path) -> None:
    table = tmp_path / "g.toml"
    table.write_text('[glossary]\n"To Lam" = "トー・ラム"\n', encoding="utf-8")
    flat = tmp_path / "flat.toml"
    flat.write_text('"Nguyen Phu Trong" = "グエン・フー・チョン"\n', encoding="utf-8")
    assert load_glossary(table).get("to lam") == "トー・ラム"
    assert load_glossary(flat).get("Nguyễn Phú Trọng") == "グエン・フー・チョン"


def test_load_yaml(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("To Lam: トー・ラム\nGagnon: ガニョン\n", encoding="utf-8")
    assert load_glossary(path).items() == [("Gagnon", "ガニョン"), ("To Lam", "トー・ラム")]


@pytest.mark.parametrize(
    ("name", "text", "error"),
    [
        ("bad.toml", "[glossary\n", "invalid TOML"),
        ("bad.yaml", "a: [1,\n", "invalid YAML"),
        ("list.yaml", "- a\n- b\n", "must be a table"),
        ("num.toml", "x = 3\n", "must be a string"),
        ("latin.toml", 'x = "abc"\n', "must be katakana"),
    ],
)
def test_bad_glossaries_are_config_errors(tmp_path: Path, name: str, text: str, error: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=error):
        load_glossary(path)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_glossary(tmp_path / "none.toml")


@pytest.mark.parametrize("suffix", [".toml", ".yaml"])
def test_add_save_reload_remove(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"glossary{suffix}"
    g = Glossary(path=path)
    g.add("To Lam", "トー・ラム")
    g.add('Quote "x"', "クオート")
    g.save()
    again = load_glossary(path)
    assert again.items() == [('Quote "x"', "クオート"), ("To Lam", "トー・ラム")]
    assert again.remove("TO LAM") == "トー・ラム"
    again.save()
    assert load_glossary(path).items() == [('Quote "x"', "クオート")]
    with pytest.raises(InputError, match="no glossary entry"):
        again.remove("To Lam")


def test_default_path_and_settings_override(tmp_path: Path) -> None:
    assert default_glossary_path().name == "glossary.toml"
    assert user_glossary(Settings()).items() == []  # the default file may be missing
    custom = tmp_path / "mine.toml"
    assert default_glossary_path(Settings(glossary=custom)) == custom
    with pytest.raises(ConfigError):
        user_glossary(Settings(glossary=custom))  # a configured file must exist


def test_same_name_written_another_way_warns_with_the_glossary_spelling() -> None:
    g = Glossary({"To Lam": "トー・ラム"})
    pieces = [
        Piece("概要", "paragraph", "ト・ラム国家主席"),
        Piece("詳細", "paragraph", "トー・ラム氏"),
    ]
    (finding,) = check_glossary(pieces, g)
    assert (finding.kind, finding.severity, finding.span, finding.section) == (
        "glossary",
        "warning",
        "ト・ラム",
        "概要",
    )
    assert "トー・ラム" in finding.message and "To Lam" in finding.message


def test_name_given_in_latin_uses_the_glossary_spelling() -> None:
    g = Glossary({"Nadia Brennan": "ナディア・ブレナン"})
    pieces = [Piece("詳細", "paragraph", "ナディア・ブレンナン(Nadia Brennan)最高経営責任者")]
    assert [f.span for f in check_glossary(pieces, g)] == ["ナディア・ブレンナン"]


def test_original_in_the_source_catches_a_close_transliteration(make_article) -> None:
    g = Glossary({"Hanbit Logistics": "ハンビット・ロジスティクス"})
    source = SourceIndex(make_article("Hanbit Logistics must reclassify its drivers."))
    pieces = [Piece("概要", "paragraph", "ハンビット・ロジスティックスは運転手を")]
    assert [f.span for f in check_glossary(pieces, g, source)] == ["ハンビット・ロジスティックス"]


def test_glossary_spelling_used_gives_no_finding(make_article) -> None:
    g = Glossary({"To Lam": "トー・ラム", "Hanbit Logistics": "ハンビット・ロジスティクス"})
    source = SourceIndex(make_article("To Lam met Hanbit Logistics."))
    pieces = [
        Piece("概要", "paragraph", "トー・ラム(To Lam)氏とハンビット・ロジスティクス、ロシア")
    ]
    assert check_glossary(pieces, g, source) == []
