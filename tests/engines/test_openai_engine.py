"""The openai engine against a real OpenAI-compatible HTTP server on 127.0.0.1."""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict

from tests.support.openai_server import OpenAIStubServer
from yoten.engines.openai_compat import OpenAIEngine
from yoten.errors import ConfigError, EngineError, ModelUnreachableError
from yoten.models import Article
from yoten.pipeline import digest_article
from yoten.settings import load_settings

DATA = Path(__file__).resolve().parents[1] / "data" / "openai"
KEY = "sk-test-7f3a9c1e5b2d4086-SECRET"


@pytest.fixture
def srv() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer() as server:
        yield server


@pytest.fixture
def article() -> Article:
    return Article.model_validate_json((DATA / "article-aldoria.json").read_text(encoding="utf-8"))


@pytest.fixture
def answer() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "digest-aldoria.json").read_text(encoding="utf-8"))
    return data


def engine_for(srv: OpenAIStubServer, **overrides: Any) -> OpenAIEngine:
    options: dict[str, Any] = {
        "base_url": srv.base_url,
        "model": "stub-model",
        "api_key": KEY,
        "timeout": 5.0,
        "max_retries": 2,
        "retry_base_delay": 0.01,
    }
    options.update(overrides)
    return OpenAIEngine(**options)


def steps(progress: list[str]) -> list[str]:
    """The engine's steps, without the client's per-attempt lines."""
    return [p for p in progress if not p.startswith("attempt")]


# ----------------------------------------------------------------- success


def test_good_answer_gives_the_house_format_digest(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer, prompt_tokens=1834, completion_tokens=1290)
    digest = engine_for(srv).digest(article)

    assert digest.headline == "マーシュ:カルスクからトゥヴァナへ"
    assert [p.label for p in digest.overview.highlights] == [
        "カルスクとの港湾協定",
        "沿岸連合の反応",
        "トゥヴァナ訪問",
    ]
    assert [p.label for p in digest.overview.context] == ["等距離外交", "経済関係"]
    assert "35億ドル" in digest.overview.context[1].text
    assert [t.heading for t in digest.details.topics] == [
        "カルスクとの港湾協定",
        "トゥヴァナ訪問の議題",
        "トゥヴァナの立場",
    ]
    assert [s.heading for s in digest.details.topics[1].sections] == [
        "会談の相手と議題",
        "鉄道計画",
        "エネルギー",
    ]
    # 要点 mirrors 詳細's tree, bullets only.
    assert [[s.heading for s in t.sections] for t in digest.key_points] == [
        [s.heading for s in t.sections] for t in digest.details.topics
    ]
    assert all(not s.paragraphs and s.bullets for t in digest.key_points for s in t.sections)
    assert digest.sources == []
    assert digest.meta is not None
    assert digest.meta.engine == "openai"
    assert digest.meta.model == "stub-model"
    assert digest.meta.prompt_version == "digest-v2"
    assert digest.meta.language == "ja"
    assert (digest.meta.prompt_tokens, digest.meta.completion_tokens) == (1834, 1290)
    assert digest.meta.notices == []

    [request] = srv.completion_requests
    assert request.body["model"] == "stub-model"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    fmt = request.body["response_format"]
    assert fmt["type"] == "json_schema"
    schema = fmt["json_schema"]["schema"]
    assert schema["required"] == ["headline", "overview", "details"]
    # Counts scaled to the article, in the schema too (the server enforces them).
    highlights = schema["$defs"]["OverviewDraft"]["properties"]["highlights"]
    assert (highlights["minItems"], highlights["maxItems"]) == (3, 4)
    assert request.body["max_tokens"] == 4000  # sized from the counts: 400 + 150·6 + 300·3·3
    assert request.body["stream"] is True
    assert schema["additionalProperties"] is False
    prompt = request.prompt_text
    assert article.title in prompt
    assert "Trade between Aldoria and Tuvana reached $3.5 billion last year" in prompt
    assert "Meridian Wire" in prompt and "2024-09-12" in prompt
    assert "prompt-version" not in prompt  # the version line is not sent
    # The server enforces the schema: the prompt carries only the short skeleton.
    assert "$schema" not in prompt and '"key_points":["…"]' in prompt
    assert '"$defs"' not in prompt and "minItems" not in prompt


def test_pipeline_fills_sources_from_the_article(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer)
    digest = digest_article(article, engine_for(srv))
    [source] = digest.sources
    assert source.url == article.canonical_url
    assert source.outlet == "Meridian Wire"
    assert digest.meta is not None and digest.meta.created_at is not None


def test_fenced_json_and_unknown_fields_are_accepted(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    noisy = copy.deepcopy(answer)
    noisy["confidence"] = 0.93
    noisy["sources"] = [{"title": "model-invented"}]
    noisy["overview"]["highlights"][0]["emoji"] = "⚓"
    noisy["details"]["topics"][0]["sections"][0]["notes"] = "extra"
    srv.enqueue_completion("```json\n" + json.dumps(noisy, ensure_ascii=False) + "\n```")
    digest = engine_for(srv).digest(article)
    assert digest.headline == answer["headline"]
    assert digest.sources == []  # never taken from the model
    assert len(srv.completion_requests) == 1  # no retry was needed


def test_numbering_and_bullet_marks_from_the_model_are_removed(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    marked = copy.deepcopy(answer)
    marked["details"]["topics"][0]["sections"][0]["heading"] = "1.協定の内容"
    marked["details"]["topics"][0]["sections"][0]["key_points"][0] = (
        "・アルドリアの貨物船が25年間オルサの深水港を利用。"
    )
    marked["overview"]["highlights"][0]["label"] = "カルスクとの港湾協定:"
    srv.enqueue_completion(marked)
    digest = engine_for(srv).digest(article)
    assert digest.details.topics[0].sections[0].heading == "協定の内容"
    assert digest.key_points[0].sections[0].bullets[0].startswith("アルドリア")
    assert digest.overview.highlights[0].label == "カルスクとの港湾協定"


def test_what_the_words_invite_is_accepted_string_paragraphs_and_missing_lists(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    loose = copy.deepcopy(answer)
    loose["overview"]["lead"] = loose["overview"]["lead"][0]  # "one paragraph": a string
    loose["overview"]["closing"] = None
    del loose["overview"]["context"]
    section = loose["details"]["topics"][0]["sections"][0]
    del section["bullets"]  # "paragraphs and/or bullets"
    del section["key_points"]  # 要点 then comes from the section's own first sentence
    srv.enqueue_completion(loose)
    digest = engine_for(srv).digest(article)
    assert digest.overview.lead == answer["overview"]["lead"]
    assert digest.overview.closing == [] and digest.overview.context == []
    first = digest.details.topics[0].sections[0]
    assert first.bullets == [] and first.paragraphs
    [point] = digest.key_points[0].sections[0].bullets
    assert first.paragraphs[0].startswith(point)
    assert len(srv.completion_requests) == 1  # accepted first time, no retry


def test_key_point_headings_are_copied_from_details(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer)
    digest = engine_for(srv).digest(article)
    for kp, topic in zip(digest.key_points, digest.details.topics, strict=True):
        assert kp.heading == topic.heading
        assert [s.heading for s in kp.sections] == [s.heading for s in topic.sections]
    schema = srv.completion_requests[0].body["response_format"]["json_schema"]["schema"]
    assert "key_points" not in schema["properties"]  # the model never writes the tree
    section = schema["$defs"]["SectionDraft"]["properties"]["key_points"]
    assert "見出しは詳細から自動で写す" in section["description"]
    assert "unknown keys" not in json.dumps(schema)


# ----------------------------------------------------------------- invalid output


def test_invalid_json_is_retried_with_the_error_shown(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    bad = '{"headline": "マーシュ:カルスクからトゥヴァナへ" "overview": {}}'
    srv.enqueue_completion(bad, prompt_tokens=1800, completion_tokens=40)
    srv.enqueue_completion(answer, prompt_tokens=1900, completion_tokens=1300)
    progress: list[str] = []
    digest = engine_for(srv).digest(article, progress=progress.append)

    assert digest.headline == answer["headline"]
    assert digest.meta is not None
    assert (digest.meta.prompt_tokens, digest.meta.completion_tokens) == (3700, 1340)
    first, second = srv.completion_requests
    assert len(first.messages) == 1
    assert [m["role"] for m in second.messages] == ["user", "assistant", "user"]
    assert second.messages[1]["content"] == bad
    assert "invalid JSON" in second.messages[2]["content"]
    assert "Expecting ',' delimiter" in second.messages[2]["content"]
    assert any(p.startswith("retrying: model returned invalid JSON (1/2)") for p in progress)


def test_invalid_json_every_time_is_an_engine_error(
    srv: OpenAIStubServer, article: Article
) -> None:
    for _ in range(3):
        srv.enqueue_completion('{"headline": "x",, }')
    with pytest.raises(EngineError) as info:
        engine_for(srv).digest(article)
    message = str(info.value)
    assert "model returned invalid JSON 3 times: Expecting property name" in message
    assert "\n" not in message
    assert len(srv.completion_requests) == 3


def test_missing_fields_are_retried_then_reported(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    partial = {"headline": answer["headline"], "details": answer["details"]}
    for _ in range(2):
        srv.enqueue_completion(partial)
    with pytest.raises(EngineError) as info:
        engine_for(srv, max_retries=1).digest(article)
    # One line, with what the failed attempts cost (the stub reports 100+50 per call).
    assert str(info.value).startswith(
        "engine: model returned JSON that does not match the schema 2 times: "
        "overview: Field required [200+100 tokens, "
    )
    _first, second = srv.completion_requests
    assert "overview: Field required" in second.messages[-1]["content"]
    assert second.messages[-2] == {
        "role": "assistant",
        "content": json.dumps(partial, ensure_ascii=False),
    }


def test_empty_required_lists_are_schema_violations(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    empty = copy.deepcopy(answer)
    empty["details"]["topics"] = []
    srv.enqueue_completion(empty)
    srv.enqueue_completion(answer)
    engine_for(srv).digest(article)
    assert (
        "details.topics: List should have at least 1 item"
        in srv.completion_requests[1].messages[-1]["content"]
    )


def test_cut_off_answer_is_retried_with_the_reason(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    cut = '{"headline": "マーシュ:カルスクからトゥヴァナへ", "overview": {"lead": ["アルドリアの'
    srv.enqueue_completion(cut, finish_reason="length", completion_tokens=1318)
    srv.enqueue_completion(answer)
    digest = engine_for(srv, max_tokens=1318).digest(article)
    assert digest.headline == answer["headline"]
    first, second = srv.completion_requests
    # The retry asks again, shorter; the cut-off text is never pasted back.
    assert [m["role"] for m in second.messages] == ["user", "user"]
    assert cut not in second.prompt_text and "アルドリアの" not in second.messages[1]["content"]
    assert "finish_reason=length" in second.messages[-1]["content"]
    assert "a list of 3 points" in second.messages[0]["content"]  # the smallest counts
    assert "a list of 3–4 points" in first.messages[0]["content"]
    assert second.body["max_tokens"] == first.body["max_tokens"]


# ----------------------------------------------------------------- transport


@pytest.mark.slow
def test_no_first_token_in_time_is_reported_at_once(
    srv: OpenAIStubServer, article: Article
) -> None:
    srv.enqueue_completion("{}", delay=2.0)
    started = time.monotonic()
    with pytest.raises(EngineError) as info:
        engine_for(srv, timeout=0.3).digest(article)
    assert time.monotonic() - started < 1.9  # gave up, never waited for the server
    assert str(info.value) == (
        "engine: no first token within 0.3 s (prompt evaluation or queueing; "
        f"raise --timeout for a slow server) ({srv.base_url})"
    )
    # Not retried: a new request would start the slow prompt evaluation from zero.
    assert len(srv.completion_requests) == 1


@pytest.mark.slow
def test_a_stalled_stream_is_retried(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer, chunk_delay=1.5)  # starts, then goes silent
    srv.enqueue_completion(answer, prompt_tokens=10, completion_tokens=20)
    progress: list[str] = []
    digest = engine_for(srv, timeout=0.6).digest(article, progress=progress.append)
    assert digest.headline == answer["headline"]
    assert "retrying: the answer stalled for 0.6 s (1/2)" in progress
    assert len(srv.completion_requests) == 2


@pytest.mark.slow
def test_a_slow_but_steady_stream_stops_at_the_total_timeout(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer, chunk_delay=0.25)  # 7 chunks: about 1.5 s in all
    started = time.monotonic()
    with pytest.raises(EngineError) as info:
        engine_for(srv, timeout=0.8).digest(article)
    assert time.monotonic() - started < 1.4
    assert "no complete answer within 0.8 s (raise --timeout)" in str(info.value)
    assert len(srv.completion_requests) == 1


@pytest.mark.slow
def test_server_error_then_success(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_error(500, "model is loading")
    srv.enqueue_completion(answer)
    digest = engine_for(srv).digest(article)
    assert digest.headline == answer["headline"]
    assert len(srv.completion_requests) == 2
    assert srv.completion_requests[0].body == srv.completion_requests[1].body  # same request again


@pytest.mark.slow
def test_server_errors_with_backoff_then_engine_error(
    srv: OpenAIStubServer, article: Article
) -> None:
    for _ in range(4):  # 3 attempts, then one with json_object + schema (a probe)
        srv.enqueue_error(503, "overloaded, try later")
    started = time.monotonic()
    with pytest.raises(EngineError) as info:
        engine_for(srv, retry_base_delay=0.1).digest(article)
    elapsed = time.monotonic() - started
    assert elapsed >= 0.3  # 0.1 s + 0.2 s of backoff
    assert "server error 503: overloaded, try later (4 attempts)" in str(info.value)
    assert engine_for(srv).client.mode == "json_schema"  # the failed probe taught nothing


@pytest.mark.slow
def test_unauthorized_is_a_clear_error_without_the_key(
    srv: OpenAIStubServer, article: Article
) -> None:
    srv.enqueue_error(
        401,
        f"Incorrect API key provided: {KEY[:6]}****{KEY[-4:]}.",
        type="invalid_request_error",
        code="invalid_api_key",
    )
    with pytest.raises(EngineError) as info:
        engine_for(srv).digest(article)
    assert str(info.value) == f"engine: server rejected the API key ({srv.base_url})"
    assert info.value.exit_code == 3
    assert len(srv.completion_requests) == 1  # not retried


def test_other_client_errors_are_not_retried(srv: OpenAIStubServer, article: Article) -> None:
    srv.enqueue_error(404, "model 'stub-model' not found", type="not_found_error")
    with pytest.raises(EngineError, match=r"server answered 404: model 'stub-model' not found"):
        engine_for(srv).digest(article)
    assert len(srv.completion_requests) == 1


def test_refusal_is_an_engine_error_at_once(srv: OpenAIStubServer, article: Article) -> None:
    srv.enqueue_refusal("I'm sorry, but I can't help with that request.")
    with pytest.raises(EngineError) as info:
        engine_for(srv).digest(article)
    assert (
        str(info.value) == "engine: model refused: I'm sorry, but I can't help with that request."
    )
    assert len(srv.completion_requests) == 1


def test_content_filter_is_a_refusal(srv: OpenAIStubServer, article: Article) -> None:
    srv.enqueue_completion("", finish_reason="content_filter")
    with pytest.raises(EngineError, match="model refused"):
        engine_for(srv).digest(article)
    assert len(srv.completion_requests) == 1


def test_connection_refused_names_the_base_url(article: Article) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}/v1"
    engine = OpenAIEngine(base_url=base, model="m", retry_base_delay=0.01)
    with pytest.raises(EngineError) as info:
        engine.digest(article)
    assert str(info.value) == f"engine: cannot connect to the model server (3 attempts) ({base})"
    assert isinstance(info.value, ModelUnreachableError)


def test_json_schema_rejected_falls_back_to_json_object_and_remembers(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_error(
        400, "response_format type 'json_schema' is not supported", type="invalid_request_error"
    )
    srv.enqueue_completion(answer)
    srv.enqueue_completion(answer)
    engine = engine_for(srv)
    engine.digest(article)
    engine.digest(article)
    kinds = [r.body["response_format"]["type"] for r in srv.completion_requests]
    assert kinds == ["json_schema", "json_object", "json_object"]
    # The schema still reaches the model in the prompt, for json_object servers.
    assert '"highlights"' in srv.completion_requests[1].prompt_text


def test_bad_request_in_json_object_mode_is_an_error(
    srv: OpenAIStubServer, article: Article
) -> None:
    srv.enqueue_error(400, "unsupported response_format")
    srv.enqueue_error(400, "context length exceeded")
    with pytest.raises(
        EngineError, match=r"server rejected the request \(400\): context length exceeded"
    ):
        engine_for(srv).digest(article)


# ----------------------------------------------------------------- long articles


def test_long_article_is_condensed_part_by_part(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    part1 = (DATA / "condense-aldoria-part1.txt").read_text(encoding="utf-8")
    part2 = (DATA / "condense-aldoria-part2.txt").read_text(encoding="utf-8")
    srv.enqueue_completion(part1, prompt_tokens=600, completion_tokens=150)
    srv.enqueue_completion(part2, prompt_tokens=580, completion_tokens=140)
    srv.enqueue_completion(answer, prompt_tokens=1400, completion_tokens=1200)
    progress: list[str] = []
    digest = engine_for(srv, max_input_tokens=500).digest(article, progress=progress.append)

    assert steps(progress) == ["condensing part 1/2", "condensing part 2/2", "writing digest"]
    first, second, final = srv.completion_requests
    # Condense calls: plain text, each carrying its own part of the article, nothing lost.
    assert "response_format" not in first.body
    assert "Karsk's prime minister, Tomas Adeyemi" in first.prompt_text
    assert "port of Lorne" in second.prompt_text
    assert "Tomas Adeyemi" not in second.prompt_text
    for paragraph in article.paragraphs:
        assert paragraph in first.prompt_text or paragraph in second.prompt_text
    assert "part 1 of 2" in first.prompt_text and "part 2 of 2" in second.prompt_text
    # The digest call carries the condensed text, not the original.
    assert part1.strip() in final.prompt_text and part2.strip() in final.prompt_text
    assert "Its spokesperson, Ingrid Solberg" not in final.prompt_text
    assert final.body["response_format"]["type"] == "json_schema"
    assert digest.meta is not None
    assert (digest.meta.prompt_tokens, digest.meta.completion_tokens) == (2580, 1490)
    assert any("condensed" in n for n in digest.meta.notices)


def test_short_article_is_not_condensed(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer)
    progress: list[str] = []
    engine_for(srv, max_input_tokens=6000).digest(article, progress=progress.append)
    assert steps(progress) == ["writing digest"]
    assert len(srv.completion_requests) == 1


# ----------------------------------------------------------------- prompts and settings


def test_user_prompt_file_replaces_the_template(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any], tmp_path: Path
) -> None:
    template = tmp_path / "house.md"
    template.write_text(
        "# prompt-version: mine-3\n"
        "次の記事($outlet, $date)を日本語で要約せよ。費用は$$0。\n題: $title\n$text\nスキーマ: $schema\n",
        encoding="utf-8",
    )
    sha8 = hashlib.sha256(template.read_bytes()).hexdigest()[:8]
    srv.enqueue_completion(answer)
    settings = load_settings(
        {"base_url": srv.base_url, "model": "stub-model", "prompt_file": template}, environ={}
    )
    digest = OpenAIEngine.from_settings(settings).digest(article)
    assert digest.meta is not None
    assert digest.meta.prompt_version == f"file:house.md:{sha8}"
    prompt = srv.completion_requests[0].prompt_text
    assert prompt.startswith("次の記事(Meridian Wire, 2024-09-12)を日本語で要約せよ。費用は$0。")
    assert "mine-3" not in prompt


def test_user_prompt_with_an_unknown_variable_is_a_config_error(
    srv: OpenAIStubServer, tmp_path: Path
) -> None:
    template = tmp_path / "bad.txt"
    template.write_text("Summarise $text for $audience.\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        engine_for(srv, prompt_file=template)
    assert "unknown prompt variable $audience" in str(info.value)
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 2


def test_from_settings_needs_base_url_and_model() -> None:
    with pytest.raises(ConfigError) as info:
        OpenAIEngine.from_settings(load_settings({"model": "m"}, environ={}))
    assert info.value.message == (
        "the openai engine needs --base-url and --model (or YOTEN_BASE_URL/YOTEN_MODEL)"
    )
    with pytest.raises(ConfigError):
        OpenAIEngine.from_settings(load_settings({"base_url": "http://127.0.0.1:1/v1"}, environ={}))


def test_non_http_base_url_is_refused() -> None:
    with pytest.raises(ConfigError, match="base URL must be http"):
        OpenAIEngine(base_url="file:///etc/passwd", model="m")


def test_settings_reach_the_request(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer)
    settings = load_settings(
        {"base_url": srv.base_url, "model": "qwen2.5:14b", "temperature": 0.7},
        environ={"OPENAI_API_KEY": KEY},
    )
    OpenAIEngine.from_settings(settings).digest(article)
    request = srv.completion_requests[0]
    assert request.body["model"] == "qwen2.5:14b"
    assert request.body["temperature"] == 0.7
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_no_key_sends_a_placeholder(
    srv: OpenAIStubServer, article: Article, answer: dict[str, Any]
) -> None:
    srv.enqueue_completion(answer)
    OpenAIEngine(base_url=srv.base_url, model="llama3").digest(article)
    assert srv.completion_requests[0].headers["authorization"] == "Bearer no-key"


# ----------------------------------------------------------------- the key stays secret


def test_api_key_never_appears_in_logs_or_output(
    srv: OpenAIStubServer,
    article: Article,
    answer: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    srv.enqueue_completion("not json at all")
    srv.enqueue_error(502, f"upstream said: bad key {KEY}")
    srv.enqueue_completion(answer)
    srv.enqueue_error(401, f"Incorrect API key provided: {KEY}")
    engine = engine_for(srv)
    progress: list[str] = []
    digest = engine.digest(article, progress=progress.append)
    with pytest.raises(EngineError) as info:
        engine.digest(article)
    captured = capsys.readouterr()

    assert caplog.records, "the client logged nothing at DEBUG: the check would be empty"
    everything = "\n".join(
        [
            caplog.text,
            captured.out,
            captured.err,
            str(info.value),
            repr(engine),
            *progress,
            digest.model_dump_json(),
        ]
    )
    assert KEY not in everything
    assert "retrying: server error 502: upstream said: bad key **** (1/2)" in progress
    # ...while the server did get it.
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in srv.completion_requests)


# ----------------------------------------------------------------- the reusable call


class Verdict(BaseModel):
    """A checker-style answer model (unknown keys ignored)."""

    model_config = ConfigDict(extra="ignore")

    supported: bool
    reason: str


def test_complete_json_with_another_model(srv: OpenAIStubServer) -> None:
    srv.enqueue_completion('{"supported": "maybe"}', prompt_tokens=30, completion_tokens=5)
    srv.enqueue_completion(
        {"supported": False, "reason": "the source gives no year", "score": 2},
        prompt_tokens=40,
        completion_tokens=9,
    )
    parsed, usage = engine_for(srv).complete_json(
        [
            {"role": "system", "content": "You check facts."},
            {"role": "user", "content": "Is 1950年代 in the source?"},
        ],
        Verdict,
    )
    assert parsed == Verdict(supported=False, reason="the source gives no year")
    assert (usage.prompt_tokens, usage.completion_tokens, usage.calls) == (70, 14, 2)
    first, second = srv.completion_requests
    assert first.body["response_format"]["json_schema"]["name"] == "Verdict"
    assert first.body["response_format"]["json_schema"]["schema"]["required"] == [
        "supported",
        "reason",
    ]
    assert "supported: Input should be a valid boolean" in second.messages[-1]["content"]
    assert "reason: Field required" in second.messages[-1]["content"]


def test_registered_as_the_openai_engine(srv: OpenAIStubServer) -> None:
    from yoten.engines import make_engine

    engine = make_engine(load_settings({"base_url": srv.base_url, "model": "m"}, environ={}))
    assert isinstance(engine, OpenAIEngine)
    assert engine.name == "openai"


def test_counts_scale_with_the_article(article: Article) -> None:
    from yoten.engines.openai_compat import counts_for, digest_schema

    short = Article(title="Ferry", text="One.\n\nTwo.\n\nThree.", language="en")
    small = counts_for(short)
    assert small.highlights == (2, 3) and small.context == (0, 1) and small.topics == (1, 2)
    assert counts_for(article).highlights == (3, 4)
    long_text = "\n\n".join(f"Paragraph {i} " + "word " * 60 for i in range(20))
    assert counts_for(Article(title="L", text=long_text)).topics == (2, 4)
    schema = digest_schema(small.shortest())
    topics = schema["$defs"]["DetailsDraft"]["properties"]["topics"]
    assert (topics["minItems"], topics["maxItems"]) == (1, 1)
