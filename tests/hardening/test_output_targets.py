"""``-o`` writes into what it names and refuses what it must not replace (issue 12, item 1).

Devices and FIFOs are made only inside tmp_path: these machines run as root.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")


def _render_args(seed_path: Path, out: Path | str) -> tuple[str, ...]:
    return ("render", str(seed_path), "-f", "text", "-o", str(out))


def test_fifo_is_refused_not_replaced(cli, seed_path: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    r = cli(*_render_args(seed_path, fifo))
    assert r.code == 8 and "not a regular file" in r.err and len(r.err.strip().splitlines()) == 1
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod of a character device needs root")
def test_character_device_is_refused_not_replaced(cli, seed_path: Path, tmp_path: Path) -> None:
    dev = tmp_path / "null"
    os.mknod(dev, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    link = tmp_path / "to-null"
    link.symlink_to(dev)
    for target in (dev, link):
        r = cli(*_render_args(seed_path, target))
        assert r.code == 8 and "not a regular file" in r.err
    assert stat.S_ISCHR(os.lstat(dev).st_mode)
    assert os.lstat(link).st_mode & stat.S_IFLNK


def test_directory_is_refused(cli, seed_path: Path, tmp_path: Path) -> None:
    r = cli(*_render_args(seed_path, tmp_path))
    assert r.code == 8 and "is a directory" in r.err


def test_symlink_is_written_through(cli, seed_path: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert cli(*_render_args(seed_path, link)).code == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("プーチン")
    assert stat.S_IMODE(real.stat().st_mode) == 0o644


def test_hard_link_and_mode_are_kept(cli, seed_path: Path, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("old", encoding="utf-8")
    a.chmod(0o640)
    b = tmp_path / "b.txt"
    os.link(a, b)
    assert cli(*_render_args(seed_path, a)).code == 0
    assert b.read_text(encoding="utf-8").startswith("プーチン")
    assert os.stat(a).st_ino == os.stat(b).st_ino
    assert stat.S_IMODE(a.stat().st_mode) == 0o640


def test_replaced_file_keeps_mode_and_new_file_follows_umask(
    cli, seed_path: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.txt"
    old.write_text("old", encoding="utf-8")
    old.chmod(0o664)
    assert cli(*_render_args(seed_path, old)).code == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o664
    mask = os.umask(0o022)
    try:
        new = tmp_path / "new.txt"
        assert cli(*_render_args(seed_path, new)).code == 0
        assert stat.S_IMODE(new.stat().st_mode) == 0o644
    finally:
        os.umask(mask)


def test_dash_is_stdout(cli, seed_path: Path, tmp_path: Path) -> None:
    r = cli(*_render_args(seed_path, "-"))
    assert r.code == 0 and r.out.startswith("プーチン")
    assert not (tmp_path / "-").exists() and not Path("-").exists()


def test_write_error_has_its_own_exit_code(cli, seed_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    r = cli(*_render_args(seed_path, blocker / "sub" / "out.txt"))
    assert r.code == 8 and len(r.err.strip().splitlines()) == 1


def test_digest_refuses_a_device_before_asking_the_model(cli, tmp_path: Path) -> None:
    """The refusal comes before any work: a model server is never asked."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    article = Path(__file__).resolve().parents[2] / "examples" / "en-harbour-ferry.html"
    r = cli(
        "digest",
        str(article),
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--model",
        "m",
        "-o",
        str(fifo),
    )
    assert r.code == 8 and "not a regular file" in r.err and "engine" not in r.err
