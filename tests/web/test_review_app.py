"""The review app over HTTP (TestClient and a live uvicorn server): pages, forms, CSRF, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.support.blog_servers import WordPressServer
from tests.web.support import (
    PLANTED,
    SCRIPT_TITLE,
    LiveServer,
    Seeded,
    csrf_of,
    make_app,
    site_post_pages,
)
from yoten.render.text import render_text
from yoten.web.sections import split_sections


def section_body(text: str, key: str) -> str:
    return next(s.body for s in split_sections(text) if s.key == key)


# -- pages -------------------------------------------------------------------


def test_list_shows_every_post_with_status_tabs(client: TestClient, seeded: Seeded) -> None:
    page = client.get("/")
    assert page.status_code == 200
    for post_id in seeded.ids:
        assert f'href="/posts/{post_id}"' in page.text
    assert 'checked <span class="n">2</span>' in page.text
    assert 'failed <span class="n">1</span>' in page.text
    failed = client.get("/?status=failed")
    assert f'href="/posts/{seeded.finding}"' in failed.text
    assert f'href="/posts/{seeded.clean}"' not in failed.text
    assert client.get("/?status=bogus").status_code == 404


def test_security_headers_on_every_response(client: TestClient) -> None:
    for path in ("/", "/static/review.css", "/posts/999999"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert csp.startswith("default-src 'self'")
        assert "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


def test_no_external_resources(client: TestClient, seeded: Seeded) -> None:
    html = client.get(f"/posts/{seeded.finding}").text
    assert not re.search(r'(src|href)="(https?:)?//(?!umikaze|www\.shinano)', html)
    assert "<script" not in html


def test_script_title_is_escaped_everywhere(client: TestClient, seeded: Seeded) -> None:
    for path in ("/", f"/posts/{seeded.script}"):
        html = client.get(path).text
        assert "<script>" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html or (
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
        )


def test_unknown_post_is_404(client: TestClient, seeded: Seeded) -> None:
    response = client.get("/posts/424242")
    assert response.status_code == 404
    assert "no post with id 424242" in response.text
    assert client.get("/posts/not-a-number").status_code == 404
    token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
    assert client.post("/posts/424242/approve", data={"csrf_token": token}).status_code == 404


def test_finding_is_marked_in_place_with_its_message(client: TestClient, seeded: Seeded) -> None:
    post = seeded.store.get_post(seeded.finding)
    assert post.report is not None
    planted = [f for f in post.report.findings if PLANTED[1] in f.span]
    assert planted, "the checker should flag the planted number"
    html = client.get(f"/posts/{seeded.finding}").text
    mark = re.search(
        r'<mark class="finding sev-error" id="f(\d+)" title="([^"]*)"[^>]*>([^<]*)</mark>', html
    )
    assert mark is not None
    assert PLANTED[1] in mark.group(3)
    assert 'role="note"' in html
    # the source article stands beside the digest
    assert "松本市の新中央図書館" in html
    assert 'aria-label="Source article"' in html


# -- CSRF --------------------------------------------------------------------


def test_post_without_csrf_token_is_403(client: TestClient, seeded: Seeded) -> None:
    client.get("/")  # a session cookie exists, the token is just not sent
    for action, data in (
        ("approve", {"confirm": "yes"}),
        ("reject", {"reason": "no"}),
        ("edit", {"section": "all", "text": "x"}),
    ):
        response = client.post(f"/posts/{seeded.clean}/{action}", data=data)
        assert response.status_code == 403, action
        assert "CSRF" in response.text
    assert seeded.store.get_post(seeded.clean).status == "checked"


def test_post_with_wrong_or_foreign_token_is_403(client: TestClient, seeded: Seeded) -> None:
    client.get("/")
    bad = client.post(f"/posts/{seeded.clean}/reject", data={"csrf_token": "x" * 43, "reason": "r"})
    assert bad.status_code == 403
    # a token from another browser's session does not work with this cookie
    with TestClient(make_app(seeded), base_url="http://127.0.0.1:8000") as other:
        foreign = csrf_of(other.get(f"/posts/{seeded.clean}").text)
    assert (
        client.post(
            f"/posts/{seeded.clean}/reject", data={"csrf_token": foreign, "reason": "r"}
        ).status_code
        == 403
    )
    assert seeded.store.get_post(seeded.clean).status == "checked"


def test_cross_origin_post_is_403_even_with_token(client: TestClient, seeded: Seeded) -> None:
    token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
    for origin in ("https://evil.example", "null", "http://127.0.0.1:9999"):
        response = client.post(
            f"/posts/{seeded.clean}/reject",
            data={"csrf_token": token, "reason": "r"},
            headers={"Origin": origin},
        )
        assert response.status_code == 403, origin
    assert seeded.store.get_post(seeded.clean).status == "checked"


# -- edit, approve, reject -------------------------------------------------------


def test_edit_section_rechecks_and_updates_status(client: TestClient, seeded: Seeded) -> None:
    token = csrf_of(client.get(f"/posts/{seeded.finding}").text)
    text = render_text(seeded.store.get_post(seeded.finding).digest)
    body = section_body(text, "key_points").replace(PLANTED[1], PLANTED[0])
    response = client.post(
        f"/posts/{seeded.finding}/edit",
        data={"csrf_token": token, "section": "key_points", "text": body},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/posts/{seeded.finding}#sec-key_points"
    post = seeded.store.get_post(seeded.finding)
    assert PLANTED[1] not in render_text(post.digest)
    assert post.report is not None
    assert not [f for f in post.report.findings if PLANTED[1] in f.span]
    assert post.status == ("checked" if post.report.ok else "failed")
    assert post.digest.meta is not None and post.digest.meta.engine == "extractive"
    page = client.get(f"/posts/{seeded.finding}").text
    assert "Saved and re-checked" in page


def test_edit_whole_post_that_does_not_parse_is_400_and_keeps_the_post(
    client: TestClient, seeded: Seeded
) -> None:
    before = seeded.store.get_post(seeded.clean)
    token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
    response = client.post(
        f"/posts/{seeded.clean}/edit",
        data={"csrf_token": token, "section": "all", "text": "just a line <b>x</b>"},
    )
    assert response.status_code == 400
    assert "not a post in the house format" in response.text
    assert (
        "just a line &lt;b&gt;x&lt;/b&gt;" in response.text
    )  # the submitted text is kept, escaped
    assert seeded.store.get_post(seeded.clean).digest == before.digest


def test_edit_whole_post_text(client: TestClient, seeded: Seeded) -> None:
    token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
    text = render_text(seeded.store.get_post(seeded.clean).digest)
    new_text = text.replace(
        "瀬戸内の離島航路に電気推進船、来月就航", "瀬戸内:離島航路に電気推進船", 1
    )
    response = client.post(
        f"/posts/{seeded.clean}/edit",
        data={"csrf_token": token, "section": "all", "text": new_text},
    )
    assert response.status_code == 200  # after the redirect
    assert seeded.store.get_post(seeded.clean).digest.headline == "瀬戸内:離島航路に電気推進船"


def test_approve_with_errors_needs_confirmation(client: TestClient, seeded: Seeded) -> None:
    token = csrf_of(client.get(f"/posts/{seeded.finding}").text)
    response = client.post(f"/posts/{seeded.finding}/approve", data={"csrf_token": token})
    assert response.status_code == 400
    assert "approve anyway" in response.text
    assert seeded.store.get_post(seeded.finding).status == "failed"
    assert not seeded.site_dir.exists()


@pytest.mark.slow
def test_approve_publishes_to_the_site(client: TestClient, seeded: Seeded) -> None:
    token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
    response = client.post(f"/posts/{seeded.clean}/approve", data={"csrf_token": token})
    assert response.status_code == 200
    assert "Approved and published" in response.text
    post = seeded.store.get_post(seeded.clean)
    assert post.status == "published"
    assert seeded.store.get_publication(seeded.clean, "site") is not None
    pages = site_post_pages(seeded.site_dir)
    assert len(pages) == 1
    assert post.digest.headline in pages[0].read_text(encoding="utf-8")
    # rejecting a published post takes it off the site again
    token = csrf_of(response.text)
    client.post(f"/posts/{seeded.clean}/reject", data={"csrf_token": token, "reason": "誤り"})
    assert not site_post_pages(seeded.site_dir)


def test_reject_needs_a_reason_and_shows_it(client: TestClient, seeded: Seeded) -> None:
    token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
    empty = client.post(f"/posts/{seeded.clean}/reject", data={"csrf_token": token, "reason": "  "})
    assert empty.status_code == 400
    assert seeded.store.get_post(seeded.clean).status == "checked"
    done = client.post(
        f"/posts/{seeded.clean}/reject",
        data={"csrf_token": token, "reason": "source <i>paywalled</i>"},
    )
    post = seeded.store.get_post(seeded.clean)
    assert (post.status, post.status_reason) == ("rejected", "source <i>paywalled</i>")
    assert "source &lt;i&gt;paywalled&lt;/i&gt;" in done.text


# -- a live uvicorn server -----------------------------------------------------


@pytest.mark.slow
def test_live_server_serves_the_list_and_refuses_csrf(live: LiveServer, seeded: Seeded) -> None:
    with httpx.Client(base_url=live.url) as http:
        page = http.get("/")
        assert page.status_code == 200
        assert page.headers["content-security-policy"].startswith("default-src 'self'")
        cookie = page.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
        refused = http.post(f"/posts/{seeded.clean}/approve", data={"confirm": "yes"})
        assert refused.status_code == 403
        assert http.get("/posts/31337").status_code == 404
    assert SCRIPT_TITLE not in page.text


@pytest.mark.parametrize("path", ["/", "/posts/1"])
def test_head_and_get_are_the_only_page_methods(client: TestClient, path: str) -> None:
    assert client.put(path).status_code == 405


# -- approve → blog services (the shared loopback WordPress server) ------------------


@pytest.mark.slow
def test_approve_publishes_to_wordpress_once_then_updates(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    with WordPressServer(user="editor", app_password="abcd efgh ijkl mnop") as wordpress:
        monkeypatch.setenv("YOTEN_WP_URL", wordpress.base_url)
        monkeypatch.setenv("YOTEN_WP_USER", "editor")
        monkeypatch.setenv("YOTEN_WP_APP_PASSWORD", "abcd efgh ijkl mnop")
        with TestClient(
            make_app(seeded, targets=["wordpress"]), base_url="http://127.0.0.1:8000"
        ) as client:
            page = client.get(f"/posts/{seeded.clean}")
            assert "→ site, wordpress" in page.text
            first = client.post(
                f"/posts/{seeded.clean}/approve", data={"csrf_token": csrf_of(page.text)}
            )
            assert "wordpress: created" in first.text
            (remote_id,) = wordpress.posts
            assert wordpress.posts[remote_id].status == "publish"
            assert "Publish again" in first.text
            again = client.post(
                f"/posts/{seeded.clean}/approve", data={"csrf_token": csrf_of(first.text)}
            )
            assert "wordpress: updated" in again.text
        assert list(wordpress.posts) == [remote_id]  # updated, not copied
        assert wordpress.posts[remote_id].versions == 2
    publication = seeded.store.get_publication(seeded.clean, "wordpress")
    assert publication is not None and publication.remote_id == str(remote_id)


def test_approve_with_missing_credentials_changes_nothing(seeded: Seeded) -> None:
    with TestClient(
        make_app(seeded, targets=["wordpress"]), base_url="http://127.0.0.1:8000"
    ) as client:
        token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
        response = client.post(f"/posts/{seeded.clean}/approve", data={"csrf_token": token})
    assert response.status_code == 400
    assert "YOTEN_WP_URL" in response.text
    assert seeded.store.get_post(seeded.clean).status == "checked"
    assert not seeded.site_dir.exists()


@pytest.mark.slow
def test_failing_service_keeps_the_site_and_reports(
    seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    with WordPressServer(user="editor", app_password="right password") as wordpress:
        monkeypatch.setenv("YOTEN_WP_URL", wordpress.base_url)
        monkeypatch.setenv("YOTEN_WP_USER", "editor")
        monkeypatch.setenv("YOTEN_WP_APP_PASSWORD", "wrong password")
        with TestClient(
            make_app(seeded, targets=["wordpress"]), base_url="http://127.0.0.1:8000"
        ) as client:
            token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
            response = client.post(f"/posts/{seeded.clean}/approve", data={"csrf_token": token})
        assert not wordpress.posts
    assert "Failed: wordpress:" in response.text
    assert "wrong password" not in response.text
    assert seeded.store.get_post(seeded.clean).status == "published"
    assert len(site_post_pages(seeded.site_dir)) == 1


def test_site_build_failure_leaves_the_post_as_it_was(seeded: Seeded, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    seeded.site_dir = blocker / "site"
    with TestClient(make_app(seeded), base_url="http://127.0.0.1:8000") as client:
        token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
        response = client.post(f"/posts/{seeded.clean}/approve", data={"csrf_token": token})
    assert response.status_code == 502
    assert "site build failed" in response.text
    assert seeded.store.get_post(seeded.clean).status == "checked"


def test_bad_query_value_is_a_400_page(client: TestClient) -> None:
    response = client.get("/?page_no=abc")
    assert response.status_code == 400
    assert "page_no" in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    assert client.get("/?page_no=999").status_code == 200  # clamped to the last page


def test_evidence_is_marked_in_the_source_pane_and_linked(
    client: TestClient, seeded: Seeded
) -> None:
    post = seeded.store.get_post(seeded.finding)
    assert post.report is not None
    (planted,) = [f for f in post.report.findings if PLANTED[1] in f.span]
    assert planted.severity == "error" and planted.evidence
    html = client.get(f"/posts/{seeded.finding}").text
    link = re.search(r'<a class="evidence-link" href="#(e\d+)">', html)
    assert link is not None
    mark = re.search(rf'<mark class="evidence" id="{link.group(1)}">([^<]*)</mark>', html)
    assert mark is not None and PLANTED[0] in mark.group(1)
    assert planted.evidence[0].text == mark.group(1)
