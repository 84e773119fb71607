"""The shared loopback test server (tests/support/loopback.py) does what the tests rely on."""

from __future__ import annotations

import socket
import struct
import threading
import time

import httpx
import pytest

from tests.support.loopback import Hit, LoopbackServer, Reply


def test_routes_status_headers_and_the_hit_log() -> None:
    routes = {
        "/a": Reply(b"<p>a</p>", headers={"X-Test": "1"}),
        "/gone": Reply(b"gone", 410, "text/plain"),
        "/echo": lambda hit: Reply(hit.body[::-1], content_type="text/plain"),
    }
    with LoopbackServer(routes) as server, httpx.Client() as client:
        a = client.get(server.url("/a?x=1"), headers={"User-Agent": "probe"})
        assert (a.status_code, a.text, a.headers["x-test"]) == (200, "<p>a</p>", "1")
        assert a.headers["content-type"] == "text/html; charset=utf-8"
        assert client.get(server.url("/gone")).status_code == 410
        assert client.post(server.url("/echo"), content=b"abc").text == "cba"
        assert client.get(server.url("/nowhere")).status_code == 404
        assert client.head(server.url("/a")).content == b""
    first = server.hits[0]
    assert (first.method, first.path, first.route) == ("GET", "/a?x=1", "/a")
    assert first.headers["User-Agent"] == first.headers["user-agent"] == "probe"
    assert [h.status for h in server.hits] == [200, 410, 200, 404, 200]
    assert server.count("/a") == 2 and server.count("/a", "HEAD") == 1
    assert server.requests_for("/echo")[0].body == b"abc"


@pytest.mark.slow
def test_delays_are_counted_as_concurrent_requests() -> None:
    # (each slow answer waits until all three requests are in: on a loaded machine a
    # fixed delay alone let the first one finish before the third arrived)
    arrived = threading.Barrier(3)

    def slow(hit: Hit) -> Reply:
        arrived.wait(timeout=20)
        return Reply(b"x", delay=0.1)

    with LoopbackServer({"/slow": slow, "/fast": Reply(b"y")}) as server:
        threads = [
            threading.Thread(target=httpx.get, args=(server.url("/slow"),)) for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        httpx.get(server.url("/fast"))
    assert server.most_active == 3 and server.active == 0


@pytest.mark.slow
def test_counted_selects_what_the_concurrency_counter_sees() -> None:
    def only_news(hit: Hit) -> bool:
        return hit.route.startswith("/news/")

    with LoopbackServer({"/feed": Reply(b"f", delay=0.3)}, counted=only_news) as server:
        threads = [
            threading.Thread(target=httpx.get, args=(server.url("/feed"),)) for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert server.most_active == 0 and server.count("/feed") == 2


@pytest.mark.slow
def test_chunked_trickled_and_unsized_bodies() -> None:
    routes = {
        "/chunks": Reply(chunks=[b"one ", b"two ", b"three"], chunk_delay=0.05),
        "/trickle": Reply(b"abcd", trickle=0.05),
        "/unsized": Reply(b"z" * 10_000, content_length=False),
    }
    with LoopbackServer(routes) as server:
        started = time.monotonic()
        chunked = httpx.get(server.url("/chunks"))
        assert chunked.text == "one two three"
        assert chunked.headers["transfer-encoding"] == "chunked"
        assert time.monotonic() - started >= 0.1
        assert httpx.get(server.url("/trickle")).text == "abcd"
        unsized = httpx.get(server.url("/unsized"))
        assert unsized.content == b"z" * 10_000 and "content-length" not in unsized.headers


def test_raw_replies_write_the_whole_answer() -> None:
    def raw(out):  # type: ignore[no-untyped-def]
        out.write(b"HTTP/1.1 299 Odd\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    with LoopbackServer({"/raw": Reply(raw=raw)}) as server:
        answer = httpx.get(server.url("/raw"))
    assert (answer.status_code, answer.text) == (299, "ok")


def test_nagle_is_off_and_stop_wakes_a_delayed_answer() -> None:
    server = LoopbackServer({"/wait": Reply(b"late", delay=30)}).start()
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(b"GET /wait HTTP/1.1\r\nHost: x\r\n\r\n")
        time.sleep(0.2)  # the handler is now waiting on its delay
        assert server.active == 1
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 5
    probe = server._httpd.RequestHandlerClass
    assert probe.disable_nagle_algorithm is True  # type: ignore[attr-defined]


@pytest.mark.slow
def test_a_client_that_resets_between_requests_is_not_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with LoopbackServer({"/a": Reply(b"a")}) as server:
        sock = socket.create_connection(("127.0.0.1", server.port))
        sock.sendall(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        assert sock.recv(1000).startswith(b"HTTP/1.1 200")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # an RST while the server waits for the next request
        err, deadline = "", time.monotonic() + 1.0
        while "Traceback" not in err and time.monotonic() < deadline:
            err += capsys.readouterr().err
            time.sleep(0.05)
    assert server.count("/a") == 1
    assert "Traceback" not in err, err
