"""The core commands end to end, in-process and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from yoten.render.parse import parse_post
from yoten.render.text import render_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED_URL = (
    "https://www.france24.com/en/asia-pacific/20240620-russia-s-putin-arrives-in-vietnam-after-"
    "signing-defence-pact-with-north-korea?utm_medium=email&utm_campaign=newsletter&utm_source="
    "f24-nl-quot-en&utm_email_send_date=%2020240620&utm_email_recipient=263407&utm_email_link="
    "contenus&_ope=eyJndWlkIjoiYWU3N2I1MjkzZWQ3MzhmMjFlZjM2YzdkNjFmNTNiNWEifQ%3D%3D"
)


def test_url_seed(cli) -> None:
    r = cli("url", SEED_URL)
    assert r.code == 0
    assert r.out.strip() == (
        "https://www.france24.com/en/asia-pacific/20240620-russia-s-putin-arrives-in-vietnam-"
        "after-signing-defence-pact-with-north-korea"
    )


def test_url_refuses_other_schemes(cli) -> None:
    r = cli("url", "ftp://example.com/a")
    assert r.code == 2 and r.out == ""
    assert len(r.err.strip().splitlines()) == 1


def test_schema(cli) -> None:
    r = cli("schema")
    schema = json.loads(r.out)
    assert r.code == 0 and "headline" in schema["properties"] and "Overview" in schema["$defs"]


@pytest.mark.slow
def test_parse_then_render(cli, seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "digest.json"
    assert cli("parse", str(seed_path), "-o", str(out)).code == 0
    assert (
        json.loads(out.read_text(encoding="utf-8"))["headline"] == "プーチン:北朝鮮からベトナムへ"
    )
    r = cli("render", str(out), "--format", "text")
    assert r.code == 0
    assert r.out == render_text(parse_post(seed_path.read_text(encoding="utf-8")))
    html = cli("render", str(out), "-o", str(tmp_path / "post.html"))
    assert html.code == 0 and (tmp_path / "post.html").read_text(encoding="utf-8").startswith(
        "<!DOCTYPE html>"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("parse", "does-not-exist.txt"), "file not found"),
        (("parse", "{prose}"), "not a post in the house format"),
        (("render", "{prose}", "-f", "pdf"), "not a post in the house format"),
        (("digest", "does-not-exist.html"), "file not found"),
        (("digest", "{empty}"), ""),
        (("digest", "{prose}", "--engine", "nope"), "unknown engine 'nope'"),
        (("digest", "{prose}", "--engine", "openai"), "needs --base-url"),
    ],
)
def test_bad_input_is_one_line_exit_2(
    cli, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    (tmp_path / "prose.txt").write_text("Just a sentence of prose.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    argv = [a.format(prose=tmp_path / "prose.txt", empty=tmp_path / "empty.txt") for a in args]
    r = cli(*argv)
    assert r.code == 2, r.err
    assert len(r.err.strip().splitlines()) == 1 and message in r.err
    assert "Traceback" not in r.err


def test_digest_japanese_example(cli, tmp_path: Path) -> None:
    r = cli("digest", str(EXAMPLES / "ja-kyoto-tram.html"))
    assert r.code == 0, r.err
    for marker in ("【概要】", "主なハイライト", "【詳細】", "【要点】", "【引用・参照・底本】"):
        assert marker in r.out
    assert "does not translate" not in r.err and "check: no findings" in r.err
    d = parse_post(r.out)
    assert d.sources[0].url and "utm_" not in d.sources[0].url


def test_digest_english_example_says_it_did_not_translate(cli, tmp_path: Path) -> None:
    out = tmp_path / "post.md"
    r = cli("digest", str(EXAMPLES / "en-harbour-ferry.html"), "-o", str(out))
    assert r.code == 0, r.err
    assert "does not translate" in r.err
    assert "check: no findings" in r.err  # an English digest is read with the English number rules
    assert out.read_text(encoding="utf-8").startswith("# ")  # Markdown chosen from the suffix


def test_digest_stdin_json(cli) -> None:
    text = (EXAMPLES / "en-harbour-ferry.txt").read_text(encoding="utf-8")
    r = cli("digest", "-", "--format", "json", stdin=text)
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["meta"]["engine"] == "extractive" and data["key_points"]


@pytest.mark.slow
def test_engine_failure_keeps_existing_output(cli, tmp_path: Path) -> None:
    out = tmp_path / "post.txt"
    out.write_text("previous post\n", encoding="utf-8")
    r = cli(
        "digest",
        str(EXAMPLES / "en-harbour-ferry.html"),
        "-o",
        str(out),
        "--engine",
        "openai",
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--model",
        "m",
        "--timeout",
        "2",
    )
    assert r.code == 3, r.err
    assert len(r.err.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "previous post\n"
    assert [p.name for p in tmp_path.iterdir()] == ["post.txt"]  # no temp file left behind


def test_config_show_masks_the_key(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (Path.cwd() / "yoten.toml").write_text(
        '[yoten]\nmodel = "from-file"\ntimeout = 30\n', encoding="utf-8"
    )
    monkeypatch.setenv("YOTEN_API_KEY", "sk-test-abcdefghijklmnop")
    monkeypatch.setenv("YOTEN_MODEL", "from-env")
    r = cli("config", "show")
    data = json.loads(r.out)
    assert "abcdefghijkl" not in r.out and data["api_key"].startswith("****")
    assert (
        data["model"] == "from-env" and data["timeout"] == 30.0
    )  # env beats file; file beats default


@pytest.mark.slow
def test_real_process_error_has_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "yoten", "digest", str(tmp_path / "missing.html")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"yoten: ingest: file not found ({tmp_path / 'missing.html'})"
    ]


def test_usage_errors_exit_2(cli) -> None:
    r = cli("digest", "--no-such-flag", "x.html")
    assert r.code == 2 and "No such option" in r.err and "Traceback" not in r.err
    assert cli("no-such-command").code == 2
