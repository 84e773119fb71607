"""`yoten digest --engine openai` end to end, against the stub server."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.support.openai_server import OpenAIStubServer

DATA = Path(__file__).resolve().parents[1] / "data" / "openai"
KEY = "sk-cli-test-0d9e8f7a6b5c-SECRET"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("yoten.cli.core") is None, reason="`yoten digest` not written yet"
)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    article = json.loads((DATA / "article-aldoria.json").read_text(encoding="utf-8"))
    path = tmp_path / "aldoria.txt"
    path.write_text(article["title"] + "\n\n" + article["text"] + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_cli_digest_with_the_openai_engine(
    cli, article_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YOTEN_API_KEY", KEY)
    answer = json.loads((DATA / "digest-aldoria.json").read_text(encoding="utf-8"))
    with OpenAIStubServer() as srv:
        srv.enqueue_completion(answer, prompt_tokens=1500, completion_tokens=1100)
        result = cli(
            "digest",
            str(article_file),
            "--engine",
            "openai",
            "--base-url",
            srv.base_url,
            "--model",
            "stub-model",
            "--no-check",
            "--format",
            "json",
        )
        [request] = srv.completion_requests
    assert result.code == 0, result.err
    digest = json.loads(result.out)
    assert digest["headline"] == "マーシュ:カルスクからトゥヴァナへ"
    assert digest["meta"]["engine"] == "openai"
    assert digest["meta"]["prompt_tokens"] == 1500
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert "Trade between Aldoria and Tuvana reached $3.5 billion" in request.prompt_text
    assert KEY not in result.out + result.err


@pytest.mark.slow
def test_cli_rejected_key_exits_3_with_one_line(
    cli, article_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("YOTEN_API_KEY", KEY)
    with OpenAIStubServer() as srv:
        srv.enqueue_error(401, f"Incorrect API key provided: {KEY}", type="invalid_request_error")
        result = cli(
            "digest",
            str(article_file),
            "--engine",
            "openai",
            "--base-url",
            srv.base_url,
            "--model",
            "stub-model",
            "--no-check",
        )
    assert result.code == 3
    assert result.err.strip().splitlines()[-1] == (
        f"yoten: engine: server rejected the API key ({srv.base_url})"
    )
    assert "Traceback" not in result.err
    assert KEY not in result.out + result.err


def test_cli_openai_without_model_is_a_config_error(cli, article_file: Path) -> None:
    result = cli(
        "digest", str(article_file), "--engine", "openai", "--base-url", "http://127.0.0.1:9/v1"
    )
    assert result.code == 2
    assert "needs --base-url and --model" in result.err


@pytest.mark.slow
def test_cli_timeout_reaches_the_model_and_takes_durations(cli, article_file: Path) -> None:
    with OpenAIStubServer() as srv:
        srv.enqueue_completion("{}", delay=3.0)
        base = ["digest", str(article_file), "--base-url", srv.base_url, "--model", "stub-model"]
        result = cli(*base, "--timeout", "0.5s", "--no-check")
        bad = cli(*base, "--timeout", "soon")
    assert result.code == 3
    assert (
        result.err.strip().splitlines()[-1].startswith("yoten: engine: no first token within 0.5 s")
    )
    assert bad.code == 2 and "model-timeout" in bad.err and "15m" in bad.err
    assert "Traceback" not in result.err + bad.err


@pytest.mark.slow
@pytest.mark.parametrize("command", ["digest", "check", "run", "models", "worker"])
def test_every_command_that_calls_a_model_has_timeout(cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.code == 0 and "--timeout" in result.out
