"""Errors raised deep in ingest, store, render and the settings, in Japanese and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.feeds.site import Site, news_site, site  # noqa: F401  (fixture)

#: An English sentence of yoten's (three lowercase words in a row) in a message.
ENGLISH_WORDS = re.compile(r"\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b")


@pytest.fixture
def ja(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")


def _one_japanese_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert not ENGLISH_WORDS.search(re.sub(r"yoten( [a-z-]+)+", "", err)), err
    return err


@pytest.mark.usefixtures("ja")
def test_bad_url_scheme(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("digest", "ftp://example.com/a")
    assert r.code == 2
    assert _one_japanese_line(r.err) == (
        "yoten: 取得: 対応していない URL スキーム ftp です: http と https だけが使えます "
        "(ftp://example.com/a)\n"
    )


def test_bad_url_scheme_in_english(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("digest", "ftp://example.com/a").err == (
        "yoten: ingest: unsupported URL scheme ftp: only http and https are allowed "
        "(ftp://example.com/a)\n"
    )


@pytest.mark.slow
@pytest.mark.usefixtures("ja")
def test_missing_and_unusable_files(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = cli("digest", str(tmp_path / "missing.html"))
    assert missing.code == 2
    assert _one_japanese_line(missing.err).startswith("yoten: 取得: ファイルが見つかりません")
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00" * 10)
    refused = cli("digest", str(binary))
    assert refused.code == 2 and "バイナリ" in _one_japanese_line(refused.err)
    post = tmp_path / "post.txt"
    post.write_text("just a line of text\n", encoding="utf-8")
    parsed = cli("parse", str(post))
    assert parsed.code == 2
    assert _one_japanese_line(parsed.err).startswith("yoten: 解析: ハウス形式の記事ではありません")
    folder = cli("render", str(tmp_path))
    assert folder.code == 2 and "フォルダー" in _one_japanese_line(folder.err)


@pytest.mark.slow
@pytest.mark.usefixtures("ja")
def test_store_errors(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'ja.db'}"
    shown = cli("posts", "show", "99", "--db", db)
    assert _one_japanese_line(shown.err) == (
        "yoten: 入力: ID 99 の記事はありません(参照: yoten posts list)\n"
    )
    gone = cli("feeds", "remove", "Nope", "--db", db)
    assert "'Nope' という名前のフィードはありません" in _one_japanese_line(gone.err)
    bad_db = cli("posts", "list", "--db", "nosuchdb://x")
    assert bad_db.code == 6
    assert bad_db.err.startswith("yoten: ストア: データベース nosuchdb://x を使えません: ")
    assert bad_db.err.count("\n") == 1


@pytest.mark.slow
@pytest.mark.usefixtures("ja")
def test_a_page_that_is_not_a_feed(cli, site: Site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    news_site(site)
    db = f"sqlite:///{tmp_path / 'feeds.db'}"
    assert cli("feeds", "add", site.url("/feeds.html"), "--name", "Page", "--db", db).code == 0
    r = cli("run", "--db", db)
    assert r.code == 0
    assert "失敗: フィード Page: 取得: フィードではありません: HTML ページです" in r.err, r.err
    health = cli("feeds", "list", "--db", db).out
    assert "取得: フィードではありません: HTML ページです" in health


@pytest.mark.usefixtures("ja")
def test_config_errors(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Path("yoten.toml").write_text("[site]\nper_page = 0\n", encoding="utf-8")
    r = cli("site", "build", str(tmp_path / "out"), "--db", f"sqlite:///{tmp_path / 's.db'}")
    assert r.code == 2
    assert "site.per-page" in _one_japanese_line(r.err)
    assert "1 以上の値を指定してください" in r.err
    Path("yoten.toml").write_text("[yoten]\nmodel_timeout = '0s'\nmax_bytes = 'lots'\n")
    bad = cli("config", "show")
    assert bad.code == 2
    assert _one_japanese_line(bad.err).startswith("yoten: 設定: 設定 ")
    assert "時間は 0 より大きくしてください" in bad.err or "整数を指定してください" in bad.err


def test_config_errors_in_english_lose_pydantics_prefix(cli) -> None:  # type: ignore[no-untyped-def]
    Path("yoten.toml").write_text("[yoten]\nmodel_timeout = '0s'\n")
    assert cli("config", "show").err == (
        "yoten: config: invalid setting model-timeout: a duration must be more than zero\n"
    )


def test_the_review_pages_refusals_in_japanese(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from yoten.settings import Settings
    from yoten.store import Store
    from yoten.web import create_app

    with Store.open(f"sqlite:///{tmp_path / 'web.db'}") as store:
        app = create_app(store=store, settings=Settings(language="ja"))
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            refused = client.post("/posts/1/approve", data={"csrf_token": "forged"})
            assert refused.status_code == 403
            assert "CSRF トークンがないか正しくありません" in refused.text
            foreign = client.get("/", headers={"host": "evil.example"})
            assert foreign.status_code == 400 and foreign.text == "不明なホスト名です"
