"""Writing files so that a failure never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from yoten.errors import InputError, YotenError

__all__ = ["OutputError", "read_input_file", "write_atomic"]


class OutputError(YotenError):
    """An output file could not be written (disk full, no permission)."""

    stage = "output"


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder + rename."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise OutputError(f"cannot write file: {exc.strerror or exc}", source=str(path)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def read_input_file(path: Path, *, source: str, error: type[InputError] = InputError) -> bytes:
    """The bytes of an input file, or ``error`` with a one-line reason."""
    if not path.exists():
        raise error("file not found", source=source)
    if path.is_dir():
        raise error("is a directory, not a file", source=source)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise error(f"cannot read file: {exc.strerror or exc}", source=source) from None
