"""``site build`` keeps files it did not write and never follows planted symlinks (issue 12, item 2)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.site.digest_factory import make_posts
from yoten.errors import InputError
from yoten.site import MANIFEST_NAME, SiteConfig, build_site


def _config(tmp_path: Path) -> SiteConfig:
    return SiteConfig(base_url="https://blog.example.jp/", images_dir=tmp_path / "no-images")


@pytest.mark.slow
def test_rebuild_keeps_files_yoten_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(make_posts(3), out, _config(tmp_path))
    (out / "CNAME").write_text("blog.example.jp\n", encoding="utf-8")
    (out / ".git").mkdir()
    (out / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (out / "posts" / "mine.html").write_text("<p>mine</p>", encoding="utf-8")
    posts = make_posts(2)  # one post fewer: yoten deletes its own stale page, nothing else
    build_site(posts, out, _config(tmp_path))
    pages = {p.name for p in (out / "posts").iterdir()}
    assert pages == {f"{p.slug}.html" for p in posts} | {"mine.html"}
    assert (out / "CNAME").read_text(encoding="utf-8") == "blog.example.jp\n"
    assert (out / ".git" / "HEAD").is_file()
    assert (out / "posts" / "mine.html").read_text(encoding="utf-8") == "<p>mine</p>"
    assert not [p.name for p in out.iterdir() if p.name.startswith(".yoten-build")]


@pytest.mark.slow
def test_symlinked_output_folder_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real-site"
    real.mkdir()
    link = tmp_path / "site"
    link.symlink_to(real)
    build_site(make_posts(2), link, _config(tmp_path))
    build_site(make_posts(3), link, _config(tmp_path))
    assert (
        link.is_symlink() and (real / "index.html").is_file() and (real / MANIFEST_NAME).is_file()
    )


@pytest.mark.slow
def test_planted_symlinks_are_never_followed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(make_posts(2), out, _config(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    secret = elsewhere / "secret.txt"
    secret.write_text("keep", encoding="utf-8")

    # a reused page replaced by a symlink to a file outside: never linked into the site
    with closing(sqlite3.connect(out / MANIFEST_NAME)) as record, record:
        (page,) = record.execute("SELECT rel FROM files WHERE rel LIKE 'posts/%'").fetchone()
        # a stale entry pointing outside the site: never deleted
        record.execute("INSERT INTO files VALUES ('../elsewhere/secret.txt', 'x', 'y')")
    (out / page).unlink()
    (out / page).symlink_to(secret)
    build_site(make_posts(2), out, _config(tmp_path))
    assert secret.read_text(encoding="utf-8") == "keep"
    assert not (out / page).is_symlink() and "keep" not in (out / page).read_text(encoding="utf-8")

    # a folder yoten writes into, replaced by a symlink to a folder outside: refused
    for child in (out / "posts").iterdir():
        child.unlink()
    (out / "posts").rmdir()
    (out / "posts").symlink_to(elsewhere)
    with pytest.raises(InputError, match="symlink"):
        build_site(make_posts(3), out, _config(tmp_path))
    assert sorted(p.name for p in elsewhere.iterdir()) == ["secret.txt"]
