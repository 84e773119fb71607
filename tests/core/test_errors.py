"""The error table: every user-facing error in yoten.errors, one exit code per kind,
third-party errors translated in one place, transient or permanent."""

from __future__ import annotations

import ast
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

import yoten
from yoten import errors
from yoten.errors import (
    ConfigError,
    InputError,
    OutputError,
    QueueError,
    StoreError,
    YotenError,
    map_errors,
    one_line,
)

SRC = Path(yoten.__file__).parent
README = SRC.parents[1] / "README.md"


def _error_classes() -> list[type[YotenError]]:
    found: list[type[YotenError]] = []
    stack: list[type[YotenError]] = [YotenError]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found


@pytest.mark.slow
def test_every_error_class_lives_in_errors_py() -> None:
    """No module defines its own YotenError subclass (they are re-exported where used)."""
    names = {cls.__name__ for cls in _error_classes()}
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py" and path.parent == SRC:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                assert not bases & names, f"{path.relative_to(SRC)}: class {node.name}"
    assert set(errors.__all__) >= {c.__name__ for c in _error_classes()}


def test_each_stage_has_its_own_exit_code() -> None:
    """One code per kind; 1 stays 'check found errors', never an exception's."""
    by_code: dict[int, set[str]] = {}
    for cls in _error_classes():
        if cls is not YotenError:
            by_code.setdefault(cls.exit_code, set()).add(cls.__name__)
    assert 1 not in by_code
    assert OutputError.exit_code not in (InputError.exit_code, 1)
    assert QueueError.exit_code != StoreError.exit_code
    for code in by_code:
        roots = {
            c for c in _error_classes() if c.exit_code == code and c.__base__.exit_code != code
        }
        assert len(roots) == 1, f"exit {code} has several roots: {roots}"


def test_readme_table_lists_every_code() -> None:
    table = README.read_text(encoding="utf-8").split("### Exit codes", 1)[1].split("###", 1)[0]
    listed = {int(c) for c in re.findall(r"^\| (\d+)", table, flags=re.M)}
    assert {cls.exit_code for cls in _error_classes() if cls is not YotenError} <= listed


def test_one_line_of_an_exception() -> None:
    db_error = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database\n is locked"))
    assert one_line(db_error) == "database is locked"  # the driver's words, not SQLAlchemy's
    assert one_line(ValueError()) == "ValueError"
    assert one_line("a\n  b\tc") == "a b c"
    assert one_line("x" * 500, 10) == "x" * 9 + "…"


def test_map_errors_translates_at_the_boundary(tmp_path: Path) -> None:
    table = {OperationalError: (StoreError, True), SQLAlchemyError: StoreError}
    engine = create_engine(f"sqlite:///{tmp_path / 'missing' / 'y.db'}")
    with pytest.raises(StoreError) as caught, map_errors(table, message="open: {error}"):
        engine.connect().execute(text("SELECT 1"))
    assert str(caught.value) == "store: open: unable to open database file"
    assert caught.value.transient and caught.value.__cause__ is None
    assert caught.value.__suppress_context__  # `from None`: no traceback of the driver
    with pytest.raises(StoreError) as permanent, map_errors(table, source="db"):
        raise SQLAlchemyError("bad")
    assert not permanent.value.transient and permanent.value.source == "db"
    # YotenErrors and exceptions the table does not name pass unchanged
    with pytest.raises(ConfigError), map_errors(table):
        raise ConfigError("x")
    with pytest.raises(KeyError), map_errors(table):
        raise KeyError("x")


def test_transient_flags() -> None:
    assert QueueError("down").transient and errors.ModelUnreachableError("down").transient
    assert errors.RobotsUnavailable("5xx").transient and errors.LinkUnreachable("x").transient
    assert not ConfigError("bad").transient and not InputError("bad").transient
    assert errors.PublishError("429", transient=True).transient
    assert not errors.FeedHTTPError("HTTP 404", transient=False).transient
