"""No English message reaches a user without the catalog: a scan of yoten's source.

A user-facing message is the first argument of a ``YotenError`` (or a subclass)
or of a line printed to the user (``print``, ``typer.echo``, a console's
``print``, a progress callback). Written as a plain or f-string literal with
English words in it, it never goes through gettext. The checker (``check/``)
is left out: its findings carry an English detail beside a Japanese label on
purpose.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import yoten

SRC = Path(yoten.__file__).parent
ENGLISH = re.compile(r"[A-Za-z]{3,}")
#: The program's own name in front of a translated message is not English prose.
PREFIX = re.compile(r"^(?:yoten(?: [a-z]+)?: )$")
PRINTERS = {"print", "echo", "secho", "say", "update"}


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """``YotenError`` and every class that derives from it, by name, across the package."""
    found = {"YotenError"}
    while True:
        more = {
            node.name
            for tree in trees
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(isinstance(b, ast.Name) and b.id in found for b in node.bases)
        } - found
        if not more:
            return found
        found |= more


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _english_literal(node: ast.expr) -> str | None:
    """The text of ``node`` when it is a literal with English words (not through gettext)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _english_literal(node.left) or _english_literal(node.right)
    else:
        return None  # a call (gettext), a name, a constant from elsewhere
    return text if ENGLISH.search(text) and not PREFIX.match(text) else None


def untranslated(root: Path = SRC) -> list[str]:
    files = [p for p in sorted(root.rglob("*.py")) if "check" not in p.relative_to(root).parts]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in files]
    errors = _error_classes(trees)
    found = []
    for path, tree in zip(files, trees, strict=True):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _name(node.func)
            # fsutil raises ``error(...)``, the class it was given; ``log.error`` is for operators
            chosen = isinstance(node.func, ast.Name) and name == "error"
            if name in errors or name in PRINTERS or chosen:
                text = _english_literal(node.args[0])
                if text:
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {text[:60]!r}")
    return found


@pytest.mark.slow
def test_no_english_message_bypasses_the_catalog() -> None:
    found = untranslated()
    assert not found, "wrap these in _() (yoten.i18n):\n" + "\n".join(found)


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    (tmp_path / "errors.py").write_text(
        "class YotenError(Exception): ...\nclass IngestError(YotenError): ...\n"
    )
    (tmp_path / "mod.py").write_text(
        "def f(x):\n"
        "    raise IngestError(f'cannot read {x}')\n"
        "def g(x):\n"
        "    raise IngestError(_('cannot read {x}').format(x=x))\n"
        "def h(x):\n"
        "    print('yoten: ' + _('interrupted'))\n"
        "    print('yoten: ' + f'stopped by {x}')\n"
    )
    found = untranslated(tmp_path)
    assert [line.split(":")[1] for line in found] == ["2", "7"]
