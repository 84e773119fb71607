"""Read a Chat Completions answer from raw bytes, trusting nothing about it.

A base URL that points at an ordinary web app answers ``200 text/html``; a
broken or hostile server may send ``{"choices": 5}``, JSON nested a million
deep, a 50,000-digit number, an SSE stream nobody asked for, or hundreds of
megabytes. :func:`read_completion` turns all of these into
``EngineError("invalid response …")`` (exit 3) and returns the answer's JSON
otherwise, checked to be a chat completion (:class:`Completion`). :func:`load_json` is the guarded ``json.loads``
for answers' contents too.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from yoten.errors import EngineError
from yoten.i18n import gettext as _

__all__ = ["MAX_ANSWER_BYTES", "MAX_JSON_DEPTH", "Completion", "load_json", "read_completion"]

MAX_ANSWER_BYTES = 20_000_000
"""A digest is tens of KB; an answer bigger than this is garbage (cap after decoding)."""
MAX_JSON_DEPTH = 64


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Message(_Loose):
    content: str | None = None
    refusal: str | None = None


class Choice(_Loose):
    message: Message
    finish_reason: str | None = None


class Usage(_Loose):
    prompt_tokens: int | None = None
    completion_tokens: int | None = None


class Completion(_Loose):
    """The parts of a completion yoten reads."""

    choices: list[Choice]
    usage: Usage | None = None


# A JSON string (to its closing quote, or to the end of an unterminated one) or a bracket.
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)|[][{}]', re.DOTALL)


def _depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` outside strings (cheap, no recursion): the regular
    expression steps over each string at once, where a loop over the characters took
    about 0.5 ms for a digest's answer."""
    depth = deepest = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        ch = text[match.start()]
        if ch == "[" or ch == "{":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif ch == "]" or ch == "}":
            depth -= 1
    return deepest


def load_json(text: str) -> Any:
    """``json.loads`` that raises ValueError (never RecursionError) for JSON nested
    deeper than :data:`MAX_JSON_DEPTH` or holding numbers too long to convert."""
    if _depth(text) > MAX_JSON_DEPTH:
        raise ValueError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _invalid(what: str, source: str | None) -> EngineError:
    return EngineError(_("invalid response: {what}").format(what=what), source=source)


def read_completion(body: bytes, content_type: str | None, *, source: str | None = None) -> Any:
    """The JSON in ``body``, checked to be a chat completion (read once: the caller takes
    what it needs from it), or EngineError("invalid response: …")."""
    media = (content_type or "").split(";")[0].strip().lower()
    if len(body) > MAX_ANSWER_BYTES:
        raise _invalid(
            _("answer larger than {size} MB").format(size=MAX_ANSWER_BYTES // 1_000_000), source
        )
    if media == "text/event-stream" or body.lstrip().startswith(b"data:"):
        raise _invalid(_("an event stream (SSE) where one JSON answer was expected"), source)
    if media and "json" not in media:
        raise _invalid(
            _("content type {media}, not JSON (is the base URL an API endpoint?)").format(
                media=media[:60]
            ),
            source,
        )
    try:
        data = load_json(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise _invalid(_("not UTF-8"), source) from None
    except ValueError as exc:
        raise _invalid(_("not JSON ({error})").format(error=str(exc)[:120]), source) from None
    try:
        completion = Completion.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "answer"
        raise _invalid(
            _("not a chat completion ({where}: {error})").format(
                where=where, error=first.get("msg", "invalid")
            ),
            source,
        ) from None
    if not completion.choices:
        raise EngineError(_("server returned no choices"), source=source)
    return data
