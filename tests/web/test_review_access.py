"""Who may reach the review page: the loopback rule, the password login, HTTP Basic, cookies."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.support import Seeded, csrf_of, make_app
from yoten.cli.review import build_server
from yoten.errors import ConfigError
from yoten.settings import Settings
from yoten.web.access import basic_auth_ok, is_loopback, require_password_for_host
from yoten.web.session import Session, SessionSigner

PASSWORD = "correct horse battery"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.5", "localhost", "::1", "[::1]"])
def test_loopback_hosts_need_no_password(host: str) -> None:
    assert is_loopback(host)
    assert require_password_for_host(host, None) is None


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_other_hosts_need_a_password(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ConfigError, match="YOTEN_REVIEW_PASSWORD"):
        require_password_for_host(host, None)
    with pytest.raises(ConfigError, match="YOTEN_REVIEW_PASSWORD"):
        require_password_for_host(host, "")
    assert require_password_for_host(host, PASSWORD) == PASSWORD


def test_short_password_is_refused() -> None:
    with pytest.raises(ConfigError, match="at least 8"):
        require_password_for_host("0.0.0.0", "short")


def test_cli_refuses_public_host_without_password_in_one_line(cli: Callable[..., Any]) -> None:
    result = cli("review", "--host", "0.0.0.0", "--port", "0")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "--password" in result.err and "YOTEN_REVIEW_PASSWORD" in result.err
    assert "Traceback" not in result.err


def test_build_server_with_password_on_public_host(tmp_path: Path) -> None:
    settings = Settings(db=f"sqlite:///{tmp_path / 'y.db'}")
    server = build_server(
        settings=settings,
        host="0.0.0.0",
        port=0,
        password=PASSWORD,
        site_dir=tmp_path / "site",
        base_url="https://blog.example.jp",
    )
    assert server.config.host == "0.0.0.0"
    app = server.config.app
    assert isinstance(app, FastAPI)
    service = app.state.service
    assert service.site_config.base_url == "https://blog.example.jp/"
    service.store.close()
    with pytest.raises(ConfigError, match="unknown publish target"):
        build_server(settings=settings, targets=("myspace",))


def _login_client(seeded: Seeded) -> TestClient:
    return TestClient(make_app(seeded, password=PASSWORD), base_url="http://127.0.0.1:8000")


@pytest.mark.slow
def test_pages_need_login(seeded: Seeded) -> None:
    with _login_client(seeded) as client:
        first = client.get("/", follow_redirects=False)
        assert first.status_code == 303 and first.headers["location"] == "/login"
        assert client.get(f"/posts/{seeded.clean}", follow_redirects=False).status_code == 303
        assert client.get("/static/review.css").status_code == 200
        # POST without a login: refused before anything is read
        assert client.post(f"/posts/{seeded.clean}/approve", data={}).status_code == 401
        form = client.get("/login")
        assert 'type="password"' in form.text
        token = csrf_of(form.text)
        # the login form itself is CSRF-protected
        assert client.post("/login", data={"password": PASSWORD}).status_code == 403
        wrong = client.post("/login", data={"password": "nope-nope", "csrf_token": token})
        assert wrong.status_code == 401 and "Wrong password" in wrong.text
        ok = client.post("/login", data={"password": PASSWORD, "csrf_token": token})
        assert ok.status_code == 200 and f'href="/posts/{seeded.clean}"' in ok.text
        # a new CSRF token after login; the old one no longer works
        page = client.get(f"/posts/{seeded.clean}")
        new_token = csrf_of(page.text)
        assert new_token != token
        assert (
            client.post(
                f"/posts/{seeded.clean}/reject", data={"csrf_token": token, "reason": "x"}
            ).status_code
            == 403
        )
        out = client.post("/logout", data={"csrf_token": new_token}, follow_redirects=False)
        assert out.headers["location"] == "/login"
        assert client.get("/", follow_redirects=False).status_code == 303
    assert seeded.store.get_post(seeded.clean).status == "checked"


def test_http_basic_with_the_password(seeded: Seeded) -> None:
    def basic(pw: str) -> dict[str, str]:
        return {"Authorization": "Basic " + base64.b64encode(f"me:{pw}".encode()).decode()}

    with _login_client(seeded) as client:
        assert client.get("/", headers=basic(PASSWORD)).status_code == 200
        assert (
            client.get("/", headers=basic("wrong-password"), follow_redirects=False).status_code
            == 303
        )
    assert not basic_auth_ok("Basic !!!", PASSWORD)
    assert not basic_auth_ok("Bearer x", PASSWORD)


def test_forged_or_expired_cookie_starts_a_fresh_session() -> None:
    signer = SessionSigner(b"k" * 32, max_age_s=60)
    session = Session(authed=True)
    value = signer.dumps(session)
    back = signer.loads(value)
    assert (back.csrf, back.authed, back.dirty) == (session.csrf, True, False)
    body, sig = value.split(".")
    forged = (
        base64.urlsafe_b64encode(
            base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).replace(
                b'"a":true', b'"a":true '
            )
        )
        .decode()
        .rstrip("=")
    )
    assert not signer.loads(f"{forged}.{sig}").authed
    assert not SessionSigner(b"x" * 32).loads(value).authed  # another key
    old = Session(authed=True, issued=int(time.time()) - 3600)
    assert not signer.loads(signer.dumps(old)).authed
    assert not signer.loads("garbage").authed


def test_session_secret_survives_a_restart() -> None:
    """The signing key is kept in the data directory (owner-only), so a restart keeps sessions."""
    import stat

    from yoten.settings import data_dir
    from yoten.web.session import session_secret

    first = session_secret()
    assert len(first) == 32 and session_secret() == first
    mode = stat.S_IMODE((data_dir() / "review-secret").stat().st_mode)
    assert mode == 0o600
