"""One client for every model call yoten makes: digest, condense and verify.

It speaks ``POST {base_url}/chat/completions`` over httpx to any
OpenAI-compatible server (OpenAI, llama.cpp's server, llama-cpp-python,
Ollama, vLLM, LM Studio) and owns what differs between them:

* **structured output, probed per server**: ``json_schema`` first; a server
  whose error *says* it cannot take that (its message names the response
  format, the schema or the grammar) gets ``json_object`` with a ``schema``
  field (llama.cpp, llama-cpp-python), then bare ``json_object``, then no
  response format at all. In the last two modes the caller's schema is added
  to the prompt. The mode is decided from the error's content, never from a
  bare status code, and remembered per (base URL, model) for the process. A
  server that answers json_schema requests with 5xx errors that name nothing
  gets one try with the next mode after its retries; only that try's success
  is remembered.
* **context overflow** is recognised from the servers' own wording
  (llama.cpp ``exceed_context_size_error``, OpenAI/vLLM/llama-cpp-python
  "maximum context length", Ollama "exceeds the context length") and raised
  as :class:`~yoten.errors.ModelContextError` for the caller to condense its
  input; it never downgrades the output mode. vLLM's "max_tokens is too
  large" is answered here by lowering ``max_tokens`` to what the context has
  left.
* ``max_tokens`` is always sent.
* a ``length`` finish in :meth:`ModelClient.complete_json` is retried with
  the caller's shorter request and a note, never by pasting the cut-off text
  back into the conversation.
* **timeouts** are split: connecting, the first token (prompt evaluation and
  time queued behind other requests), the gap between two streamed chunks
  (a stuck server) and the whole answer. Answers are streamed (SSE) so that a
  slow server is told from a stuck one; a server that ignores ``stream``
  and answers with one JSON body is read as well.
* transient failures (429, 5xx that are not format rejections, refused
  connections, a stalled stream) are retried with exponential backoff from
  the failure; a first-token or total timeout is not retried (the next try
  would start from zero), and the error says which limit to raise.

Every attempt is reported through the ``say`` callback and the log (status,
tokens, seconds), failed ones included. The API key goes into the
Authorization header and nowhere else.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from yoten.engines.answer import MAX_ANSWER_BYTES, load_json, read_completion
from yoten.errors import (
    ConfigError,
    EngineError,
    ModelContextError,
    ModelUnreachableError,
    one_line,
)
from yoten.httpguard import ResponseTooLarge, guarded_client
from yoten.i18n import N_
from yoten.i18n import gettext as _

__all__ = [
    "MODES",
    "Answer",
    "ModelClient",
    "OutputMode",
    "Timeouts",
    "Usage",
    "classify_error",
    "forget_probes",
    "parse_json_answer",
    "strict_json_schema",
]

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
Message = Mapping[str, str]
Say = Callable[[str], None]
OutputMode = Literal["json_schema", "json_object_schema", "json_object", "plain"]
MODES: tuple[OutputMode, ...] = ("json_schema", "json_object_schema", "json_object", "plain")
ErrorKind = Literal["context", "max_tokens", "format", "transient", "auth", "fatal"]

MAX_ANSWER_CHARS = 400_000  # an answer longer than this is cut off and treated as invalid
MIN_OUTPUT_TOKENS = 64
MAX_ECHO_CHARS = 6000  # an invalid answer longer than this is not sent back with the error
_RETRYABLE_STATUS = frozenset({408, 409, 425, 429}) | frozenset(range(500, 600))

# (base URL, model) → the output mode that server accepted; shared by every client.
_MODE_CACHE: dict[tuple[str, str], OutputMode] = {}
_MODE_LOCK = threading.Lock()


def forget_probes() -> None:
    """Forget every server's learned output mode (tests reuse ports)."""
    with _MODE_LOCK:
        _MODE_CACHE.clear()


def _quiet(_message: str) -> None:
    return None


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Timeouts:
    """Seconds allowed for each phase of one request."""

    connect: float = 10.0
    first_token: float = 900.0
    idle: float = 120.0
    total: float = 900.0

    @classmethod
    def from_total(cls, total: float) -> Timeouts:
        """Defaults for a ``--timeout`` of ``total`` seconds (the first token may take it all)."""
        return cls(connect=min(10.0, total), first_token=total, idle=min(120.0, total), total=total)


@dataclass
class Usage:
    """Tokens reported by the server, summed over calls (failed attempts included)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    retries: int = 0
    seconds: float = 0.0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.calls += other.calls
        self.retries += other.retries
        self.seconds += other.seconds


@dataclass
class Answer:
    """One completed answer."""

    content: str
    finish_reason: str | None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    mode: OutputMode = "plain"


@dataclass
class _Failure(Exception):
    """A request that failed; ``kind`` decides what happens next."""

    kind: ErrorKind
    message: str
    status: int | None = None
    body: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message


class _InvalidAnswer(Exception):
    """The model answered, but not with usable JSON. ``kind`` names the problem."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


# --------------------------------------------------------------------------- schema and JSON


def strict_json_schema(model_cls: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema in the form OpenAI's strict structured output accepts.

    Every object lists all its properties as required and forbids others;
    ``default``, ``minLength`` and ``maxLength`` are dropped (pydantic still
    checks them on the answer). A fresh dict on every call: callers may adjust it.
    """
    return json.loads(_strict_schema_text(model_cls))  # type: ignore[no-any-return]


@functools.cache
def _strict_schema_text(model_cls: type[BaseModel]) -> str:
    """:func:`strict_json_schema` as JSON text, made once per class (pydantic takes ~2 ms to
    generate a schema; every article's digest call sends one)."""

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            out = {
                k: fix(v) for k, v in node.items() if k not in {"default", "minLength", "maxLength"}
            }
            if out.get("type") == "object" and isinstance(out.get("properties"), dict):
                out["required"] = list(out["properties"])
                out["additionalProperties"] = False
            return out
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    return json.dumps(fix(model_cls.model_json_schema()), ensure_ascii=False)


_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*\s*\n(.*?)\n?\s*```\s*$", re.DOTALL)


def parse_json_answer(content: str) -> Any:
    """Decode a model's JSON answer, accepting a ```json fence or prose around one object.

    Raises ``json.JSONDecodeError`` (whose message is shown to the model).
    """
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    try:
        return load_json(text)
    except json.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        if 0 <= start < end and (start, end) != (0, len(text) - 1):
            try:
                return load_json(text[start : end + 1])
            except json.JSONDecodeError:
                pass
        raise


def _validation_summary(exc: ValidationError, limit: int = 3) -> str:
    """A one-line summary of a pydantic error: "overview.lead: Field required; ..."."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"]) or "(root)"
        parts.append(f"{where}: {err['msg']}")
    more = exc.error_count() - limit
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")


# --------------------------------------------------------------------------- error reading

_CONTEXT_PATTERNS = re.compile(
    r"exceed_context_size|exceeds? the available context size|context_length_exceeded"
    r"|maximum context length|exceeds? (?:the )?(?:maximum )?context length"
    r"|input length exceeds|prompt is too long|too many tokens in (?:the )?prompt"
    r"|context window|n_ctx",
    re.IGNORECASE,
)
_MAX_TOKENS_TOO_LARGE = re.compile(
    r"'?max_(?:completion_)?tokens'?(?: or '?max_completion_tokens'?)? is too large", re.IGNORECASE
)
_FORMAT_PATTERNS = re.compile(
    r"response_format|response format|json_schema|json schema|json_object|\bschema\b|grammar",
    re.IGNORECASE,
)
_NUMBER_AFTER = {
    "n_ctx": re.compile(
        r"(?:maximum context length is|context size \(|context length (?:of|is)) ?(\d+)",
        re.IGNORECASE,
    ),
    "n_prompt": re.compile(
        r"(?:request \(|request has |messages resulted in |\()(\d+) (?:input tokens|tokens|in the messages)",
        re.IGNORECASE,
    ),
}


def _error_parts(body: Any) -> tuple[str, str]:
    """(message, type-and-code) from an error body in any of the servers' shapes."""
    if not isinstance(body, dict):
        return "", ""
    error = body.get("error")
    if isinstance(error, dict):
        message = error.get("message") or error.get("msg") or ""
        tags = " ".join(str(error.get(k) or "") for k in ("type", "code"))
    elif isinstance(error, str):  # Ollama's native API: {"error": "..."}
        message, tags = error, ""
    else:
        detail = body.get("detail")  # FastAPI-style servers (llama-cpp-python validation)
        message = body.get("message") or (json.dumps(detail) if detail else "")
        tags = str(body.get("type") or "")
    return str(message), tags


def classify_error(status: int | None, body: Any) -> tuple[ErrorKind, str]:
    """What a failed request means, from its status *and* its message: (kind, message)."""
    message, tags = _error_parts(body)
    text = f"{message} {tags}"
    if _MAX_TOKENS_TOO_LARGE.search(text):
        return "max_tokens", message
    if _CONTEXT_PATTERNS.search(text):
        return "context", message
    if status in (401, 403):
        return "auth", message
    if status in (400, 422, 500, 501) and _FORMAT_PATTERNS.search(text):
        return "format", message
    if status is not None and status in _RETRYABLE_STATUS:
        return "transient", message
    return "fatal", message


def _numbers(body: Any, message: str) -> tuple[int | None, int | None]:
    """(context size, prompt tokens) when the server says them."""
    n_ctx = n_prompt = None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):  # llama.cpp puts them in the error object
        if isinstance(error.get("n_ctx"), int):
            n_ctx = int(error["n_ctx"])
        if isinstance(error.get("n_prompt_tokens"), int):
            n_prompt = int(error["n_prompt_tokens"])
    if n_ctx is None and (m := _NUMBER_AFTER["n_ctx"].search(message)):
        n_ctx = int(m.group(1))
    if n_prompt is None and (m := _NUMBER_AFTER["n_prompt"].search(message)):
        n_prompt = int(m.group(1))
    return n_ctx, n_prompt


# --------------------------------------------------------------------------- client


class ModelClient:
    """Chat completions with probing, bounded output, split timeouts and retries."""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeouts: Timeouts | None = None,
        max_retries: int = 2,
        retry_base_delay: float = 2.0,
        temperature: float = 0.2,
    ) -> None:
        scheme = urlsplit(base_url).scheme
        if scheme not in {"http", "https"}:
            raise ConfigError(
                _("base URL must be http(s), not {value!r}").format(value=scheme or "a bare path"),
                source=base_url,
            )
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeouts = timeouts or Timeouts()
        self.max_retries = max_retries
        self.retry_base_delay = retry_base_delay
        self.temperature = temperature
        self._key = api_key
        # Local servers need no key, but some clients' servers insist on the header.
        headers = {"Authorization": f"Bearer {api_key or 'no-key'}"}
        t = self.timeouts
        # The guarded transport holds every request to the total deadline (headers
        # included) and caps the decoded answer; stacked encodings are refused.
        # (a little after the client's own total, which reports a slow answer precisely)
        backstop = t.total + min(1.0, t.total / 4)
        self._http = guarded_client(timeout=backstop, max_bytes=MAX_ANSWER_BYTES, headers=headers)

    @property
    def api_key(self) -> str | None:
        return self._key

    def __repr__(self) -> str:  # never show the key
        return f"ModelClient(base_url={self.base_url!r}, model={self.model!r})"

    def close(self) -> None:
        self._http.close()

    # ----------------------------------------------------------------- modes

    @property
    def mode(self) -> OutputMode:
        """The structured-output mode this server is known to take (json_schema until told)."""
        with _MODE_LOCK:
            return _MODE_CACHE.get((self.base_url, self.model), "json_schema")

    def _downgrade(self, tried: OutputMode, reason: str) -> None:
        with _MODE_LOCK:
            key = (self.base_url, self.model)
            current = _MODE_CACHE.get(key, "json_schema")
            if MODES.index(current) <= MODES.index(tried) < len(MODES) - 1:
                _MODE_CACHE[key] = MODES[MODES.index(tried) + 1]
                log.info(
                    "%s rejected %s output (%s); using %s",
                    self.base_url,
                    tried,
                    reason,
                    _MODE_CACHE[key],
                )

    @staticmethod
    def _response_format(
        mode: OutputMode, schema: dict[str, Any], name: str
    ) -> dict[str, Any] | None:
        if mode == "json_schema":
            return {
                "type": "json_schema",
                "json_schema": {
                    "name": re.sub(r"[^A-Za-z0-9_-]", "_", name)[:64],
                    "schema": schema,
                    "strict": True,
                },
            }
        if mode == "json_object_schema":
            return {"type": "json_object", "schema": schema}
        if mode == "json_object":
            return {"type": "json_object"}
        return None

    # ----------------------------------------------------------------- JSON answers

    def complete_json(
        self,
        messages: Sequence[Message],
        model_cls: type[M],
        *,
        max_tokens: int,
        schema: dict[str, Any] | None = None,
        shorter: Sequence[Message] | None = None,
        say: Say | None = None,
    ) -> tuple[M, Usage]:
        """Ask for JSON matching ``model_cls`` (and ``schema``, default its strict schema).

        An invalid answer goes back to the model with the error, at most
        ``max_retries`` times. A ``length`` finish is retried from
        ``shorter`` (default: ``messages``) plus a note asking for a shorter
        answer; the cut-off text itself is never sent back.
        """
        say = say or _quiet
        schema = schema if schema is not None else strict_json_schema(model_cls)
        base = [dict(m) for m in messages]
        conversation = [dict(m) for m in base]
        usage = Usage()
        failures = 0
        while True:
            try:
                answer = self.complete(
                    conversation,
                    max_tokens=max_tokens,
                    schema=schema,
                    schema_name=model_cls.__name__,
                    usage=usage,
                    say=say,
                )
            except ModelContextError as exc:
                exc.spent = (usage.prompt_tokens, usage.completion_tokens)
                raise
            if (
                answer.finish_reason == "length"
                and 0 < answer.completion_tokens < max_tokens
                and answer.prompt_tokens
            ):
                # Cut before max_tokens: the context filled up (llama.cpp stops there).
                # Not the model's fault, and no shorter answer fits: the input must shrink.
                full = ModelContextError(
                    _(
                        "the answer was cut off after {completion_tokens} tokens, below max_tokens {max_tokens}: the context is full"
                    ).format(completion_tokens=answer.completion_tokens, max_tokens=max_tokens),
                    n_ctx=answer.prompt_tokens + answer.completion_tokens,
                    prompt_tokens=answer.prompt_tokens,
                    source=self.base_url,
                )
                full.spent = (usage.prompt_tokens, usage.completion_tokens)
                raise full
            try:
                if answer.finish_reason == "length":
                    raise _InvalidAnswer(
                        _("an answer cut off at max_tokens"),
                        f"finish_reason=length after {answer.completion_tokens or max_tokens} tokens",
                    )
                return self._parse(answer.content, model_cls), usage
            except _InvalidAnswer as bad:
                failures += 1
                if failures > self.max_retries:
                    times = (
                        _("once") if failures == 1 else _("{count} times").format(count=failures)
                    )
                    raise EngineError(
                        _(
                            "model returned {kind} {times}: {detail} [{prompt_tokens}+{completion_tokens} tokens, {seconds:.1f} s]"
                        ).format(
                            kind=bad.kind,
                            times=times,
                            detail=bad.detail,
                            prompt_tokens=usage.prompt_tokens,
                            completion_tokens=usage.completion_tokens,
                            seconds=usage.seconds,
                        )
                    ) from None
                usage.retries += 1
                say(
                    _("retrying: model returned {kind} ({failures}/{retries})").format(
                        kind=bad.kind, failures=failures, retries=self.max_retries
                    )
                )
                if answer.finish_reason == "length":
                    conversation = [dict(m) for m in (shorter or base)]
                    conversation.append(
                        {
                            "role": "user",
                            "content": (
                                f"Your previous answer was cut off at the limit of {max_tokens} "
                                "tokens (finish_reason=length). Answer again, complete and much "
                                "shorter: the fewest items the schema allows, one short sentence "
                                "each. Only the JSON object."
                            ),
                        }
                    )
                else:
                    # A short bad answer goes back for the model to correct; a long one
                    # would only grow every retry towards the context's end.
                    conversation = [dict(m) for m in base]
                    if len(answer.content) <= MAX_ECHO_CHARS:
                        conversation.append({"role": "assistant", "content": answer.content})
                    conversation.append(
                        {
                            "role": "user",
                            "content": (
                                f"Your answer was not usable: {bad.kind}: {bad.detail}. Answer "
                                "again with only the corrected JSON object, matching the schema."
                            ),
                        }
                    )

    def complete_text(
        self, messages: Sequence[Message], *, max_tokens: int, say: Say | None = None
    ) -> tuple[str, Usage]:
        """A plain-text answer (no response format), with the same transport retries."""
        usage = Usage()
        answer = self.complete(
            [dict(m) for m in messages], max_tokens=max_tokens, usage=usage, say=say or _quiet
        )
        spent = f"[{usage.prompt_tokens}+{usage.completion_tokens} tokens, {usage.seconds:.1f} s]"
        if answer.finish_reason == "length":
            raise EngineError(
                _(
                    "model answer was cut off at max_tokens {max_tokens} (finish_reason=length) {spent}"
                ).format(max_tokens=max_tokens, spent=spent)
            )
        if not answer.content.strip():
            raise EngineError(_("model returned an empty answer {spent}").format(spent=spent))
        return answer.content, usage

    @staticmethod
    def _parse(content: str, model_cls: type[M]) -> M:
        try:
            data = parse_json_answer(content)
        except ValueError as exc:  # not JSON, nested too deeply, a number too long
            raise _InvalidAnswer(_("invalid JSON"), str(exc)) from None
        try:
            return model_cls.model_validate(data)
        except ValidationError as exc:
            raise _InvalidAnswer(
                _("JSON that does not match the schema"), _validation_summary(exc)
            ) from None

    # ----------------------------------------------------------------- one answer

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int,
        schema: dict[str, Any] | None = None,
        schema_name: str = "answer",
        usage: Usage | None = None,
        say: Say = _quiet,
    ) -> Answer:
        """One answer, with output-mode probing and transport retries; usage added to ``usage``."""
        usage = usage if usage is not None else Usage()
        transient = 0
        budget = max(1, max_tokens)
        trial: OutputMode | None = None  # a mode tried once after unexplained 5xx answers
        while True:
            mode: OutputMode = self.mode if schema is not None else "plain"
            if trial is not None:
                mode = trial
            body = self._request_body(messages, budget, schema, schema_name, mode)
            started = time.monotonic()
            try:
                answer = self._send(body, usage)
            except _Failure as failure:
                seconds = time.monotonic() - started
                usage.seconds += seconds
                self._report(say, N_("failed"), failure.message, seconds=seconds)
                if failure.kind == "format" and schema is not None and mode != "plain":
                    self._downgrade(mode, one_line(failure.message, 120))
                    trial = None
                    continue
                if failure.kind == "max_tokens":
                    n_ctx, n_prompt = _numbers(failure.body, failure.message)
                    room = (n_ctx - n_prompt - 16) if n_ctx and n_prompt else 0
                    if MIN_OUTPUT_TOKENS <= room < budget:
                        budget = room
                        continue
                    failure = _Failure("context", failure.message, failure.status, failure.body)
                if failure.kind == "context":
                    n_ctx, n_prompt = _numbers(failure.body, failure.message)
                    raise ModelContextError(
                        _("the request does not fit the model's context: {message}").format(
                            message=one_line(failure.message)
                        ),
                        n_ctx=n_ctx,
                        prompt_tokens=n_prompt,
                        source=self.base_url,
                    ) from None
                if failure.kind == "auth":
                    raise EngineError(
                        _("server rejected the API key"), source=self.base_url
                    ) from None
                if failure.kind == "fatal":
                    raise EngineError(failure.message, source=self.base_url) from None
                transient += 1
                if (
                    transient > self.max_retries
                    and trial is None
                    and mode != "plain"
                    and schema is not None
                    and (failure.status or 0) >= 500
                ):
                    # The same 5xx every time, with a message that names nothing: one try
                    # with the next output mode. Only its success teaches the cache.
                    trial = MODES[MODES.index(mode) + 1]
                    say(
                        _("retrying once with {mode} output: {message}").format(
                            mode=trial, message=failure.message
                        )
                    )
                    continue
                if transient > self.max_retries:
                    attempts = (
                        _("1 attempt") if transient == 1 else _("{n} attempts").format(n=transient)
                    )
                    if failure.status == 0:  # no connection at all
                        raise ModelUnreachableError(
                            f"{failure.message} ({attempts})", source=self.base_url
                        ) from None
                    raise EngineError(
                        f"{failure.message} ({attempts})", source=self.base_url
                    ) from None
                usage.retries += 1
                delay = self.retry_base_delay * 2 ** (transient - 1)
                say(
                    _("retrying: {message} ({failures}/{retries})").format(
                        message=failure.message, failures=transient, retries=self.max_retries
                    )
                )
                time.sleep(delay)  # measured from this failure, not from any earlier start
                continue
            usage.seconds += answer.seconds
            answer.mode = mode
            if trial is not None:
                self._downgrade(MODES[MODES.index(trial) - 1], "unexplained 5xx answers")
            self._report(
                say,
                "ok",
                f"finish {answer.finish_reason}",
                seconds=answer.seconds,
                tokens=(answer.prompt_tokens, answer.completion_tokens),
            )
            return answer

    def _report(
        self,
        say: Say,
        status: str,
        detail: str,
        *,
        seconds: float,
        tokens: tuple[int, int] | None = None,
    ) -> None:
        used = (
            _(", {prompt}+{completion} tokens").format(prompt=tokens[0], completion=tokens[1])
            if tokens
            else ""
        )
        line = _("attempt {status}: {detail}{tokens}, {seconds:.1f} s").format(
            status=_(status) if status == "failed" else status,
            detail=one_line(detail, 160),
            tokens=used,
            seconds=seconds,
        )
        if status == "ok":
            line = _("attempt: {detail}{tokens}, {seconds:.1f} s").format(
                detail=one_line(detail, 160), tokens=used, seconds=seconds
            )
        log.info("%s %s", self.model, line)
        say(line)

    def _request_body(
        self,
        messages: Sequence[Message],
        max_tokens: int,
        schema: dict[str, Any] | None,
        schema_name: str,
        mode: OutputMode,
    ) -> dict[str, Any]:
        conversation = [dict(m) for m in messages]
        if schema is not None and mode in ("json_object", "plain"):
            # The server does not enforce the schema: the model has to read it.
            note = (
                "\n\nAnswer with one JSON object only, matching this JSON schema:\n"
                + json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
            )
            for message in reversed(conversation):
                if message.get("role") == "user":
                    message["content"] = message.get("content", "") + note
                    break
        body: dict[str, Any] = {
            "model": self.model,
            "messages": conversation,
            "temperature": self.temperature,
            "max_tokens": max_tokens,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        fmt = self._response_format(mode, schema, schema_name) if schema is not None else None
        if fmt is not None:
            body["response_format"] = fmt
        return body

    # ----------------------------------------------------------------- transport

    def _send(self, body: dict[str, Any], usage: Usage) -> Answer:
        """POST one request and read its (streamed or whole) answer; ``_Failure`` on any error."""
        t = self.timeouts
        started = time.monotonic()
        deadline = started + t.total
        timeout = httpx.Timeout(
            connect=t.connect, read=min(t.first_token, t.total), write=60.0, pool=t.total
        )
        phase = ["first token"]  # the stream reader moves it on at the first chunk
        try:
            with self._http.stream(
                "POST", f"{self.base_url}/chat/completions", json=body, timeout=timeout
            ) as response:
                if response.status_code >= 400:
                    raw = response.read()[:65536]
                    try:
                        error_body: Any = load_json(raw.decode("utf-8", "replace"))
                    except ValueError:
                        error_body = {"message": raw.decode("utf-8", "replace")}
                    kind, message = classify_error(response.status_code, error_body)
                    text = self._masked(message or response.reason_phrase or "no message")
                    if kind == "transient":
                        text = f"server error {response.status_code}: {text}"
                    elif kind == "fatal" and response.status_code == 400:
                        text = f"server rejected the request (400): {text}"
                    elif kind == "fatal":
                        text = f"server answered {response.status_code}: {text}"
                    raise _Failure(kind, text, response.status_code, error_body)
                usage.calls += 1
                if "text/event-stream" in response.headers.get("content-type", ""):
                    return self._read_stream(response, started, deadline, usage, phase)
                phase[0] = "answer"
                raw_answer = response.read()
                try:  # an HTML page, {"choices": 5}, deep nesting, a 50,000-digit number …
                    data = read_completion(
                        raw_answer, response.headers.get("content-type"), source=self.base_url
                    )
                except EngineError as exc:
                    raise _Failure("fatal", exc.message) from None
                return self._read_whole(data, started, usage)
        except httpx.ConnectTimeout:
            raise _Failure(
                "transient", _("no connection within {connect:g} s").format(connect=t.connect), 0
            ) from None
        except httpx.ConnectError:
            raise _Failure("transient", _("cannot connect to the model server"), 0) from None
        except ResponseTooLarge as exc:
            raise _Failure("fatal", _("invalid response: {what}").format(what=exc)) from None
        except httpx.DecodingError as exc:  # a stacked or unknown encoding, a corrupt body
            raise _Failure(
                "fatal", _("invalid response: {what}").format(what=one_line(str(exc), 120))
            ) from None
        except httpx.ReadTimeout:
            if phase[0] != "first token" and time.monotonic() >= deadline + 0.1:
                # the transport's backstop deadline fired while the answer was streaming
                raise _Failure(
                    "fatal",
                    _("no complete answer within {total:g} s (raise --timeout)").format(
                        total=t.total
                    ),
                ) from None
            if phase[0] == "first token":
                raise _Failure(
                    "fatal",
                    _(
                        "no first token within {first_token:g} s (prompt evaluation or queueing; raise --timeout for a slow server)"
                    ).format(first_token=min(t.first_token, t.total)),
                ) from None
            raise _Failure(
                "transient", _("the answer stalled for {idle:g} s").format(idle=t.idle)
            ) from None
        except _Deadline:
            raise _Failure(
                "fatal",
                _("no complete answer within {total:g} s (raise --timeout)").format(total=t.total),
            ) from None
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise _Failure(
                "transient", _("connection lost: {exc}").format(exc=one_line(str(exc), 100))
            ) from None
        except ValueError:
            raise _Failure("transient", _("server sent an answer that is not JSON")) from None

    def _read_whole(self, data: Any, started: float, usage: Usage) -> Answer:
        """A non-streamed ``chat.completion`` body."""
        if not isinstance(data, dict):
            raise _Failure("transient", _("server sent an answer that is not a JSON object"))
        if "error" in data:
            kind, message = classify_error(500, data)
            raise _Failure(kind, self._masked(message), 500, data)
        prompt, completion = self._usage_of(data, usage)
        choices = data.get("choices") or []
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise _Failure("fatal", _("invalid response: no choices"))
        choice = choices[0]
        said = choice.get("message") or {}
        if not isinstance(said, dict):
            raise _Failure("fatal", _("invalid response: the message is not an object"))
        self._refused(said.get("refusal"), choice.get("finish_reason"))
        content = str(said.get("content") or "")[:MAX_ANSWER_CHARS]
        return Answer(
            content, choice.get("finish_reason"), prompt, completion, time.monotonic() - started
        )

    def _read_stream(
        self,
        response: httpx.Response,
        started: float,
        deadline: float,
        usage: Usage,
        phase: list[str],
    ) -> Answer:
        """Server-sent chunks: content deltas, the finish reason, usage at the end."""
        parts: list[str] = []
        size = 0
        finish: str | None = None
        refusal: list[str] = []
        prompt = completion = 0
        first = True
        for line in response.iter_lines():
            now = time.monotonic()
            if now > deadline:
                raise _Deadline
            if first:
                first = False
                phase[0] = "streaming"
                # After the first chunk, a silence longer than `idle` means a stuck server.
                self._set_read_timeout(response, min(self.timeouts.idle, deadline - now))
            else:
                self._set_read_timeout(response, max(0.1, min(self.timeouts.idle, deadline - now)))
            if not line.startswith("data:"):
                continue
            payload = line[5:].strip()
            if payload == "[DONE]":
                break
            chunk = load_json(payload)
            if not isinstance(chunk, dict):
                continue
            if not isinstance(chunk.get("choices") or [], list):
                raise _Failure("fatal", _("invalid response: choices is not a list"))
            if "error" in chunk:  # llama.cpp reports errors that happen mid-stream this way
                kind, message = classify_error(500, chunk)
                raise _Failure(kind, self._masked(message), 500, chunk)
            if chunk.get("usage"):
                prompt, completion = self._usage_of(chunk, usage)
            for choice in chunk.get("choices") or []:
                if not isinstance(choice, dict):
                    raise _Failure("fatal", _("invalid response: a choice is not an object"))
                delta = choice.get("delta") or {}
                if not isinstance(delta, dict):
                    raise _Failure("fatal", _("invalid response: a delta is not an object"))
                if delta.get("content"):
                    text = str(delta["content"])
                    size += len(text)
                    if size > MAX_ANSWER_CHARS:
                        finish = "length"
                        break
                    parts.append(text)
                if delta.get("refusal"):
                    refusal.append(str(delta["refusal"]))
                if choice.get("finish_reason"):
                    finish = choice["finish_reason"]
            if size > MAX_ANSWER_CHARS:
                break
        self._refused("".join(refusal), finish)
        return Answer("".join(parts), finish, prompt, completion, time.monotonic() - started)

    @staticmethod
    def _set_read_timeout(response: httpx.Response, seconds: float) -> None:
        # httpcore reads the read timeout from the request's extensions before each read.
        timeout = response.request.extensions.get("timeout")
        if isinstance(timeout, dict):
            timeout["read"] = seconds

    @staticmethod
    def _usage_of(data: dict[str, Any], usage: Usage) -> tuple[int, int]:
        used = data.get("usage") or {}
        prompt = int(used.get("prompt_tokens") or 0) if isinstance(used, dict) else 0
        completion = int(used.get("completion_tokens") or 0) if isinstance(used, dict) else 0
        usage.prompt_tokens += prompt
        usage.completion_tokens += completion
        return prompt, completion

    @staticmethod
    def _refused(refusal: object, finish: object) -> None:
        if refusal:
            raise EngineError(_("model refused: {refusal}").format(refusal=one_line(str(refusal))))
        if finish == "content_filter":
            raise EngineError(_("model refused: the server's content filter stopped the answer"))

    def _masked(self, text: str) -> str:
        text = one_line(text)
        key = self._key
        if key and len(key) >= 4:
            text = text.replace(key, "****")
        return text


class _Deadline(Exception):
    """The total time for one answer ran out."""
