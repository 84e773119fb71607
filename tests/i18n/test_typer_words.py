"""Typer's own words (usage line, headings, help option, usage errors) in the user's language."""

from __future__ import annotations

import ast
import gettext
import inspect
import os
import re
import subprocess
import sys

import pytest

from yoten.cli.typer_words import TEMPLATES, TYPER_GETTEXT

#: English words of Typer and Click that must not reach a Japanese user.
ENGLISH = re.compile(
    r"Usage:|Options:|Arguments:|Commands:|Error:|Try '|Show this message|Missing |No such|"
    r"Invalid value|unexpected extra|requires an|take a value|Input should|Did you mean|"
    r"\[required\]|\[default:"
)

USAGE_ERRORS = [
    (("digest",), "エラー: 引数 'source' を指定してください。"),
    (("feeds", "add"), "エラー: 引数 'url' を指定してください。"),
    (("digest", "x.html", "--bogus"), "エラー: そのようなオプションはありません: --bogus"),
    (
        ("posts", "list", "--limit", "abc"),
        "'--limit' の値が正しくありません: 整数を指定してください",
    ),
    (
        ("posts", "list", "--limit", "1.5"),
        "'--limit' の値が正しくありません: 整数を指定してください",
    ),
    (
        ("digest", "x.html", "--max-tokens", "5"),
        "'--max-tokens' の値が正しくありません: 16 以上の値",
    ),
    (("run", "--concurrency", "100"), "'--concurrency' / '-c' の値が正しくありません: 64 以下の値"),
    (("url", "a", "b", "c"), "エラー: 余分な引数があります(b c)"),
    (("digest", "x.html", "-o"), "エラー: オプション '-o' には値が必要です。"),
    (("digest", "x.html", "--check=yes"), "エラー: オプション '--check' は値を取りません。"),
    (("nocmd",), "エラー: コマンド 'nocmd' はありません。"),
    (("posts", "lst"), "エラー: コマンド 'lst' はありません。 もしかして 'list' ですか?"),
]


def test_help_in_japanese(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    shown = cli("digest", "--help")
    assert shown.code == 0
    assert shown.out.startswith("使い方: yoten digest [OPTIONS]")
    for words in ("\n引数:\n", "\nオプション:\n", "このヘルプを表示して終了します。", "[必須]"):
        assert words in shown.out
    assert "[既定: check]" in shown.out
    assert not ENGLISH.search(shown.out), ENGLISH.search(shown.out)
    root = cli("--help")
    assert "\nコマンド:\n" in root.out and not ENGLISH.search(root.out)
    group = cli("posts")  # no subcommand: the group's help, on stderr
    assert group.code == 2 and "\nコマンド:\n" in group.err and not ENGLISH.search(group.err)


@pytest.mark.parametrize(("args", "said"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_usage_errors_in_japanese(cli, monkeypatch: pytest.MonkeyPatch, args, said) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    result = cli(*args)
    assert result.code == 2
    assert said in result.err
    assert not ENGLISH.search(result.err), result.err
    assert "Traceback" not in result.err


@pytest.mark.slow
def test_usage_errors_keep_their_english_wording(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("digest").err == (
        "Usage: yoten digest [OPTIONS] {source}\n"
        "Try 'yoten digest -h' for help.\n\n"
        "Error: Missing argument 'source'.\n"
    )
    limit = cli("posts", "list", "--limit", "abc").err
    assert limit.endswith(
        "Error: Invalid value for '--limit': Input should be a valid integer, "
        "unable to parse string as an integer\n"
    )
    assert cli("posts", "lst").err.endswith("Error: No such command 'lst'. Did you mean 'list'?\n")
    shown = cli("digest", "--help").out
    assert "Usage: yoten digest" in shown and "Show this message and exit." in shown


@pytest.mark.slow
def test_the_library_words_follow_yotens_language_not_only_the_locale(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("YOTEN_LANGUAGE", "ja")  # LANG is C.UTF-8
    assert "エラー: 引数 'source' を指定してください。" in cli("digest").err
    assert "使い方: yoten digest" in cli("digest", "-h").out
    monkeypatch.setenv("YOTEN_LANGUAGE", "en")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert "Error: Missing argument 'source'." in cli("digest").err
    monkeypatch.delenv("YOTEN_LANGUAGE")
    monkeypatch.setenv("LANGUAGE", "fr")
    before = gettext.textdomain()
    assert "エラー:" in cli("digest").err  # LANG decides for yoten, as its docs say
    assert os.environ["LANGUAGE"] == "fr" and gettext.textdomain() == before  # both restored


@pytest.mark.slow
def test_the_real_command_in_japanese_and_in_english() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    run = [sys.executable, "-m", "yoten", "posts", "list", "--limit", "0"]
    ja = subprocess.run(
        run, env={**env, "LANG": "ja_JP.UTF-8"}, capture_output=True, text=True, check=False
    )
    assert ja.returncode == 2
    assert "エラー: '--limit' の値が正しくありません: 1 以上の値を指定してください" in ja.stderr
    assert not ENGLISH.search(ja.stderr)
    en = subprocess.run(run, env={**env, "LANG": "C"}, capture_output=True, text=True, check=False)
    assert en.returncode == 2
    assert "Error: Invalid value for '--limit': Input should be greater than or equal to 1" in (
        en.stderr
    )


def test_every_word_typer_asks_gettext_for_is_in_the_catalog() -> None:
    """Fails when a Typer release asks gettext for a word yoten's catalog does not have."""
    import typer.core

    asked = {
        node.args[0].value
        for node in ast.walk(ast.parse(inspect.getsource(typer.core)))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert asked and asked <= set(TYPER_GETTEXT), sorted(asked - set(TYPER_GETTEXT))


def test_every_template_is_said_in_japanese() -> None:
    from yoten.i18n import gettext as translate
    from yoten.validation_words import PYDANTIC

    for template in (*TEMPLATES, *PYDANTIC.values()):
        assert translate(template, "ja") != template, template
