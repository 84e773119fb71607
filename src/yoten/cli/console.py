"""The Rich console the commands print through; imported on its first use (see
:data:`yoten.cli.common.err_console`)."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from yoten.cli.common import terminal_safe

__all__ = ["SafeConsole"]


class SafeConsole(Console):
    """A console that prints text literally: no Rich markup unless a caller asks
    (``markup=True`` with escaped values), control characters escaped."""

    def print(self, *objects: Any, **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        kwargs.setdefault("emoji", False)
        super().print(*(terminal_safe(o) if isinstance(o, str) else o for o in objects), **kwargs)
