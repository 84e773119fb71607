"""Digest engines: an Article in, a Digest out."""

from yoten.engines.base import Engine, ProgressCallback, make_engine

__all__ = ["Engine", "ProgressCallback", "make_engine"]
