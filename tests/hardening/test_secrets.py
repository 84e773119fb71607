"""Secrets never reach output, logs or the store (issue 12, item 11)."""

from __future__ import annotations

import base64
import json
import logging

import pytest

from tests.support.hostile import HostileServer, response
from yoten.errors import PublishError
from yoten.publish.wordpress import WordPressConfig, WordPressPublisher

APP_PASSWORD = "abcd EFGH ijkl MNOP qrst UVWX"
USER = "editor"


def test_wordpress_error_echoing_the_authorization_header_is_redacted(
    hostile: HostileServer,
) -> None:
    token = base64.b64encode(f"{USER}:{APP_PASSWORD}".encode()).decode()
    echo = {
        "code": "rest_invalid_param",
        "message": f"Invalid header Authorization: Basic {token} (password {APP_PASSWORD})",
    }
    hostile.routes["/wp-json/wp/v2/tags"] = response(
        json.dumps(echo).encode(),
        status="400 Bad Request",
        headers={"Content-Type": "application/json"},
    )
    publisher = WordPressPublisher(
        WordPressConfig(url=hostile.base, user=USER, app_password=APP_PASSWORD)
    )
    try:
        with pytest.raises(PublishError) as caught:
            publisher.tag_ids(["news"])
    finally:
        publisher.close()
    text = str(caught.value)
    assert "HTTP 400" in text and token not in text and APP_PASSWORD not in text and "****" in text
    assert token[:12] not in text


def test_config_show_masks_urls_and_the_whole_key(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YOTEN_DB", "postgresql+psycopg://yoten:db-Secret-42@db.example:5432/yoten")
    monkeypatch.setenv(
        "YOTEN_BASE_URL", "https://proxyuser:proxy-Secret-7@llm.example/v1?api_key=qs-Secret-9"
    )
    monkeypatch.setenv("YOTEN_API_KEY", "sk-test-abcdefghijklmnop-WXYZ")
    monkeypatch.setenv("YOTEN_MODEL", "m")
    r = cli("config", "show")
    assert r.code == 0
    for secret in ("db-Secret-42", "proxy-Secret-7", "qs-Secret-9", "WXYZ", "sk-test"):
        assert secret not in r.out, secret
    data = json.loads(r.out)
    assert data["db"] == "postgresql+psycopg://yoten:****@db.example:5432/yoten"
    assert data["api_key"] == "****"


def test_errors_and_logs_lose_url_passwords(cli, capsys: pytest.CaptureFixture[str]) -> None:
    r = cli("digest", "http://reader:url-Secret-5@127.0.0.1:9/article")
    assert r.code == 2 and "url-Secret-5" not in r.err

    from yoten.distributed.worker import configure_logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    configure_logging()
    try:
        logging.getLogger("yoten.test").warning(
            "GET http://reader:log-Secret-6@example.org/ with Authorization: Bearer tok-Secret-8"
        )
        err = capsys.readouterr().err
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    assert "log-Secret-6" not in err and "tok-Secret-8" not in err and "****" in err


def test_redaction_leaves_prose_alone() -> None:
    from yoten.redact import redact

    for text in (
        "engine: no digest within the per-article time budget",
        "Digest within reach; Basic idea; authorization failed for user editor",
        "https://example.org/news?id=42&page=2",
    ):
        assert redact(text) == text
