"""The boilerplate blocks a release or a notice prints after its story.

Press releases and public-sector notices end with blocks that sit in the
article's container but are not its story: an end mark ("ENDS", "###"),
"Notes to editors", an "About the …" block of organisation boilerplate, a
media contact, and in Japanese 会社概要 or 本件に関するお問い合わせ. Each
starts with a short heading line of a known kind; :func:`without_trailer`
drops everything from the first such heading after the story's prose on,
unless the part it would drop outweighs the part it keeps (then the heading
is a section of the story, not a trailer).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["without_trailer"]

#: A heading line is short; a longer line is prose that merely starts with "About".
_HEADING_MAX = 40
#: The story's prose before the trailer: at least one line this long.
_PROSE_MIN = 40
_HEADING = re.compile(
    r"(?:"
    r"-*\s*ends\s*-*|#{3}|"
    r"notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?|"
    r"about\s+(?:us|the\s+\S.*|(?-i:[A-Z])\S*.*)|"
    r"(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)|"
    r"(?:会社|企業|団体|法人|事業者)概要|"
    r"(?:本件|この(?:ページ|記事|件)|本リリース)に(?:関する|ついての)(?:お)?問い?合わ?せ(?:先)?.*|"
    r"報道関係者(?:様)?(?:から)?の(?:お)?問い?合わ?せ(?:先)?.*|"
    r"(?:お)?問い?合わ?せ先"
    r")\s*[:：]?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?。！？]$")


def _is_heading(line: str) -> bool:
    text = unicodedata.normalize("NFKC", line).strip()
    if len(text) > _HEADING_MAX or _SENTENCE_END.search(text):
        return False
    return _HEADING.fullmatch(text) is not None


def without_trailer(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` up to the first boilerplate heading after the story's prose."""
    seen_prose = False
    for index, line in enumerate(paragraphs):
        if seen_prose and _is_heading(line):
            kept, dropped = paragraphs[:index], paragraphs[index:]
            if sum(map(len, dropped)) <= sum(map(len, kept)):
                return kept
            return paragraphs
        seen_prose = seen_prose or len(line) >= _PROSE_MIN
    return paragraphs
