"""What every rule of the checker reads: one signature, ``rule(ctx) -> list[Finding]``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from yoten.check.glossary import Glossary
from yoten.check.pieces import Piece
from yoten.check.source import SourceIndex
from yoten.models import Article, Digest, Finding

__all__ = ["CheckContext", "RuleFn"]


@dataclass(frozen=True)
class CheckContext:
    """A digest, its source article (indexed once) and the user glossary."""

    digest: Digest
    article: Article
    pieces: list[Piece]
    source: SourceIndex
    glossary: Glossary | None = None


RuleFn = Callable[[CheckContext], list[Finding]]
