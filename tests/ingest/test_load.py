"""load_article: URLs, files and stdin, end to end."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

import yoten.ingest
from yoten.errors import IngestError
from yoten.ingest import load_article
from yoten.settings import Settings

from .conftest import DATA, Web, fixture_bytes


@pytest.fixture
def settings() -> Settings:
    return Settings(timeout=5.0)


def test_public_api() -> None:
    for name in ("canonicalize", "load_article", "extract_article"):
        assert name in yoten.ingest.__all__
    for name in yoten.ingest.__all__:
        assert hasattr(yoten.ingest, name), name
    # fetching is imported from its own module, which the package does not shadow
    # with a function of the same name (nor load before it is needed)
    from yoten.ingest.fetch import FetchedPage, fetch, fetch_async

    assert "fetch" not in yoten.ingest.__all__
    assert callable(fetch) and callable(fetch_async) and isinstance(FetchedPage, type)
    assert yoten.ingest.fetch.__name__ == "yoten.ingest.fetch"  # the module


def test_html_file(settings: Settings) -> None:
    article = load_article(str(DATA / "en-article.html"), settings=settings)
    assert article.title == "Night ferry links Osaka and Busan for the first time"
    assert article.url is None
    assert (
        article.canonical_url
        == "https://www.harbordaily.example/news/2023/11/03/night-ferry-osaka-busan"
    )
    assert "Accept all cookies" not in article.text


def test_shift_jis_html_file(settings: Settings) -> None:
    article = load_article(str(DATA / "ja-sjis.html"), settings=settings)
    assert "同社の髙橋誠一社長は" in article.text
    assert article.outlet == "北浜経済新聞"


def test_html_without_extension_is_sniffed(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "saved-page"
    path.write_bytes(fixture_bytes("ja-utf8.html"))
    article = load_article(str(path), settings=settings)
    assert article.outlet == "みなと新報"
    assert "関連記事" not in article.text


def test_txt_and_md_files(settings: Settings) -> None:
    txt = load_article(str(DATA / "article.txt"), settings=settings)
    assert txt.title.startswith("Tide gauges in Osaka Bay")
    assert txt.outlet == "Harbor Daily"
    md = load_article(str(DATA / "ja-note.md"), settings=settings)
    assert md.title == "神戸港、クルーズ船の寄港が過去最多に"


def test_shift_jis_text_file(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "memo.txt"
    path.write_bytes("港の話\n\n神戸港の寄港数は①客船②貨物船ともに増えた。".encode("cp932"))
    article = load_article(str(path), settings=settings)
    assert article.title == "港の話"
    assert "①客船②貨物船" in article.text


def test_stdin_text(settings: Settings) -> None:
    stdin = io.StringIO("A headline\n\nThe first paragraph of the story.\n\nThe second one.\n")
    article = load_article("-", settings=settings, stdin=stdin)
    assert article.title == "A headline"
    assert article.paragraphs == ["The first paragraph of the story.", "The second one."]


def test_stdin_html_bytes_are_sniffed(settings: Settings) -> None:
    # like sys.stdin: a text wrapper whose buffer holds Shift_JIS bytes
    stdin = io.TextIOWrapper(io.BytesIO(fixture_bytes("ja-sjis.html")), encoding="utf-8")
    article = load_article("-", settings=settings, stdin=stdin)
    assert article.title == "北浜で物流拠点計画、２０２６年度の稼働めざす"
    assert article.published == dt.date(2024, 3, 15)


def test_url(web: Web, settings: Settings) -> None:
    source = web.url("/r1")
    article = load_article(source, settings=settings)
    assert article.url == source
    # the page's own canonical is on another site than 127.0.0.1: the final URL, cleaned
    assert article.canonical_url == web.url("/article.html")
    assert article.outlet == "Harbor Daily"
    assert "Share on Facebook" not in article.text


def test_plain_text_url(web: Web, settings: Settings) -> None:
    article = load_article(web.url("/plain.txt"), settings=settings)
    assert article.title.startswith("Tide gauges")
    assert article.canonical_url == web.url("/plain.txt")


def test_url_without_article(web: Web, tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(IngestError, match="HTTP 404") as info:
        load_article(web.url("/missing"), settings=settings)
    assert info.value.source == web.url("/missing")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: str(d / "nope.html"), "file not found"),
        (str, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty input"),
        (lambda d: _write(d / "blank.html", b"  \n\n "), "empty input"),
        (
            lambda d: _write(d / "image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4),
            "binary data",
        ),
        (lambda d: _write(d / "data.bin", bytes(range(256)) * 8), "binary data"),
        (
            lambda d: _write(d / "index.html", fixture_bytes("index-page.html")),
            "no article text found",
        ),
        (lambda d: "ftp://example.com/article.html", "unsupported URL scheme ftp"),
        (lambda d: "file:///etc/passwd", "unsupported URL scheme file"),
        (lambda d: "javascript:alert(1)", "unsupported URL scheme javascript"),
        (lambda d: "  ", "no source given"),
        (lambda d: "www.example.com/news/1", "full URL, e.g. https://www.example.com/news/1"),
        (lambda d: "example.com/news/1", "full URL, e.g. https://example.com/news/1"),
        (lambda d: str(d / "article.html"), r"ingest: file not found \(/"),
    ],
)
def test_errors(tmp_path: Path, settings: Settings, make: object, message: str) -> None:
    source = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(IngestError, match=message) as info:
        load_article(source, settings=settings)
    text = str(info.value)
    assert text.startswith("ingest: ") and "\n" not in text
    assert info.value.exit_code == 2


def test_empty_stdin(settings: Settings) -> None:
    with pytest.raises(IngestError, match="empty input"):
        load_article("-", settings=settings, stdin=io.StringIO(""))


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)
