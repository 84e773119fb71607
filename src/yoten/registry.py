"""Engines and renderers, found through entry points.

The built-in ones are declared in pyproject.toml under the same entry-point
groups (``yoten.engines``, ``yoten.renderers``) that a third-party plugin
would use, so there is one way to add either.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from typing import Any

from yoten.errors import ConfigError
from yoten.i18n import gettext as _

__all__ = ["available", "load"]

GROUPS = {"engine": "yoten.engines", "renderer": "yoten.renderers"}


@cache
def _entries(kind: str) -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=GROUPS[kind])}


def available(kind: str) -> list[str]:
    """Names registered for ``kind`` ("engine" or "renderer")."""
    return sorted(_entries(kind))


def load(kind: str, name: str) -> Any:
    """The object registered as ``name``; a clear error for an unknown one."""
    entries = _entries(kind)
    if name not in entries:
        choices = ", ".join(sorted(entries)) or "none installed"
        raise ConfigError(
            _("unknown {kind} {name!r} (choose from: {choices})").format(
                kind=kind, name=name, choices=choices
            )
        )
    return entries[name].load()
