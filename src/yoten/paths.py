"""Where yoten looks for its config file and keeps its data (no pydantic: read before any command).

:mod:`yoten.i18n` reads ``language`` from the config file before a command
runs; importing :mod:`yoten.settings` for that would load pydantic at every
start-up (``yoten --help`` included).
"""

from __future__ import annotations

import copy
import functools
import os
import tomllib
from pathlib import Path
from typing import Any

import platformdirs

__all__ = ["APP", "config_path", "data_dir", "read_config"]

APP = "yoten"


def config_path() -> Path | None:
    """``./yoten.toml`` if present, else the user config file if present."""
    local = Path.cwd() / "yoten.toml"
    if local.is_file():
        return local
    user = _user_config_file(*(os.environ.get(v) for v in _CONFIG_VARS))
    return user if user.is_file() else None


# The variables platformdirs reads for the user config directory: the cache key.
_CONFIG_VARS = ("XDG_CONFIG_HOME", "HOME", "APPDATA", "LOCALAPPDATA")


@functools.lru_cache(maxsize=8)
def _user_config_file(*environment: str | None) -> Path:
    """The user config file's path for these environment values (platformdirs is slow
    enough to show when every translated message asks for the language)."""
    return Path(platformdirs.user_config_dir(APP)) / "yoten.toml"


_READ: dict[Path, tuple[tuple[int, int], dict[str, Any]]] = {}


def read_config(path: Path) -> dict[str, Any]:
    """The parsed TOML of ``path``: the one reader of yoten.toml.

    Parsed once per process while the file is unchanged (same size and
    modification time); raises OSError, UnicodeDecodeError or
    tomllib.TOMLDecodeError, which the callers turn into their own message.
    """
    stat = path.stat()
    key = path.resolve()
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _READ.get(key)
    if known is None or known[0] != stamp:
        known = (stamp, tomllib.loads(path.read_text(encoding="utf-8")))
        _READ[key] = known
    return copy.deepcopy(known[1])  # callers may change their copy


def data_dir() -> Path:
    """Where yoten keeps its database and images unless told otherwise."""
    override = os.environ.get("YOTEN_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP))
