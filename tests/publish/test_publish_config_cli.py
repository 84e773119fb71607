"""Credentials from env / yoten.toml, and `yoten publish` end to end against loopback servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.publish.conftest import HATENA_KEY, WP_PASSWORD
from tests.support.blog_servers import HatenaServer, WordPressServer
from yoten.errors import ConfigError, InputError
from yoten.publish import HatenaConfig, WordPressConfig, publisher_for


def test_hatena_config_env_beats_file(tmp_path: Path) -> None:
    toml = tmp_path / "yoten.toml"
    toml.write_text(
        '[publish.hatena]\nuser = "file-user"\nblog_id = "file.hatenablog.com"\n'
        'api_key = "file-key"\nauth = "basic"\n',
        encoding="utf-8",
    )
    cfg = HatenaConfig.load(environ={"YOTEN_HATENA_USER": "env-user"}, config_file=toml)
    assert (cfg.user, cfg.blog_id, cfg.api_key, cfg.auth) == (
        "env-user",
        "file.hatenablog.com",
        "file-key",
        "basic",
    )
    assert cfg.root == "https://blog.hatena.ne.jp/env-user/file.hatenablog.com"
    assert "file-key" not in repr(cfg)


def test_missing_credentials_name_the_variable() -> None:
    with pytest.raises(ConfigError, match="YOTEN_HATENA_API_KEY"):
        HatenaConfig.load(environ={"YOTEN_HATENA_USER": "u", "YOTEN_HATENA_BLOG_ID": "b"})
    with pytest.raises(ConfigError, match="YOTEN_WP_APP_PASSWORD"):
        WordPressConfig.load(
            environ={"YOTEN_WP_URL": "https://wp.example.jp", "YOTEN_WP_USER": "u"}
        )
    with pytest.raises(ConfigError, match="unknown publish target"):
        publisher_for("myspace", environ={})


def test_non_http_urls_are_refused() -> None:
    with pytest.raises(InputError, match="http"):
        WordPressConfig.load(
            environ={
                "YOTEN_WP_URL": "file:///etc/passwd",
                "YOTEN_WP_USER": "u",
                "YOTEN_WP_APP_PASSWORD": "p",
            }
        )
    with pytest.raises(InputError, match="http"):
        HatenaConfig.load(
            environ={
                "YOTEN_HATENA_USER": "u",
                "YOTEN_HATENA_BLOG_ID": "b",
                "YOTEN_HATENA_API_KEY": "k",
                "YOTEN_HATENA_ENDPOINT": "gopher://x",
            }
        )
    with pytest.raises(ConfigError, match="wsse or basic"):
        HatenaConfig.load(
            environ={
                "YOTEN_HATENA_USER": "u",
                "YOTEN_HATENA_BLOG_ID": "b",
                "YOTEN_HATENA_API_KEY": "k",
                "YOTEN_HATENA_AUTH": "digest",
            }
        )


@pytest.mark.slow
def test_cli_publish_hatena_twice_updates(
    cli,
    hatena: HatenaServer,
    db_url: str,
    post_id: int,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("YOTEN_HATENA_USER", hatena.user)
    monkeypatch.setenv("YOTEN_HATENA_BLOG_ID", hatena.blog_id)
    monkeypatch.setenv("YOTEN_HATENA_API_KEY", HATENA_KEY)
    monkeypatch.setenv("YOTEN_HATENA_ENDPOINT", hatena.root)
    first = cli("publish", str(post_id), "--to", "hatena", "--draft", "--db", db_url)
    assert first.code == 0, first.err
    assert first.out.startswith("hatena: created draft post ")
    second = cli("publish", str(post_id), "--to", "hatena", "--db", db_url)
    assert second.code == 0 and second.out.startswith("hatena: updated published post ")
    assert len(hatena.entries) == 1
    assert next(iter(hatena.entries.values())).draft == "no"
    for result in (first, second):
        assert HATENA_KEY not in result.out + result.err


@pytest.mark.slow
def test_cli_publish_wordpress_from_config_file(
    cli,
    wordpress: WordPressServer,
    db_url: str,  # type: ignore[no-untyped-def]
    post_id: int,
) -> None:
    Path("yoten.toml").write_text(
        f'[yoten]\ndb = "{db_url}"\n\n[publish.wordpress]\nurl = "{wordpress.base_url}"\n'
        f'user = "{wordpress.user}"\napp_password = "{WP_PASSWORD}"\n',
        encoding="utf-8",
    )
    result = cli("publish", str(post_id), "--to", "wordpress", "--tag", "外交")
    assert result.code == 0, result.err
    (remote_id,) = wordpress.posts
    assert (
        result.out
        == f"wordpress: created published post {remote_id} {wordpress.base_url}/?p={remote_id}\n"
    )
    assert wordpress.posts[remote_id].status == "publish"
    assert list(wordpress.tags.values()) == ["外交", "BBC"]
    assert WP_PASSWORD not in result.out + result.err


@pytest.mark.slow
def test_cli_publish_errors_are_one_line(
    cli,
    hatena: HatenaServer,
    db_url: str,
    post_id: int,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = cli("publish", str(post_id), "--to", "hatena", "--db", db_url)
    assert missing.code == 2 and "YOTEN_HATENA_USER" in missing.err
    monkeypatch.setenv("YOTEN_HATENA_USER", hatena.user)
    monkeypatch.setenv("YOTEN_HATENA_BLOG_ID", hatena.blog_id)
    monkeypatch.setenv("YOTEN_HATENA_API_KEY", "not-the-key")
    monkeypatch.setenv("YOTEN_HATENA_ENDPOINT", hatena.root)
    denied = cli("publish", str(post_id), "--to", "hatena", "--db", db_url)
    assert denied.code == 5
    assert (
        denied.err.count("\n") == 1 and "HTTP 401" in denied.err and "not-the-key" not in denied.err
    )
    unknown = cli("publish", "999", "--to", "hatena", "--db", db_url)
    assert unknown.code == 2 and "no post with id 999" in unknown.err
    assert cli("publish", str(post_id), "--to", "tumblr", "--db", db_url).code == 2
