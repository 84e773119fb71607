"""Bad settings, ids and inputs are one line and the right exit code (issue 12, minor items)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "en-harbour-ferry.html"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("toml", "args"),
    [
        ("[site]\ntitle = 5\n", ("site", "build", "out", "--base-url", "https://blog.example.jp/")),
        (
            '[site]\nper-page = "ten"\n',
            ("site", "build", "out", "--base-url", "https://blog.example.jp/"),
        ),
        ("[yoten]\ntimeout = inf\n", ("digest", str(ARTICLE))),
        ("[yoten]\ntimeout = nan\n", ("digest", str(ARTICLE))),
        ('[yoten]\nbase-url = "http://[::1/v1"\nmodel = "m"\n', ("digest", str(ARTICLE))),
    ],
)
def test_wrong_types_in_yoten_toml_are_exit_2(cli, toml: str, args: tuple[str, ...]) -> None:
    Path("yoten.toml").write_text(toml, encoding="utf-8")
    r = cli(*args)
    assert r.code == 2, r.err
    assert len(r.err.strip().splitlines()) == 1 and "internal error" not in r.err


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ("digest", str(ARTICLE), "--timeout", "inf"),
        ("digest", str(ARTICLE), "--base-url", "http://[::1/v1", "--model", "m"),
        ("posts", "show", "99999999999999999999999"),
        ("posts", "export", "99999999999999999999999"),
    ],
)
def test_bad_flags_and_huge_ids_are_exit_2(cli, args: tuple[str, ...]) -> None:
    r = cli(*args)
    assert r.code == 2, r.err
    assert len(r.err.strip().splitlines()) == 1 and "internal error" not in r.err


def test_url_escapes_a_raw_space(cli) -> None:
    r = cli("url", "https://example.com/news/a b?q=x y&utm_source=nl")
    assert r.code == 0 and r.out.strip() == "https://example.com/news/a%20b?q=x%20y"


@pytest.mark.slow
def test_input_files_have_a_size_cap(cli, tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.truncate(21_000_000)  # sparse: no disk used
    r = cli("digest", str(big))
    assert r.code == 2 and "larger than 20 MB" in r.err
    # a FIFO that never ends is read up to the cap, not forever (writer in a thread)
    import threading

    fifo = tmp_path / "endless"
    os.mkfifo(fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)

    def feed() -> None:
        try:
            with fifo.open("wb") as fh:
                block = b"<p>x</p>" * 100_000
                for _ in range(40):
                    fh.write(block)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    r = cli("parse", str(fifo))
    writer.join(10)
    assert r.code == 2 and "larger than 20 MB" in r.err


def test_review_page_answers_404_for_a_huge_post_id(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from yoten.settings import Settings
    from yoten.store import Store
    from yoten.web import create_app

    with Store.open(f"sqlite:///{tmp_path / 'y.db'}") as store:
        app = create_app(store=store, settings=Settings())
        with TestClient(app, base_url="http://127.0.0.1:8000") as client:
            assert client.get("/posts/99999999999999999999999").status_code == 404
            assert client.get("/posts/12").status_code == 404
