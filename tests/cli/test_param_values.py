"""Plain command-line values converted without Pydantic: the same answers as Typer's converter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer
from typer._coercion import build_runtime_param

import yoten.cli.app  # noqa: F401 - registers every command on the app
from yoten.cli import app
from yoten.cli.param_values import _PlainValues, install

_STRINGS = ["abc", "", " x ", "日本語", "-", "--flag", "a\x00b"]
_INTEGERS = ["0", "7", "16", "64", "65", "-3", "-0", "007", "1.5", "1e3", " 5", "5 ", "+5", "1_000",
             "abc", "", "٣", "99999999999999999999", "123456789012345678", 0, 5, 100, -1, True, 2.0]  # fmt: skip
_FLAGS = [True, False, "1", "0", "yes", "", "maybe", 1]


def _paths(tmp: Path) -> list[Any]:
    (tmp / "file.txt").write_text("x")
    (tmp / "dir").mkdir()
    locked = tmp / "locked"
    locked.write_text("x")
    locked.chmod(0)
    return [str(tmp / "file.txt"), str(tmp / "dir"), str(tmp / "dir") + "//", str(tmp / "nope"),
            str(locked), ".", "", "~/x", "a//b/", "-", "a\x00b", tmp / "file.txt"]  # fmt: skip


def _values(annotation: Any, paths: list[Any]) -> list[Any]:
    if getattr(annotation, "__origin__", None) is list:
        items = _values(annotation.__args__[0], paths)[1:]
        return [None, (), [], tuple(items[:3]), tuple(items), "x", *((item,) for item in items)]
    plain = {str: _STRINGS, int: _INTEGERS, bool: _FLAGS, Path: paths}.get(annotation, [])
    return [None, *plain]


def _params() -> Iterator[tuple[str, Any, Any]]:
    def walk(command: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
        ctx = typer.Context(command, info_name=path)
        for param in [*command.params, command.get_help_option(ctx)]:
            if param is not None:
                yield f"{path} {param.name}", command, param
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}")

    yield from walk(typer.main.get_group(app), "yoten")


def _outcome(convert: Any, value: Any, param: Any, ctx: Any) -> tuple[str, Any]:
    try:
        result = convert.coerce(value, param=param, ctx=ctx)
    except Exception as exc:  # noqa: BLE001 - the refusal itself is compared
        cause = exc.__cause__
        errors = getattr(cause, "errors", None)
        said = repr(errors()) if callable(errors) else None  # Pydantic's reasons, as repr
        return "refused", (type(exc), str(exc), type(cause), said)
    shape = [type(v) for v in result] if isinstance(result, (list, tuple)) else None
    return "value", (type(result), result, shape)


PARAMS = list(_params())


def test_the_commands_parameters_are_the_kinds_this_covers() -> None:
    kinds = {repr(p.type_descriptor.annotation) for _, _, p in PARAMS}
    assert {"<class 'str'>", "<class 'int'>", "<class 'bool'>", "<class 'pathlib.Path'>",
            "list[str]", "list[int]"} <= kinds  # fmt: skip
    assert len(PARAMS) > 150


def test_every_parameter_converts_every_value_as_typer_does(tmp_path: Path) -> None:
    compared = plain_answers = 0
    paths = _paths(tmp_path)  # (an unreadable file is refused only when not run as root)
    for name, command, param in PARAMS:
        ctx = typer.Context(command, info_name=name.split()[-2])
        descriptor = param.type_descriptor
        if descriptor.file_annotation is not None:
            continue
        ours = _PlainValues(descriptor.parameter_info, descriptor.annotation, descriptor)
        theirs = build_runtime_param(descriptor)
        for value in _values(descriptor.annotation, paths):
            expected = _outcome(theirs, value, param, ctx)
            assert _outcome(ours, value, param, ctx) == expected, (name, value)
            compared += 1
            plain_answers += "typer" not in ours.__dict__  # answered without Typer's converter
    assert compared > 1000
    assert plain_answers > compared / 3


def test_install_leaves_a_converter_already_built_and_covers_the_help_option() -> None:
    command = typer.main.get_command(app)  # the group: its commands are sub-objects
    url = command.commands["url"]  # type: ignore[attr-defined]
    ctx = typer.Context(url, info_name="url")
    help_option = url.get_help_option(ctx)
    address = next(p for p in url.params if p.name == "address")
    built = build_runtime_param(address.type_descriptor)
    address._runtime_param = built
    help_option._runtime_param = None
    install([address, help_option, None])
    assert address._runtime_param is built
    assert isinstance(help_option._runtime_param, _PlainValues)
