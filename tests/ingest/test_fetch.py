"""fetch / fetch_async against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from yoten.errors import IngestError
from yoten.ingest.fetch import USER_AGENT, FetchedPage, fetch, fetch_async
from yoten.settings import Settings

from .conftest import Web


@pytest.fixture
def settings() -> Settings:
    return Settings(timeout=5.0)


def test_200_html(web: Web, settings: Settings) -> None:
    page = fetch(web.url("/article.html"), settings=settings)
    assert isinstance(page, FetchedPage)
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.final_url == page.url == web.url("/article.html")
    assert "Night ferry links Osaka and Busan" in page.text
    with pytest.raises(AttributeError):
        page.text = "changed"  # type: ignore[misc]


def test_user_agent_is_sent(web: Web, settings: Settings) -> None:
    fetch(web.url("/article.html?ua-check=1"), settings=settings)
    request = next(r for r in reversed(web.seen) if r.path == "/article.html?ua-check=1")
    assert request.headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("yoten/") and "(+https://github.com/yoten)" in USER_AGENT


def test_redirect_chain_is_followed(web: Web, settings: Settings) -> None:
    page = fetch(web.url("/r1"), settings=settings)
    assert page.url == web.url("/r1")
    assert page.final_url == web.url("/article.html?utm_source=redirect")
    assert "Nanko terminal" in page.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/to-file", "refused redirect: unsupported URL scheme file"),
        ("/to-ftp", "refused redirect: unsupported URL scheme ftp"),
        ("/loop", "more than 10 redirects"),
        ("/no-location", "redirect without a Location"),
        ("/missing", "HTTP 404 Not Found"),
        ("/error", "HTTP 500 Internal Server Error"),
        ("/image.png", "not a web page: content type image/png"),
        ("/report.pdf", "not a web page: content type application/pdf"),
    ],
)
def test_refusals(web: Web, settings: Settings, path: str, message: str) -> None:
    with pytest.raises(IngestError) as info:
        fetch(web.url(path), settings=settings)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("ingest: ")


@pytest.mark.parametrize("path", ["/huge", "/huge-stream"])
def test_size_cap(web: Web, path: str) -> None:
    with pytest.raises(IngestError, match=r"page larger than 0\.1 MB"):
        fetch(web.url(path), settings=Settings(max_bytes=100_000))


def test_under_the_cap_is_fine(web: Web) -> None:
    page = fetch(web.url("/huge"), settings=Settings(max_bytes=1_000_000))
    assert len(page.text) > 400_000


@pytest.mark.slow
def test_slow_response_times_out(web: Web) -> None:
    with pytest.raises(IngestError, match=r"timed out after 0\.3 s"):
        fetch(web.url("/slow"), settings=Settings(timeout=0.3))


@pytest.mark.slow
def test_trickling_body_hits_the_overall_deadline(web: Web) -> None:
    # each byte arrives well within the read timeout, but the whole body takes ~2 s
    with pytest.raises(IngestError, match=r"timed out after 0\.5 s"):
        fetch(web.url("/slow-body"), settings=Settings(timeout=0.5))


def test_connection_refused(closed_port: int, settings: Settings) -> None:
    with pytest.raises(IngestError, match="cannot connect") as info:
        fetch(f"http://127.0.0.1:{closed_port}/", settings=settings)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)", "data:text/html,x"]
)
def test_non_http_urls_are_refused_before_any_request(url: str, settings: Settings) -> None:
    with pytest.raises(IngestError, match="only http and https"):
        fetch(url, settings=settings)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/sjis-header", "①倉庫棟の新設"),  # charset in the header (cp932 extension ①)
        ("/sjis-meta", "髙橋誠一社長"),  # charset only in <meta http-equiv>
        ("/sjis-sniff", "物流拠点を建設する計画"),  # no declaration: charset_normalizer
        ("/eucjp-header", "夜行フェリーの運航を12月から"),
        ("/eucjp-meta", "夜行フェリーの運航を12月から"),
        ("/ja.html", "夜行フェリーの運航を12月から"),
    ],
)
def test_japanese_encodings(web: Web, settings: Settings, path: str, needle: str) -> None:
    page = fetch(web.url(path), settings=settings)
    assert needle in page.text
    assert "\ufffd" not in page.text


def test_plain_text_page(web: Web, settings: Settings) -> None:
    page = fetch(web.url("/plain.txt"), settings=settings)
    assert page.content_type == "text/plain"
    assert not page.is_html
    assert page.text.startswith("Source: Harbor Daily")


def test_shared_client_cannot_loosen_checks(web: Web, settings: Settings) -> None:
    with httpx.Client(follow_redirects=True) as client:
        with pytest.raises(IngestError, match="refused redirect"):
            fetch(web.url("/to-file"), settings=settings, client=client)
        assert fetch(web.url("/r1"), settings=settings, client=client).status == 200


def test_fetch_async_shares_the_checks(web: Web, settings: Settings) -> None:
    async def run() -> list[FetchedPage | BaseException]:
        async with httpx.AsyncClient() as client:
            jobs = [
                fetch_async(web.url(path), client=client, settings=settings)
                for path in ("/r1", "/sjis-meta", "/to-file", "/missing", "/image.png")
            ]
            return await asyncio.gather(*jobs, return_exceptions=True)

    ok, sjis, to_file, missing, image = asyncio.run(run())
    assert isinstance(ok, FetchedPage) and ok.final_url.endswith(
        "/article.html?utm_source=redirect"
    )
    assert isinstance(sjis, FetchedPage) and "髙橋誠一社長" in sjis.text
    assert isinstance(to_file, IngestError) and "refused redirect" in to_file.message
    assert isinstance(missing, IngestError) and "HTTP 404" in missing.message
    assert isinstance(image, IngestError) and "image/png" in image.message


@pytest.mark.slow
def test_fetch_async_size_cap_and_timeout(web: Web) -> None:
    async def run(path: str, settings: Settings) -> FetchedPage:
        async with httpx.AsyncClient() as client:
            return await fetch_async(web.url(path), client=client, settings=settings)

    with pytest.raises(IngestError, match="page larger than"):
        asyncio.run(run("/huge-stream", Settings(max_bytes=50_000)))
    with pytest.raises(IngestError, match="timed out"):
        asyncio.run(run("/slow", Settings(timeout=0.3)))
