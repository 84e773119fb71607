"""The packaged prompt templates and the loader's checks on user templates."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from yoten.errors import ConfigError
from yoten.prompts import (
    CONDENSE_VARIABLES,
    DIGEST_VARIABLES,
    load_digest_prompt,
    packaged_prompt,
    prompt_from_file,
)


def test_packaged_digest_prompt_is_versioned_and_uses_every_variable() -> None:
    prompt = packaged_prompt("digest")
    assert prompt.version == "digest-v2"
    # Every variable but the URL, which the model does not need (the blog cites it).
    assert prompt.identifiers() == DIGEST_VARIABLES - {"url"}
    assert not prompt.text.startswith("#")


def test_packaged_digest_prompt_teaches_the_house_format() -> None:
    text = packaged_prompt("digest").render(
        title="T",
        outlet="O",
        date="2024-09-12",
        url="https://e.x/a",
        language="en",
        text="BODY",
        schema="{}",
        highlights="2–3",
        context="0–1",
        topics="1–2",
        sections="1–2",
    )
    for needle in (
        "プーチン:北朝鮮からベトナムへ",  # headline style
        "主なハイライト",
        "文脈",
        "ト・ラム(To Lam)",  # katakana + Latin at first mention
        "$3.5 billion → 35億ドル",  # $$ renders as a literal dollar
        "key_points",
        "a list of 2–3 points",  # counts scaled to the article
        "Every list field is a JSON array",  # the words agree with the schema
        "BODY",
    ):
        assert needle in text


def test_packaged_condense_prompt() -> None:
    prompt = packaged_prompt("condense")
    assert prompt.version == "condense-v1"
    assert prompt.identifiers() == CONDENSE_VARIABLES
    rendered = prompt.render(
        title="T",
        outlet="O",
        date="d",
        url="u",
        language="en",
        text="CHUNK",
        part=2,
        parts=5,
        target_chars=900,
    )
    assert "part 2 of 5" in rendered and "about 900 characters" in rendered
    assert "number" in rendered and "name" in rendered  # keeps names and numbers


def test_user_file_without_version_line_is_hashed(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Digest: $text", encoding="utf-8")
    prompt = load_digest_prompt(path)
    assert prompt.version == "file:p.txt:" + hashlib.sha256(b"Digest: $text").hexdigest()[:8]
    assert prompt.render(text="X") == "Digest: X"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Use $text and $foo", "unknown prompt variable $foo"),
        ("Price: $5 for $text", "bad placeholder on line 1"),
        ("line\nno article here: $title", "never uses $text"),
        ("# prompt-version: x\n", "prompt file is empty"),
    ],
)
def test_bad_user_templates(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "user.md"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        prompt_from_file(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_or_binary_prompt_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read prompt file"):
        prompt_from_file(tmp_path / "nope.md")
    binary = tmp_path / "b.md"
    binary.write_bytes(b"\xff\xfe$text")
    with pytest.raises(ConfigError, match="not UTF-8"):
        prompt_from_file(binary)
