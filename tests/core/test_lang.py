"""Language detection: the same answers as counting every character of the sample at once."""

from __future__ import annotations

import re

import pytest

from yoten.lang import detect_language

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN = re.compile(r"[A-Za-z]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _reference(text: str) -> str:
    """detect_language as first written: one count of each script over the whole sample."""
    sample = text[:20000]
    cjk, latin = len(_CJK.findall(sample)), len(_LATIN.findall(sample))
    if cjk == 0 and latin == 0:
        return "und"
    if _KANA.search(sample) and cjk >= latin * 0.3:
        return "ja"
    if latin >= cjk:
        return "en"
    return "zh" if not _KANA.search(sample) else "ja"


JA = "ロシアのプーチン大統領は北朝鮮との防衛協定を締結した翌日にベトナムを訪問した。"
EN = "Leaders signed a defence pact in Hanoi on Thursday, officials said. "
ZH = "俄罗斯总统普京在与朝鲜签署防务协定后次日访问越南。"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "123 456 — !?",
        JA,
        EN,
        ZH,
        JA * 200,  # several pieces
        EN * 300 + JA,  # kana at the end of mostly Latin text
        EN * 40 + JA * 5,  # near the 0.3 threshold, either side of it
        EN * 40 + JA * 6,
        EN * 40 + JA * 7,
        EN * 40 + "の" + ZH * 10,
        ZH * 5 + EN,
        JA * 400 + EN * 400,  # beyond the 20,000-character sample
        EN * 320 + JA * 400,
        "ア" + "x" * 999 + "ア" * 400,  # the threshold reached across pieces
    ],
)
def test_detect_language_answers_as_a_whole_count_does(text: str) -> None:
    assert detect_language(text) == _reference(text)


def test_every_split_of_mixed_text_answers_as_a_whole_count_does() -> None:
    for latin in range(0, 3000, 97):
        for japanese in range(0, 1500, 61):
            text = (
                ("a" * latin + "あ" * japanese)[::-1]
                if latin % 2
                else "a" * latin + "あ" * japanese
            )
            assert detect_language(text) == _reference(text), (latin, japanese)
