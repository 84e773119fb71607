"""Digest JSON: the exchange format between commands (``yoten parse`` → ``yoten render``)."""

from __future__ import annotations

import json

from yoten.models import Digest

__all__ = ["render_json"]


def render_json(digest: Digest) -> str:
    """The digest as indented UTF-8 JSON (Japanese kept readable, not \\u-escaped)."""
    return json.dumps(digest.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
