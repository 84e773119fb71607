"""Engines, renderers and publishers: the built-in ones and those plugins register.

The built-in plugins are named here, in :data:`DEFAULT_PLUGINS`, and imported
directly (as simonw/llm's ``DEFAULT_PLUGINS``), so a new built-in works from
a source checkout without reinstalling the package. Third-party plugins
register through entry points in the groups of :data:`GROUPS` (for example
``[project.entry-points."yoten.engines"] mine = "yoten_mine:MineEngine"``);
both are loaded the same way, by name. A plugin cannot replace a built-in of
the same name.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from yoten.errors import ConfigError
from yoten.i18n import gettext as _

__all__ = ["DEFAULT_PLUGINS", "GROUPS", "available", "load"]

GROUPS = {"engine": "yoten.engines", "renderer": "yoten.renderers", "publisher": "yoten.publishers"}

#: kind → name → ``module:attribute`` of the built-in plugins.
DEFAULT_PLUGINS: dict[str, dict[str, str]] = {
    "engine": {
        "extractive": "yoten.engines.extractive:ExtractiveEngine",
        "openai": "yoten.engines.openai_compat:OpenAIEngine",
    },
    "renderer": {
        "text": "yoten.render.text:render_text",
        "markdown": "yoten.render.markdown:render_markdown",
        "html": "yoten.render.html:render_html",
        "json": "yoten.render.json:render_json",
    },
    "publisher": {
        "hatena": "yoten.publish.hatena:HatenaPublisher",
        "wordpress": "yoten.publish.wordpress:WordPressPublisher",
    },
}


def _import(target: str) -> Any:
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)


@functools.cache
def _entries(kind: str) -> dict[str, Callable[[], Any]]:
    """name → a loader of the object, built-ins last so that they win."""
    found: dict[str, Callable[[], Any]] = {
        ep.name: ep.load for ep in entry_points(group=GROUPS[kind])
    }
    for name, target in DEFAULT_PLUGINS[kind].items():
        found[name] = functools.partial(_import, target)
    return found


def available(kind: str) -> list[str]:
    """Names registered for ``kind`` ("engine", "renderer" or "publisher")."""
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
    return entries[name]()
