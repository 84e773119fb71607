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
        ("colour = 'red'\n", "invalid setting colour"),
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
