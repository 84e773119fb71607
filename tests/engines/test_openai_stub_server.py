"""The stub server itself, through the real openai client (other teams reuse it)."""

from __future__ import annotations

import openai
import pytest

from tests.support.openai_server import OpenAIStubServer, completion_body, openai_stub  # noqa: F401


def test_models_and_recorded_requests(openai_stub: OpenAIStubServer) -> None:  # noqa: F811
    client = openai.OpenAI(base_url=openai_stub.base_url, api_key="k", max_retries=0)
    assert [m.id for m in client.models.list()] == ["stub-model"]
    openai_stub.enqueue(json_body=completion_body("hello", prompt_tokens=7, completion_tokens=2))
    reply = client.chat.completions.create(
        model="stub-model", messages=[{"role": "user", "content": "hi"}]
    )
    assert reply.choices[0].message.content == "hello"
    assert reply.usage is not None and reply.usage.total_tokens == 9
    [request] = openai_stub.completion_requests
    assert request.messages == [{"role": "user", "content": "hi"}]
    assert request.headers["authorization"] == "Bearer k"
    assert openai_stub.pending == 0
    assert [r.method for r in openai_stub.requests] == ["GET", "POST"]


def test_an_empty_queue_answers_418_and_is_not_retried() -> None:
    with OpenAIStubServer() as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        with pytest.raises(openai.APIStatusError) as info:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert info.value.status_code == 418
        assert "no scripted response left" in str(info.value)


def test_text_body_and_error_status() -> None:
    with OpenAIStubServer() as srv:
        srv.enqueue(status=502, text_body="Bad Gateway from the proxy")
        client = openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=0)
        with pytest.raises(openai.InternalServerError) as info:
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert info.value.status_code == 502
