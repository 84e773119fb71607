"""The nesting guard of answers' JSON: brackets inside strings do not count, the limit holds."""

from __future__ import annotations

import json
import random

import pytest

from yoten.engines.answer import MAX_JSON_DEPTH, _depth, load_json


def _depth_by_character(text: str) -> int:
    """The reference: one character at a time, strings (with escapes) skipped."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


EDGES = [
    "",
    "[]",
    '{"a": [1, {"b": "[[[["}]}',
    '"[[[\\',  # an unterminated string ending in a backslash
    '"abc\\"[[[" [[',  # an escaped quote does not end the string
    '[[["\\\\"]]]',  # an escaped backslash does
    '"\n[\\\n[" [',
    '"' + "[" * 10,  # an unterminated string hides what follows
    "]]][[",
]


@pytest.mark.parametrize("text", EDGES)
def test_depth_of_edge_cases_matches_the_character_scan(text: str) -> None:
    assert _depth(text) == _depth_by_character(text)


def test_depth_of_random_texts_matches_the_character_scan() -> None:
    rnd = random.Random(14)
    for _ in range(5000):
        text = "".join(rnd.choice('[]{}"\\ab\n') for _ in range(rnd.randint(0, 24)))
        assert _depth(text) == _depth_by_character(text), text


def test_the_limit_counts_brackets_outside_strings_only() -> None:
    deepest_allowed = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert load_json(deepest_allowed) is not None
    with pytest.raises(ValueError, match="nested deeper"):
        load_json("[" + deepest_allowed + "]")
    in_a_string = json.dumps({"text": "[" * 10_000})
    assert load_json(in_a_string) == {"text": "[" * 10_000}
