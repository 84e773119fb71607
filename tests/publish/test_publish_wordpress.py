"""WordPress REST against the loopback WordPress server."""

from __future__ import annotations

import pytest

from tests.publish.conftest import WP_PASSWORD
from tests.support.blog_servers import WordPressServer
from yoten.errors import PublishError
from yoten.publish import WordPressConfig, WordPressPublisher, publish_digest
from yoten.store import Store


def publisher(server: WordPressServer, password: str = WP_PASSWORD) -> WordPressPublisher:
    return WordPressPublisher(
        WordPressConfig(url=server.base_url, user=server.user, app_password=password), timeout=5
    )


@pytest.mark.slow
def test_create_with_tags_then_update(
    wordpress: WordPressServer, store: Store, post_id: int
) -> None:
    wordpress.tags[7] = "ロシア"  # already on the site
    post = store.get_post(post_id)
    first = publish_digest(
        post_id, post.digest, publisher(wordpress), store, tags=["ロシア", "外交"], draft=True
    )
    assert first.created
    remote = wordpress.posts[int(first.remote_id)]
    assert remote.status == "draft"
    assert remote.title == "記事1:首脳会談から経済協定へ"
    assert (
        "<h2>【概要】</h2>" in remote.content and "<h2>【引用・参照・底本】</h2>" in remote.content
    )
    names = [wordpress.tags[t] for t in remote.tags]
    assert names == ["ロシア", "外交", "BBC"]
    assert remote.tags[0] == 7  # the existing tag was reused, not created again
    assert first.url == f"{wordpress.base_url}/?p={first.remote_id}"

    second = publish_digest(
        post_id, post.digest, publisher(wordpress), store, tags=["ロシア", "外交"]
    )
    assert not second.created and second.remote_id == first.remote_id
    assert len(wordpress.posts) == 1 and wordpress.posts[int(first.remote_id)].status == "publish"
    assert wordpress.posts[int(first.remote_id)].versions == 2
    assert len(wordpress.tags) == 3
    update = [r for r in wordpress.requests if r.path.endswith(f"/posts/{first.remote_id}")]
    assert len(update) == 1 and update[0].method == "POST"


@pytest.mark.slow
def test_article_html_is_escaped_in_content(wordpress: WordPressServer, store: Store) -> None:
    from tests.site.digest_factory import store_post

    pid = store_post(store, 2, lead="<script>alert(1)</script>")
    result = publish_digest(pid, store.get_post(pid).digest, publisher(wordpress), store)
    content = wordpress.posts[int(result.remote_id)].content
    assert "<script>" not in content and "&lt;script&gt;alert(1)&lt;/script&gt;" in content


@pytest.mark.slow
def test_wrong_password(wordpress: WordPressServer, store: Store, post_id: int) -> None:
    with pytest.raises(PublishError) as info:
        publish_digest(
            post_id, store.get_post(post_id).digest, publisher(wordpress, "nope nope"), store
        )
    assert "authentication failed (HTTP 401)" in str(info.value) and "nope" not in str(info.value)
    assert wordpress.posts == {}


def test_rate_limit_retry_and_server_error(
    wordpress: WordPressServer, store: Store, post_id: int
) -> None:
    digest = store.get_post(post_id).digest
    wordpress.fail_next(429, retry_after="0")
    assert publish_digest(post_id, digest, publisher(wordpress), store).created
    wordpress.fail_next(500)
    with pytest.raises(PublishError, match=r"server error \(HTTP 500\)"):
        publish_digest(post_id, digest, publisher(wordpress), store)


@pytest.mark.slow
def test_deleted_remote_post_is_created_again(
    wordpress: WordPressServer, store: Store, post_id: int
) -> None:
    digest = store.get_post(post_id).digest
    first = publish_digest(post_id, digest, publisher(wordpress), store)
    wordpress.posts.clear()
    second = publish_digest(post_id, digest, publisher(wordpress), store)
    assert second.created and second.remote_id != first.remote_id and len(wordpress.posts) == 1
