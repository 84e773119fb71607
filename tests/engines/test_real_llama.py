"""yoten against llama.cpp's real server with a real model (SmolLM2-135M-Instruct, CPU).

Such a small model cannot write a good digest; these tests assert what yoten
controls: json_schema accepted and the output constrained by it, max_tokens
honoured, a length finish handled, a timeout handled, more requests than the
server has slots, a context overflow recognised, the context size read from
/props, and a digest that is valid or a one-line exit 3 — in bounded time
(small max_tokens, short texts, one slot, one thread).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, Field

from tests.support.llama_server import LlamaServer, llama_server
from yoten.engines.model_client import ModelClient, Timeouts
from yoten.engines.openai_compat import OpenAIEngine
from yoten.errors import EngineError, ModelContextError
from yoten.models import Digest

pytestmark = pytest.mark.slow  # the fast lane skips it: see README, Development

__all__ = ["llama_server"]  # the session fixture, imported for pytest


class City(BaseModel):
    city: Literal["Paris", "Rome", "Tokyo"]
    capital: bool


class ManyWords(BaseModel):
    words: list[str] = Field(min_length=20)  # minItems 20: cannot fit in 16 tokens


def client_for(server: LlamaServer, **timeouts: float) -> ModelClient:
    limits = Timeouts(
        **{"connect": 5.0, "first_token": 60.0, "idle": 30.0, "total": 90.0, **timeouts}
    )
    return ModelClient(
        base_url=server.base_url,
        model=server.model,
        timeouts=limits,
        max_retries=2,
        retry_base_delay=0.1,
        temperature=0.0,
    )


def fresh(text: str) -> list[dict[str, str]]:
    """A user message the server has not cached (a nonce defeats llama.cpp's prompt cache)."""
    return [{"role": "user", "content": f"[{uuid.uuid4().hex[:8]}] {text}"}]


def test_json_schema_is_accepted_and_constrains_the_answer(llama_server: LlamaServer) -> None:
    client = client_for(llama_server)
    answer, usage = client.complete_json(
        fresh("Which city is the capital of Italy? Answer in JSON."), City, max_tokens=48
    )
    assert answer.city in ("Paris", "Rome", "Tokyo")  # the grammar allows nothing else
    assert client.mode == "json_schema"
    assert usage.calls == 1 and usage.prompt_tokens > 0 and 0 < usage.completion_tokens <= 48


def test_max_tokens_is_honoured(llama_server: LlamaServer) -> None:
    answer = client_for(llama_server).complete(
        fresh("Write a long story about a lighthouse keeper."), max_tokens=12
    )
    assert answer.finish_reason == "length"
    assert answer.completion_tokens == 12
    assert answer.content.strip()


def test_a_length_finish_is_retried_then_reported_in_one_line(llama_server: LlamaServer) -> None:
    lines: list[str] = []
    started = time.monotonic()
    with pytest.raises(EngineError) as info:
        client_for(llama_server).complete_json(
            fresh("List twenty English words."), ManyWords, max_tokens=16, say=lines.append
        )
    message = str(info.value)
    assert "model returned an answer cut off at max_tokens 3 times" in message
    assert "\n" not in message and "+48 tokens" in message  # 3 attempts of 16 tokens
    assert sum("finish length" in line for line in lines) == 3
    assert time.monotonic() - started < 30


def test_no_first_token_in_time_is_a_clear_error(llama_server: LlamaServer) -> None:
    long_question = "Summarise this: " + " ".join(["the harbour ferry runs every day"] * 60)
    started = time.monotonic()
    with pytest.raises(EngineError) as info:
        client_for(llama_server, first_token=0.2).complete(fresh(long_question), max_tokens=8)
    assert "no first token within 0.2 s" in str(info.value)
    assert time.monotonic() - started < 5


def test_more_requests_than_slots_queue_and_all_finish(llama_server: LlamaServer) -> None:
    assert llama_server.slots == 1
    client = client_for(llama_server)
    results: list[str | None] = []
    errors: list[str] = []

    def ask(i: int) -> None:
        try:
            answer = client.complete(fresh(f"Count to {i + 3}."), max_tokens=10)
            results.append(answer.finish_reason)
        except EngineError as exc:  # collected, asserted below
            errors.append(str(exc))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sorted(results, key=str) == sorted(results, key=str) and len(results) == 3
    assert all(r in ("stop", "length") for r in results)


def test_a_context_overflow_is_recognised(llama_server: LlamaServer) -> None:
    client = client_for(llama_server)
    with pytest.raises(ModelContextError) as info:
        client.complete(fresh("word " * 3000), max_tokens=16, schema=None)
    assert info.value.n_ctx == llama_server.context
    assert info.value.prompt_tokens is not None and info.value.prompt_tokens > 2048
    assert client.mode == "json_schema"


def test_the_engine_reads_the_context_from_props(llama_server: LlamaServer) -> None:
    engine = OpenAIEngine(base_url=llama_server.base_url, model=llama_server.model, max_tokens=300)
    assert engine.context_size() == llama_server.context


def test_yoten_models_describes_the_server(cli, llama_server: LlamaServer) -> None:
    result = cli("models", "--base-url", llama_server.base_url, "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert report["kind"] == "llama.cpp"
    assert report["context"] == llama_server.context
    assert report["models"] == [llama_server.model]
    assert report["structured_output"] == "json_schema"


SHORT_ARTICLE = """Harbour ferry resumes after repair

The harbour ferry between Northport and Eastbay resumed service on Monday after a two-week repair.

The city said about 1,200 passengers use the ferry each day.

Mayor Ana Reyes said the repair cost 80,000 dollars.
"""


def test_yoten_digest_gives_a_valid_digest_or_exit_3_with_the_cause(
    cli, llama_server: LlamaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "yoten.toml").write_text("[yoten]\nmax-retries = 0\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "ferry.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    started = time.monotonic()
    result = cli(
        "digest",
        str(article),
        "--base-url",
        llama_server.base_url,
        "--model",
        llama_server.model,
        "--max-tokens",
        "200",
        "--timeout",
        "2m",
        "--no-check",
        "--format",
        "json",
        "-v",
    )
    elapsed = time.monotonic() - started
    print(f"digest: exit {result.code} in {elapsed:.1f} s; {result.err.strip()}")
    assert elapsed < 60
    if result.code == 0:
        digest = Digest.model_validate_json(result.out)
        assert [t.heading for t in digest.key_points] == [t.heading for t in digest.details.topics]
    else:
        assert result.code == 3, result.err
        last = result.err.strip().splitlines()[-1]
        assert last.startswith("yoten: engine: model returned")
        assert "Traceback" not in result.err
    # -v showed every attempt although stderr is not a terminal here.
    assert "attempt: finish" in result.err


def test_verify_gives_every_claim_a_verdict_or_unverified(llama_server: LlamaServer) -> None:
    from yoten.check.verify import claims, verify_digest
    from yoten.models import Article, Overview
    from yoten.settings import Settings

    article = Article(title="Harbour ferry resumes", language="en", text=SHORT_ARTICLE)
    digest = Digest(
        headline="フェリー:運航再開",
        overview=Overview(lead=["修理費は8万ドルだった。"]),
    )
    settings = Settings(
        base_url=llama_server.base_url,
        model=llama_server.model,
        max_retries=0,
        retry_delay=0.1,
        max_tokens=128,
    )
    started = time.monotonic()
    try:
        report = verify_digest(digest, article, settings=settings)
    except EngineError as exc:  # a 135M model may not manage valid verdicts: a clean one-liner
        print(f"verify: {exc} in {time.monotonic() - started:.1f} s")
        assert "\n" not in str(exc) and str(exc).startswith("engine:")
        return
    print(f"verify: {len(report.findings)} findings in {time.monotonic() - started:.1f} s")
    settled = {c.text for c in claims(digest)} - {f.span for f in report.findings}
    for finding in report.findings:
        # an error must quote the source where it stands; anything else is unverified
        if finding.severity == "error":
            [evidence] = finding.evidence
            assert article.text[evidence.start : evidence.end] == evidence.text
        else:
            assert finding.message.startswith("unverified:")
    assert len(settled) + len(report.findings) == len(claims(digest))
