"""Text normalisation shared by the checks: width, Latin folding, katakana forms.

Every function here is pure and cheap; the checks call them on every piece of
a digest and once on the source text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from yoten.check import rx

__all__ = [
    "KATAKANA_RUN",
    "MONTHS",
    "MONTH_NAMES",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "acronyms",
    "edit_distance",
    "fold_latin",
    "halfwidth",
    "katakana_key",
    "loose_katakana_key",
    "phonetic_katakana_key",
    "vowel_katakana_key",
]

# Full-width ASCII (U+FF01–U+FF5E) → ASCII, and the ideographic space → space.
# One character for one character, so offsets found in the folded text are
# offsets in the original and spans stay exact digest text.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
_WIDTH[ord("〜")] = ord("~")
_WIDTH[ord("－")] = ord("-")
_WIDTH[ord("−")] = ord("-")


_WIDE = rx.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH)) + "]")


def halfwidth(text: str) -> str:
    """``text`` with full-width digits, letters and signs made ASCII (same length)."""
    # translate() looks every character up in a dict; most texts have nothing to fold
    return text.translate(_WIDTH) if _WIDE.search(text) else text


# Letters that NFKD does not take apart.
_LATIN_EXTRA = str.maketrans(
    {"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae",
     "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
     "’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}
)  # fmt: skip
_SPACES = rx.compile(r"\s+")


@functools.lru_cache(maxsize=16384)
def fold_latin(text: str) -> str:
    """Lowercase, diacritics removed (Nguyễn → nguyen), whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_EXTRA))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", bare.casefold()).strip()


#: A run of katakana with its long-vowel marks and middle dots (a name or loanword).
KATAKANA_RUN = rx.compile(r"[ァ-ヺヽヾ][ァ-ヺー・･ヽヾ]*")

_SMALL_TO_LARGE = str.maketrans("ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ")
_DROP = str.maketrans("", "", "ー・･=＝")


@functools.lru_cache(maxsize=16384)
def katakana_key(run: str) -> str:
    """The form two spellings of one name share: no ・ or ー, small kana made large.

    ト・ラム and トー・ラム both give トラム; グエン・フー・チョン gives グエンフチヨン.
    """
    return run.translate(_DROP).translate(_SMALL_TO_LARGE)


_YOON_TO_VOWEL = str.maketrans("ャュョ", "アウオ")


@functools.lru_cache(maxsize=16384)
def vowel_katakana_key(run: str) -> str:
    """:func:`katakana_key` with small ャュョ read as vowels: ガニョン ~ ガニオン."""
    return katakana_key(run.translate(_YOON_TO_VOWEL))


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return min(prev[-1], limit + 1)


_VU = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"))


def loose_katakana_key(run: str) -> str:
    """:func:`katakana_key` with ヴ written as バ行 too (ヴェトナム ~ ベトナム)."""
    for vu, plain in _VU:
        run = run.replace(vu, plain)
    return katakana_key(run)


# Foreign sounds that katakana writes two ways, each folded to one plain form.
# Longer patterns first: ヴァ before ヴ.
_PHONETIC = (
    *_VU,
    ("ウォ", "ワ"),  # アシュウォース ~ アシュワース, ウォルター ~ ワルター
    ("ウオ", "ワ"),  # the same with a large オ
    ("ティ", "テ"),  # ティモシー ~ テモシー
    ("ディ", "デ"),  # ディズニー ~ デズニー
    ("フィ", "ヒ"),  # フィリップス ~ ヒリップス
)


@functools.lru_cache(maxsize=16384)
def phonetic_katakana_key(run: str) -> str:
    """:func:`katakana_key` with two-way foreign sounds folded to one form.

    ヴ is written as バ行 (ヴァレンティノ ~ バレンティノ), ウォ as ワ (アシュウォース ~
    アシュワース), ティ/ディ as テ/デ, フィ as ヒ; ウィ ~ ウイ and other small-kana
    digraphs already meet in :func:`katakana_key`. Folding shortens keys and
    makes short words meet (ヒット ~ フィット): callers should fold only runs of
    some length.
    """
    for variant, plain in _PHONETIC:
        run = run.replace(variant, plain)
    return katakana_key(run)


_SKIP_WORDS = frozenset(
    {"of", "the", "and", "for", "de", "du", "des", "la", "le", "di", "del", "on", "in", "&"}
)
_WORD = rx.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][\w'’-]*")


def acronyms(text: str) -> set[str]:
    """Initials of runs of capitalised words in ``text`` (European Central Bank → ECB)."""
    words = _WORD.findall(text)
    found: set[str] = set()
    for i, word in enumerate(words):
        if not word[0].isupper():
            continue
        initials = ""
        for nxt in words[i : i + 8]:
            if nxt.lower() in _SKIP_WORDS:
                continue
            if not nxt[0].isupper():
                break
            initials += nxt[0].upper()
            if len(initials) >= 2:
                found.add(initials)
    return found


#: English month names, January first: the one list every scanner builds its patterns from.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
#: A regex alternation of :data:`MONTHS` (capitalised: "may" is no month).
MONTH_NAMES = "(?:" + "|".join(MONTHS) + ")"
#: English weekday names, Monday first (Monday = 0, as :meth:`datetime.date.weekday`).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A regex alternation of :data:`WEEKDAYS`.
WEEKDAY_NAMES = "(?:" + "|".join(WEEKDAYS) + ")"
