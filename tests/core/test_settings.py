"""Settings precedence: flags → environment → yoten.toml → defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from yoten.errors import ConfigError
from yoten.settings import load_settings


def test_precedence(tmp_path: Path) -> None:
    cfg = tmp_path / "yoten.toml"
    cfg.write_text(
        '[yoten]\nmodel = "file"\nbase-url = "http://file/v1"\ntimeout = 5\n', encoding="utf-8"
    )
    env = {"YOTEN_MODEL": "env", "OPENAI_API_KEY": "sk-openai", "YOTEN_API_KEY": "sk-yoten"}
    s = load_settings({"model": "flag", "timeout": None}, environ=env, config_file=cfg)
    assert s.model == "flag" and s.timeout == 5 and s.base_url == "http://file/v1"
    assert s.api_key is not None and s.api_key.get_secret_value() == "sk-yoten"
    assert s.effective_engine == "openai"
    assert load_settings(environ={}, config_file=None).effective_engine in {"extractive", "openai"}


def test_other_tables_are_ignored(tmp_path: Path) -> None:
    cfg = tmp_path / "yoten.toml"
    cfg.write_text(
        'model = "m"\n[publish.hatena]\nuser = "u"\n[site]\ntitle = "t"\n', encoding="utf-8"
    )
    assert load_settings(environ={}, config_file=cfg).model == "m"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("timeout = -1\n", "invalid setting timeout"),
        ("not toml = = 1\n", "cannot read config file"),
        ("colour = 'red'\n", "unknown setting colour"),
        # the nested tables: a wrong type or key is one line naming it
        ("[site]\nper-page = 'ten'\n", "invalid setting site.per-page: .*integer"),
        ("[site]\nper-page = true\n", "invalid setting site.per-page"),
        ("[site]\ntitle = 5\n", "invalid setting site.title: .*string"),
        ("[site]\nbase-url = 'file:///etc/'\n", "invalid setting site.base-url: must be an http"),
        ("[site]\ntimezone = 'Mars/Olympus'\n", "invalid setting site.timezone: unknown time zone"),
        ("[site]\ncolour = 'red'\n", "unknown setting site.colour"),
        ("[site]\nimages-dir = 5\n", "invalid setting site.images-dir"),  # was exit 70
        ("[publish.hatena]\nuser = 5\n", "invalid setting publish.hatena.user: .*string"),
        ("[publish.wordpress]\npasword = 'x'\n", "unknown setting publish.wordpress.pasword"),
        ("site = 'x'\n[yoten]\nmodel = 'm'\n[site]\n", "cannot read config file"),
        ("[yoten]\nengine = 'gpt'\n", "invalid setting engine: unknown engine 'gpt' .*extractive"),
    ],
)
def test_bad_config_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "yoten.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(environ={}, config_file=cfg)


def test_api_key_never_in_repr() -> None:
    s = load_settings(environ={"YOTEN_API_KEY": "sk-very-secret-key"}, config_file=None)
    assert "sk-very-secret-key" not in repr(s) and "sk-very-secret-key" not in str(s.masked())


def test_nested_tables_are_one_model(tmp_path: Path) -> None:
    """[site], [publish.*] and [extractive] come back validated, keys with - or _."""
    cfg = tmp_path / "yoten.toml"
    cfg.write_text(
        '[yoten]\nmodel = "m"\n[site]\ntitle = "世界の要点"\nper-page = 5\n'
        'base-url = "https://blog.example.jp"\nimages-dir = "~/pictures"\n'
        '[publish.hatena]\nuser = "u"\napi_key = "k-secret"\n'
        "[extractive]\nratio = 0.5\n",
        encoding="utf-8",
    )
    s = load_settings(environ={}, config_file=cfg)
    assert (s.site.title, s.site.per_page, s.site.feed_limit) == ("世界の要点", 5, 20)
    assert s.site.base_url == "https://blog.example.jp/"
    assert s.site.images_dir == Path("~/pictures").expanduser()
    assert s.services.hatena.user == "u" and s.services.wordpress.url is None
    assert s.extractive == {"ratio": 0.5}
    shown = str(s.masked())
    assert "k-secret" not in shown and "k-secret" not in repr(s)


def test_engine_is_checked_against_the_registry() -> None:
    assert load_settings({"engine": "extractive"}, environ={}, config_file=None).engine == (
        "extractive"
    )
    with pytest.raises(ConfigError, match="unknown engine 'nope'"):
        load_settings({"engine": "nope"}, environ={}, config_file=None)


def test_the_file_is_parsed_once_while_unchanged(tmp_path: Path) -> None:
    """One reader: a second load reuses the parsed file; an edit is seen."""
    from yoten import paths

    cfg = tmp_path / "yoten.toml"
    cfg.write_text('model = "first"\n', encoding="utf-8")
    calls: list[str] = []
    real = paths.tomllib.loads

    def counting(text: str) -> dict[str, object]:
        calls.append(text)
        return real(text)

    paths.tomllib.loads = counting  # type: ignore[assignment]
    try:
        assert load_settings(environ={}, config_file=cfg).model == "first"
        assert load_settings(environ={}, config_file=cfg).model == "first"
        assert len(calls) == 1
        cfg.write_text('model = "second one"\n', encoding="utf-8")
        assert load_settings(environ={}, config_file=cfg).model == "second one"
        assert len(calls) == 2
    finally:
        paths.tomllib.loads = real  # type: ignore[assignment]
