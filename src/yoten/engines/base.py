"""The engine protocol and how an engine is chosen from settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from yoten.models import Article, Digest
from yoten.registry import load
from yoten.settings import Settings

__all__ = ["Engine", "ProgressCallback", "make_engine"]

# progress(message) — engines call it at each long step; the CLI shows it.
ProgressCallback = Callable[[str], None]


@runtime_checkable
class Engine(Protocol):
    """Turns an Article into a Digest.

    An engine fills the digest's text (headline, 概要, 詳細, 要点) and its
    ``meta``; ``sources`` are filled from the Article by
    :func:`yoten.pipeline.digest_article`, never by the model.
    """

    name: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Engine: ...

    def digest(self, article: Article, *, progress: ProgressCallback | None = None) -> Digest: ...


def make_engine(settings: Settings) -> Engine:
    """The engine the settings ask for (registered under ``yoten.engines``)."""
    cls = load("engine", settings.effective_engine)
    engine: Engine = cls.from_settings(settings)
    return engine
