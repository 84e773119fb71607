"""The model client against loopback servers that answer the way the real servers do.

Status codes and messages are the servers' own: llama.cpp's server (old builds
that reject json_schema, ``exceed_context_size_error``), llama-cpp-python
(HTTP 500 for json_schema), vLLM (context and max_tokens 400s), OpenAI
(``context_length_exceeded``) and Ollama ("input length exceeds the context
length"). The real llama.cpp server is in test_real_llama.py; these cover the
answers it will not give on demand.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest
from pydantic import BaseModel

from tests.support.openai_server import OpenAIStubServer
from yoten.engines.model_client import ModelClient, Timeouts, classify_error, strict_json_schema
from yoten.engines.openai_compat import DigestDraft, OpenAIEngine
from yoten.errors import EngineError, ModelContextError
from yoten.models import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "openai"


class City(BaseModel):
    city: Literal["Paris", "Rome", "Tokyo"]
    population_millions: float


CITY = {"city": "Rome", "population_millions": 2.8}
ASK = [{"role": "user", "content": "Which city is the capital of Italy?"}]


@pytest.fixture
def srv() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer() as server:
        yield server


def client_for(srv: OpenAIStubServer, model: str = "stub-model", **options: Any) -> ModelClient:
    options.setdefault("retry_base_delay", 0.01)
    return ModelClient(base_url=srv.base_url, model=model, **options)


def formats(srv: OpenAIStubServer) -> list[Any]:
    return [r.body.get("response_format") for r in srv.completion_requests]


# ----------------------------------------------------------------- output modes

LLAMA_CPP_OLD = (
    500,
    'response_format type must be one of "text" or "json_object", but got: json_schema',
)
LLAMA_CPP_PYTHON = (
    500,
    "1 validation error for ResponseFormat type: Input should be 'text' or 'json_object' "
    "[type=literal_error, input_value='json_schema', input_type=str]",
)


@pytest.mark.parametrize(("status", "message"), [LLAMA_CPP_OLD, LLAMA_CPP_PYTHON])
def test_a_500_that_names_the_response_format_moves_to_json_object_with_schema(
    srv: OpenAIStubServer, status: int, message: str
) -> None:
    srv.enqueue_error(status, message, type="server_error")
    srv.enqueue_completion(CITY)
    city, usage = client_for(srv).complete_json(ASK, City, max_tokens=64)
    assert city.city == "Rome"
    first, second = formats(srv)
    assert first["type"] == "json_schema"
    # llama.cpp and llama-cpp-python take the schema inside json_object and enforce it.
    assert second["type"] == "json_object"
    assert second["schema"]["required"] == ["city", "population_millions"]
    assert "JSON schema" not in srv.completion_requests[1].prompt_text  # enforced: not pasted
    assert usage.calls == 1


def test_a_bare_500_is_transient_not_a_format_verdict(srv: OpenAIStubServer) -> None:
    srv.enqueue_error(500, "Internal Server Error")
    srv.enqueue_completion(CITY)
    client = client_for(srv)
    client.complete_json(ASK, City, max_tokens=64)
    assert [f["type"] for f in formats(srv)] == ["json_schema", "json_schema"]
    assert client.mode == "json_schema"


def test_modes_step_down_to_plain_json_with_the_schema_in_the_prompt(
    srv: OpenAIStubServer,
) -> None:
    srv.enqueue_error(400, "response_format type 'json_schema' is not supported")
    srv.enqueue_error(400, "unknown field 'schema' in response_format")
    srv.enqueue_error(400, "response_format json_object is not supported by this model")
    srv.enqueue_completion(json.dumps(CITY))
    city, _usage = client_for(srv).complete_json(ASK, City, max_tokens=64)
    assert city.population_millions == 2.8
    kinds = [(f or {}).get("type") for f in formats(srv)]
    assert kinds == ["json_schema", "json_object", "json_object", None]
    assert "schema" in formats(srv)[1] and "schema" not in formats(srv)[2]
    # Not enforced any more: the model reads the schema in the prompt.
    last = srv.completion_requests[-1].prompt_text
    assert "matching this JSON schema" in last and '"population_millions"' in last


@pytest.mark.slow
def test_the_learned_mode_is_kept_per_server_and_model(srv: OpenAIStubServer) -> None:
    srv.enqueue_error(*LLAMA_CPP_OLD)
    srv.enqueue_completion(CITY)
    client_for(srv).complete_json(ASK, City, max_tokens=64)
    srv.enqueue_completion(CITY)
    client_for(srv).complete_json(ASK, City, max_tokens=64)  # a new client, same server+model
    srv.enqueue_completion(CITY)
    client_for(srv, model="other").complete_json(ASK, City, max_tokens=64)
    assert [(f["type"], "schema" in f) for f in formats(srv)] == [
        ("json_schema", False),
        ("json_object", True),
        ("json_object", True),
        ("json_schema", False),
    ]


# ----------------------------------------------------------------- context overflow

CONTEXT_ERRORS = {
    "llama.cpp": (
        400,
        {
            "error": {
                "code": 400,
                "message": "request (4476 tokens) exceeds the available context size (4096 tokens), try increasing it",
                "type": "exceed_context_size_error",
                "n_prompt_tokens": 4476,
                "n_ctx": 4096,
            }
        },
        (4096, 4476),
    ),
    "vLLM": (
        400,
        {
            "object": "error",
            "message": "This model's maximum context length is 4096 tokens. However, you requested "
            "5000 tokens (4000 in the messages, 1000 in the completion). Please reduce the length "
            "of the messages or completion.",
            "type": "BadRequestError",
            "param": None,
            "code": 400,
        },
        (4096, 4000),
    ),
    "OpenAI": (
        400,
        {
            "error": {
                "message": "This model's maximum context length is 128000 tokens. However, your "
                "messages resulted in 130210 tokens. Please reduce the length of the messages.",
                "type": "invalid_request_error",
                "param": "messages",
                "code": "context_length_exceeded",
            }
        },
        (128000, 130210),
    ),
    "Ollama": (
        500,
        {
            "error": {
                "message": "input length exceeds the context length",
                "type": "api_error",
                "param": None,
                "code": None,
            }
        },
        (None, None),
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("server", sorted(CONTEXT_ERRORS))
def test_context_overflow_is_recognised_and_never_downgrades(
    srv: OpenAIStubServer, server: str
) -> None:
    status, body, (n_ctx, n_prompt) = CONTEXT_ERRORS[server]
    srv.enqueue(json_body=body, status=status)
    client = client_for(srv)
    with pytest.raises(ModelContextError) as info:
        client.complete_json(ASK, City, max_tokens=64)
    assert (info.value.n_ctx, info.value.prompt_tokens) == (n_ctx, n_prompt)
    assert info.value.exit_code == 3 and "does not fit the model's context" in str(info.value)
    assert client.mode == "json_schema"  # a long article does not cost the server its schema
    assert len(srv.completion_requests) == 1  # not retried as if transient


def test_vllm_max_tokens_too_large_is_lowered_to_what_the_context_leaves(
    srv: OpenAIStubServer,
) -> None:
    srv.enqueue_error(
        400,
        "'max_tokens' or 'max_completion_tokens' is too large: 8000. This model's maximum "
        "context length is 4096 tokens and your request has 2778 input tokens "
        "(8000 > 4096 - 2778). None",
        type="BadRequestError",
    )
    srv.enqueue_completion(CITY)
    city, _usage = client_for(srv).complete_json(ASK, City, max_tokens=8000)
    assert city.city == "Rome"
    assert [r.body["max_tokens"] for r in srv.completion_requests] == [8000, 4096 - 2778 - 16]


def test_classify_reads_the_message_not_the_status() -> None:
    assert classify_error(400, {"error": {"message": "messages: field required"}})[0] == "fatal"
    assert classify_error(503, {"error": {"message": "Loading model"}})[0] == "transient"
    assert classify_error(422, {"detail": [{"msg": "json_schema not allowed"}]})[0] == "format"
    assert classify_error(401, {"error": {"message": "bad key"}})[0] == "auth"


@pytest.mark.slow
def test_engine_condenses_after_a_context_overflow(srv: OpenAIStubServer) -> None:
    article = Article.model_validate_json(
        (DATA / "article-aldoria.json").read_text(encoding="utf-8")
    )
    answer = json.loads((DATA / "digest-aldoria.json").read_text(encoding="utf-8"))
    status, body, _numbers = CONTEXT_ERRORS["llama.cpp"]
    srv.enqueue(json_body=body, status=status)  # the digest request does not fit
    part1 = (DATA / "condense-aldoria-part1.txt").read_text(encoding="utf-8")
    part2 = (DATA / "condense-aldoria-part2.txt").read_text(encoding="utf-8")
    for part in (part1, part2, part1, part2):
        srv.enqueue_completion(part)
    srv.enqueue_completion(answer)
    engine = OpenAIEngine(
        base_url=srv.base_url, model="stub-model", max_tokens=1200, retry_base_delay=0.01
    )
    digest = engine.digest(article)
    assert digest.headline == answer["headline"]
    assert digest.meta is not None
    assert any("context overflow" in n for n in digest.meta.notices)
    assert any("condensed" in n for n in digest.meta.notices)
    requests = srv.completion_requests
    assert requests[0].body["response_format"]["type"] == "json_schema"
    assert requests[-1].body["response_format"]["type"] == "json_schema"  # never downgraded
    assert "response_format" not in requests[1].body  # a condense call
    assert part1.strip() in requests[-1].prompt_text  # the digest got the condensed text
    assert article.paragraphs[-1] not in requests[-1].prompt_text


# ----------------------------------------------------------------- bounded output, retries


def test_max_tokens_is_always_sent(srv: OpenAIStubServer) -> None:
    srv.enqueue_completion(CITY)
    srv.enqueue_completion("Rome.")
    client = client_for(srv)
    client.complete_json(ASK, City, max_tokens=77)
    client.complete_text(ASK, max_tokens=33)
    assert [r.body["max_tokens"] for r in srv.completion_requests] == [77, 33]


@pytest.mark.slow
def test_backoff_is_measured_from_the_failure(srv: OpenAIStubServer) -> None:
    srv.enqueue_error(503, "Loading model", delay=0.5)  # a slow failure
    srv.enqueue_completion(CITY)
    client = client_for(srv, retry_base_delay=0.3)
    started = time.monotonic()
    client.complete_json(ASK, City, max_tokens=64)
    # 0.5 s for the failure, then the full 0.3 s of backoff after it.
    assert time.monotonic() - started >= 0.8


@pytest.mark.slow
def test_requests_above_the_servers_slots_wait_without_timing_out(
    srv: OpenAIStubServer,
) -> None:
    # A one-slot server: each answer starts after the one before it (queueing).
    for i in range(3):
        srv.enqueue_completion(CITY, delay=0.3 * (i + 1))
    client = client_for(srv, timeouts=Timeouts.from_total(5.0))
    results: list[str] = []

    def ask() -> None:
        city, _usage = client.complete_json(ASK, City, max_tokens=64)
        results.append(city.city)

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert results == ["Rome"] * 3


def test_failed_attempts_are_reported_with_their_tokens(srv: OpenAIStubServer) -> None:
    for _ in range(2):
        srv.enqueue_completion("not json", prompt_tokens=900, completion_tokens=300)
    lines: list[str] = []
    with pytest.raises(EngineError) as info:
        client_for(srv, max_retries=1).complete_json(ASK, City, max_tokens=300, say=lines.append)
    assert "[1800+600 tokens, " in str(info.value)
    assert sum(line.startswith("attempt: finish stop, 900+300 tokens") for line in lines) == 2


def test_a_length_finish_below_max_tokens_means_the_context_is_full(
    srv: OpenAIStubServer,
) -> None:
    # llama.cpp stops generating where its context ends: finish "length" early.
    srv.enqueue_completion(
        '{"city": "Ro', finish_reason="length", prompt_tokens=2000, completion_tokens=48
    )
    with pytest.raises(ModelContextError) as info:
        client_for(srv).complete_json(ASK, City, max_tokens=400)
    assert (info.value.n_ctx, info.value.prompt_tokens) == (2048, 2000)
    assert len(srv.completion_requests) == 1  # a shorter answer would not fit either


def test_retries_do_not_grow_with_each_bad_answer(srv: OpenAIStubServer) -> None:
    looping = '{"city": "Rome", "population_millions": "' + "very " * 2000 + '"}'
    srv.enqueue_completion(looping)  # valid JSON, wrong type, 10 kB
    srv.enqueue_completion('{"city": "Rome"}')  # short and wrong: goes back with its error
    srv.enqueue_completion(CITY)
    city, _usage = client_for(srv).complete_json(ASK, City, max_tokens=64)
    assert city.city == "Rome"
    first, second, third = srv.completion_requests
    assert [m["role"] for m in second.messages] == ["user", "user"]  # the long one not echoed
    assert "population_millions" in second.messages[-1]["content"]
    assert [m["role"] for m in third.messages] == ["user", "assistant", "user"]
    assert len(third.raw) < len(first.raw) + 2000  # no history of earlier attempts


def test_tokens_of_an_attempt_that_filled_the_context_are_counted(srv: OpenAIStubServer) -> None:
    article = Article.model_validate_json(
        (DATA / "article-aldoria.json").read_text(encoding="utf-8")
    )
    answer = json.loads((DATA / "digest-aldoria.json").read_text(encoding="utf-8"))
    srv.enqueue_completion(
        '{"headline": "マ', finish_reason="length", prompt_tokens=2000, completion_tokens=48
    )
    part1 = (DATA / "condense-aldoria-part1.txt").read_text(encoding="utf-8")
    for _ in range(6):
        srv.enqueue_completion(part1, prompt_tokens=10, completion_tokens=5)
    srv.enqueue_completion(answer, prompt_tokens=900, completion_tokens=700)
    engine = OpenAIEngine(base_url=srv.base_url, model="stub-model", max_tokens=1200)
    digest = engine.digest(article)
    assert digest.meta is not None
    condense_calls = len(srv.completion_requests) - 2
    assert digest.meta.prompt_tokens == 2000 + 10 * condense_calls + 900
    assert digest.meta.completion_tokens == 48 + 5 * condense_calls + 700


def test_unexplained_500s_on_json_schema_get_one_try_with_the_next_mode(
    srv: OpenAIStubServer,
) -> None:
    for _ in range(3):  # a server that fails json_schema requests without saying why
        srv.enqueue_error(500, "Internal Server Error")
    srv.enqueue_completion(CITY)
    client = client_for(srv)
    city, _usage = client.complete_json(ASK, City, max_tokens=64)
    assert city.city == "Rome"
    assert [f["type"] for f in formats(srv)] == ["json_schema"] * 3 + ["json_object"]
    assert "schema" in formats(srv)[-1]
    assert client.mode == "json_object_schema"  # learned from the success, not the status


def test_the_strict_schema_is_a_fresh_copy_every_time() -> None:
    """Made once per class, but a caller adjusting its copy changes no one else's."""
    first = strict_json_schema(DigestDraft)
    first["$defs"]["OverviewDraft"]["properties"]["highlights"]["maxItems"] = 99
    second = strict_json_schema(DigestDraft)
    assert "maxItems" not in second["$defs"]["OverviewDraft"]["properties"]["highlights"]
    assert second["additionalProperties"] is False
    assert second["required"] == list(second["properties"])
