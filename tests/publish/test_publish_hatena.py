"""Hatena Blog AtomPub against the loopback Hatena server."""

from __future__ import annotations

import time
from xml.etree import ElementTree as ET

import pytest

from tests.publish.conftest import HATENA_KEY
from tests.support.blog_servers import HatenaServer
from yoten.errors import PublishError
from yoten.publish import HatenaConfig, HatenaPublisher, publish_digest
from yoten.publish.hatena import wsse_header
from yoten.store import Store


def publisher(
    server: HatenaServer, *, auth: str = "wsse", key: str = HATENA_KEY, wait: float = 5
) -> HatenaPublisher:
    cfg = HatenaConfig(
        user=server.user, blog_id=server.blog_id, api_key=key, auth=auth, endpoint=server.root
    )  # type: ignore[arg-type]
    return HatenaPublisher(cfg, timeout=5, max_retry_wait=wait)


@pytest.mark.slow
def test_create_then_update_is_idempotent(hatena: HatenaServer, store: Store, post_id: int) -> None:
    post = store.get_post(post_id)
    first = publish_digest(
        post_id, post.digest, publisher(hatena), store, tags=["ロシア"], draft=True
    )
    assert first.created and first.remote_id in hatena.entries
    entry = hatena.entries[first.remote_id]
    assert entry.title == "記事1:首脳会談から経済協定へ"
    assert entry.content_type == "text/x-markdown"
    assert entry.draft == "yes"
    assert entry.categories == ["ロシア", "BBC"]
    assert entry.author == "yoten-user"
    assert "## 【概要】" in entry.content and "【引用・参照・底本】" in entry.content
    assert not entry.content.startswith("# ")  # the title is not repeated in the body
    sent = ET.fromstring(hatena.requests[0].body)
    assert (
        sent.find("{http://www.w3.org/2007/app}control/{http://www.w3.org/2007/app}draft")
        is not None
    )
    record = store.get_publication(post_id, "hatena")
    assert record is not None and record.remote_id == first.remote_id
    assert record.url == f"https://yoten.hatenablog.com/entry/{first.remote_id}"

    second = publish_digest(
        post_id, post.digest, publisher(hatena), store, tags=["ロシア"], draft=False
    )
    assert not second.created and second.remote_id == first.remote_id
    assert len(hatena.entries) == 1
    assert hatena.entries[first.remote_id].versions == 2
    assert hatena.entries[first.remote_id].draft == "no"
    assert [r.method for r in hatena.requests] == ["POST", "PUT"]
    assert hatena.requests[1].path.endswith(f"/atom/entry/{first.remote_id}")


@pytest.mark.slow
def test_wsse_tokens_are_fresh_and_verified(
    hatena: HatenaServer, store: Store, post_id: int
) -> None:
    post = store.get_post(post_id)
    publish_digest(post_id, post.digest, publisher(hatena), store)
    publish_digest(post_id, post.digest, publisher(hatena), store)
    tokens = [r.headers["X-WSSE"] for r in hatena.requests]
    assert len(set(tokens)) == 2 and all(HATENA_KEY not in t for t in tokens)
    assert all(r.status in (200, 201) for r in hatena.requests)


def test_wsse_digest_matches_the_spec() -> None:
    # PasswordDigest = Base64(SHA1(nonce + created + password)), Nonce = Base64(nonce); expected value from
    # printf %s 01234567892024-06-20T10:29:00Zsecret | openssl dgst -sha1 -binary | base64
    header = wsse_header("alice", "secret", nonce=b"0123456789", created="2024-06-20T10:29:00Z")
    assert header == (
        'UsernameToken Username="alice", PasswordDigest="v2ju2JpgnvU/CGR5WQG++fHO46U=", '
        'Nonce="MDEyMzQ1Njc4OQ==", Created="2024-06-20T10:29:00Z"'
    )


@pytest.mark.slow
def test_basic_auth(hatena_basic: HatenaServer, store: Store, post_id: int) -> None:
    result = publish_digest(
        post_id, store.get_post(post_id).digest, publisher(hatena_basic, auth="basic"), store
    )
    assert result.created and hatena_basic.requests[0].headers["Authorization"].startswith("Basic ")


@pytest.mark.slow
def test_wrong_key_is_a_one_line_error_without_the_key(
    hatena: HatenaServer, store: Store, post_id: int
) -> None:
    with pytest.raises(PublishError) as info:
        publish_digest(
            post_id, store.get_post(post_id).digest, publisher(hatena, key="wrong-key-123"), store
        )
    message = str(info.value)
    assert "authentication failed (HTTP 401)" in message and "YOTEN_HATENA_API_KEY" in message
    assert "wrong-key-123" not in message and "\n" not in message
    assert store.get_publication(post_id, "hatena") is None


@pytest.mark.slow
def test_short_429_is_retried_once(hatena: HatenaServer, store: Store, post_id: int) -> None:
    hatena.fail_next(429, retry_after="1")
    start = time.monotonic()
    result = publish_digest(post_id, store.get_post(post_id).digest, publisher(hatena), store)
    assert time.monotonic() - start >= 0.9
    assert result.created and [r.status for r in hatena.requests] == [429, 201]


@pytest.mark.slow
def test_long_429_and_repeated_429_are_errors(
    hatena: HatenaServer, store: Store, post_id: int
) -> None:
    digest = store.get_post(post_id).digest
    hatena.fail_next(429, retry_after="3600")
    with pytest.raises(PublishError, match=r"rate limited \(HTTP 429\); retry after 3600 s"):
        publish_digest(post_id, digest, publisher(hatena), store)
    assert len(hatena.requests) == 1
    hatena.fail_next(429, retry_after="0", times=2)
    with pytest.raises(PublishError, match="rate limited"):
        publish_digest(post_id, digest, publisher(hatena), store)
    assert len(hatena.requests) == 3 and hatena.entries == {}


@pytest.mark.slow
def test_server_error(hatena: HatenaServer, store: Store, post_id: int) -> None:
    hatena.fail_next(503)
    with pytest.raises(PublishError, match=r"server error \(HTTP 503\)"):
        publish_digest(post_id, store.get_post(post_id).digest, publisher(hatena), store)


@pytest.mark.slow
def test_deleted_remote_entry_is_created_again(
    hatena: HatenaServer, store: Store, post_id: int
) -> None:
    digest = store.get_post(post_id).digest
    first = publish_digest(post_id, digest, publisher(hatena), store)
    hatena.entries.clear()  # deleted on the service
    second = publish_digest(post_id, digest, publisher(hatena), store)
    assert second.created and second.remote_id != first.remote_id
    assert list(hatena.entries) == [second.remote_id]
    record = store.get_publication(post_id, "hatena")
    assert record is not None and record.remote_id == second.remote_id


@pytest.mark.slow
def test_unreachable_server(store: Store, post_id: int) -> None:
    cfg = HatenaConfig(user="u", blog_id="b", api_key="k", endpoint="http://127.0.0.1:9/blog")
    with pytest.raises(PublishError, match="cannot connect"):
        publish_digest(
            post_id, store.get_post(post_id).digest, HatenaPublisher(cfg, timeout=2), store
        )
