"""Pydantic's reasons in Japanese: fails when a Pydantic release words one differently."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

import pytest
from pydantic import Field, TypeAdapter, ValidationError

from yoten.validation_words import PYDANTIC, reason


class Colour(Enum):
    RED = "red"
    BLUE = "blue"


CASES: list[tuple[Any, object, str]] = [
    (int, "abc", "整数を指定してください"),
    (int, 1.5, "小数ではなく整数を指定してください"),
    (float, "x", "数値を指定してください"),
    (bool, "maybe", "真偽値(true / false)を指定してください"),
    (str, 5, "文字列を指定してください"),
    (Annotated[int, Field(gt=3)], 1, "3 より大きい値を指定してください"),
    (Annotated[int, Field(ge=16)], 5, "16 以上の値を指定してください"),
    (Annotated[int, Field(lt=3)], 5, "3 未満の値を指定してください"),
    (Annotated[int, Field(le=64)], 100, "64 以下の値を指定してください"),
    (Colour, "green", "'red' or 'blue' のいずれかを指定してください"),
    (Literal["a", "b"], "c", "'a' or 'b' のいずれかを指定してください"),
]


@pytest.mark.parametrize(("kind", "value", "said"), CASES, ids=[str(c[2]) for c in CASES])
def test_pydantic_reasons_in_japanese(
    kind: Any, value: object, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YOTEN_LANGUAGE", "ja")
    with pytest.raises(ValidationError) as refused:
        TypeAdapter(kind).validate_python(value)
    [error] = refused.value.errors()
    assert error["type"] in PYDANTIC
    assert reason(error) == said
    monkeypatch.setenv("YOTEN_LANGUAGE", "en")
    assert reason(error) == error["msg"]  # English: Pydantic's own words


def test_an_unknown_reason_is_pydantics_own() -> None:
    with pytest.raises(ValidationError) as refused:
        TypeAdapter(Annotated[str, Field(pattern=r"^a+$")]).validate_python("b")
    [error] = refused.value.errors()
    assert reason(error) == error["msg"]
