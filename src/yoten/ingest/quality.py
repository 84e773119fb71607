"""Is this extracted text the page's article? Notices out, short or unrelated text flagged.

An extractor can return the wrong block of a page with full confidence: a
reprint notice, a members-only notice, a teaser of another article, the
labels of a memo box. This module tells such a result from an article:

- :func:`drop_notices` removes rights/reprint and subscription notices, control
  labels and calls to follow, share or sign up (phrases in many languages in
  ``data/page_notices.tsv``) at the text's start and end;
  :func:`without_rights` removes the text of a rights block after the story,
  told by its markup whatever its wording (:func:`rights_blocks`);
- :func:`assess` says what is wrong with the rest, or None: too little text;
  a short text that shares not one word with a headline of four or more
  words (a teaser of another story, a notice); a short text whose prose
  stops mid-sentence (:func:`cut_paragraphs`: the lede a members-only page
  shows, whatever its gate looks like); a short text under the size the
  page's own metadata, reading time or table of contents gives its article
  (:func:`declared_size`, :mod:`yoten.ingest.outline`).

The extractor tries its other modes when the first result is short or
flagged, and gives up with the reason when none is the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import lxml.html

from yoten.ingest.navigation import attribute_candidates

__all__ = [
    "CUT_SHORT",
    "LONG_ENOUGH",
    "MIN_ARTICLE_CHARS",
    "SHORTER_THAN_DECLARED",
    "assess",
    "cut_paragraphs",
    "declared_size",
    "drop_notices",
    "normal",
    "notices",
    "rights_blocks",
    "title_overlap",
    "weight",
    "without_rights",
]

#: Minimum article size, in "Latin characters": one CJK character counts as three.
MIN_ARTICLE_CHARS = 150
#: A result at least this heavy, related to the headline, is accepted without trying other modes.
LONG_ENOUGH = 1500
_NOTICE_MAX = 400
#: A line this short (a date, a byline) does not end the run of notices at a text's edge.
_SHORT_LINE = 40
#: Text from a lenient mode must have this share of its weight in paragraphs of _PROSE_MIN or more.
_PROSE_MIN, _PROSE_SHARE = 120, 0.6
_UI_MAX = 24
#: Least weight a minute of stated reading time stands for (readers read about 1,000
#: Latin characters or 500 Japanese ones a minute), and a section a contents list names.
_PER_MINUTE, _PER_SECTION = 250, 300
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: A headline with fewer distinct words (or CJK pairs) says too little to judge a text by.
_MIN_TITLE_TOKENS = 4
_HIRAGANA = re.compile(r"[\u3040-\u309f]")
_WORD = re.compile(r"[^\W\d_]{3,}")
#: A paragraph that ends in an ellipsis or a comma stops mid-sentence (an ellipsis inside
#: closing quotes is a speaker trailing off, and ends the sentence).
_CUT_ENDS = ("…", "...", "‥", "⋯", "、", "，", ",")
#: Chinese or Japanese prose ends its sentences with punctuation (。！？」): a last
#: paragraph that ends in a kana or a kanji stops mid-sentence. (Latin-script text often
#: ends in a credit, a URL or a hashtag, so a letter at its end says nothing.)
_CJK_LETTER_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: Class or id tokens of a block that states the site's rights: copyright, reprints,
#: licensing, permissions (``p-entry__rights``, ``article-copyright``, ``reprint-info``).
_RIGHTS_CLASS = re.compile(
    r"(?:^|[\s_-])(?:rights|copyright|reprints?|licen[cs](?:e|ing)|permissions?)(?:$|[\s_-])",
    re.IGNORECASE,
)
_RIGHTS_PARTS = ("right", "reprint", "licen", "permission")
#: A rights block is a notice: a container this long holds the story, not only its notice.
_RIGHTS_MAX = 1000
_SPACE = re.compile(r"\s+")
#: English words that never end a sentence (articles, prepositions, conjunctions): an
#: English last paragraph that ends in one, with no punctuation, stops mid-sentence. A
#: credit, a URL or a hashtag at a text's end is no such word.
_FUNCTION_WORDS = frozenset(
    "a an the of in to for with from at by into onto than and or but nor as that whose "
    "its their our his her your my".split()
)
_LAST_WORD = re.compile(r"(?:^|\s)([a-z]+)\s*$")
#: A paragraph that takes up the sentence of the one before it.
_CONTINUED = re.compile(r"\s*(?:…|\.\.\.|‥|⋯|[a-z])")

#: What :func:`assess` says of a teaser: the beginning of an article, cut off.
CUT_SHORT = "the text stops mid-sentence"
#: What :func:`assess` says of a text much shorter than the article its page declares.
SHORTER_THAN_DECLARED = "the text is much shorter than the article the page declares"


@dataclass(frozen=True)
class _Notices:
    notice: tuple[str, ...]
    paywall: tuple[str, ...]
    ui: tuple[str, ...]
    access: tuple[str, ...]
    rest: tuple[str, ...]
    signup: tuple[str, ...]
    promo: tuple[str, ...]


def normal(text: str) -> str:
    """``text`` NFKC-normalised, case-folded, its spaces collapsed (for matching words)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def notices() -> _Notices:
    """The words of ``data/page_notices.tsv``, normalised, by kind."""
    raw = resources.files("yoten.ingest").joinpath("data", "page_notices.tsv")
    kinds: dict[str, list[str]] = {
        k: [] for k in ("notice", "paywall", "ui", "access", "rest", "signup", "promo")
    }
    for line in raw.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _lang, phrase = line.split("\t")
            kinds[kind].append(normal(phrase))
    return _Notices(**{kind: tuple(words) for kind, words in kinds.items()})


def weight(text: str) -> int:
    """Text size in "Latin characters": CJK characters count three."""
    cjk = len(_CJK.findall(text))
    return cjk * 3 + len(re.sub(r"\s", "", text)) - cjk


def _notice_kind(paragraph: str) -> str | None:
    words = notices()
    text = normal(paragraph)
    if len(text) <= _UI_MAX and any(p in text for p in words.ui):
        return "ui"
    if len(text) <= _NOTICE_MAX:
        if any(p in text for p in words.paywall):
            return "paywall"
        if any(p in text for p in words.notice):
            return "notice"
        if any(p in text for p in words.promo):
            return "promo"
    return None


def drop_notices(paragraphs: list[str]) -> tuple[list[str], bool]:
    """(paragraphs without the notices and control labels at their start and end,
    whether a paywall notice was among them).

    Only the leading and trailing runs are searched (short lines such as a
    date or a byline do not end a run): a sentence in the middle of a story
    that says "members only" is the story's.
    """
    kinds = [_notice_kind(p) for p in paragraphs]

    def edge(indexes: range) -> list[int]:
        found: list[int] = []
        for i in indexes:
            if kinds[i] is not None:
                found.append(i)
            elif len(paragraphs[i]) > _SHORT_LINE:
                break
        return found

    drop = set(edge(range(len(paragraphs)))) | set(edge(range(len(paragraphs) - 1, -1, -1)))
    if len(drop) == len(paragraphs):
        # a call to follow or share is beside a story, never all of it: a lenient mode
        # that runs a short page into one line keeps it with the story
        drop = {i for i in drop if kinds[i] != "promo"}
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    return kept, any(kinds[i] == "paywall" for i in drop)


def _compact(text: str) -> str:
    return _SPACE.sub("", normal(text))


def rights_blocks(tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    """The compacted texts of the page's rights blocks (a class or id that says rights,
    copyright, reprints, licensing or permissions; at most _RIGHTS_MAX characters), read
    before extraction changes the tree."""
    blocks: list[str] = []
    for node in attribute_candidates(tree, _RIGHTS_PARTS):
        if node.tag in ("html", "body"):
            continue
        if _RIGHTS_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            text = " ".join(" ".join(node.itertext()).split())
            if text and len(text) <= _RIGHTS_MAX:
                blocks.append(_compact(text))
    return tuple(blocks)


def without_rights(paragraphs: list[str], blocks: tuple[str, ...]) -> list[str]:
    """``paragraphs`` without those at their end that are a rights block's text (a
    copyright line, reprint and quotation rules, whom to ask), unless that is all of it."""
    end = len(paragraphs)
    while end > 0 and any(_compact(paragraphs[end - 1]) in block for block in blocks):
        end -= 1
    return paragraphs[:end] if end > 0 else paragraphs


def _title_tokens(title: str) -> set[str]:
    """Words of three letters or more; in CJK script, pairs of characters within runs
    of kanji, katakana or hangul (hiragana particles would match any Japanese text)."""
    text = normal(title)
    letters = "".join(
        ch if _CJK_LETTER.match(ch) and not _HIRAGANA.match(ch) else " " for ch in text
    )
    bigrams = {run[i : i + 2] for run in letters.split() for i in range(len(run) - 1)}
    return bigrams | set(_WORD.findall(_CJK_LETTER.sub(" ", text)))


def title_overlap(title: str, text: str) -> float | None:
    """Share of the headline's words (CJK: character pairs) found in ``text``; None for a
    headline too short or too plain to tell ("4 Things to Do in October")."""
    tokens = _title_tokens(title)
    if len(tokens) < _MIN_TITLE_TOKENS:
        return None
    body = normal(text)
    return sum(1 for t in tokens if t in body) / len(tokens)


def declared_size(
    *,
    body: str | None,
    word_count: int | None,
    description: str | None,
    reading_minutes: int = 0,
    missing_sections: int = 0,
) -> int:
    """The least weight the page's own metadata says its article has: half its schema.org
    ``articleBody``; a quarter of its ``wordCount`` at three per word (what a CJK
    character weighs, about half an English word: a count of characters declared as
    words does not refuse a whole English text); its description (a summary is not
    longer than its story); for a stated reading time, _PER_MINUTE for each minute
    after the first (a fifth of what a reader reads in a minute: sites round their
    reading times up); _PER_SECTION for each section its table of contents lists and
    the page does not show (:mod:`yoten.ingest.outline`). 0 when the page states none."""
    sizes = [0, max(0, reading_minutes - 1) * _PER_MINUTE, missing_sections * _PER_SECTION]
    if body:
        sizes.append(weight(body) // 2)
    if word_count and word_count > 0:
        sizes.append(word_count * 3 // 4)
    if description:
        sizes.append(weight(description))
    return max(sizes)


def _ends_in_function_word(paragraph: str) -> bool:
    """An English paragraph whose last word, with no punctuation after it, is one that
    cannot end a sentence ("… reported to the board's directors in")."""
    match = _LAST_WORD.search(paragraph)
    return match is not None and match.group(1) in _FUNCTION_WORDS and not _CJK.search(paragraph)


def cut_paragraphs(paragraphs: list[str], *, lenient_mode: bool = False) -> list[str]:
    """The paragraphs of prose in ``paragraphs`` that stop mid-sentence: in an ellipsis or a
    comma, and (unless ``lenient_mode``, whose text runs a page's labels and buttons into
    one line) a last one in Chinese or Japanese that ends in a kana or a kanji, or in
    English that ends in a word no sentence ends in ("the", "of", "in"). A paragraph
    whose sentence the next one takes up (starting with an ellipsis or a lower-case
    letter: "wants to..." / "...well, she said") is not cut."""

    def taken_up(index: int) -> bool:
        return index + 1 < len(paragraphs) and bool(_CONTINUED.match(paragraphs[index + 1]))

    cut = [
        (index, paragraph)
        for index, paragraph in enumerate(paragraphs)
        if paragraph.rstrip().endswith(_CUT_ENDS)
        and weight(paragraph) >= _PROSE_MIN
        and not taken_up(index)
    ]
    if not lenient_mode:
        last = next(
            (i for i in range(len(paragraphs) - 1, -1, -1) if weight(paragraphs[i]) >= _PROSE_MIN),
            -1,
        )
        end = paragraphs[last].rstrip()[-1:] if last >= 0 else ""
        if (
            end
            and (
                (
                    _CJK_LETTER_CHAR.match(end)
                    and len(_CJK.findall(paragraphs[last])) * 2 > len(paragraphs[last])
                )
                or _ends_in_function_word(paragraphs[last])
            )
            and not taken_up(last)
            and all(index != last for index, _ in cut)
        ):
            cut.append((last, paragraphs[last]))
    return [paragraph for _, paragraph in sorted(cut)]


def assess(
    paragraphs: list[str],
    title: str,
    *,
    lenient_mode: bool = False,
    declared: int = 0,
    cut_before: Sequence[str] = (),
) -> str | None:
    """What makes ``paragraphs`` not the article headed ``title``, or None.

    ``lenient_mode``: the text comes from an extraction mode that keeps more of
    the page, so it must also be mostly prose, not a list of links or menu
    items (an index page). ``declared``: the least size the page's metadata
    says its article has (:func:`declared_size`). A short text (under
    LONG_ENOUGH) is a teaser when it is under that size, has a paragraph cut
    mid-sentence (:func:`cut_paragraphs`), or holds one that another mode's
    text was cut at (``cut_before``: a lenient mode runs the page into one
    line, where the cut is no paragraph's end).
    """
    text = "\n".join(paragraphs)
    size = weight(text)
    if size < MIN_ARTICLE_CHARS:
        return "too little text"
    if size < LONG_ENOUGH and (
        cut_paragraphs(paragraphs, lenient_mode=lenient_mode)
        or any(cut in text for cut in cut_before)
    ):
        return CUT_SHORT
    if size < min(declared, LONG_ENOUGH):
        return SHORTER_THAN_DECLARED
    if lenient_mode:
        prose = sum(weight(p) for p in paragraphs if weight(p) >= _PROSE_MIN)
        if prose < size * _PROSE_SHARE:
            return "a list of short lines, not prose"
    overlap = title_overlap(title, text)
    if overlap == 0 and size < LONG_ENOUGH:
        return "the text does not match the headline"
    return None
