"""Where yoten looks for its config file and keeps its data (no pydantic: read before any command).

:mod:`yoten.i18n` reads ``language`` from the config file before a command
runs; importing :mod:`yoten.settings` for that would load pydantic at every
start-up (``yoten --help`` included).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["APP", "config_path", "data_dir"]

APP = "yoten"


def config_path() -> Path | None:
    """``./yoten.toml`` if present, else the user config file if present."""
    local = Path.cwd() / "yoten.toml"
    if local.is_file():
        return local
    user = Path(platformdirs.user_config_dir(APP)) / "yoten.toml"
    return user if user.is_file() else None


def data_dir() -> Path:
    """Where yoten keeps its database and images unless told otherwise."""
    override = os.environ.get("YOTEN_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP))
