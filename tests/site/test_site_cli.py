"""`yoten site build` from a real SQLite store, and `site serve` over real HTTP."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from tests.site.digest_factory import store_post
from yoten.errors import InputError
from yoten.site import make_server
from yoten.store import Store


@pytest.mark.slow
def test_site_build_from_store(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    with Store.open(db) as store:
        for n in range(1, 13):
            store_post(store, n)
        store_post(store, 99, status="draft")  # not on the site
    out = tmp_path / "site"
    result = cli(
        "site",
        "build",
        str(out),
        "--db",
        db,
        "--base-url",
        "https://blog.example.jp/",
        "--per-page",
        "5",
    )
    assert result.code == 0, result.err
    assert "built 12 post(s)" in result.out
    assert len(list((out / "posts").iterdir())) == 12
    assert (out / "page/3.html").is_file()
    assert "記事99" not in (out / "index.html").read_text(encoding="utf-8")
    with Store.open(db) as store:
        assert store.get_publication(1, "site") is not None  # dated by its first site publication
    again = cli(
        "site",
        "build",
        str(out),
        "--db",
        db,
        "--base-url",
        "https://blog.example.jp/",
        "--per-page",
        "5",
    )
    assert "0 file(s) written" in again.out


def test_site_build_bad_base_url(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "site",
        "build",
        str(tmp_path / "s"),
        "--base-url",
        "ftp://example.jp/",
        "--db",
        f"sqlite:///{tmp_path / 'y.db'}",
    )
    assert result.code == 2
    assert "http(s)" in result.err and "Traceback" not in result.err


@pytest.mark.slow
def test_serve_answers_on_loopback(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'yoten.db'}"
    with Store.open(db) as store:
        store_post(store, 1)
    out = tmp_path / "site"
    assert cli("site", "build", str(out), "--db", db).code == 0
    server = make_server(out, port=0)
    assert server.server_address[0] == "127.0.0.1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        index = httpx.get(base)
        assert index.status_code == 200 and "記事1" in index.text
        assert index.headers["content-type"].startswith("text/html")
        post = httpx.get(base + "posts/2024-01-04-1.html")
        assert post.status_code == 200 and "【概要】" in post.text
        assert httpx.get(base + "style.css").headers["content-type"].startswith("text/css")
    finally:
        server.shutdown()
        server.server_close()


def test_serve_refuses_a_folder_without_a_site(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a built site"):
        make_server(tmp_path)


@pytest.mark.slow
def test_site_settings_from_yoten_toml(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """[site] in yoten.toml gives the defaults; a flag still wins."""
    (Path.cwd() / "yoten.toml").write_text(
        '[site]\ntitle = "世界の要点"\nbase-url = "https://blog.example.jp/"\nfeed-limit = 5\n',
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'y.db'}"
    out = tmp_path / "out"
    assert cli("site", "build", str(out), "--db", db).code == 0
    assert "<title>世界の要点</title>" in (out / "index.html").read_text(encoding="utf-8")
    assert "https://blog.example.jp/" in (out / "feed.xml").read_text(encoding="utf-8")
    assert cli("site", "build", str(out), "--db", db, "--title", "別の題").code == 0
    assert "<title>別の題</title>" in (out / "index.html").read_text(encoding="utf-8")
    (Path.cwd() / "yoten.toml").write_text('[site]\ncolour = "red"\n', encoding="utf-8")
    bad = cli("site", "build", str(out), "--db", db)
    assert bad.code == 2 and "unknown setting site.colour" in bad.err
