"""Language guessing good enough to route text: Japanese vs. the rest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from yoten.models import Digest

__all__ = ["detect_language", "digest_language", "is_japanese"]

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


def digest_language(digest: Digest) -> str:
    """The language a digest is written in, read from its own text (not from the engine's word).

    Only the prose is read: the headline, the overview and the details. The
    citation keeps the source's own title and is not looked at.
    """
    overview, details = digest.overview, digest.details
    parts = [digest.headline, *overview.lead, *(p.text for p in overview.highlights)]
    parts += [*details.intro, *(s.heading for t in details.topics for s in t.sections)]
    parts += [p for t in details.topics for s in t.sections for p in (*s.paragraphs, *s.bullets)]
    return detect_language("\n".join(parts))
