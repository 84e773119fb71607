"""A full disk: a one-line error, a non-zero exit, and nothing already stored is lost.

Uses a real 64 KiB tmpfs (needs root, as in CI); skipped where mounting is not allowed.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ja-kyoto-tram.html"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        (mount / "previous.html").write_text("<p>the post from yesterday</p>\n", encoding="utf-8")
        fd = os.open(mount / "filler", os.O_WRONLY | os.O_CREAT)
        try:  # fill what is left
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_output_on_a_full_disk_keeps_the_previous_file(cli, full_disk: Path) -> None:
    target = full_disk / "previous.html"
    r = cli("digest", str(EXAMPLE), "-o", str(target), "--format", "html")
    assert r.code != 0
    assert (
        r.err.strip().splitlines()[-1].startswith("yoten: output: cannot write file: No space left")
    )
    assert "Traceback" not in r.err
    assert target.read_text(encoding="utf-8") == "<p>the post from yesterday</p>\n"
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "previous.html"]


def test_store_on_a_full_disk_is_a_one_line_error(cli, full_disk: Path) -> None:
    r = cli(
        "feeds",
        "add",
        "https://outlet.example/rss.xml",
        "--name",
        "Outlet",
        "--db",
        f"sqlite:///{full_disk / 'yoten.db'}",
    )
    assert r.code == 6, r.err
    assert len(r.err.strip().splitlines()) == 1 and r.err.startswith("yoten: store:")
    assert "Traceback" not in r.err
