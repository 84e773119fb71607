"""The --verify tier against the loopback OpenAI-compatible server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.openai_server import OpenAIStubServer
from yoten.check.verify import BATCH_SIZE, claims, source_windows, verify_digest
from yoten.engines.condense import estimate_tokens
from yoten.errors import ConfigError, EngineError
from yoten.ingest import load_article
from yoten.models import Article, Digest
from yoten.prompts import packaged_prompt
from yoten.render.parse import read_digest
from yoten.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA / "seed-putin-vietnam.txt"
SOURCE = DATA / "check" / "seed-source.html"
WRONG = "中国共産党書記長"


@pytest.fixture
def stub() -> Iterator[OpenAIStubServer]:
    with OpenAIStubServer() as server:
        yield server


@pytest.fixture(scope="module")
def seed() -> tuple[Digest, Article]:
    return read_digest(SEED.read_text(encoding="utf-8")), load_article(
        str(SOURCE), settings=Settings()
    )


QUOTE_OK = "Russian President Vladimir Putin landed in Hanoi"
QUOTE_TRONG = "Nguyen Phu Trong, the general secretary of Vietnam's Communist Party"


def script_answers(server: OpenAIStubServer, digest: Digest) -> int:
    """Queue one answer per batch: all supported (quoting the source) but 中国共産党書記長."""
    items = claims(digest)
    for start in range(0, len(items), BATCH_SIZE):
        verdicts = []
        for claim in items[start : start + BATCH_SIZE]:
            if WRONG in claim.text:
                verdicts.append(
                    {
                        "id": claim.id,
                        "verdict": "contradicted",
                        "excerpt": QUOTE_TRONG,
                        "note": "He leads Vietnam's Communist Party, not China's.",
                    }
                )
            else:
                verdicts.append(
                    {"id": claim.id, "verdict": "supported", "excerpt": QUOTE_OK, "note": ""}
                )
        server.enqueue_completion({"verdicts": verdicts})
    return len(items)


def test_claims_are_body_sentences(seed: tuple[Digest, Article]) -> None:
    items = claims(seed[0])
    assert len(items) > 20
    assert len({c.text for c in items}) == len(items)
    assert any(WRONG in c.text and c.section == "概要" for c in items)
    assert not any(c.text == "北朝鮮との防衛協定" for c in items)  # topic headings are not claims


@pytest.mark.slow
def test_contradicted_claim_is_an_error_with_the_excerpt(
    stub: OpenAIStubServer,
    seed: tuple[Digest, Article],
) -> None:
    digest, article = seed
    count = script_answers(stub, digest)
    settings = Settings(base_url=stub.base_url, model="stub-model")
    report = verify_digest(digest, article, settings=settings)
    (finding,) = report.findings
    assert (finding.kind, finding.severity, finding.section) == ("claim", "error", "概要")
    assert WRONG in finding.span
    assert QUOTE_TRONG in finding.message
    # The verdict's quote is shown where it stands in the source.
    [evidence] = finding.evidence
    assert article.text[evidence.start : evidence.end] == evidence.text == QUOTE_TRONG
    requests = stub.completion_requests
    assert len(requests) == -(-count // BATCH_SIZE)
    body = requests[0].body
    prompt = body["messages"][-1]["content"]
    assert "Putin" in prompt and "1. " in prompt  # the source and numbered claims
    assert body["response_format"]["type"] in ("json_schema", "json_object")


@pytest.mark.slow
def test_invalid_answer_is_retried_then_used(
    stub: OpenAIStubServer,
    seed: tuple[Digest, Article],
) -> None:
    digest, article = seed
    stub.enqueue_completion("not json at all")
    script_answers(stub, digest)
    report = verify_digest(
        digest, article, settings=Settings(base_url=stub.base_url, model="stub-model")
    )
    assert [f.kind for f in report.findings] == ["claim"]


@pytest.mark.slow
def test_server_failure_is_an_engine_error(
    stub: OpenAIStubServer,
    seed: tuple[Digest, Article],
) -> None:
    for _ in range(3):
        stub.enqueue_error(500, "overloaded")
    settings = Settings(base_url=stub.base_url, model="stub-model", max_retries=2, retry_delay=0.01)
    with pytest.raises(EngineError):
        verify_digest(seed[0], seed[1], settings=settings)


def test_verify_needs_a_server(seed: tuple[Digest, Article]) -> None:
    with pytest.raises(ConfigError, match="base-url"):
        verify_digest(seed[0], seed[1], settings=Settings())


def test_verify_asks_the_engine_the_settings_name(
    stub: OpenAIStubServer, seed: tuple[Digest, Article]
) -> None:
    """The engine comes from the registry, as for digests: an offline one cannot verify."""
    settings = Settings(engine="extractive", base_url=stub.base_url, model="stub-model")
    with pytest.raises(ConfigError, match="the extractive engine has none"):
        verify_digest(seed[0], seed[1], settings=settings)
    assert stub.requests == []


@pytest.mark.slow
def test_verify_sends_the_packaged_prompt_files(
    stub: OpenAIStubServer, seed: tuple[Digest, Article]
) -> None:
    digest, article = seed
    script_answers(stub, digest)
    verify_digest(digest, article, settings=Settings(base_url=stub.base_url, model="stub-model"))
    system, user = stub.completion_requests[0].messages
    assert system["content"] == packaged_prompt("verify-system").render()
    assert "meticulous fact checker" in system["content"]
    assert user["content"].startswith(f"SOURCE ARTICLE\nTitle: {article.title}\n")
    first = claims(digest)[0]
    assert f"CLAIMS\n1. {first.text}\n" in user["content"]


@pytest.mark.slow
def test_cli_verify(cli, stub: OpenAIStubServer, seed: tuple[Digest, Article]) -> None:
    script_answers(stub, seed[0])
    result = cli(
        "check", str(SEED), "-s", str(SOURCE), "--json", "--verify",
        "--base-url", stub.base_url, "--model", "stub-model",
    )  # fmt: skip
    assert result.code == 1, result.err
    kinds = [f["kind"] for f in json.loads(result.out)["findings"]]
    assert "claim" in kinds and "date" in kinds


@pytest.mark.slow
def test_claims_left_out_of_the_answer_are_reported_unverified(
    stub: OpenAIStubServer, seed: tuple[Digest, Article]
) -> None:
    digest, article = seed
    items = claims(digest)
    for _ in range(0, len(items), BATCH_SIZE):
        stub.enqueue_completion({"verdicts": []})  # says nothing about any claim
    report = verify_digest(
        digest, article, settings=Settings(base_url=stub.base_url, model="stub-model")
    )
    assert len(report.findings) == len(items)
    assert {(f.severity, f.rule) for f in report.findings} == {("warning", "verify.no_verdict")}
    assert report.ok  # warnings: nothing is called wrong without a quote


@pytest.mark.slow
def test_a_verdict_whose_quote_is_not_in_the_source_settles_nothing(
    stub: OpenAIStubServer, seed: tuple[Digest, Article]
) -> None:
    digest, article = seed
    items = claims(digest)
    for start in range(0, len(items), BATCH_SIZE):
        verdicts = [
            {"id": c.id, "verdict": "contradicted", "excerpt": "Putin never visited Hanoi at all"}
            for c in items[start : start + BATCH_SIZE]
        ]
        stub.enqueue_completion({"verdicts": verdicts})
    report = verify_digest(
        digest, article, settings=Settings(base_url=stub.base_url, model="stub-model")
    )
    assert {f.severity for f in report.findings} == {"warning"}
    assert all(f.rule == "verify.unquoted" for f in report.findings)


@pytest.mark.slow
def test_a_small_context_gets_the_source_in_windows(
    stub: OpenAIStubServer, seed: tuple[Digest, Article]
) -> None:
    digest, article = seed
    settings = Settings(
        base_url=stub.base_url, model="stub-model", max_input_tokens=300, retry_delay=0.01
    )
    windows = source_windows(article, 300)
    assert len(windows) >= 2
    assert all(estimate_tokens(w) <= 300 for w in windows)
    items = claims(digest)[:2]
    small = digest.model_copy(
        update={"overview": digest.overview.model_copy(update={"lead": [i.text for i in items]})}
    )
    asked = claims(small)
    # Window 1 settles the first claim only; the second is asked again with window 2.
    first, second = asked[0], asked[1]
    stub.enqueue_completion(
        {
            "verdicts": [
                {"id": first.id, "verdict": "supported", "excerpt": QUOTE_OK},
                {"id": second.id, "verdict": "not_found"},
            ]
        }
    )
    stub.enqueue_completion(
        {"verdicts": [{"id": second.id, "verdict": "supported", "excerpt": QUOTE_TRONG}]}
    )
    for _ in range(len(windows) * len(asked)):
        stub.enqueue_completion({"verdicts": []})
    verify_digest(small, article, settings=settings, batch_size=2)
    requests = stub.completion_requests
    assert f"{second.id}. " in requests[1].messages[-1]["content"]
    assert f"{first.id}. {first.text}" not in requests[1].messages[-1]["content"]
    assert "(part 2 of" in requests[1].messages[-1]["content"]
