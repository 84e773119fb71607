"""yoten.check.rx: a first-character look-ahead never changes what a pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yoten.check import rx

# Patterns shaped like the checker's: alternations opening with look-behinds and
# word boundaries, optional prefixes, repeats, classes, flags.
PATTERNS: list[tuple[str, int]] = [
    (r"(?<![\d.])(?P<y>\d{4})年(?!間)|(?P<wd>[月火水木金土日])曜(?:日)?|(?P<rel>昨年|来年)", 0),
    (r"(?P<ampm>午前|午後)?(?<![\d.])(?P<h>\d{1,2})時(?:(?P<min>\d{1,2})分)?", 0),
    (r"\b(?:last|next)\s+(?P<mon>jan|feb|march)\b", re.IGNORECASE),
    (
        r"""
        (?<!\w) (?P<n>\d+(?:[.,]\d+)?) \s* (?:million|Millionen|millions)
        | \b one \s+ in \s+ (?P<d>\d+)
        """,
        re.VERBOSE | re.IGNORECASE,
    ),
    (r"(?:約|およそ)?(?P<v>\d+)(?:万|億)?(?:人|円)", 0),
    (r"(?=\d)\d+%|\bpercent\b", 0),
    (r"(?:\s*[-–]\s*)?\d+", 0),
    (r"(?i)\bfiscal\s+(?P<y>\d{4})", 0),  # a global inline flag: compiled as written
]

TEXT = (
    "2024年6月20日（木曜日）午後3時15分、昨年比で約12万人、来年は3.5%増。"
    "Last March, fiscal 2025 ended; NEXT JAN the 1,250 million units - 40 percent "
    "of 2023 - one in 12 were sold at 9:30. 1998年間 1時間 平成5年"
)


def spans(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches_as_re(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), rx.compile(pattern, flags)
    assert spans(fast, TEXT) == spans(plain, TEXT)
    assert fast.groupindex == plain.groupindex


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789年月日曜木金昨来前午後時分 .,-–%約万人円abcefilmnorstyJMF\n"))
def test_same_matches_on_any_text(text: str) -> None:
    for pattern, flags in PATTERNS:
        assert spans(rx.compile(pattern, flags), text) == spans(re.compile(pattern, flags), text)


def test_lookahead_put_first_where_branches_open_with_assertions() -> None:
    compiled = rx.compile(PATTERNS[0][0])
    assert compiled.pattern.startswith("(?=[")
    first = rx.first_characters(PATTERNS[0][0])
    assert first is not None
    for char in "\\d月火水木金土日昨来":
        assert char in first
    # the optional 午前/午後 prefix: the hour's digit may come first too
    assert rx.first_characters(PATTERNS[1][0]) == "[午\\d]"


@pytest.mark.parametrize(
    "pattern",
    [
        r"[^a]b|c",  # a negated set: any character may start a match
        r"(?:x)?",  # may match the empty string
        r".*年",  # any character
        r"(?i:a)b|c",  # a scoped flag
        r"\d*x?",  # nothing required at all
    ],
)
def test_no_lookahead_where_the_first_character_is_open(pattern: str) -> None:
    assert rx.first_characters(pattern) is None
    assert rx.compile(pattern).pattern == pattern


def test_patterns_the_engine_already_scans_fast_are_left_alone() -> None:
    for pattern in (r"年(?P<m>\d+)", r"[0-9]年", "最高|最低|(?:平均)"):
        assert rx.compile(pattern).pattern == pattern
