"""`yoten digest` checks what the model wrote; --strict refuses to write a post with errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.openai_server import OpenAIStubServer

DATA = Path(__file__).resolve().parents[1] / "data" / "openai"


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    article = json.loads((DATA / "article-aldoria.json").read_text(encoding="utf-8"))
    path = tmp_path / "aldoria.txt"
    path.write_text(article["title"] + "\n\n" + article["text"] + "\n", encoding="utf-8")
    return path


def _answer(*, planted: bool) -> dict[str, object]:
    text = (DATA / "digest-aldoria.json").read_text(encoding="utf-8")
    if planted:  # a figure the source never states
        assert "35億ドル" in text
        text = text.replace("35億ドル", "53億ドル", 1)
    return json.loads(text)


@pytest.mark.slow
@pytest.mark.parametrize("planted", [False, True])
def test_check_runs_after_generation(
    cli, article_file: Path, tmp_path: Path, planted: bool
) -> None:
    out = tmp_path / "post.txt"
    with OpenAIStubServer() as srv:
        srv.enqueue_completion(_answer(planted=planted))
        r = cli(
            "digest",
            str(article_file),
            "--base-url",
            srv.base_url,
            "--model",
            "stub",
            "-o",
            str(out),
        )
    assert r.code == 0, r.err
    assert out.exists()  # without --strict the post is written either way
    if planted:
        assert "53億ドル" in r.err and "number.contradicted" in r.err and "$3.5 billion" in r.err
    else:
        assert "53億ドル" not in r.err


def test_strict_writes_nothing_and_exits_4(cli, article_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "post.txt"
    with OpenAIStubServer() as srv:
        srv.enqueue_completion(_answer(planted=True))
        r = cli(
            "digest",
            str(article_file),
            "--base-url",
            srv.base_url,
            "--model",
            "stub",
            "-o",
            str(out),
            "--strict",
        )
    assert r.code == 4
    assert (
        r.err.strip().splitlines()[-1].startswith("yoten: check: 1 error(s) found; nothing written")
    )
    assert not out.exists() and list(tmp_path.iterdir()) == [article_file]
