"""Renderers (Digest → text, Markdown, HTML, JSON) and the parser (text → Digest)."""

from __future__ import annotations

from collections.abc import Callable

from yoten.models import Digest
from yoten.registry import available, load

__all__ = ["FORMATS", "render"]

Renderer = Callable[[Digest], str]


def FORMATS() -> list[str]:
    """Names of the registered renderers (text, markdown, html, json, plugins)."""
    return available("renderer")


def render(digest: Digest, fmt: str) -> str:
    """Render ``digest`` with the renderer registered as ``fmt``."""
    renderer: Renderer = load("renderer", fmt)
    return renderer(digest)
