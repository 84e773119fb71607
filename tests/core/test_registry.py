"""Engines, renderers and publishers: built-ins imported directly, plugins through entry points."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from yoten import registry
from yoten.errors import ConfigError
from yoten.publish import Entry, RemotePost, publisher_for
from yoten.settings import load_settings

PLUGIN = '''
from yoten.publish import Entry, RemotePost


class EchoPublisher:
    """A third-party blog service that keeps posts in memory."""

    target = "echo"

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.posts: dict[str, Entry] = {}

    @classmethod
    def configured(cls, *, environ, config_file, timeout, max_retry_wait):
        return cls(timeout)

    def create(self, entry):
        self.posts[str(len(self.posts) + 1)] = entry
        return RemotePost(str(len(self.posts)), None)

    def update(self, remote_id, entry):
        self.posts[remote_id] = entry
        return RemotePost(remote_id, None)

    def close(self):
        pass


class FakeExtractive:
    """Claims a built-in's name: the built-in must win."""
'''


@pytest.fixture
def plugin(tmp_path: Path) -> Iterator[None]:
    """A real installed distribution (a dist-info folder on sys.path) with entry points."""
    (tmp_path / "yoten_echo.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "yoten_echo-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: yoten-echo\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        "[yoten.publishers]\necho = yoten_echo:EchoPublisher\n\n"
        "[yoten.engines]\nextractive = yoten_echo:FakeExtractive\n",
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    registry._entries.cache_clear()
    try:
        yield
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("yoten_echo", None)
        registry._entries.cache_clear()


def test_built_ins_need_no_entry_points() -> None:
    """Every built-in resolves from DEFAULT_PLUGINS, installed metadata or not."""
    for kind, names in registry.DEFAULT_PLUGINS.items():
        assert set(names) <= set(registry.available(kind))
        for name in names:
            assert callable(registry.load(kind, name))
    assert registry.available("publisher") == ["hatena", "wordpress"]


def test_a_plugin_publisher_registers_like_an_engine(plugin: None) -> None:
    assert "echo" in registry.available("publisher")
    publisher = publisher_for("echo", timeout=7.0)
    assert publisher.target == "echo" and getattr(publisher, "timeout", None) == 7.0
    remote = publisher.create(Entry("題", "本文", "<p>本文</p>"))
    assert remote == RemotePost("1", None)
    # a plugin cannot take a built-in's name
    from yoten.engines.extractive import ExtractiveEngine

    assert registry.load("engine", "extractive") is ExtractiveEngine


def test_unknown_names_are_one_line() -> None:
    with pytest.raises(ConfigError, match="unknown publisher 'myspace'"):
        registry.load("publisher", "myspace")
    with pytest.raises(ConfigError, match="unknown publish target 'myspace'"):
        publisher_for("myspace", environ={})
    with pytest.raises(ConfigError, match=r"choose from: extractive, openai"):
        load_settings({"engine": "gpt"}, environ={}, config_file=None)
