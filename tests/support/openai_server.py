"""A small OpenAI-compatible Chat Completions server for tests, on 127.0.0.1.

It answers ``POST /v1/chat/completions`` from a queue of scripted responses and
``GET /v1/models`` with a fixed list, and records every request so a test can
assert what the client sent::

    with OpenAIStubServer() as srv:
        srv.enqueue_completion({"headline": "..."}, prompt_tokens=900)
        srv.enqueue_error(500, "overloaded")
        srv.enqueue_completion("not json", delay=2.0)  # for timeouts
        srv.enqueue_refusal("I can't help with that.")
        engine = OpenAIEngine(base_url=srv.base_url, model="stub-model")
        ...
        body = srv.completion_requests[0].body   # the JSON the client sent

A request that finds the queue empty gets ``418`` with an explanatory error,
which the client does not retry, so a test that under-scripts fails fast.

Use it as a context manager or through the ``openai_stub`` fixture (import it
into a test module, or list this module in ``pytest_plugins``).
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.support.loopback import Hit, LoopbackServer, Reply

__all__ = [
    "OpenAIStubServer",
    "RecordedRequest",
    "ScriptedResponse",
    "completion_body",
    "openai_stub",
]


def completion_body(
    content: str | None,
    *,
    model: str = "stub-model",
    prompt_tokens: int = 100,
    completion_tokens: int = 50,
    finish_reason: str = "stop",
    refusal: str | None = None,
) -> dict[str, Any]:
    """A full ``chat.completion`` object, as an OpenAI-compatible server returns it."""
    return {
        "id": f"chatcmpl-stub-{time.monotonic_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_stub",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def error_body(
    message: str, *, type: str = "server_error", code: str | None = None
) -> dict[str, Any]:
    """An OpenAI-style error object."""
    return {"error": {"message": message, "type": type, "param": None, "code": code}}


@dataclass
class ScriptedResponse:
    """One answer to one completion request."""

    status: int = 200
    json_body: Any = None
    text_body: str | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    chunk_delay: float = 0.0  # between streamed chunks (a stalling server)


@dataclass
class RecordedRequest:
    """What the client sent: method, path, headers (lower-cased names) and decoded JSON body."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    raw: bytes

    @classmethod
    def of(cls, hit: Hit) -> RecordedRequest:
        try:
            body: Any = json.loads(hit.body) if hit.body else None
        except ValueError:
            body = None
        return cls(hit.method, hit.path, hit.headers, body, hit.body)

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages of a completion request."""
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []

    @property
    def prompt_text(self) -> str:
        """All message contents joined, for "does the prompt contain X" assertions."""
        return "\n".join(str(m.get("content", "")) for m in self.messages)


class OpenAIStubServer(LoopbackServer):
    """Scripted OpenAI-compatible server on 127.0.0.1 with an ephemeral port."""

    def __init__(self, *, models: tuple[str, ...] = ("stub-model",)) -> None:
        super().__init__(name="openai-stub")
        self.models = models
        self.model_entries: dict[str, dict[str, Any]] = {}  # extra fields per listed model
        self._json_routes: dict[tuple[str, str], tuple[int, Any]] = {}
        self._queue: deque[ScriptedResponse] = deque()

    @property
    def base_url(self) -> str:
        """The URL to give a client as its base URL (ends in /v1)."""
        return f"{self.base}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request, in order, with its JSON body decoded."""
        with self.lock:
            return [RecordedRequest.of(hit) for hit in self.hits]

    # ------------------------------------------------------------ scripting

    def enqueue(
        self,
        *,
        json_body: Any = None,
        status: int = 200,
        text_body: str | None = None,
        delay: float = 0.0,
        headers: dict[str, str] | None = None,
        chunk_delay: float = 0.0,
    ) -> None:
        """Queue a raw answer: a JSON body (or text body) with a status, after ``delay`` seconds.

        A completion asked for with ``stream: true`` is sent as server-sent
        chunks, ``chunk_delay`` seconds apart.
        """
        with self.lock:
            self._queue.append(
                ScriptedResponse(
                    status, json_body, text_body, delay, dict(headers or {}), chunk_delay
                )
            )

    def enqueue_completion(
        self,
        content: str | dict[str, Any] | list[Any],
        *,
        prompt_tokens: int = 100,
        completion_tokens: int = 50,
        finish_reason: str = "stop",
        delay: float = 0.0,
        chunk_delay: float = 0.0,
    ) -> None:
        """Queue a successful completion; a dict or list ``content`` is sent as its JSON text."""
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        self.enqueue(
            json_body=completion_body(
                text,
                model=self.models[0],
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                finish_reason=finish_reason,
            ),
            delay=delay,
            chunk_delay=chunk_delay,
        )

    def enqueue_refusal(self, refusal: str = "I'm sorry, I can't help with that.") -> None:
        """Queue a completion whose message carries a refusal instead of content."""
        self.enqueue(json_body=completion_body(None, model=self.models[0], refusal=refusal))

    def enqueue_error(
        self,
        status: int,
        message: str = "scripted error",
        *,
        type: str = "server_error",
        code: str | None = None,
        delay: float = 0.0,
    ) -> None:
        """Queue an HTTP error with an OpenAI-style error body."""
        self.enqueue(
            json_body=error_body(message, type=type, code=code), status=status, delay=delay
        )

    def route(self, method: str, path: str, json_body: Any, status: int = 200) -> None:
        """Answer ``method path`` (exact) with this JSON, e.g. Ollama's ``GET /api/version``."""
        self._json_routes[(method.upper(), path)] = (status, json_body)

    @property
    def root(self) -> str:
        """The server root (the base URL without /v1)."""
        return self.base

    @property
    def pending(self) -> int:
        """Scripted responses not yet served."""
        with self.lock:
            return len(self._queue)

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        """The recorded ``POST .../chat/completions`` requests, in order."""
        return [
            r for r in self.requests if r.method == "POST" and r.path.endswith("/chat/completions")
        ]

    # ------------------------------------------------------------ serving

    def respond(self, hit: Hit) -> Reply:
        route = self._json_routes.get((hit.method, hit.path))
        if route is not None:
            return _json(*route)
        if hit.method == "GET" and hit.path.rstrip("/").endswith("/models"):
            data = [
                {"id": m, "object": "model", "created": 0, "owned_by": "stub"}
                | self.model_entries.get(m, {})
                for m in self.models
            ]
            return _json(200, {"object": "list", "data": data})
        if hit.method != "POST" or not hit.path.rstrip("/").endswith("/chat/completions"):
            return _json(404, error_body(f"no route {hit.path}", type="not_found"))
        with self.lock:
            scripted = self._queue.popleft() if self._queue else None
        if scripted is None:
            return _json(
                418, error_body("openai stub: no scripted response left", type="stub_error")
            )
        body = RecordedRequest.of(hit).body
        streamed = isinstance(body, dict) and body.get("stream") is True
        if streamed and scripted.status == 200 and _is_completion(scripted.json_body):
            return _stream(scripted)
        if scripted.text_body is not None:
            return Reply(
                scripted.text_body.encode("utf-8"),
                scripted.status,
                "text/plain; charset=utf-8",
                scripted.headers,
                delay=scripted.delay,
            )
        return _json(scripted.status, scripted.json_body, scripted.headers, scripted.delay)


def _json(
    status: int, data: Any, headers: dict[str, str] | None = None, delay: float = 0.0
) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Reply(body, status, "application/json", dict(headers or {}), delay=delay)


def _stream(scripted: ScriptedResponse) -> Reply:
    """The completion as server-sent chunks, the way llama.cpp and vLLM send them."""
    events = [
        f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode()
        for chunk in _chunks(scripted.json_body)
    ]
    events[-1] += b"data: [DONE]\n\n"
    return Reply(
        content_type="text/event-stream",
        delay=scripted.delay,
        chunks=events,
        chunk_delay=scripted.chunk_delay,
    )


def _is_completion(body: Any) -> bool:
    return isinstance(body, dict) and body.get("object") == "chat.completion"


def _chunks(body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A ``chat.completion`` body cut into ``chat.completion.chunk`` objects, usage last."""
    choice = body["choices"][0]
    message = choice["message"]
    base = {k: body[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return base | {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    yield chunk({"role": "assistant", "content": None})
    if message.get("refusal"):
        yield chunk({"refusal": message["refusal"]})
    content = message.get("content") or ""
    step = max(1, len(content) // 4 + 1)
    for start in range(0, len(content), step):
        yield chunk({"content": content[start : start + step]})
    yield chunk({}, choice["finish_reason"])
    yield base | {"choices": [], "usage": body["usage"]}


@pytest.fixture
def openai_stub() -> Iterator[OpenAIStubServer]:
    """A started :class:`OpenAIStubServer`, stopped after the test."""
    with OpenAIStubServer() as server:
        yield server
