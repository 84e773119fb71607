"""The review page against DNS rebinding and password guessing (issue 12, items 5 and 10).

Everything runs against a live uvicorn server on 127.0.0.1 over real HTTP.
"""

from __future__ import annotations

import base64
import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.web.support import LiveServer, Seeded, csrf_of, make_app, start_server, stop_server

PASSWORD = "correct horse battery"


@pytest.fixture
def open_page(seeded: Seeded) -> Iterator[LiveServer]:
    server = start_server(make_app(seeded))
    yield server
    stop_server(server)


@pytest.fixture
def locked_page(seeded: Seeded) -> Iterator[LiveServer]:
    server = start_server(make_app(seeded, password=PASSWORD))
    yield server
    stop_server(server)


@pytest.mark.slow
def test_rebound_host_name_is_refused(open_page: LiveServer, seeded: Seeded) -> None:
    """A page on attacker.example, rebound to 127.0.0.1, cannot read the CSRF token or approve."""
    port = open_page.url.rsplit(":", 1)[1]
    evil = {"Host": f"attacker.example:{port}"}
    with httpx.Client(base_url=open_page.url) as client:
        page = client.get(f"/posts/{seeded.clean}", headers=evil)
        assert page.status_code == 400 and "csrf" not in page.text.lower()
        token = csrf_of(client.get(f"/posts/{seeded.clean}").text)  # the real page works
        approve = client.post(
            f"/posts/{seeded.clean}/approve",
            data={"csrf_token": token},
            headers=evil,
            follow_redirects=False,
        )
        assert approve.status_code == 400
        for name in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
            assert client.get("/", headers={"Host": name}).status_code == 200, name
    assert seeded.store.get_post(seeded.clean).status == "checked"


@pytest.mark.slow
def test_cross_origin_posts_are_refused(open_page: LiveServer, seeded: Seeded) -> None:
    with httpx.Client(base_url=open_page.url) as client:
        token = csrf_of(client.get(f"/posts/{seeded.clean}").text)
        for headers in (
            {"Origin": "http://attacker.example"},
            {"Referer": "http://attacker.example/page"},
            {"Sec-Fetch-Site": "cross-site"},
        ):
            r = client.post(
                f"/posts/{seeded.clean}/reject",
                data={"csrf_token": token, "reason": "x"},
                headers=headers,
            )
            assert r.status_code == 403, headers
    assert seeded.store.get_post(seeded.clean).status == "checked"


def test_host_rule_for_binds() -> None:
    from yoten.web.access import HostRule

    loop = HostRule.for_bind("127.0.0.1")
    assert (
        loop.allows("localhost:8000")
        and loop.allows("[::1]:8000")
        and not loop.allows("evil.example")
    )
    assert not loop.allows(None) and not loop.allows("192.168.1.2")
    wild = HostRule.for_bind("0.0.0.0", ["review.lan"])
    assert (
        wild.allows("192.168.1.2:8000")
        and wild.allows("review.lan")
        and not wild.allows("evil.example")
    )
    named = HostRule.for_bind("review.lan")
    assert named.allows("REVIEW.lan:8000") and not named.allows("10.0.0.1")


def _login(client: httpx.Client, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"password": password, "csrf_token": token}).status_code


@pytest.mark.slow
def test_parallel_form_guesses_are_locked_out(locked_page: LiveServer) -> None:
    def guess(i: int) -> int:
        with httpx.Client(base_url=locked_page.url, timeout=30) as client:
            return _login(client, f"wrong-guess-{i}")

    with ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(guess, range(32)))
    assert codes.count(401) <= 5 and codes.count(429) >= 27, codes
    with httpx.Client(base_url=locked_page.url) as client:
        assert _login(client, PASSWORD) == 429  # locked out: even the right password waits


@pytest.mark.slow
def test_basic_auth_guesses_are_locked_out(locked_page: LiveServer) -> None:
    def basic(pw: str) -> dict[str, str]:
        return {"Authorization": "Basic " + base64.b64encode(f"me:{pw}".encode()).decode()}

    codes: list[Any] = []
    with httpx.Client(base_url=locked_page.url) as client:
        for i in range(12):
            codes.append(
                client.get("/", headers=basic(f"guess-{i}"), follow_redirects=False).status_code
            )
        right = client.get("/", headers=basic(PASSWORD), follow_redirects=False)
    assert codes[:5] == [303] * 5 and set(codes[5:]) == {429}, codes
    assert right.status_code == 429 and int(right.headers["retry-after"]) > 0


@pytest.mark.slow
def test_review_port_in_use_is_one_line_exit_2(cli) -> None:
    busy = socket.create_server(("127.0.0.1", 0))
    try:
        port = busy.getsockname()[1]
        r = cli("review", "--port", str(port))
    finally:
        busy.close()
    assert r.code == 2 and "cannot listen" in r.err and len(r.err.strip().splitlines()) == 1


@pytest.mark.slow
def test_exposed_host_without_tls_warns(cli) -> None:
    busy = socket.create_server(("0.0.0.0", 0))
    try:
        port = busy.getsockname()[1]
        r = cli("review", "--host", "0.0.0.0", "--port", str(port), "--password", PASSWORD)
    finally:
        busy.close()
    assert "without --certfile/--keyfile" in r.err and PASSWORD not in r.err


@pytest.mark.slow
def test_tls_serves_secure_cookies(tmp_path: Path) -> None:
    """With --certfile/--keyfile the page is https and its session cookie is Secure."""
    import shutil
    import ssl
    import threading
    import time

    from tests.support.imap_server import _make_certificate
    from yoten.cli.review import _listen, build_server
    from yoten.settings import Settings

    if shutil.which("openssl") is None:
        pytest.skip("needs openssl")
    cert, key = _make_certificate(tmp_path)
    settings = Settings(db=f"sqlite:///{tmp_path / 'y.db'}")
    server = build_server(settings=settings, port=0, password=PASSWORD, certfile=cert, keyfile=key)
    sock = _listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        with httpx.Client(
            base_url=f"https://127.0.0.1:{port}", verify=ssl.create_default_context(cafile=cert)
        ) as client:
            r = client.get("/login")
        assert r.status_code == 200
        assert "secure" in r.headers["set-cookie"].lower()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
