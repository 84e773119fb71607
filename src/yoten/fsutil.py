"""Writing files so that a failure never leaves half a file behind.

``write_atomic`` writes *into* what a path names, never over something else:
a symlink is followed to the regular file it points at, a hard-linked file is
rewritten in place (a rename would split the link), the mode and owner of a
replaced file are kept, and devices, FIFOs, sockets and directories are
refused with one line (exit 2) instead of being replaced by a regular file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from yoten.errors import InputError, OutputError
from yoten.i18n import gettext as _

__all__ = ["MAX_INPUT_BYTES", "OutputError", "check_output", "read_input_file", "write_atomic"]

MAX_INPUT_BYTES = 20_000_000
"""Cap on an input file (an article, a post, a digest): far above any real one."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file that writing ``path`` should change, and its current status (None: new)."""
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return real, None
    except OSError as exc:
        raise OutputError(
            _("cannot write file: {error}").format(error=exc.strerror or exc), source=str(path)
        ) from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(_("is a directory, not a file"), source=str(path))
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(
            _("not a regular file (device, FIFO or socket); refusing to write"), source=str(path)
        )
    return real, st


def check_output(path: Path) -> None:
    """Refuse an output path that :func:`write_atomic` would refuse, before any work is done."""
    _target(Path(path))


def write_atomic(path: Path, data: str | bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to the file ``path`` names, through a temp file in its folder + rename.

    ``mode`` is the permission of a new file (default: 0o666 less the umask);
    a replaced file keeps its own mode and owner.
    """
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp: str | None = None
    try:
        real, st = _target(path)
        if st is not None and st.st_nlink > 1:
            with open(real, "r+b") as fh:
                fh.write(raw)
                fh.truncate()
                fh.flush()
                os.fsync(fh.fileno())
            return
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            if st is not None:
                os.fchmod(fh.fileno(), stat.S_IMODE(st.st_mode))
                if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                    try:
                        os.fchown(fh.fileno(), st.st_uid, st.st_gid)
                    except OSError:
                        pass
            else:
                os.fchmod(fh.fileno(), mode if mode is not None else 0o666 & ~_umask())
            os.fsync(fh.fileno())
        os.replace(tmp, real)
        tmp = None
    except OSError as exc:
        raise OutputError(
            _("cannot write file: {error}").format(error=exc.strerror or exc), source=str(path)
        ) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def read_input_file(
    path: Path, *, source: str, error: type[InputError] = InputError, limit: int = MAX_INPUT_BYTES
) -> bytes:
    """The bytes of an input file (at most ``limit``), or ``error`` with a one-line reason.

    Reads at most ``limit + 1`` bytes, so a FIFO or a device cannot feed it forever.
    """
    if not path.exists():
        raise error(_("file not found"), source=source)
    if path.is_dir():
        raise error(_("is a directory, not a file"), source=source)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise error(
            _("cannot read file: {error}").format(error=exc.strerror or exc), source=source
        ) from None
    if len(data) > limit:
        raise error(
            _("file larger than {limit} MB").format(limit=limit // 1_000_000), source=source
        )
    return data
