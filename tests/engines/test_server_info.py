"""What servers say about themselves: loopback servers answering like Ollama and vLLM.

(llama.cpp's /props is read from the real server in test_real_llama.py.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.openai_server import OpenAIStubServer
from yoten.engines.openai_compat import OpenAIEngine
from yoten.engines.server_info import OLLAMA_DEFAULT_CONTEXT, probe_server, root_of
from yoten.models import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "openai"


@pytest.fixture
def ollama() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer(models=("qwen2.5:14b",)) as server:
        server.route("GET", "/api/version", {"version": "0.12.3"})
        yield server


def test_root_of_strips_v1() -> None:
    assert root_of("http://127.0.0.1:11434/v1/") == "http://127.0.0.1:11434"
    assert root_of("https://api.example.com/openai") == "https://api.example.com/openai"


def test_ollama_num_ctx_from_api_show(ollama: OpenAIStubServer) -> None:
    ollama.route(
        "POST",
        "/api/show",
        {
            "parameters": 'num_ctx                        8192\nstop "<|im_end|>"',
            "model_info": {"qwen2.context_length": 32768},
        },
    )
    info = probe_server(ollama.base_url, "qwen2.5:14b")
    assert (info.kind, info.version) == ("ollama", "0.12.3")
    assert (info.context, info.context_source) == (8192, "num_ctx (/api/show)")
    [show] = [r for r in ollama.requests if r.path == "/api/show"]
    assert show.body == {"model": "qwen2.5:14b"}


def test_ollama_loaded_model_context_from_api_ps(ollama: OpenAIStubServer) -> None:
    ollama.route(
        "POST", "/api/show", {"parameters": "", "model_info": {"qwen2.context_length": 32768}}
    )
    ollama.route("GET", "/api/ps", {"models": [{"name": "qwen2.5:14b", "context_length": 16384}]})
    info = probe_server(ollama.base_url, "qwen2.5:14b")
    assert info.context == 16384 and info.context_source == "loaded (/api/ps)"
    assert "trained for 32768 tokens" in info.notes[0]


def test_ollama_default_context_is_assumed_and_explained(ollama: OpenAIStubServer) -> None:
    ollama.route("POST", "/api/show", {"parameters": "", "model_info": {}})
    info = probe_server(ollama.base_url, "qwen2.5:14b")
    assert info.context == OLLAMA_DEFAULT_CONTEXT
    assert any("OLLAMA_CONTEXT_LENGTH" in note for note in info.notes)


def test_vllm_max_model_len() -> None:
    with OpenAIStubServer(models=("Qwen/Qwen2.5-7B-Instruct",)) as vllm:
        vllm.model_entries["Qwen/Qwen2.5-7B-Instruct"] = {
            "owned_by": "vllm",
            "max_model_len": 16384,
        }
        info = probe_server(vllm.base_url, "Qwen/Qwen2.5-7B-Instruct")
    assert (info.kind, info.context, info.context_source) == ("vllm", 16384, "/v1/models")


def test_a_plain_openai_server_has_no_known_context(ollama: OpenAIStubServer) -> None:
    with OpenAIStubServer() as plain:
        info = probe_server(plain.base_url, "stub-model")
    assert (info.kind, info.context) == ("openai-compatible", None)
    assert info.models == ["stub-model"]


def test_the_input_budget_follows_the_servers_context(ollama: OpenAIStubServer) -> None:
    ollama.route("POST", "/api/show", {"parameters": "num_ctx 2048", "model_info": {}})
    article = Article.model_validate_json(
        (DATA / "article-aldoria.json").read_text(encoding="utf-8")
    )
    engine = OpenAIEngine(base_url=ollama.base_url, model="qwen2.5:14b", max_tokens=600)
    budget = engine.input_budget(article)
    assert 200 <= budget < 2048 - 600  # what the context leaves after the prompt and answer
    set_by_hand = OpenAIEngine(
        base_url=ollama.base_url, model="qwen2.5:14b", max_tokens=600, max_input_tokens=5000
    )
    assert set_by_hand.input_budget(article) == 5000


def test_articles_asking_together_probe_the_server_once(ollama: OpenAIStubServer) -> None:
    """The first articles of a concurrent run all need the context: one probe serves them."""
    from concurrent.futures import ThreadPoolExecutor

    ollama.route("POST", "/api/show", {"parameters": "num_ctx 8192", "model_info": {}})
    engine = OpenAIEngine(base_url=ollama.base_url, model="qwen2.5:14b")
    with ThreadPoolExecutor(16) as pool:
        sizes = list(pool.map(lambda _: engine.context_size(), range(16)))
    assert sizes == [8192] * 16
    assert len([r for r in ollama.requests if r.path == "/api/show"]) == 1


def test_a_context_too_small_for_the_prompt_says_what_to_do(ollama: OpenAIStubServer) -> None:
    from yoten.errors import EngineError

    ollama.route("POST", "/api/show", {"parameters": "num_ctx 1024", "model_info": {}})
    article = Article.model_validate_json(
        (DATA / "article-aldoria.json").read_text(encoding="utf-8")
    )
    engine = OpenAIEngine(base_url=ollama.base_url, model="qwen2.5:14b", max_tokens=600)
    with pytest.raises(EngineError) as info:
        engine.digest(article)
    assert "OLLAMA_CONTEXT_LENGTH=8192" in str(info.value) and "1024 tokens" in str(info.value)
    assert ollama.completion_requests == []  # nothing sent that could not fit


@pytest.mark.slow
def test_yoten_models_on_ollama(cli, ollama: OpenAIStubServer) -> None:
    ollama.route("POST", "/api/show", {"parameters": "", "model_info": {}})
    ollama.enqueue_completion({"ok": True})
    result = cli("models", "--base-url", ollama.base_url, "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["kind"] == "ollama" and report["model"] == "qwen2.5:14b"
    assert report["context"] == OLLAMA_DEFAULT_CONTEXT
    assert report["structured_output"] == "json_schema"
    assert any("OLLAMA_CONTEXT_LENGTH" in n for n in report["notes"])
    text = cli("models", "--base-url", ollama.base_url, "--no-probe")
    assert "context     4096 tokens (Ollama's default (assumed))" in text.out


def test_a_digest_on_ollamas_default_context_says_what_to_set(ollama: OpenAIStubServer) -> None:
    ollama.route("POST", "/api/show", {"parameters": "", "model_info": {}})
    answer = json.loads((DATA / "digest-aldoria.json").read_text(encoding="utf-8"))
    ollama.enqueue_completion(answer)
    short = Article(
        title="Ferry", language="en", text="The ferry resumed on Monday.\n\nIt cost 80,000 dollars."
    )
    digest = OpenAIEngine(base_url=ollama.base_url, model="qwen2.5:14b").digest(short)
    assert digest.meta is not None
    assert any("OLLAMA_CONTEXT_LENGTH" in n for n in digest.meta.notices)
