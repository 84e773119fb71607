"""Command-line values converted without building a Pydantic adapter for each parameter.

Typer (0.29) converts every parameter it processes, given or not, through a
Pydantic ``TypeAdapter`` built for that parameter on first use: the first one
imports Pydantic (about a third of ``yoten url``'s start-up) and each costs a
few ms more. Most of yoten's values need no such machinery: a missing value, a
string for a ``str``, a plain decimal for an ``int`` within its bounds, a path
for a ``Path`` without path-type rules, a flag's ``True`` or ``False``, and
lists of those. :func:`install` (called by yoten's click context for the
command it runs) gives each parameter a converter that returns, for those
values, what Typer's adapter returns, and hands every other value to Typer's
own converter (so every refusal, its message and the Pydantic error behind it
are Typer's). ``tests/cli/test_param_values.py`` holds the two to the same
answers for every parameter of yoten's commands.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
from typer._param_types import coerce_cli_path
from typer.models import ParameterInfo

__all__ = ["install"]

_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")  # int() and Pydantic read these alike
_NOT_HERE = object()  # not a value this module converts: Typer's converter does


@dataclass(frozen=True)
class _PlainValues(RuntimeParam):
    """Typer's conversion of plain values; Typer's own converter, built when needed, for the rest."""

    descriptor: TypeDescriptor

    @cached_property
    def typer(self) -> RuntimeParam:
        return build_runtime_param(self.descriptor)

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        converted = _convert(self.annotation, self.parameter_info, value, param, ctx)
        if converted is _NOT_HERE:
            return self.typer._coerce_value(value, param=param, ctx=ctx)
        return converted


def install(params: Iterable[Any]) -> None:
    """Give each Typer parameter of ``params`` whose converter is not built yet the plain one."""
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if (
            isinstance(descriptor, TypeDescriptor)
            and descriptor.file_annotation is None
            and getattr(param, "_runtime_param", True) is None  # not built yet
        ):
            param._runtime_param = _PlainValues(
                descriptor.parameter_info, descriptor.annotation, descriptor
            )


def _convert(annotation: Any, info: ParameterInfo, value: Any, param: Any, ctx: Any) -> Any:
    """What Typer's adapter makes of ``value``, or ``_NOT_HERE`` to let Typer convert it."""
    if info.parser is not None:
        return _NOT_HERE
    if getattr(annotation, "__origin__", None) is list:
        if not isinstance(value, (list, tuple)):
            return _NOT_HERE
        (item,) = annotation.__args__
        items = [_convert(item, info, v, param, ctx) for v in value]
        return _NOT_HERE if any(v is _NOT_HERE for v in items) else items
    if annotation is str:
        return value if type(value) is str else _NOT_HERE
    if annotation is bool:
        return value if type(value) is bool else _NOT_HERE
    if annotation is int:
        return _integer(info, value)
    if annotation is Path:
        return _path(info, value, param, ctx)
    return _NOT_HERE


def _integer(info: ParameterInfo, value: Any) -> Any:
    if type(value) is str and _DECIMAL.fullmatch(value):
        number = int(value)
    elif type(value) is int:
        number = value
    else:
        return _NOT_HERE
    if info.clamp:
        return _NOT_HERE
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        return _NOT_HERE  # refused: in Typer's words
    return number


def _path(info: ParameterInfo, value: Any, param: Any, ctx: Any) -> Any:
    """A ``Path`` from a non-empty string, through Typer's own checks (exists, readable, …)."""
    if type(value) is not str or not value or "\x00" in value:
        return _NOT_HERE
    if info.allow_dash or info.path_type is not None:
        return _NOT_HERE
    # The string itself is checked, as Typer's messages about a refused path name it as given.
    checked = coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx)
    return checked if isinstance(checked, Path) else Path(os.fsdecode(checked))
