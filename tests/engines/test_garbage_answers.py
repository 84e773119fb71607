"""Garbage from a model server is "engine: invalid response" (exit 3), never exit 70 (issue 12, item 9).

The server is a hostile loopback server: an ordinary web app's HTML page,
``{"choices": 5}``, JSON nested 100,000 deep, a 50,000-digit number, an SSE
stream, and a 25 MB answer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.hostile import HostileServer, response
from tests.support.openai_server import completion_body

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "en-harbour-ferry.html"
SEED = ROOT / "tests" / "data" / "seed-putin-vietnam.txt"
SOURCE = ROOT / "tests" / "data" / "check" / "seed-source.html"
JSON = {"Content-Type": "application/json"}

GARBAGE = {
    "html page": response(b"<!DOCTYPE html><html><body><h1>Welcome to our shop</h1></body></html>"),
    "choices 5": response(b'{"choices": 5}', headers=JSON),
    "deep nesting": response(b"[" * 100_000 + b"]" * 100_000, headers=JSON),
    "long number": response(b'{"choices": [], "n": ' + b"9" * 50_000 + b"}", headers=JSON),
    "sse stream": response(
        b'data: {"choices": [{"delta": {"content": "x"}}]}\n\ndata: [DONE]\n\n',
        headers={"Content-Type": "text/event-stream"},
    ),
    "huge answer": response(b'{"pad": "' + b"x" * 25_000_000 + b'"}', headers=JSON),
    "deep content": response(
        json.dumps(completion_body("[" * 50_000 + "]" * 50_000)).encode(), headers=JSON
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(GARBAGE))
def test_digest_with_garbage_answers_exits_3(cli, hostile: HostileServer, kind: str) -> None:
    hostile.routes["/v1/chat/completions"] = GARBAGE[kind]
    r = cli(
        "digest",
        str(ARTICLE),
        "--base-url",
        f"{hostile.base}/v1",
        "--model",
        "m",
        "--timeout",
        "20",
    )
    assert r.code == 3, r.err
    # the error is one line (log lines of an earlier in-process worker test may precede it)
    assert r.err.strip().splitlines()[-1].startswith("yoten: engine:"), r.err
    assert "internal error" not in r.err and "Traceback" not in r.err


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["html page", "choices 5", "long number"])
def test_check_verify_with_garbage_answers_exits_3(cli, hostile: HostileServer, kind: str) -> None:
    hostile.routes["/v1/chat/completions"] = GARBAGE[kind]
    r = cli(
        "check",
        str(SEED),
        "-s",
        str(SOURCE),
        "--verify",
        "--base-url",
        f"{hostile.base}/v1",
        "--model",
        "m",
    )
    assert r.code == 3 and "engine: invalid response" in r.err, r.err


@pytest.mark.slow
def test_a_huge_bad_answer_is_not_sent_back(cli, hostile: HostileServer) -> None:
    from yoten.engines.model_client import MAX_ECHO_CHARS

    big = "not json " * (MAX_ECHO_CHARS // 4)
    hostile.routes["/v1/chat/completions"] = response(
        json.dumps(completion_body(big)).encode(), headers=JSON
    )
    r = cli("digest", str(ARTICLE), "--base-url", f"{hostile.base}/v1", "--model", "m")
    assert r.code == 3 and "invalid JSON" in r.err
    # Every retry (and the model client's probes of the output mode) is short: the
    # huge invalid answer is never pasted back into the conversation.
    assert len(hostile.sizes) >= 3 and max(hostile.sizes) < len(big), hostile.sizes


@pytest.mark.slow
def test_a_gzip_bomb_answer_is_capped_in_memory(cli, hostile: HostileServer) -> None:
    import tracemalloc

    from tests.support.hostile import gzip_bomb

    hostile.routes["/v1/chat/completions"] = response(
        gzip_bomb(300_000_000), headers={**JSON, "Content-Encoding": "gzip"}
    )
    tracemalloc.start()
    try:
        r = cli(
            "digest",
            str(ARTICLE),
            "--base-url",
            f"{hostile.base}/v1",
            "--model",
            "m",
            "--timeout",
            "30",
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.code == 3 and "invalid response" in r.err and "larger than" in r.err, r.err
    assert peak < 100_000_000, f"peak {peak / 1e6:.0f} MB"


@pytest.mark.slow
def test_dripped_model_answer_hits_the_overall_deadline(cli, hostile: HostileServer) -> None:
    import time

    from tests.support.hostile import drip

    hostile.routes["/v1/chat/completions"] = drip(0.2, total=10.0)
    started = time.monotonic()
    r = cli(
        "digest", str(ARTICLE), "--base-url", f"{hostile.base}/v1", "--model", "m", "--timeout", "1"
    )
    took = time.monotonic() - started
    assert r.code == 3 and (
        "no first token within 1 s" in r.err or "no complete answer within 1 s" in r.err
    ), r.err
    assert took < 8, f"{took:.1f} s for --timeout 1 (3 attempts)"
