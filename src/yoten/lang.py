"""Language guessing good enough to route text: Japanese vs. the rest."""

from __future__ import annotations

import re

__all__ = ["detect_language", "is_japanese"]

_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'ja' when the text is mostly Japanese script, 'en' when mostly Latin, else 'und'."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cjk == 0 and latin == 0:
        return "und"
    if _KANA.search(sample) and cjk >= latin * 0.3:
        return "ja"
    if latin >= cjk:
        return "en"
    return "zh" if not _KANA.search(sample) else "ja"


def is_japanese(text: str) -> bool:
    return detect_language(text) == "ja"
