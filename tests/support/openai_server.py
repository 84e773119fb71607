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
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

import pytest

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

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages of a completion request."""
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []

    @property
    def prompt_text(self) -> str:
        """All message contents joined, for "does the prompt contain X" assertions."""
        return "\n".join(str(m.get("content", "")) for m in self.messages)


class OpenAIStubServer:
    """Scripted OpenAI-compatible server on 127.0.0.1 with an ephemeral port."""

    def __init__(self, *, models: tuple[str, ...] = ("stub-model",)) -> None:
        self.models = models
        self.model_entries: dict[str, dict[str, Any]] = {}  # extra fields per listed model
        self.routes: dict[tuple[str, str], tuple[int, Any]] = {}
        self.requests: list[RecordedRequest] = []
        self._queue: deque[ScriptedResponse] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        handler = _make_handler(self)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        server.block_on_close = False
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="openai-stub",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping on a scripted delay
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The URL to give a client as its base URL (ends in /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

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
        with self._lock:
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
        self.routes[(method.upper(), path)] = (status, json_body)

    @property
    def root(self) -> str:
        """The server root (the base URL without /v1)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pending(self) -> int:
        """Scripted responses not yet served."""
        with self._lock:
            return len(self._queue)

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        """The recorded ``POST .../chat/completions`` requests, in order."""
        with self._lock:
            return [
                r
                for r in self.requests
                if r.method == "POST" and r.path.endswith("/chat/completions")
            ]

    # ------------------------------------------------------------ serving (handler side)

    def _record(self, request: RecordedRequest, *, answer: bool = True) -> ScriptedResponse | None:
        """Keep the request; pop the next scripted answer for it when ``answer``."""
        with self._lock:
            self.requests.append(request)
            return self._queue.popleft() if answer and self._queue else None


def _make_handler(stub: OpenAIStubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on loopback

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            return

        def _send(
            self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
        ) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (extra or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to do

        def _json(self, status: int, data: Any, extra: dict[str, str] | None = None) -> None:
            self._send(
                status,
                json.dumps(data, ensure_ascii=False).encode("utf-8"),
                "application/json",
                extra,
            )

        def do_GET(self) -> None:
            stub._record(RecordedRequest("GET", self.path, _headers(self), None, b""), answer=False)
            if ("GET", self.path) in stub.routes:
                status, data = stub.routes[("GET", self.path)]
                self._json(status, data)
            elif self.path.rstrip("/").endswith("/models"):
                data = [
                    {"id": m, "object": "model", "created": 0, "owned_by": "stub"}
                    | stub.model_entries.get(m, {})
                    for m in stub.models
                ]
                self._json(200, {"object": "list", "data": data})
            else:
                self._json(404, error_body(f"no route {self.path}", type="not_found"))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body: Any = json.loads(raw) if raw else None
            except ValueError:
                body = None
            if not self.path.rstrip("/").endswith("/chat/completions"):
                stub._record(
                    RecordedRequest("POST", self.path, _headers(self), body, raw), answer=False
                )
                if ("POST", self.path) in stub.routes:
                    status, data = stub.routes[("POST", self.path)]
                    self._json(status, data)
                    return
                self._json(404, error_body(f"no route {self.path}", type="not_found"))
                return
            scripted = stub._record(RecordedRequest("POST", self.path, _headers(self), body, raw))
            if scripted is None:
                self._json(
                    418, error_body("openai stub: no scripted response left", type="stub_error")
                )
                return
            if scripted.delay and stub._stopping.wait(scripted.delay):
                return
            streamed = isinstance(body, dict) and body.get("stream") is True
            if streamed and scripted.status == 200 and _is_completion(scripted.json_body):
                self._stream(scripted)
                return
            if scripted.text_body is not None:
                payload = scripted.text_body.encode("utf-8")
                self._send(scripted.status, payload, "text/plain; charset=utf-8", scripted.headers)
            else:
                self._json(scripted.status, scripted.json_body, scripted.headers)

        def _stream(self, scripted: ScriptedResponse) -> None:
            """The completion as server-sent chunks, the way llama.cpp and vLLM send them."""
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for index, chunk in enumerate(_chunks(scripted.json_body)):
                    if index and scripted.chunk_delay and stub._stopping.wait(scripted.chunk_delay):
                        return
                    data = f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode()
                    self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                    self.wfile.flush()
                done = b"data: [DONE]\n\n"
                self.wfile.write(f"{len(done):x}\r\n".encode() + done + b"\r\n0\r\n\r\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


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


def _headers(handler: BaseHTTPRequestHandler) -> dict[str, str]:
    return {name.lower(): value for name, value in handler.headers.items()}


@pytest.fixture
def openai_stub() -> Iterator[OpenAIStubServer]:
    """A started :class:`OpenAIStubServer`, stopped after the test."""
    with OpenAIStubServer() as server:
        yield server
