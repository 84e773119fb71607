"""Fixtures for publish tests: a real SQLite store with posts, and the loopback blog servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site.digest_factory import store_post
from tests.support.blog_servers import HatenaServer, WordPressServer
from yoten.store import Store

HATENA_KEY = "hatena-secret-key-7f3a9c"
WP_PASSWORD = "abcd efgh ijkl mnop qrst uvwx"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'yoten.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened


@pytest.fixture
def post_id(store: Store) -> int:
    return store_post(store, 1)


@pytest.fixture
def hatena() -> Iterator[HatenaServer]:
    with HatenaServer(
        user="yoten-user", blog_id="yoten.hatenablog.com", api_key=HATENA_KEY
    ) as server:
        yield server


@pytest.fixture
def hatena_basic() -> Iterator[HatenaServer]:
    with HatenaServer(
        user="yoten-user", blog_id="yoten.hatenablog.com", api_key=HATENA_KEY, auth="basic"
    ) as server:
        yield server


@pytest.fixture
def wordpress() -> Iterator[WordPressServer]:
    with WordPressServer(user="editor", app_password=WP_PASSWORD) as server:
        yield server
